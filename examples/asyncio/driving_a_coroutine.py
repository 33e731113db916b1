"""A coroutine is driven like a generator: each send() runs it to its next pause."""


class Pause:
    """An awaitable that pauses once."""

    def __await__(self):
        yield "paused"  # travels up through every await, to whoever called send()


async def inner() -> int:
    await Pause()
    return 42


async def outer() -> None:
    result = await inner()
    print("outer got", result)


if __name__ == "__main__":
    coro = outer()  # calling an async def function runs nothing
    print("created a", type(coro).__name__)
    print("send(None) returned", coro.send(None))  # runs until the pause
    try:
        coro.send(None)  # resumes: inner() returns 42, outer() prints and ends
    except StopIteration:
        print("StopIteration: the coroutine has finished")
