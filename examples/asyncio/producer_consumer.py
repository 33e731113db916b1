"""A producer and two consumers share the work through an asyncio.Queue."""

import asyncio

# output varies: order


async def producer(queue: asyncio.Queue) -> None:
    for item in range(6):
        await queue.put(item)  # waits while the queue is full
        print(f"put {item}")


async def consumer(name: str, queue: asyncio.Queue) -> None:
    while True:
        item = await queue.get()  # waits while the queue is empty
        await asyncio.sleep(0.01)  # the work
        print(f"    {name} handled {item}")
        queue.task_done()


async def main() -> None:
    queue = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(name, queue)) for name in ("c1", "c2")]
    await producer(queue)
    await queue.join()  # until every item put has been marked task_done()
    for task in consumers:
        task.cancel()  # they would wait on get() forever
    await asyncio.gather(*consumers, return_exceptions=True)
    print("all items handled")


if __name__ == "__main__":
    asyncio.run(main())
