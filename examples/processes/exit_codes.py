"""exitcode tells how a child ended: 0, 1 after an exception, N after sys.exit(N)."""

import multiprocessing
import sys

# output varies: traceback


def succeed() -> None:
    pass


def fail() -> None:
    raise ValueError("something went wrong in the child")


def stop_with_code() -> None:
    sys.exit(3)


if __name__ == "__main__":
    for target in (succeed, fail, stop_with_code):
        process = multiprocessing.Process(target=target, name=target.__name__)
        print(f"{target.__name__}: exitcode before start = {process.exitcode}")
        process.start()
        process.join()
        print(f"{target.__name__}: exitcode after join  = {process.exitcode}")
