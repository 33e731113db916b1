"""Sleeping and hoping is a guess; join() waits exactly as long as the thread runs."""

import threading
import time

result: list[int] = []


def slow_sum() -> None:
    time.sleep(0.3)  # stands in for work of unknown length
    result.append(sum(range(1001)))


if __name__ == "__main__":
    thread = threading.Thread(target=slow_sum)
    thread.start()

    time.sleep(0.05)  # a guess: "that should be long enough"
    print("after sleep(0.05): result =", result, " alive:", thread.is_alive())

    thread.join()  # no guess: returns when the thread has finished
    print("after join():      result =", result, " alive:", thread.is_alive())
