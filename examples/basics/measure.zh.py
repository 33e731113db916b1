# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 亲手测一测
#
# 这一页不是写好的文字，而是一段在**构建网站时真正执行**的代码：下面的数字来自构建这个网站的那台机器。
# 同一份代码就是 `examples/basics/measure.zh.py`，你可以用 `python examples/basics/measure.zh.py`
# 在自己的电脑上运行，看看数字有什么不同。
#
# 先看看是哪台机器：

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
# ## 同样的工作，分给不同数量的线程
#
# 两种工作各做 8 份：一种是等待 0.05 秒（代表 I/O），一种是纯 Python 计算。
# 每种工作依次用 1、2、4、8 个线程完成，记下总用时：


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
# ## 怎么读这张表
#
# - **等待**一列：线程数翻倍，用时大约减半。等待时线程释放了全局解释器锁，几个线程的等待互相重叠。
# - **计算**一列：线程再多，用时也基本不变，甚至略长。标准构建中全局解释器锁让计算的线程轮流执行，
#   多出来的只是切换的开销。这一点和机器有几个核无关：核再多，这一列也不会变短。
# - 在自由线程构建（`python3.13t`、`python3.14t`）上，计算一列会随线程数下降，直到用满 CPU 核数。
#
# 要让计算在多核上并行，请用进程，见后续章节。
