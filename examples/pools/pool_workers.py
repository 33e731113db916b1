"""A Pool starts all its workers when it is created, then reuses them for every task."""

import multiprocessing
import os


def worker_pid(n: int) -> int:
    return os.getpid()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        workers = multiprocessing.active_children()
        print("workers alive before any task:", len(workers))

        pids = set(pool.map(worker_pid, range(20), chunksize=1))
        print("all 20 tasks ran in those workers:", pids <= {w.pid for w in workers})
        print("workers alive after 20 tasks:", len(multiprocessing.active_children()))
