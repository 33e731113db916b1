"""A Thread object runs once: start() it a second time and it raises RuntimeError."""

import threading

runs: list[str] = []


def work() -> None:
    runs.append(threading.current_thread().name)


if __name__ == "__main__":
    thread = threading.Thread(target=work, name="once")
    thread.start()
    thread.join()
    try:
        thread.start()  # the same object again
    except RuntimeError as error:
        print("second start():", error)

    again = threading.Thread(target=work, name="a new one")  # the way to run it again
    again.start()
    again.join()
    print("runs:", runs)
