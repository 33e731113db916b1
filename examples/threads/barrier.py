"""A Barrier: every thread waits at the barrier until all of them have reached it."""

import threading
import time

steps: list[str] = []
barrier = threading.Barrier(3, action=lambda: steps.append("all three arrived"))
positions: list[int] = []


def worker(n: int) -> None:
    time.sleep(0.01 * n)  # each gets ready at its own pace
    steps.append("ready")
    positions.append(barrier.wait())  # returns 0, 1 or 2: a different one for each
    steps.append("go")


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(steps)
    print("wait() returned:", sorted(positions))
