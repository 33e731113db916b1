"""Measured: two threads overlap their waiting, but do not compute any faster."""

import sys
import threading
import time

# output varies: duration, ratio


def wait() -> None:
    time.sleep(0.05)  # like I/O: a waiting thread lets go of the interpreter


def compute() -> None:
    sum(i * i for i in range(200_000))  # pure Python: holds the interpreter


def timed(work, threads: int) -> float:
    """Seconds for two calls of `work`, shared out between `threads` threads."""

    def worker() -> None:
        for _ in range(2 // threads):
            work()

    start = time.perf_counter()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return time.perf_counter() - start


if __name__ == "__main__":
    print("GIL enabled:", getattr(sys, "_is_gil_enabled", lambda: True)())
    print("work       1 thread  2 threads  speed-up")
    speedups = {}
    for work in (wait, compute):
        runs = [(timed(work, 1), timed(work, 2)) for _ in range(3)]
        one, two = min(r[0] for r in runs), min(r[1] for r in runs)  # the best of 3
        speedups[work.__name__] = one / two
        print(f"{work.__name__:<8} {one:>8.3f} s {two:>8.3f} s {one / two:>8.2f}x")
    print("waiting overlaps in 2 threads:   ", speedups["wait"] > 1.5)
    print("computing speeds up in 2 threads:", speedups["compute"] > 1.5)
