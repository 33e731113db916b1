"""Four threads wait together, but do not compute together (one interpreter lock)."""

import threading
import time

# output varies: duration

TASKS = 4


def wait() -> None:
    time.sleep(0.1)  # I/O-like: the thread releases the interpreter while it waits


def compute() -> None:
    sum(i * i for i in range(300_000))  # CPU-bound: holds the interpreter


def timed(label: str, work, use_threads: bool) -> float:
    start = time.perf_counter()
    if use_threads:
        threads = [threading.Thread(target=work) for _ in range(TASKS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    else:
        for _ in range(TASKS):
            work()
    elapsed = time.perf_counter() - start
    print(f"{label:<22} {elapsed:.2f} s")
    return elapsed


if __name__ == "__main__":
    wait_one_by_one = timed("wait, one by one", wait, use_threads=False)
    wait_threads = timed("wait, 4 threads", wait, use_threads=True)
    compute_one_by_one = timed("compute, one by one", compute, use_threads=False)
    compute_threads = timed("compute, 4 threads", compute, use_threads=True)
    print("waiting overlaps in threads:   ", wait_threads < wait_one_by_one / 2)
    print("computing speeds up in threads:", compute_threads < compute_one_by_one / 2)
