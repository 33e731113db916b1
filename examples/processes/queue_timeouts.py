"""block and timeout: put() and get() wait, the _nowait versions raise at once."""

import multiprocessing
import queue  # the exceptions live here, not in multiprocessing

if __name__ == "__main__":
    q = multiprocessing.Queue(maxsize=2)  # at most 2 items at a time
    q.put("a")
    q.put("b")
    try:
        q.put_nowait("c")  # same as put("c", block=False)
    except queue.Full:
        print("put_nowait() on a full queue: queue.Full")
    try:
        q.put("c", timeout=0.1)  # waits up to 0.1 s for a free slot
    except queue.Full:
        print("put(timeout=0.1) on a full queue: queue.Full")

    print("get():", q.get(), q.get())
    try:
        q.get_nowait()  # same as get(block=False)
    except queue.Empty:
        print("get_nowait() on an empty queue: queue.Empty")
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("get(timeout=0.1) on an empty queue: queue.Empty")
