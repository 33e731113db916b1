"""A TaskGroup waits for all its tasks, and cancels the rest when one fails."""

import asyncio


async def work(name: str, delay: float, fail: bool = False) -> str:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name}: done")
    return name


async def main() -> None:
    async with asyncio.TaskGroup() as group:
        first = group.create_task(work("first", 0.01))
        second = group.create_task(work("second", 0.02))
    print("both finished:", first.result(), second.result())

    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(work("quick", 0.01))
            group.create_task(work("broken", 0.02, fail=True))
            group.create_task(work("slow", 1.0))
    except* ValueError as group_error:
        print(type(group_error).__name__, [str(e) for e in group_error.exceptions])


if __name__ == "__main__":
    asyncio.run(main())
