# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Measured: CPU-bound work
#
# The same pure Python computation, done one piece after another, by threads, by processes
# and by a process pool, with 1, 2 and 4 workers. This page is code that **ran when the site
# was built**: the figures and the plot come from the machine printed below, not from the
# author's. The same code is `examples/compare/cpu.en.py`; run it on your own computer with
# `python examples/compare/cpu.en.py` and compare.
#
# The work itself lives in `examples/compare/workloads.py` (shown on
# [Choosing a model](../#workloads)): a child process started by *spawn* or
# *forkserver* has to import the function it runs, and a notebook's `__main__` is not a file
# it could import.

# %%
import multiprocessing
import os
import platform
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

# workloads.py sits beside this file; the notebook kernel starts in the repository root.
HERE = Path(__file__).parent if "__file__" in globals() else Path("examples/compare")
sys.path.insert(0, str(HERE.resolve()))
from workloads import count_primes, count_primes_many, describe_machine, usable_cpus

# %% [markdown]
# ## The machine
#
# Every cell below that does something starts with `if __name__ == "__main__":`. In the
# notebook the condition is always true and changes nothing. When this file runs as a
# script under the *spawn* or *forkserver* start method, each child process imports the
# file again; the check keeps the children from printing and measuring all over again
# (see [Start methods](../../processes/start-methods/)).

# %%
if __name__ == "__main__":
    print(describe_machine())

# %% [markdown]
# ## How it is measured
#
# Eight equal pieces of work, each counting the primes below 10,000. Threads and processes
# each get an equal share of the eight; the process pool is started (and its workers
# warmed up) before the clock starts, so its times leave out starting processes, which the
# `Process` times include. Each figure is the fastest of three runs, which keeps out most
# of the noise from whatever else the machine is doing; the threads and processes run in
# three interleaved rounds, so that a burst of load cannot favour one of them. The pools
# come last: a pool runs helper threads, and forking a process that has threads running
# is unsafe (Python 3.12 and later warn about it).

# %%
TASKS, LIMIT, WORKERS = 8, 10_000, (1, 2, 4)


def sequential() -> None:
    count_primes_many(LIMIT, TASKS)


def in_parallel(kind, workers: int) -> None:
    """Share the tasks out between `workers` threads or processes; wait for all."""
    share = (LIMIT, TASKS // workers)
    team = [kind(target=count_primes_many, args=share) for _ in range(workers)]
    for worker in team:
        worker.start()
    for worker in team:
        worker.join()


def on_pool(pool: ProcessPoolExecutor) -> None:
    list(pool.map(count_primes, [LIMIT] * TASKS))


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


if __name__ == "__main__":
    runs = {("sequential", 1): sequential}
    for w in WORKERS:
        runs["threads", w] = partial(in_parallel, threading.Thread, w)
        runs["processes", w] = partial(in_parallel, multiprocessing.Process, w)
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(3):  # three rounds of everything; the fastest of the three counts
        for key, run in runs.items():
            best[key] = min(best[key], timed(run))
    for w in WORKERS:  # pools last: their helper threads must not be running at a fork
        with ProcessPoolExecutor(max_workers=w) as pool:
            list(pool.map(time.sleep, [0.02] * w))  # start all its workers first
            best["process pool", w] = min(
                timed(partial(on_pool, pool)) for _ in range(3)
            )

# %% [markdown]
# ## The figures
#
# Seconds for all eight pieces (lower is better), and the speed-up over doing them one
# after another (higher is better):

# %%
if __name__ == "__main__":
    baseline = best["sequential", 1]
    seconds = {
        name: [best[name, w] for w in WORKERS]
        for name in ("threads", "processes", "process pool")
    }
    print(f"sequential: {baseline:.3f} s")
    print(f"{'workers':<13}" + "".join(f"{w:>16}" for w in WORKERS))
    for name, row in seconds.items():
        cells = "".join(f"{s:>9.3f} s {baseline / s:>4.1f}x" for s in row)
        print(f"{name:<13}{cells}")

# %%
if __name__ == "__main__":
    import matplotlib.pyplot as plt  # here, not at the top: child processes skip it

    cpus = usable_cpus() or os.cpu_count()
    fig, ax = plt.subplots(figsize=(6, 3.5), dpi=80)
    ax.axhline(baseline, color="gray", linestyle="--", label="sequential")
    ideal = [baseline / min(w, cpus) for w in WORKERS]
    ax.plot(WORKERS, ideal, color="gray", linestyle=":", label=f"ideal on {cpus} CPUs")
    for name, row in seconds.items():
        ax.plot(WORKERS, row, marker="o", label=name)
    ax.set_xticks(WORKERS)
    ax.set_ylim(bottom=0)
    ax.set_xlabel("workers")
    ax.set_ylabel("seconds for 8 tasks")
    machine = f"{platform.system()}, {cpus} CPUs, {multiprocessing.get_start_method()}"
    ax.set_title(f"CPU-bound: {machine}, Python {platform.python_version()}")
    ax.legend(fontsize="small")
    fig.tight_layout()
    plt.show()

# %% [markdown]
# ## How to read it
#
# - **Threads** take as long as doing the work one piece after another, however many there
#   are, on a build whose GIL is enabled (printed above): only the thread holding the
#   global interpreter lock runs Python code; the others wait their turn.
# - **Processes** and the **process pool** each run their own interpreter, so they compute
#   at the same time, up to the number of CPUs printed above. Workers beyond that number
#   only take turns: on a machine with 2 CPUs, 4 workers are no faster than 2.
# - **Process** times include starting the processes, and the pool's do not: the gap
#   between the two lines is what starting them costs. With *fork* (the default on Linux up
#   to Python 3.13) it is small. With *spawn* (the default on Windows and macOS) and
#   *forkserver* (the default on Linux from Python 3.14), each child starts from a fresh
#   interpreter and imports what it needs again (this whole file, when it runs as a
#   script), which can take longer than this page's whole workload. For many small tasks,
#   start a pool once and reuse it.
#
# ## On a machine with more cores
#
# - The process and pool lines keep falling, close to the "ideal" line, until the workers
#   reach the number of CPUs or the number of tasks (eight here), whichever is smaller.
#   They never quite reach it: starting workers, sending the work and the results
#   (pickled), and sharing the memory bus all cost something.
# - The threads line stays where it is on the standard build, on 2 cores or 64.
# - On a **free-threaded** build (`python3.13t`, `python3.14t`) the threads line would fall
#   like the process lines; see [Free threading and subinterpreters](../free-threading/).
# - A busy machine (a shared CI runner, a laptop on battery) gives noisier figures; the
#   load average printed above says how busy this one was. Run the script a few times
#   before you trust a difference of a few percent.
#
# Next: [Measured: I/O-bound work](../io/).
