"""Awaiting a coroutine runs it now; a task runs alongside whoever created it."""

import asyncio
import time

# output varies: duration


async def job(name: str) -> None:
    print(f"{name} starts")
    await asyncio.sleep(0.1)
    print(f"{name} ends")


async def main() -> None:
    start = time.perf_counter()
    await job("A")  # main() waits here until A has finished
    await job("B")
    print(f"two coroutines, awaited in turn: {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    task_a = asyncio.create_task(job("A"))  # scheduled; starts at main()'s next await
    task_b = asyncio.create_task(job("B"))
    print("two tasks created; neither has started yet")
    await task_a
    await task_b
    print(f"two tasks, running together: {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
