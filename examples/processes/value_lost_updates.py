"""A shared Value: `+=` is a read and a write; hold get_lock() around both."""

import multiprocessing
import time

WORKERS, ROUNDS = 3, 20


def add(counter, barrier, use_lock: bool) -> None:
    barrier.wait()  # start together
    for _ in range(ROUNDS):
        if use_lock:
            with counter.get_lock():  # the lock that comes with the Value
                current = counter.value
                time.sleep(0.001)  # a pause between the read and the write
                counter.value = current + 1
        else:
            current = counter.value
            time.sleep(0.001)  # others read the same value meanwhile
            counter.value = current + 1


def run(use_lock: bool) -> int:
    counter = multiprocessing.Value("i", 0)  # a C int in shared memory
    barrier = multiprocessing.Barrier(WORKERS)
    workers = [
        multiprocessing.Process(target=add, args=(counter, barrier, use_lock))
        for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return counter.value


if __name__ == "__main__":
    expected = WORKERS * ROUNDS
    without_lock, with_lock = run(use_lock=False), run(use_lock=True)
    print(f"expected {expected}")
    print(f"without the lock: some updates lost = {without_lock < expected}")
    print(f"with get_lock():  {with_lock}")
