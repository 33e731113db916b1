"""Threads run inside their process; a child process is a process of its own."""

import multiprocessing
import os
import threading


def report_pid(results: list) -> None:
    results.append(os.getpid())


def send_pid(queue: multiprocessing.Queue) -> None:
    queue.put(os.getpid())


if __name__ == "__main__":
    thread_pids: list[int] = []
    thread = threading.Thread(target=report_pid, args=(thread_pids,))
    thread.start()
    thread.join()

    queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=send_pid, args=(queue,))
    process.start()
    child_pid = queue.get()
    process.join()

    print("the thread ran in the main process:", thread_pids[0] == os.getpid())
    print("the child ran in the main process: ", child_pid == os.getpid())
    print("the parent knows the child's PID:  ", process.pid == child_pid)
