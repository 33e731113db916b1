"""The work the measured pages time, in a module that child processes can import."""

import asyncio
import time


def count_primes(limit: int) -> int:
    """CPU-bound: count the primes below `limit` by trial division, in pure Python."""
    count = 0
    for number in range(2, limit):
        for divisor in range(2, int(number**0.5) + 1):
            if number % divisor == 0:
                break
        else:
            count += 1
    return count


def count_primes_many(limit: int, times: int) -> None:
    """One worker's share of the CPU-bound work: `times` calls of count_primes."""
    for _ in range(times):
        count_primes(limit)


def wait(seconds: float) -> None:
    """I/O-bound stand-in: a blocking wait, like a call that waits for a reply."""
    time.sleep(seconds)


async def wait_async(seconds: float) -> None:
    """The same wait as a coroutine: it hands the thread back to the event loop."""
    await asyncio.sleep(seconds)
