"""CPU-bound work split over two processes: the speedup, measured (best of 3)."""

import multiprocessing
import time

# output varies: duration, ratio

HALVES = [(0, 500_000), (500_000, 1_000_000)]  # the same work, in two equal parts
ROUNDS = 3


def sum_of_squares(start: int, stop: int) -> int:
    return sum(i * i for i in range(start, stop))


def worker(tasks: multiprocessing.Queue, results: multiprocessing.Queue) -> None:
    while (task := tasks.get()) is not None:
        cpu_began = time.process_time()
        total = sum_of_squares(*task)
        results.put((total, time.process_time() - cpu_began))


if __name__ == "__main__":
    tasks, results = multiprocessing.Queue(), multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=worker, args=(tasks, results)) for _ in HALVES
    ]
    for process in workers:
        process.start()  # started before any timing: start-up is not measured here

    one, two, cpu_one, cpu_each = [], [], [], []
    for _ in range(ROUNDS):
        began, cpu_began = time.perf_counter(), time.process_time()
        expected = sum(sum_of_squares(*half) for half in HALVES)  # in this process
        one.append(time.perf_counter() - began)
        cpu_one.append(time.process_time() - cpu_began)

        began = time.perf_counter()
        for half in HALVES:
            tasks.put(half)
        replies = [results.get() for _ in HALVES]  # the two halves at once
        two.append(time.perf_counter() - began)
        total = sum(value for value, _ in replies)
        cpu_each.extend(cpu for _, cpu in replies)

    for _ in workers:
        tasks.put(None)
    for process in workers:
        process.join()
    print(f"one process:   {min(one):.3f} s")
    print(f"two processes: {min(two):.3f} s")
    print(f"speedup: {min(one) / min(two):.1f}x")
    print(f"CPU time in one process:    {min(cpu_one):.3f} s")
    print(f"CPU time in each of the two: {min(cpu_each):.3f} s")
    print("same result:", total == expected)
    share = min(cpu_each) / min(cpu_one)
    print("each process did about half of the CPU work:", 0.3 < share < 0.7)
