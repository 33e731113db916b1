"""Workers send their lines to a queue; only the main process prints."""

import multiprocessing


def report(name: str, queue: multiprocessing.Queue) -> None:
    for step in range(3):
        queue.put((name, step, f"{name}: step {step}"))


if __name__ == "__main__":
    names = ("A", "B", "C")
    queue = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(target=report, args=(name, queue)) for name in names
    ]
    for process in processes:
        process.start()
    messages = [queue.get() for _ in range(3 * len(names))]  # drain, then join
    for process in processes:
        process.join()
    for _, _, line in sorted(messages):  # the printer decides the order
        print(line)
