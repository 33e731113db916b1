"""maxtasksperchild=2: a worker exits after 2 tasks and a fresh process replaces it."""

import multiprocessing
import os
from collections import Counter


def worker_pid(n: int) -> int:
    return os.getpid()


if __name__ == "__main__":
    with multiprocessing.Pool(2, maxtasksperchild=2) as pool:
        one_per_task = Counter(pool.map(worker_pid, range(8), chunksize=1))
        four_per_task = Counter(pool.map(worker_pid, range(8), chunksize=4))

    print("8 calls, chunksize=1:")
    print("  most calls in one process:", max(one_per_task.values()))
    print("  at least 4 processes took part:", len(one_per_task) >= 4)
    print("8 calls, chunksize=4 (a chunk counts as one task):")
    print("  more than 2 calls in one process:", max(four_per_task.values()) > 2)
