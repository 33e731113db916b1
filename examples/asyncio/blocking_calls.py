"""One blocking call stops every task: the event loop cannot switch until it returns."""

import asyncio
import itertools
import time

# output varies: duration


async def heartbeat(beats: list[float]) -> None:
    while True:
        beats.append(time.perf_counter())
        await asyncio.sleep(0.02)


def busy_loop(seconds: float) -> None:  # CPU-bound work: computes, never awaits
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


async def blocking_sleep() -> None:
    time.sleep(0.2)  # noqa: ASYNC251 (linters flag it, for this very reason)


async def cpu_bound() -> None:
    busy_loop(0.2)


async def polite_sleep() -> None:
    await asyncio.sleep(0.2)


async def main() -> None:
    for work in (blocking_sleep, cpu_bound, polite_sleep):
        beats: list[float] = []
        beat = asyncio.create_task(heartbeat(beats))
        await asyncio.sleep(0.03)  # the heartbeat is running
        start = time.perf_counter()
        await work()
        end = time.perf_counter()
        await asyncio.sleep(0.03)
        beat.cancel()
        gap = max(later - earlier for earlier, later in itertools.pairwise(beats))
        went_on = any(start < t < end for t in beats)
        print(
            f"{work.__name__:<15} longest pause {gap:.2f} s; beat meanwhile: {went_on}"
        )


if __name__ == "__main__":
    asyncio.run(main())
