"""apply() waits for the result; apply_async() returns at once with an AsyncResult."""

import multiprocessing
import multiprocessing.pool
import time


def slow_square(n: int, seconds: float) -> int:
    time.sleep(seconds)
    return n * n


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        start = time.perf_counter()
        value = pool.apply(slow_square, (3, 0.1))
        waited = time.perf_counter() - start
        print("apply() returned", value, "after the task finished:", waited >= 0.1)

        result = pool.apply_async(slow_square, (4, 0.2))
        is_async_result = isinstance(result, multiprocessing.pool.AsyncResult)
        print("apply_async() returned an AsyncResult:", is_async_result)
        print("ready() right away:", result.ready())
        result.wait()
        print("ready() after wait():", result.ready())
        print("successful():", result.successful())
        print("get():", result.get())

        late = pool.apply_async(slow_square, (5, 0.2))
        try:
            late.get(timeout=0.05)
        except multiprocessing.TimeoutError:
            print("get(timeout=0.05) on a 0.2 s task: multiprocessing.TimeoutError")
