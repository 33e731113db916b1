"""asyncio.run() refuses to start inside a running event loop, as in a notebook."""

import asyncio


async def fetch() -> str:
    await asyncio.sleep(0.01)
    return "data"


async def cell() -> None:  # plays a notebook cell: a loop is already running
    coro = fetch()
    try:
        print(asyncio.run(coro))
    except RuntimeError as error:
        coro.close()  # it never ran; close it, or Python warns it was never awaited
        print("RuntimeError:", error)
    print("await instead:", await fetch())  # inside a running loop, just await


if __name__ == "__main__":
    asyncio.run(cell())
