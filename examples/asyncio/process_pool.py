"""CPU-bound work goes to a process pool; the event loop keeps running meanwhile."""

import asyncio
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit: int) -> int:  # at top level, so worker processes can find it
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


async def heartbeat(beats: list[int]) -> None:
    while True:
        beats.append(1)
        await asyncio.sleep(0.01)


async def main(pool: ProcessPoolExecutor) -> None:
    loop = asyncio.get_running_loop()
    beats: list[int] = []
    beat = asyncio.create_task(heartbeat(beats))
    results = await asyncio.gather(
        loop.run_in_executor(pool, count_primes, 50_000),
        loop.run_in_executor(pool, count_primes, 60_000),
    )
    beat.cancel()
    print("primes below 50,000 and 60,000:", results)
    print("the heartbeat went on meanwhile:", len(beats) > 2)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:  # shut down when the block ends
        asyncio.run(main(pool))
