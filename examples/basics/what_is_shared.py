"""A thread and a coroutine change the parent's global; a child process cannot."""

import asyncio
import multiprocessing
import threading

counter = 0


def add_one() -> None:
    global counter
    counter += 1


async def add_one_async() -> None:
    add_one()


if __name__ == "__main__":
    thread = threading.Thread(target=add_one)
    thread.start()
    thread.join()
    print(f"after a thread:    counter = {counter}")

    asyncio.run(add_one_async())
    print(f"after a coroutine: counter = {counter}")

    process = multiprocessing.Process(target=add_one)
    process.start()
    process.join()
    print(f"after a process:   counter = {counter}  (the child changed its own copy)")
