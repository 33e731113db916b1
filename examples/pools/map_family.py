"""map, imap and starmap: the pool's versions of map(), results in input order."""

import multiprocessing


def square(n: int) -> int:
    return n * n


def power(base: int, exponent: int) -> int:
    return base**exponent


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print("map:    ", pool.map(square, range(6)))  # waits for the whole list

        results = pool.imap(square, range(6))  # an iterator, filled as results arrive
        print("imap:    first", next(results), "then", list(results))

        print("starmap:", pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))

        unordered = pool.imap_unordered(square, range(6))
        print("imap_unordered, sorted:", sorted(unordered))
