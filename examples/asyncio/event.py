"""An Event wakes every task waiting for it, all at once."""

import asyncio


async def waiter(name: str, ready: asyncio.Event) -> None:
    print(f"{name} waits")
    await ready.wait()
    print(f"{name} goes")


async def main() -> None:
    ready = asyncio.Event()
    async with asyncio.TaskGroup() as group:
        for name in ("A", "B", "C"):
            group.create_task(waiter(name, ready))
        await asyncio.sleep(0.05)  # say, loading the configuration
        print("main: configuration loaded, set()")
        ready.set()
    print("the event stays set:", ready.is_set())


if __name__ == "__main__":
    asyncio.run(main())
