"""The work the measured pages time, in a module that child processes can import."""

import asyncio
import multiprocessing
import os
import platform
import sys
import sysconfig
import time


def usable_cpus() -> int | None:
    """CPUs this process may use: os.process_cpu_count() (3.13+), else None."""
    return os.process_cpu_count() if hasattr(os, "process_cpu_count") else None


def describe_machine() -> str:
    """The facts a measured page prints beside its figures: build, CPUs, load."""
    usable = usable_cpus()
    free_threaded = sysconfig.get_config_var("Py_GIL_DISABLED")
    build = "free-threaded" if free_threaded else "standard"
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    lines = [
        f"Python {platform.python_version()}, {build} build, GIL enabled: {gil}",
        f"{platform.system()} {platform.machine()}, os.cpu_count(): {os.cpu_count()}",
        f"os.process_cpu_count(): {usable or 'not available (Python 3.13+)'}",
        f"multiprocessing start method: {multiprocessing.get_start_method()}",
    ]
    if hasattr(os, "getloadavg"):  # not on Windows
        lines.append(f"load average over the last minute: {os.getloadavg()[0]:.2f}")
    return "\n".join(lines)


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
