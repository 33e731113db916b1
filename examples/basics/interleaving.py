"""Two threads take turns; who runs when is up to the scheduler, not to us."""

import threading
import time

# output varies: order

steps: list[str] = []


def worker(name: str) -> None:
    for step in range(3):
        steps.append(f"{name} step {step}")
        time.sleep(0.01)  # give the other thread a chance to run


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(name,)) for name in ("A", "B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("\n".join(steps))  # print once, after both threads have finished
