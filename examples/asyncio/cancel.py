"""Cancelling a task raises CancelledError at its await: clean up, then re-raise."""

import asyncio


async def worker() -> None:
    print("worker: connection opened")
    try:
        await asyncio.sleep(10)  # CancelledError is raised here
    except asyncio.CancelledError:
        print("worker: cancelled")
        raise  # let the cancellation go on
    finally:
        print("worker: connection closed")  # cleanup runs however we leave


async def main() -> None:
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()  # a request: it takes effect when the task next runs
    print("cancel() requested; task done yet:", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("main: task.cancelled() is", task.cancelled())
    print(
        "CancelledError is an Exception:", issubclass(asyncio.CancelledError, Exception)
    )


if __name__ == "__main__":
    asyncio.run(main())
