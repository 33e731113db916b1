# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 实测：CPU 密集型任务
#
# 同一份纯 Python 计算，分别按顺序执行、交给线程、交给进程、交给进程池，各用 1、2、4 个工作者。这一页是**构建网站时真正执行**的代码：数字和图都来自下方打印出的那台机器，而不是作者的电脑。同一份代码就是 `examples/compare/cpu.zh.py`，可以用 `python examples/compare/cpu.zh.py` 在自己的电脑上运行，对比一下。
#
# 要做的计算放在 `examples/compare/workloads.py` 里（见[怎样选择](../#workloads)）：用 *spawn* 或 *forkserver* 启动的子进程必须导入它要运行的函数，而笔记本的 `__main__` 不是一个可以导入的文件。

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
# ## 是哪台机器
#
# 下面每个真正做事的代码单元都以 `if __name__ == "__main__":` 开头。在笔记本里这个条件总是成立，不影响什么；但把这个文件当作脚本运行、启动方法又是 *spawn* 或 *forkserver* 时，每个子进程都会重新导入这个文件，有了这道判断，子进程才不会把打印和测量再做一遍（见[启动方法](../../processes/start-methods/)）。

# %%
if __name__ == "__main__":
    print(describe_machine())

# %% [markdown]
# ## 怎么测的
#
# 8 份同样的工作，每份数出 10,000 以内的素数。线程和进程平分这 8 份；进程池在开始计时之前就已启动（工作进程也已预热），所以它的时间不含启动进程，而 `Process` 的时间包含。每个数字取三次运行中最快的一次，这样可以挡掉机器上其他程序带来的大部分干扰；线程和进程的测量交替分三轮进行，机器某一刻突然忙起来，也不会只偏袒其中一种。进程池放在最后测：进程池会运行辅助线程，而在有其他线程运行的进程里 fork 是不安全的（Python 3.12 起会为此发出警告）。

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
# ## 结果
#
# 做完全部 8 份所用的秒数（越小越好），以及相对按顺序执行的加速比（越大越好）：

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
# ## 怎么读这些数字
#
# - **线程**：只要全局解释器锁是启用的（见上面打印的信息），线程再多，用时也和按顺序执行差不多。同一时刻只有持有这把锁的线程在执行 Python 代码，其他线程只能等着轮到自己。
# - **进程**和**进程池**：每个进程有自己的解释器，可以同时计算，同时计算的个数最多等于上面打印的 CPU 数。工作者多于 CPU 数时只能轮流运行：在 2 个 CPU 的机器上，4 个工作者不会比 2 个快。
# - `Process` 的时间包含启动进程，进程池的不包含：两条线之间的差距就是启动进程的代价。用 *fork* 启动时（Linux 上直到 Python 3.13 的默认）这个代价很小；用 *spawn*（Windows 和 macOS 的默认）或 *forkserver*（Python 3.14 起 Linux 的默认）时，每个子进程都从一个全新的解释器开始，把需要的模块重新导入一遍（以脚本运行时还包括这整个文件），花的时间可能比这一页的全部计算还长。任务多而小的时候，启动一次进程池，反复使用。
#
# ## 换一台核更多的机器
#
# - 进程和进程池的两条线会继续下降，贴近“理想”那条线，直到工作者数达到 CPU 数或任务数（这里是 8）中较小的那个。但永远达不到理想值：启动工作者、把任务和结果序列化（pickle）后来回传递、共享内存总线，都要花时间。
# - 在标准构建上，线程那条线不会动，不管是 2 个核还是 64 个核。
# - 在**自由线程**构建（`python3.13t`、`python3.14t`）上，线程那条线会像进程的线一样下降，见[自由线程与子解释器](../free-threading/)。
# - 机器忙的时候（共享的 CI 机器、用电池的笔记本），数字波动更大；上面打印的平均负载说明了这台机器当时有多忙。差别只有百分之几时，多运行几次再下结论。
#
# 下一页：[实测：I/O 密集型任务](../io/)。
