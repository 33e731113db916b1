"""Replace threading.excepthook to collect the errors of threads instead of printing."""

import threading

errors: list[str] = []


def record(args) -> None:  # args: exc_type, exc_value, exc_traceback, thread
    name = args.thread.name if args.thread else "?"
    errors.append(f"{name}: {args.exc_type.__name__}: {args.exc_value}")


def parse(text: str) -> None:
    int(text)


if __name__ == "__main__":
    threading.excepthook = record  # for every thread from now on
    texts = ["1", "two", "3", "four"]
    threads = [
        threading.Thread(target=parse, args=(text,), name=f"parse {text!r}")
        for text in texts
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    threading.excepthook = threading.__excepthook__  # put the default back
    print(f"{len(errors)} of {len(texts)} threads failed:")
    for line in sorted(errors):
        print(" ", line)
