"""JoinableQueue: join() waits until every item got a task_done()."""

import multiprocessing


def work(tasks: multiprocessing.JoinableQueue, done: multiprocessing.Queue) -> None:
    while True:
        task = tasks.get()
        if task is None:
            tasks.task_done()  # the sentinel counts as an item too
            break
        done.put(task.upper())
        tasks.task_done()  # one call for each get()


if __name__ == "__main__":
    tasks = multiprocessing.JoinableQueue()
    done = multiprocessing.Queue()
    worker = multiprocessing.Process(target=work, args=(tasks, done))
    worker.start()
    for word in ("alpha", "beta", "gamma"):
        tasks.put(word)
    tasks.join()  # returns once all three have been processed
    print("all tasks done:", [done.get() for _ in range(3)])

    tasks.put(None)
    tasks.join()
    worker.join()
    print("worker exit code:", worker.exitcode)
