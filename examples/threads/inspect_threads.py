"""Look at a program's threads: names, the main thread, how many are alive, their ids."""

import threading

# output varies: ident

release = threading.Event()
seen: dict[str, object] = {}


def worker() -> None:
    me = threading.current_thread()
    seen["my name"] = me.name
    seen["get_ident() == my ident"] = threading.get_ident() == me.ident
    release.wait()  # stay alive while the main thread looks around


if __name__ == "__main__":
    thread = threading.Thread(target=worker)
    print(
        "before start(): ident =", thread.ident, " threads:", threading.active_count()
    )
    thread.start()
    print(
        "after start():  ident =", thread.ident, " threads:", threading.active_count()
    )

    print("enumerate():", [t.name for t in threading.enumerate()])
    print("in the main thread:", threading.current_thread() is threading.main_thread())
    main = threading.main_thread()
    print(f"{main.name}: ident={main.ident} native_id={main.native_id}")
    print(f"{thread.name}: ident={thread.ident} native_id={thread.native_id}")

    release.set()
    thread.join()
    print("the worker saw:", seen)
    print("after join(): threads:", threading.active_count())
