"""wait() returns once its condition holds: the first result, or the first error."""

import time
from concurrent.futures import (
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ThreadPoolExecutor,
    wait,
)


def nap(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def fail(seconds: float) -> None:
    time.sleep(seconds)
    raise ValueError(f"failed after {seconds} s")


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=6) as executor:  # a thread for each task
        futures = [executor.submit(nap, s) for s in (0.3, 0.01, 0.3)]
        done, not_done = wait(futures, return_when=FIRST_COMPLETED)
        print("FIRST_COMPLETED:", len(done), "done,", len(not_done), "not done")
        print("  the one done:", [f.result() for f in done])

        futures = [executor.submit(nap, 0.01), executor.submit(fail, 0.1)]
        futures.append(executor.submit(nap, 0.3))
        done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
        print("FIRST_EXCEPTION:", len(done), "done,", len(not_done), "not done")
        print(
            "  errors among the done:",
            [repr(f.exception()) for f in done if f.exception()],
        )
