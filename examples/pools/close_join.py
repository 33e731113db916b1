"""close() stops new tasks and lets the queued ones finish; join() then waits."""

import multiprocessing
import time


def slow_square(n: int) -> int:
    time.sleep(0.05)
    return n * n


if __name__ == "__main__":
    pool = multiprocessing.Pool(2)
    results = [pool.apply_async(slow_square, (n,)) for n in range(4)]
    try:
        pool.join()
    except ValueError as error:
        print("join() before close():", error)

    pool.close()
    try:
        pool.apply_async(slow_square, (4,))
    except ValueError as error:
        print("apply_async() after close():", error)

    pool.join()  # returns when every queued task is done and the workers have exited
    print("results:", [result.get() for result in results])
    print("workers left:", len(multiprocessing.active_children()))
