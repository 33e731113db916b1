"""2,000 concurrent waits of 0.1 s: as asyncio tasks, then as threads."""

import asyncio
import threading
import time
import tracemalloc

# output varies: duration, ratio

COUNT = 2000


async def with_tasks() -> None:
    async with asyncio.TaskGroup() as group:
        for _ in range(COUNT):
            group.create_task(asyncio.sleep(0.1))


def with_threads() -> None:
    threads = [threading.Thread(target=time.sleep, args=(0.1,)) for _ in range(COUNT)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def measure(run) -> tuple[float, int]:
    """Seconds taken, and the peak of memory allocated by Python meanwhile."""
    tracemalloc.start()
    start = time.perf_counter()
    run()
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return elapsed, peak


if __name__ == "__main__":
    task_time, task_memory = measure(lambda: asyncio.run(with_tasks()))
    thread_time, thread_memory = measure(with_threads)
    print(f"{COUNT} tasks:   {task_time:.2f} s")
    print(f"{COUNT} threads: {thread_time:.2f} s")
    print(f"Python memory, threads / tasks: {thread_memory / task_memory:.1f}x")
    print("the tasks finished sooner:", task_time < thread_time)
