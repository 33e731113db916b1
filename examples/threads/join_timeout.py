"""join(timeout=...) returns None either way: ask is_alive() whether it timed out."""

import threading
import time


def slow() -> None:
    time.sleep(0.3)


if __name__ == "__main__":
    thread = threading.Thread(target=slow)
    thread.start()

    returned = thread.join(timeout=0.05)  # wait at most 0.05 s
    print("join(timeout=0.05) returned", returned)
    print("timed out, still alive:", thread.is_alive())

    thread.join()  # now wait for as long as it takes
    print("after join(), still alive:", thread.is_alive())
