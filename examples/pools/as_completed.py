"""as_completed() hands you each future as soon as it finishes, whatever its place."""

import time
from concurrent.futures import ThreadPoolExecutor, as_completed

# output varies: order


def nap(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as executor:
        futures = {
            executor.submit(nap, s): name
            for name, s in [("a", 0.2), ("b", 0.05), ("c", 0.1)]
        }
        for future in as_completed(futures):
            print(f"{futures[future]} finished after {future.result()} s")
