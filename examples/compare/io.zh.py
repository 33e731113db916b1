# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 实测：I/O 密集型任务
#
# 等待服务器、磁盘或数据库回应的程序，大部分时间什么也不做。这一页做 1、10、100、1000 次每次 20 毫秒的等待，分别按顺序一次接一次地等、每次等待开一个线程、每次等待建一个 asyncio 任务，测量各要多久。这是**构建网站时真正执行**的代码，数字来自下方打印出的那台机器；同一份代码就是 `examples/compare/io.zh.py`，可以用 `python examples/compare/io.zh.py` 自己运行。
#
# 这里的等待是 `examples/compare/workloads.py` 里的 `time.sleep()` 和 `asyncio.sleep()`（见[怎样选择](../#workloads)）。真实的网络调用等待的方式相同：阻塞在调用里的线程会释放全局解释器锁，`await` 它的协程会把线程交还给事件循环。真实调用多出来的是等待前后的 CPU 工作（构造请求、解析回应），这一页有意把它去掉了。

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
# ## 是哪台机器

# %%
print(describe_machine())

# %% [markdown]
# ## 怎么测的
#
# 每种方式都把自己的等待全部做完，最后一次等待结束时才返回。按顺序等待只测到 10 次：100 次要 2 秒，1000 次要 20 秒，这条线不用真跑也画得出来。所有测量分三轮进行，每个数字取它三次中最快的一次。
#
# 在笔记本里，内核所在的线程已经在运行一个事件循环，`asyncio.run()` 拒绝在那里再启动一个（见[规模、调试与比较](../../asyncio/in-practice/)），所以 asyncio 的测量放在一个单独的线程里运行。在笔记本之外，直接调用 `asyncio.run()` 就行。

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
# ## 结果
#
# 直到最后一次等待结束所用的秒数（越小越好）；单独一次等待要 0.020 秒。最后两行把超出这一次等待的时间平均到每次等待上：每多一个线程或任务要多花多少。

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
# ## 怎么读这些数字
#
# - **按顺序**等待，用时随等待次数线性增长：10 次是 1 次的 10 倍。
# - **线程**和 **asyncio** 让所有等待同时进行，所以 10 次、100 次也只比 1 次多一点点。这是并发，不是并行：等待期间什么也不计算，一个核就够所有等待用了。
# - 到 1000 次时，机制本身的开销显现出来：每个线程都是一个操作系统线程，有自己的栈，要逐个启动、逐个 `join()`；asyncio 任务只是同一个事件循环上的一个 Python 对象，创建和切换都便宜得多。上面每次等待的额外开销说明了在这台机器上相差多少。[协程一章](../../asyncio/in-practice/)还测量了内存。
# - 如果不是每次等待一个线程，而是用一个有上限的线程池（比如 10 个工作线程的 `ThreadPoolExecutor`），1000 次等待要分 100 轮，每轮 20 毫秒，共 2 秒。决定快慢的是线程数，而不是等待次数。
#
# ## 换一台核更多的机器
#
# - 几乎没有变化。等待不占用 CPU，按顺序那条线和单次等待的时间都一点不变。
# - 能缩小的只有机制开销的那一小部分：操作系统可以在多个核上启动和唤醒线程。asyncio 的事件循环只在一个线程、一个核上运行，机器有多少核都一样。
# - 同时进行大量等待时，限制来自内存、操作系统对线程数和打开的套接字数的限制，以及对端的服务器，而不是核数。一旦等待之间的工作变得可观，任务就又成了 CPU 密集型：见[实测：CPU 密集型任务](../cpu/)和[怎样选择](../)。
#
# 下一页：[自由线程与子解释器](../free-threading/)。
