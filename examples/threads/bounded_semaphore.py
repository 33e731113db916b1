"""A release() too many: Semaphore grows silently, BoundedSemaphore raises ValueError."""

import threading

if __name__ == "__main__":
    for kind in (threading.Semaphore, threading.BoundedSemaphore):
        slots = kind(2)
        with slots:
            pass
        try:
            slots.release()  # a bug: one release more than acquires
        except ValueError as error:
            print(f"{kind.__name__}: ValueError: {error}")
            continue
        let_in = 0
        while slots.acquire(blocking=False):
            let_in += 1
        print(f"{kind.__name__}: now lets {let_in} threads in, not 2")
