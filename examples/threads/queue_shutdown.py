"""Queue.shutdown() (Python 3.13+): no more put(); get() drains, then raises ShutDown."""

import queue
import threading

# requires: python>=3.13


def consumer(tasks: queue.Queue, seen: list[object]) -> None:
    while True:
        try:
            seen.append(tasks.get())
        except queue.ShutDown:  # shut down and empty: no sentinel needed
            seen.append("ShutDown")
            return


if __name__ == "__main__":
    tasks: queue.Queue = queue.Queue()
    seen: list[object] = []
    thread = threading.Thread(target=consumer, args=(tasks, seen))
    thread.start()
    for n in range(3):
        tasks.put(n)
    tasks.shutdown()  # items already in the queue are still delivered
    try:
        tasks.put(99)
    except queue.ShutDown:
        print("put() after shutdown() raised ShutDown")
    thread.join()
    print("the consumer saw:", seen)

    dropped: queue.Queue = queue.Queue()
    for n in range(3):
        dropped.put(n)
    dropped.shutdown(immediate=True)  # drop the items still waiting
    print("after shutdown(immediate=True), items left:", dropped.qsize())
