"""A child puts items on a queue; the parent gets them, first in, first out."""

import multiprocessing


def produce(queue: multiprocessing.Queue) -> None:
    for item in ("first", "second", "third"):
        queue.put(item)  # any picklable object


if __name__ == "__main__":
    queue = multiprocessing.Queue()
    producer = multiprocessing.Process(target=produce, args=(queue,))
    producer.start()
    for _ in range(3):
        print("got", queue.get())  # blocks until an item is there
    producer.join()  # join after the queue is drained (see below)
