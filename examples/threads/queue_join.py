"""task_done() after each item lets queue.join() wait until all work is finished."""

import queue
import threading

WORKERS = 3


def worker(tasks: queue.Queue, results: list[int]) -> None:
    while True:
        n = tasks.get()
        try:
            if n is None:  # the sentinel: stop this worker
                return
            results.append(n * n)
        finally:
            tasks.task_done()  # one task_done() for every get(), even on errors


if __name__ == "__main__":
    tasks: queue.Queue = queue.Queue()
    results: list[int] = []
    workers = [
        threading.Thread(target=worker, args=(tasks, results)) for _ in range(WORKERS)
    ]
    for thread in workers:
        thread.start()

    for n in range(10):
        tasks.put(n)
    tasks.join()  # blocks until task_done() was called for every item put
    print("all 10 items processed:", sorted(results))

    for _ in workers:
        tasks.put(None)  # one sentinel per worker
    for thread in workers:
        thread.join()
    print("workers still alive:", sum(thread.is_alive() for thread in workers))
