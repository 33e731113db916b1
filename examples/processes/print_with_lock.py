"""A lock shared by the processes keeps each multi-line report in one piece."""

import multiprocessing
import time

# output varies: order


def report(name: str, lock) -> None:
    with lock:  # only one process at a time may print its report
        for step in range(3):
            print(f"{name}: step {step}")
            time.sleep(0.01)  # even a pause inside cannot split the report


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    processes = [
        multiprocessing.Process(target=report, args=(name, lock))
        for name in ("A", "B", "C")
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
