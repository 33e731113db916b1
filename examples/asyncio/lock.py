"""Coroutines race too, when a task awaits between reading and writing shared data."""

import asyncio

balance = 0


async def deposit(amount: int) -> None:
    global balance
    current = balance  # read
    await asyncio.sleep(0)  # a switch point: others run and read the same value
    balance = current + amount  # write, over what the others wrote


async def deposit_locked(amount: int, lock: asyncio.Lock) -> None:
    global balance
    async with lock:  # one task at a time between read and write
        current = balance
        await asyncio.sleep(0)
        balance = current + amount


async def main() -> None:
    global balance
    await asyncio.gather(*(deposit(1) for _ in range(100)))
    print("100 deposits without a lock:", balance)
    balance = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit_locked(1, lock) for _ in range(100)))
    print("100 deposits with a lock:   ", balance)


if __name__ == "__main__":
    asyncio.run(main())
