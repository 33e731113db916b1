"""Give up waiting: asyncio.wait_for(), or asyncio.timeout() (Python 3.11+)."""

import asyncio


async def slow_reply() -> str:
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("  slow_reply: cancelled")
        raise
    return "reply"


async def main() -> None:
    try:
        await asyncio.wait_for(slow_reply(), timeout=0.05)
    except TimeoutError:
        print("wait_for(): TimeoutError")

    try:
        async with asyncio.timeout(0.05):  # one deadline for the whole block
            await asyncio.sleep(0.03)
            await slow_reply()
    except TimeoutError:
        print("timeout(): TimeoutError")

    print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)


if __name__ == "__main__":
    asyncio.run(main())
