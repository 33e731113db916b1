"""Leaving `with Pool() as pool:` calls terminate(): unfinished work is thrown away."""

import multiprocessing
import time


def slow_square(n: int, seconds: float) -> int:
    time.sleep(seconds)
    return n * n


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        results = [pool.apply_async(slow_square, (n, 1.0)) for n in range(4)]
    # the block has ended: terminate() stopped the workers mid-task
    finished = sum(result.ready() for result in results)
    print("leaving the block at once, finished:", finished, "of 4")

    with multiprocessing.Pool(2) as pool:
        results = [pool.apply_async(slow_square, (n, 0.05)) for n in range(4)]
        pool.close()
        pool.join()  # wait inside the block
    finished = sum(result.ready() for result in results)
    print("close() and join() inside, finished:", finished, "of 4")
    print("results:", [result.get() for result in results])
