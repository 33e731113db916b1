"""Python 3.13+: Queue.shutdown() tells the consumers that no more work is coming."""

import asyncio

# output varies: order
# requires: python>=3.13


async def consumer(name: str, queue: asyncio.Queue) -> None:
    while True:
        try:
            item = await queue.get()
        except asyncio.QueueShutDown:  # shut down, and nothing left to take
            print(f"    {name}: queue shut down, leaving")
            return
        await asyncio.sleep(0.01)  # the work
        print(f"    {name} handled {item}")


async def main() -> None:
    queue = asyncio.Queue()
    async with asyncio.TaskGroup() as group:
        for name in ("c1", "c2"):
            group.create_task(consumer(name, queue))
        for item in range(4):
            await queue.put(item)
        queue.shutdown()  # no more put(); get() raises once the queue is empty
        print("queue shut down with", queue.qsize(), "items still in it")
    print("all consumers have left")


if __name__ == "__main__":
    asyncio.run(main())
