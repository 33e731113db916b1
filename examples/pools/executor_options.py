"""mp_context chooses how workers start; max_tasks_per_child recycles them."""

import multiprocessing
import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor


def worker_pid(n: int) -> int:
    return os.getpid()


if __name__ == "__main__":
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=spawn, max_tasks_per_child=1) as executor:
        print("workers before the first task:", len(multiprocessing.active_children()))
        per_process = Counter(executor.map(worker_pid, range(4)))

    print("each of the 4 tasks ran in a fresh process:", len(per_process) == 4)
