"""An exception in a worker process is raised again by result(), with its traceback."""

from concurrent.futures import ProcessPoolExecutor

# output varies: traceback
# expected exit code: 1


def divide(n: int) -> int:
    return 100 // n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(divide, 0)
        print("exception():", repr(future.exception()))  # waits, does not raise
        print("result() raises it again:")
        future.result()
