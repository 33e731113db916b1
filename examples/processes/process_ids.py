"""Every process has its own PID; a child can find its parent's PID too."""

import multiprocessing
import os

# output varies: pid


def report(queue: multiprocessing.Queue) -> None:
    parent = multiprocessing.parent_process()  # the process that started this one
    queue.put((os.getpid(), os.getppid(), parent.pid))


if __name__ == "__main__":
    queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=report, args=(queue,), name="worker")
    process.start()
    pid, ppid, parent_pid = queue.get()
    process.join()

    print(f"main process:  pid={os.getpid()}")
    print(f"child process: pid={pid}, ppid={ppid} (from os.getppid())")
    print(f"process.pid={process.pid}, name={process.name!r}")
    print("process.pid is the child's PID:        ", process.pid == pid)
    print("the child's parent_process() is main:  ", parent_pid == os.getpid())
