# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Measured: I/O-bound work
#
# A program that waits (for a server, a disk, a database) spends its time doing nothing.
# This page makes 1, 10, 100 and 1000 waits of 20 milliseconds each, one after another, in
# one thread per wait, and as one asyncio task per wait, and measures how long each takes.
# It is code that **ran when the site was built**, on the machine printed below; the same
# code is `examples/compare/io.en.py`, which you can run with
# `python examples/compare/io.en.py`.
#
# The waits are `time.sleep()` and `asyncio.sleep()` from `examples/compare/workloads.py`
# (shown on [Choosing a model](../#workloads)). A real network call waits the same
# way: the thread blocked in it releases the global interpreter lock, and a coroutine
# awaiting it hands the thread back to the event loop. What a real call adds is the CPU
# work around the wait (building the request, parsing the reply), which this page leaves
# out on purpose.

# %%
import asyncio
import os
import platform
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import matplotlib.pyplot as plt

# workloads.py sits beside this file; the notebook kernel starts in the repository root.
HERE = Path(__file__).parent if "__file__" in globals() else Path("examples/compare")
sys.path.insert(0, str(HERE.resolve()))
from workloads import describe_machine, wait, wait_async

# %% [markdown]
# ## The machine

# %%
print(describe_machine())

# %% [markdown]
# ## How it is measured
#
# Each way makes all of its waits and returns when the last one is over. Waiting one after
# another is only run up to 10 waits: 100 waits would take 2 seconds and 1000 would take
# 20, and the line is easy to draw without running it. Everything runs in three rounds,
# and each figure is the fastest of its three runs.
#
# In a notebook the kernel's thread already runs an event loop, and `asyncio.run()` refuses
# to start a second one there (see
# [Scale, debugging and comparison](../../asyncio/in-practice/)), so the asyncio runs get
# a thread of their own. Outside a notebook you would just call `asyncio.run()`.

# %%
DELAY, COUNTS, SEQUENTIAL_UP_TO = 0.02, (1, 10, 100, 1000), 10


def one_after_another(count: int) -> None:
    for _ in range(count):
        wait(DELAY)


def with_threads(count: int) -> None:
    threads = [threading.Thread(target=wait, args=(DELAY,)) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


async def all_at_once(count: int) -> None:
    async with asyncio.TaskGroup() as group:
        for _ in range(count):
            group.create_task(wait_async(DELAY))


def with_asyncio(count: int) -> None:
    with ThreadPoolExecutor(max_workers=1) as own_thread:
        own_thread.submit(asyncio.run, all_at_once(count)).result()


ways = {
    "sequential": one_after_another,
    "threads": with_threads,
    "asyncio": with_asyncio,
}
runs = [(name, n) for name in ways for n in COUNTS]
runs = [(name, n) for name, n in runs if name != "sequential" or n <= SEQUENTIAL_UP_TO]
best = dict.fromkeys(runs, float("inf"))
for _ in range(3):  # three rounds of everything; the fastest of the three counts
    for name, n in runs:
        start = time.perf_counter()
        ways[name](n)
        best[name, n] = min(best[name, n], time.perf_counter() - start)

# %% [markdown]
# ## The figures
#
# Seconds until the last wait is over (lower is better); one wait alone takes 0.020 s.
# The last two lines divide the time beyond that one wait by the number of waits: what each
# extra thread or task cost.

# %%
print(f"{'waits':<12}" + "".join(f"{n:>10}" for n in COUNTS))
for name in ways:
    row = [f"{best[name, n]:.3f} s" if (name, n) in best else "not run" for n in COUNTS]
    print(f"{name:<12}" + "".join(f"{cell:>10}" for cell in row))
for name in ("threads", "asyncio"):
    cost = (best[name, COUNTS[-1]] - DELAY) / COUNTS[-1] * 1e6
    print(f"{name}: about {cost:.0f} µs per wait on top of the wait itself")

# %%
fig, ax = plt.subplots(figsize=(6, 3.5), dpi=80)
expected = [n * DELAY for n in COUNTS]
ax.plot(COUNTS, expected, color="gray", linestyle="--", label="sequential, expected")
ax.axhline(DELAY, color="gray", linestyle=":", label="one wait")
for name in ways:
    done = [n for n in COUNTS if (name, n) in best]
    ax.plot(done, [best[name, n] for n in done], marker="o", label=name)
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xticks(COUNTS, [str(n) for n in COUNTS])
ax.set_yticks([0.02, 0.1, 1, 10], ["0.02", "0.1", "1", "10"])
ax.set_xlabel("waits of 20 ms")
ax.set_ylabel("seconds until all are done")
machine = f"{platform.system()}, {os.cpu_count()} CPUs"
ax.set_title(f"I/O-bound: {machine}, Python {platform.python_version()}")
ax.legend(fontsize="small")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## How to read it
#
# - **One after another**, the time grows with the number of waits: ten waits take ten
#   times as long as one.
# - **Threads** and **asyncio** make all their waits at the same time, so 10 or 100 waits
#   take little more than one. This is concurrency, not parallelism: nothing computes
#   during a wait, so one core is enough for all of them.
# - At 1000 waits the cost of the machinery shows: every thread is an operating system
#   thread with its own stack, started and joined one by one; an asyncio task is a Python
#   object on one event loop, much cheaper to create and switch. The per-wait figures
#   above say by how much on this machine. The [asyncio chapter](../../asyncio/in-practice/)
#   measures memory as well.
# - With a limited pool instead of one thread per wait (say `ThreadPoolExecutor` with 10
#   workers), 1000 waits take 100 rounds of 20 ms: 2 seconds. The number of threads, not
#   the number of waits, sets the pace.
#
# ## On a machine with more cores
#
# - Hardly anything changes. Waiting does not use a CPU, so the sequential line and the
#   time of one wait stay exactly where they are.
# - Only the machinery's share can shrink a little: the operating system can start and
#   wake threads on several cores. The asyncio event loop runs in one thread, on one core,
#   however many the machine has.
# - What limits many waits at once is memory, the operating system's limits on threads
#   and open sockets, and the server at the other end, not the number of cores. Once the
#   work between the waits becomes significant, the work is CPU-bound after all: see
#   [Measured: CPU-bound work](../cpu/) and [Choosing a model](../).
#
# Next: [Free threading and subinterpreters](../free-threading/).
