"""submit() returns a Future at once; result() waits, callbacks run when it is done."""

import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor

callback_threads: list[str] = []


def slow_square(n: int) -> int:
    time.sleep(0.1)
    return n * n


def on_done(future: Future) -> None:
    callback_threads.append(threading.current_thread().name)


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="worker") as executor:
        future = executor.submit(slow_square, 3)
        print("submit() returned a Future:", isinstance(future, Future))
        print("done() right away:", future.done())
        future.add_done_callback(on_done)
        print("result():", future.result())  # waits up to 0.1 s
        print("done() now:", future.done())
        print("exception():", future.exception())

        future.add_done_callback(on_done)  # already done: runs at once, right here
    print("callbacks ran in:", callback_threads)
