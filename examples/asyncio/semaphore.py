"""A Semaphore lets at most N tasks into a section at once."""

import asyncio

inside = 0
most_inside = 0


async def download(number: int, limit: asyncio.Semaphore) -> None:
    global inside, most_inside
    async with limit:  # waits here while 3 others are inside
        inside += 1
        most_inside = max(most_inside, inside)
        await asyncio.sleep(0.02)  # the download
        inside -= 1


async def main() -> None:
    limit = asyncio.Semaphore(3)
    async with asyncio.TaskGroup() as group:
        for number in range(10):
            group.create_task(download(number, limit))
    print("10 downloads; most running at once:", most_inside)


if __name__ == "__main__":
    asyncio.run(main())
