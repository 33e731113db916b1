"""Executor.map yields results in input order; an exception stops the iteration."""

import time
from concurrent.futures import ProcessPoolExecutor


def nap(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def divide(n: int) -> int:
    return 100 // n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        print("in input order:", list(executor.map(nap, [0.1, 0.02, 0.05])))

        results = executor.map(divide, [5, 0, 20])  # all three are submitted now
        try:
            for value in results:
                print("got", value)
        except ZeroDivisionError as error:
            print("the second call raised:", repr(error))
            print("the loop stopped there; the third result is never seen")
