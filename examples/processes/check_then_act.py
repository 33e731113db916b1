"""`if not q.full(): q.put(x)` is a race: the answer is stale by the time you act."""

import multiprocessing
import queue

WORKERS = 3


def check_then_put(q, barrier, results) -> None:
    saw_room = not q.full()  # check...
    barrier.wait()  # (every worker has checked before anyone acts)
    if saw_room:
        try:
            q.put("item", timeout=0.1)  # ...then act: a plain put() would block forever
            results.put("put succeeded")
        except queue.Full:
            results.put("saw room, yet the queue was full")


if __name__ == "__main__":
    q = multiprocessing.Queue(maxsize=1)
    barrier = multiprocessing.Barrier(WORKERS)
    results = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=check_then_put, args=(q, barrier, results))
        for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    outcomes = sorted(results.get() for _ in range(WORKERS))
    for worker in workers:
        worker.join()
    for outcome in outcomes:
        print(outcome)
