"""Coroutines switch only where one awaits: at an await, never in between."""

import asyncio


async def polite(name: str) -> None:
    for step in range(2):
        print(f"{name} step {step}")
        await asyncio.sleep(0)  # a switch point: let the others run


async def greedy() -> None:
    print("greedy starts and never awaits...")
    total = sum(range(1_000_000))  # no await inside: nothing else runs meanwhile
    print(f"greedy done ({total})")


async def main() -> None:
    async with asyncio.TaskGroup() as group:
        group.create_task(polite("A"))
        group.create_task(greedy())
        group.create_task(polite("B"))


if __name__ == "__main__":
    asyncio.run(main())
