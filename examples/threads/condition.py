"""A Condition: wait until some shared state is right, woken by whoever changes it."""

import threading
import time

items: list[int] = []
changed = threading.Condition()  # a lock plus a way to wait for a change
taken: list[list[int]] = []


def consumer() -> None:
    with changed:
        changed.wait_for(lambda: len(items) >= 3)  # releases the lock while waiting
        taken.append(items.copy())  # the lock is held again here
        items.clear()


def producer() -> None:
    for item in range(3):
        time.sleep(0.01)
        with changed:
            items.append(item)
            changed.notify()  # "the state changed: check it again"


if __name__ == "__main__":
    threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("the consumer took:", taken)
