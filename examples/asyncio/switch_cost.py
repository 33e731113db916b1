"""What one switch costs: between two processes, two threads, two asyncio tasks."""

import asyncio
import multiprocessing
import threading
import time

# output varies: duration

ROUNDS = 1000  # round trips; each is two switches


def echo(conn) -> None:  # at top level, so a spawned child can find it
    while (message := conn.recv()) is not None:
        conn.send(message)


def between_processes() -> float:
    here, there = multiprocessing.Pipe()
    child = multiprocessing.Process(target=echo, args=(there,))
    child.start()
    here.send(0)  # wait until the child is up
    here.recv()
    start = time.perf_counter()
    for number in range(ROUNDS):
        here.send(number)
        here.recv()
    elapsed = time.perf_counter() - start
    here.send(None)
    child.join()
    return elapsed / (2 * ROUNDS)


def between_threads() -> float:
    ping, pong = threading.Semaphore(0), threading.Semaphore(0)

    def partner() -> None:
        for _ in range(ROUNDS):
            ping.acquire()
            pong.release()

    thread = threading.Thread(target=partner)
    thread.start()
    start = time.perf_counter()
    for _ in range(ROUNDS):
        ping.release()
        pong.acquire()
    elapsed = time.perf_counter() - start
    thread.join()
    return elapsed / (2 * ROUNDS)


async def between_tasks() -> float:
    async def player() -> None:
        for _ in range(ROUNDS):
            await asyncio.sleep(0)  # over to the other player

    start = time.perf_counter()
    await asyncio.gather(player(), player())
    return (time.perf_counter() - start) / (2 * ROUNDS)


if __name__ == "__main__":
    print(f"processes (a pipe):     {between_processes() * 1e6:.1f} µs")
    print(f"threads (semaphores):   {between_threads() * 1e6:.1f} µs")
    print(f"tasks (asyncio.sleep):  {asyncio.run(between_tasks()) * 1e6:.1f} µs")
