"""as_completed() hands over each result as soon as it is ready."""

import asyncio


async def download(name: str, seconds: float) -> str:
    await asyncio.sleep(seconds)
    return name


async def main() -> None:
    downloads = [
        download("big", 0.15),
        download("small", 0.05),
        download("medium", 0.1),
    ]
    for next_done in asyncio.as_completed(downloads):
        name = await next_done  # the earliest result not yet handed over
        print("finished:", name)


if __name__ == "__main__":
    asyncio.run(main())
