"""Swallowing CancelledError breaks what is built on cancellation, like timeout()."""

import asyncio


async def stubborn() -> str:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: cancelled, but carries on")  # BUG: no raise
    return "pretended to finish"


async def main() -> None:
    try:
        async with asyncio.timeout(0.05) as deadline:
            result = await stubborn()
        print("no TimeoutError; got", repr(result))
        print("yet the deadline expired:", deadline.expired())
    except TimeoutError:
        print("TimeoutError")


if __name__ == "__main__":
    asyncio.run(main())
