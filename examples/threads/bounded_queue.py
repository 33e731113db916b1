"""A bounded queue makes a fast producer wait for a slow consumer: back-pressure."""

import queue
import threading
import time

tasks: queue.Queue = queue.Queue(maxsize=2)  # room for two items, no more
sizes: list[int] = []


def slow_consumer() -> None:
    while tasks.get() is not None:
        time.sleep(0.02)  # each item takes a while


if __name__ == "__main__":
    consumer = threading.Thread(target=slow_consumer)
    consumer.start()
    start = time.perf_counter()
    for n in range(10):
        tasks.put(n)  # blocks while the queue is full
        sizes.append(tasks.qsize())
    producing = time.perf_counter() - start
    tasks.put(None)
    consumer.join()
    print("the queue never held more than 2:", max(sizes) <= 2)
    print("the producer had to wait for the consumer:", producing > 0.1)

    full: queue.Queue = queue.Queue(maxsize=1)
    full.put("the only item")
    try:
        full.put_nowait("one more")  # never waits
    except queue.Full:
        print("put_nowait() on a full queue: queue.Full")
    try:
        full.put("one more", timeout=0.05)  # waits at most 0.05 s
    except queue.Full:
        print("put(timeout=0.05) on a full queue: queue.Full")
