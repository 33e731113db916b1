"""Without the __main__ guard, a spawned child runs this file again and fails."""

import multiprocessing
import sys

# expected exit code: 1
# output varies: traceback
# start method: chosen by the example


def greet() -> None:
    print("hello from the child")


# Top-level code, NOT inside `if __name__ == "__main__":`. A spawned child
# imports this file again, reaches start() below, and raises RuntimeError.
context = multiprocessing.get_context("spawn")
process = context.Process(target=greet)
process.start()
process.join()
if process.exitcode != 0:
    sys.exit(f"the child failed with exit code {process.exitcode}")
