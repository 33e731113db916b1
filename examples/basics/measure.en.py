# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Measure it yourself
#
# This page is not written text but code that **ran when the site was built**: the figures below
# come from the machine that built this site. The same code is `examples/basics/measure.en.py`;
# run it with `python examples/basics/measure.en.py` on your own computer and compare.
#
# First, which machine is this:

# %%
import os
import platform
import sys
import threading
import time

gil = "enabled" if getattr(sys, "_is_gil_enabled", lambda: True)() else "disabled"
print(
    f"Python {platform.python_version()} ({platform.python_implementation()}), GIL {gil}"
)
print(f"{platform.system()} {platform.machine()}, {os.cpu_count()} logical CPUs")

# %% [markdown]
# ## The same work on more and more threads
#
# Two kinds of work, 8 pieces each: waiting 0.05 s (standing in for I/O), and pure Python
# computation. Each is done by 1, 2, 4 and 8 threads in turn, and the total time is recorded:


# %%
def wait() -> None:
    time.sleep(0.05)


def compute() -> None:
    sum(i * i for i in range(200_000))


def run_in_threads(work, tasks: int, threads: int) -> float:
    """Run `tasks` calls of `work` on `threads` threads; return the seconds it took."""
    per_thread = [tasks // threads] * threads

    def worker(count: int) -> None:
        for _ in range(count):
            work()

    start = time.perf_counter()
    pool = [threading.Thread(target=worker, args=(n,)) for n in per_thread]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return time.perf_counter() - start


TASKS = 8
print(f"{'threads':>7} | {'wait (s)':>8} | {'compute (s)':>11}")
for threads in (1, 2, 4, 8):
    waited = run_in_threads(wait, TASKS, threads)
    computed = run_in_threads(compute, TASKS, threads)
    print(f"{threads:>7} | {waited:>8.3f} | {computed:>11.3f}")

# %% [markdown]
# ## How to read the table
#
# - The **wait** column: twice the threads, about half the time. A waiting thread releases the
#   global interpreter lock, so the waits overlap.
# - The **compute** column: more threads, no less time, sometimes a little more. On a standard
#   build the GIL makes computing threads take turns; all they add is switching. More cores
#   would not change this column.
# - On a free-threaded build (`python3.13t`, `python3.14t`) the compute column falls as threads
#   are added, until they use up the CPU cores.
#
# To compute on several cores at once, use processes: see the later chapters.
