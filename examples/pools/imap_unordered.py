"""imap yields results in input order; imap_unordered as soon as each one is ready."""

import multiprocessing
import time

# output varies: order


def nap(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    delays = [0.1, 0.02, 0.05, 0.01]
    with multiprocessing.Pool(2) as pool:
        for seconds in pool.imap(nap, delays):
            print("imap           got", seconds)
        for seconds in pool.imap_unordered(nap, delays):
            print("imap_unordered got", seconds)
