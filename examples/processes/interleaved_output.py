"""Several processes printing at once: their lines interleave unpredictably."""

import multiprocessing
import sys
import time

# output varies: order


def report(name: str) -> None:
    for step in range(3):
        # One write per line: print() may write the text and the "\n" separately,
        # and then another process's output can land in the middle of a line.
        sys.stdout.write(f"{name}: step {step}\n")
        time.sleep(0.01)


if __name__ == "__main__":
    processes = [
        multiprocessing.Process(target=report, args=(name,)) for name in ("A", "B", "C")
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
