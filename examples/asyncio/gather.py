"""gather() returns results in the order given; return_exceptions=True keeps errors."""

import asyncio


async def fetch(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return f"{name} ok"


async def main() -> None:
    results = await asyncio.gather(fetch("slow", 0.05), fetch("fast", 0.01))
    print("results:", results)  # in the order passed, not the order finished

    results = await asyncio.gather(
        fetch("a", 0.01), fetch("b", 0.02, fail=True), return_exceptions=True
    )
    print("return_exceptions=True:", results)

    c = asyncio.create_task(fetch("c", 0.05))
    try:
        await asyncio.gather(fetch("a", 0.01), fetch("b", 0.02, fail=True), c)
    except ValueError as error:
        print("without it, the first error is raised:", error)
    print("c was not cancelled:", not c.done())
    print("c finishes anyway:", await c)


if __name__ == "__main__":
    asyncio.run(main())
