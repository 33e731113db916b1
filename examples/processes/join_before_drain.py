"""Joining a child before draining its queue: the child cannot exit, join() waits."""

import multiprocessing


def produce(queue: multiprocessing.Queue, put_done) -> None:
    queue.put("x" * 1_000_000)  # more than the pipe holds: the rest waits in a buffer
    put_done.set()  # put() has returned; now the child only has to exit...


if __name__ == "__main__":
    queue = multiprocessing.Queue()
    put_done = multiprocessing.Event()
    child = multiprocessing.Process(target=produce, args=(queue, put_done))
    child.start()
    put_done.wait(timeout=5)

    child.join(timeout=0.3)  # a plain join() here would wait forever
    print("after join(timeout=0.3): child alive =", child.is_alive())

    data = queue.get()  # drain the queue first...
    child.join()  # ...then join: the child can now exit
    print(f"after get() and join(): got {len(data):,} characters")
    print("exit code:", child.exitcode)
