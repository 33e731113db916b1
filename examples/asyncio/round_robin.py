"""A scheduler in a few lines: generators take turns, switching only at a yield."""

from collections import deque


def task(name: str, steps: int):
    for step in range(steps):
        print(f"{name} step {step}")
        yield  # hand control back to the scheduler


def run(tasks: list) -> None:
    ready = deque(tasks)
    while ready:
        current = ready.popleft()
        try:
            next(current)  # run it until its next yield
        except StopIteration:
            continue  # it has finished: drop it
        ready.append(current)  # not finished: back of the line


if __name__ == "__main__":
    run([task("A", 3), task("B", 2), task("C", 1)])
