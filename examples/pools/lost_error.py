"""An exception raised in apply_async() goes unnoticed until someone calls get()."""

import multiprocessing


def fail() -> None:
    raise ValueError("something went wrong in the worker")


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        result = pool.apply_async(fail)
        pool.close()
        pool.join()
        print("the pool has finished, and nothing was reported")

        print("successful():", result.successful())
        try:
            result.get()
        except ValueError as error:
            print("get() raises it:", repr(error))
