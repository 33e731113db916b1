"""Generator-based coroutines are gone: only async def coroutines can be awaited."""

import asyncio
import inspect


def old_style():  # how coroutines were written before async def (Python 3.4)
    yield from asyncio.sleep(0.01)


async def main() -> None:
    gen = old_style()
    print("old_style() is a coroutine:", inspect.iscoroutine(gen))
    print("old_style() is awaitable:", inspect.isawaitable(gen))
    try:
        await gen
    except TypeError as error:
        print("await old_style() raises", type(error).__name__)


if __name__ == "__main__":
    print("asyncio.coroutine exists:", hasattr(asyncio, "coroutine"))
    asyncio.run(main())
