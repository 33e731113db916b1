"""A producer puts work on a queue.Queue, a consumer takes it off; None means "done"."""

import queue
import threading

DONE = None  # the sentinel: a value that cannot be real work


def producer(tasks: queue.Queue) -> None:
    for n in range(1, 6):
        tasks.put(n)
    tasks.put(DONE)  # tell the consumer there is no more


def consumer(tasks: queue.Queue, results: list[int]) -> None:
    while (n := tasks.get()) is not DONE:  # get() waits for the next item
        results.append(n * n)


if __name__ == "__main__":
    tasks: queue.Queue = queue.Queue()
    results: list[int] = []
    threads = [
        threading.Thread(target=producer, args=(tasks,)),
        threading.Thread(target=consumer, args=(tasks, results)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("squares:", results)
