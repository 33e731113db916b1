"""What it costs to start and finish one process, one thread, one asyncio task."""

import asyncio
import multiprocessing
import threading
import time

# output varies: duration


def nothing() -> None:
    pass


def start_and_join(kind, count: int) -> None:  # kind: Process or Thread
    for _ in range(count):
        unit = kind(target=nothing)
        unit.start()
        unit.join()


async def start_and_await(count: int) -> None:
    for _ in range(count):
        await asyncio.create_task(asyncio.sleep(0))


def per_unit(run, count: int) -> float:
    start = time.perf_counter()
    run(count)
    return (time.perf_counter() - start) / count


def show(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms" if seconds >= 1e-3 else f"{seconds * 1e6:.1f} µs"


if __name__ == "__main__":
    process = per_unit(lambda n: start_and_join(multiprocessing.Process, n), 2)
    thread = per_unit(lambda n: start_and_join(threading.Thread, n), 200)
    task = per_unit(lambda n: asyncio.run(start_and_await(n)), 1000)
    print("one process:", show(process))
    print("one thread: ", show(thread))
    print("one task:   ", show(task))
    print("a task starts faster than a thread:", task < thread)
