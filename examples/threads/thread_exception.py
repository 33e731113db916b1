"""An exception in a thread is printed by threading.excepthook; the program carries on."""

import threading

# output varies: traceback

results: list[int] = []


def parse(text: str) -> None:
    results.append(int(text))


if __name__ == "__main__":
    thread = threading.Thread(target=parse, args=("forty-two",), name="parser")
    thread.start()
    thread.join()  # returns normally: join() does not re-raise the thread's error
    print("the main thread carries on; results =", results)
    print("the thread is alive:", thread.is_alive())
