"""Ctrl-C with an executor: cancel what has not started instead of waiting for it."""

import multiprocessing
import signal
import time
from concurrent.futures import ProcessPoolExecutor


def ignore_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def slow_square(n: int) -> int:
    time.sleep(0.05)
    return n * n


if __name__ == "__main__":
    with ProcessPoolExecutor(2, initializer=ignore_ctrl_c) as executor:
        futures = [executor.submit(slow_square, n) for n in range(100)]
        try:
            for number, future in enumerate(futures):
                future.result()
                if number == 2:  # after 3 results, as if Ctrl-C were pressed:
                    signal.raise_signal(signal.SIGINT)
        except KeyboardInterrupt:
            print("Ctrl-C: cancelling the tasks that have not started")
            interrupted = time.perf_counter()
            executor.shutdown(cancel_futures=True)  # waits only for the running ones
    cancelled = sum(future.cancelled() for future in futures)
    print("cancelled more than 90 of 100 tasks:", cancelled > 90)
    print("shut down within 1 s of Ctrl-C:", time.perf_counter() - interrupted < 1)
    print("workers still alive:", len(multiprocessing.active_children()))
