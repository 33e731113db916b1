"""The same read, pause, write, made a critical section with a Lock: nothing is lost."""

import threading
import time

THREADS = 4
TIMES = 1000
counter = 0
counter_lock = threading.Lock()  # one lock, shared by every thread that touches counter


def add() -> None:
    global counter
    for _ in range(TIMES):
        with counter_lock:  # only one thread at a time gets past this line
            value = counter
            time.sleep(0)  # other threads still run; they just wait at the lock
            counter = value + 1


if __name__ == "__main__":
    threads = [threading.Thread(target=add) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("expected:", THREADS * TIMES)
    print("counter: ", counter)
