"""Stop consumers with a sentinel: one None per consumer, after the real work."""

import multiprocessing

CONSUMERS = 2
STOP = None  # anything that cannot be a real task


def consume(tasks: multiprocessing.Queue, results: multiprocessing.Queue) -> None:
    while (task := tasks.get()) is not STOP:
        results.put((task, task * task))


if __name__ == "__main__":
    tasks = multiprocessing.Queue()
    results = multiprocessing.Queue()
    consumers = [
        multiprocessing.Process(target=consume, args=(tasks, results))
        for _ in range(CONSUMERS)
    ]
    for consumer in consumers:
        consumer.start()
    for number in range(6):
        tasks.put(number)
    for _ in consumers:
        tasks.put(STOP)  # each consumer takes exactly one and stops

    squares = sorted(results.get() for _ in range(6))
    for consumer in consumers:
        consumer.join()
    print(squares)
    print("exit codes:", [consumer.exitcode for consumer in consumers])
