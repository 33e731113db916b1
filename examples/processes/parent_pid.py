"""os.getppid() in a child is not always the main process: under forkserver it is not."""

import multiprocessing
import os

# requires: fork, forkserver
# start method: chosen by the example


def report(queue: multiprocessing.Queue) -> None:
    queue.put((os.getppid(), multiprocessing.parent_process().pid))


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        context = multiprocessing.get_context(method)
        queue = context.Queue()
        process = context.Process(target=report, args=(queue,))
        process.start()
        ppid, parent_pid = queue.get()
        process.join()
        print(
            f"{method + ':':<11} os.getppid() is main: {ppid == os.getpid()!s:<5}"
            f"  parent_process() is main: {parent_pid == os.getpid()}"
        )
