"""A worker that dies, rather than raising, breaks the whole ProcessPoolExecutor."""

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def crash() -> None:
    os._exit(1)  # the process vanishes, as if it were killed: no exception to send back


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(crash)
        try:
            future.result()
        except BrokenProcessPool as error:
            print("result():", type(error).__name__)
            print("  ", error)
        try:
            executor.submit(abs, -1)
        except BrokenProcessPool as error:
            print("submit() afterwards:", type(error).__name__)
            print("  ", error)
