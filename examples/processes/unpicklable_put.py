"""put() of something unpicklable does not raise: a background thread fails later."""

import multiprocessing

# output varies: traceback, address

if __name__ == "__main__":
    queue = multiprocessing.Queue()
    queue.put(lambda: 42)  # returns at once; pickling happens in a feeder thread
    queue.put("the next item")
    first = queue.get(timeout=5)  # the lambda never arrives
    print("put() of a lambda raised nothing")
    print("the first item received:", repr(first))
    queue.close()
    queue.join_thread()
