"""callback gets the result, error_callback the exception; both run in the parent."""

import multiprocessing
import os
import threading

results: list[int] = []
errors: list[str] = []
callers: set[tuple[int, str]] = set()


def divide(n: int) -> int:
    return 100 // n


def on_result(value: int) -> None:
    callers.add((os.getpid(), threading.current_thread().name))
    results.append(value)


def on_error(error: BaseException) -> None:
    callers.add((os.getpid(), threading.current_thread().name))
    errors.append(repr(error))


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        for n in (5, 0, 20):
            pool.apply_async(divide, (n,), callback=on_result, error_callback=on_error)
        pool.close()
        pool.join()  # after join(), every callback has run

    print("results:", sorted(results))
    print("errors: ", errors)
    print(
        "callbacks ran in this process:", {pid for pid, _ in callers} == {os.getpid()}
    )
    print("callbacks ran in the main thread:", "MainThread" in {t for _, t in callers})
