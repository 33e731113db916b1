"""Ctrl-C during pool work: workers ignore it, the parent stops the pool cleanly."""

import multiprocessing
import signal
import time


def ignore_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's job


def slow_square(n: int) -> int:
    time.sleep(0.05)
    return n * n


if __name__ == "__main__":
    pool = multiprocessing.Pool(2, initializer=ignore_ctrl_c)
    received = []
    try:
        for value in pool.imap(slow_square, range(100)):
            received.append(value)
            if len(received) == 3:  # as if Ctrl-C were pressed now:
                signal.raise_signal(signal.SIGINT)
    except KeyboardInterrupt:
        print("Ctrl-C after", len(received), "results: terminating the pool")
        pool.terminate()
    else:
        pool.close()
    finally:
        pool.join()
    print("workers still alive:", len(multiprocessing.active_children()))
