"""N tiny tasks: a new process for each one, or 2 processes reused by a pool."""

import multiprocessing
import sys
import time

# output varies: duration, ratio

TASKS = int(sys.argv[1]) if len(sys.argv) > 1 else 10  # try: python why_pools.py 100
WORKERS = 2


def square(n: int) -> int:
    return n * n


def on_pool(pool) -> float:
    start = time.perf_counter()
    pool.map(square, range(TASKS), chunksize=1)  # one task at a time, like below
    return time.perf_counter() - start


def one_process_per_task() -> float:
    start = time.perf_counter()
    for first in range(0, TASKS, WORKERS):  # 2 at a time, like the pool
        batch = [
            multiprocessing.Process(target=square, args=(n,))
            for n in range(first, min(first + WORKERS, TASKS))
        ]
        for process in batch:
            process.start()
        for process in batch:
            process.join()
    return time.perf_counter() - start


if __name__ == "__main__":
    start = time.perf_counter()
    with multiprocessing.Pool(WORKERS) as pool:
        pool.map(square, range(WORKERS))  # the workers are up and answering
        started = time.perf_counter() - start
        by_pool = min(on_pool(pool) for _ in range(5))  # best of 5, as timeit does
    by_process = one_process_per_task()

    print(f"starting a pool of {WORKERS} processes:  {started * 1000:.1f} ms, once")
    print(f"{TASKS} tasks on the running pool:     {by_pool * 1000:.1f} ms (best of 5)")
    print(f"{TASKS} tasks, a new process for each: {by_process * 1000:.1f} ms")
    print(f"a new process per task was {by_process / by_pool:.0f}x as slow")
    print("at least 5 times as slow:", by_process > 5 * by_pool)
