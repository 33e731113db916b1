"""asyncio.to_thread() runs a blocking function in a thread; the loop stays free."""

import asyncio
import time

# output varies: duration


def blocking_io(name: str) -> str:  # e.g. a library call with no async version
    time.sleep(0.1)
    return f"{name} done"


async def main() -> None:
    start = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, "a"),
        asyncio.to_thread(blocking_io, "b"),
        asyncio.to_thread(blocking_io, "c"),
    )
    elapsed = time.perf_counter() - start
    print(results)
    print(f"3 blocking calls of 0.1 s took {elapsed:.2f} s")
    print("they ran side by side:", elapsed < 0.25)


if __name__ == "__main__":
    asyncio.run(main())
