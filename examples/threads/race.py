"""Read, pause, write: four threads updating one counter lose most of their updates."""

import threading
import time

THREADS = 4
TIMES = 1000
counter = 0


def add() -> None:
    global counter
    for _ in range(TIMES):
        value = counter  # 1. read
        time.sleep(0)  # 2. pause: another thread may run here (any I/O does this)
        counter = value + 1  # 3. write back what we read, plus one


if __name__ == "__main__":
    threads = [threading.Thread(target=add) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("expected:", THREADS * TIMES)
    print("updates were lost:", counter < THREADS * TIMES)
