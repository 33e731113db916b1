"""A Semaphore(2) lets at most two threads at a time into a block of code."""

import threading
import time

slots = threading.Semaphore(2)  # e.g. at most 2 downloads at once
count_lock = threading.Lock()
inside = 0
most_inside = 0


def download(n: int) -> None:
    global inside, most_inside
    with slots:  # acquire(): take a slot, or wait for one; release() on the way out
        with count_lock:
            inside += 1
            most_inside = max(most_inside, inside)
        time.sleep(0.05)  # the download
        with count_lock:
            inside -= 1


if __name__ == "__main__":
    threads = [threading.Thread(target=download, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("downloads: 6, most at the same time:", most_inside)
