"""asyncio.run() starts an event loop, runs one coroutine, cleans up and closes it."""

import asyncio


async def background() -> None:
    try:
        await asyncio.sleep(10)  # far longer than main() lasts
    except asyncio.CancelledError:
        print("background: cancelled by asyncio.run() on its way out")
        raise


async def main() -> str:
    loop = asyncio.get_running_loop()
    print("in main(): the loop is running:", loop.is_running())
    task = asyncio.create_task(background())
    await asyncio.sleep(0.01)
    print("main() returns; background task done:", task.done())
    return "main's result"


if __name__ == "__main__":
    result = asyncio.run(main())
    print("asyncio.run() returned", repr(result))
    try:
        asyncio.get_running_loop()
    except RuntimeError as error:
        print("after asyncio.run():", error)
