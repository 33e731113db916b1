"""When a Pool worker dies, the pool replaces it, but that task's result never comes."""

import multiprocessing
import os
import time


def crash() -> None:
    os._exit(1)  # the worker vanishes, as if it were killed


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        lost = pool.apply_async(crash)
        try:
            lost.get(timeout=0.2)  # without a timeout, this would wait forever
        except multiprocessing.TimeoutError:
            print("get(timeout=0.2): multiprocessing.TimeoutError")
        print("the pool carries on:", pool.apply(abs, (-3,)))
        deadline = time.monotonic() + 2  # the pool checks on its workers every 0.1 s
        while (
            len(multiprocessing.active_children()) < 2 and time.monotonic() < deadline
        ):
            time.sleep(0.01)  # until the replacement has started
        print("workers alive:", len(multiprocessing.active_children()))
