"""5000 tiny tasks: sending them one at a time costs far more than the work itself."""

import multiprocessing
import timeit

# output varies: duration, ratio

TASKS = 5000


def square(n: int) -> int:
    return n * n


def timed(label: str, run) -> float:
    elapsed = min(timeit.repeat(run, number=1, repeat=3))  # best of 3
    print(f"{label:<32} {elapsed:.3f} s")
    return elapsed


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        pool.map(square, range(2))  # let the workers start before timing
        numbers = range(TASKS)
        timed("map (picks its own chunksize)", lambda: pool.map(square, numbers))
        one = timed(
            "imap (chunksize=1, the default)", lambda: list(pool.imap(square, numbers))
        )
        big = timed(
            "imap, chunksize=500", lambda: list(pool.imap(square, numbers, 500))
        )
    print(f"chunks of 500 were {one / big:.0f}x as fast as chunks of 1")
    print("chunksize=1 is at least 5 times slower:", one > 5 * big)
