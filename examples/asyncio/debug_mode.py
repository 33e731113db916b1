"""Debug mode reports a coroutine that was never awaited and a callback that blocks."""

import asyncio
import logging
import re
import time

# output varies: duration, traceback


class ShortPaths(logging.Formatter):
    """Show file names without their folders, which differ on every computer."""

    def format(self, record: logging.LogRecord) -> str:
        return re.sub(r"[^\s\"'<>]*[\\/]", "", super().format(record))


def blocking_callback() -> None:
    time.sleep(0.15)  # blocks the loop for longer than 0.1 s


async def save() -> None:
    await asyncio.sleep(0)


async def main() -> None:
    save()  # BUG: no await, so save() never runs
    asyncio.get_running_loop().call_soon(blocking_callback)
    await asyncio.sleep(0.2)


if __name__ == "__main__":
    handler = logging.StreamHandler()
    handler.setFormatter(ShortPaths("%(name)s: %(message)s"))
    logging.basicConfig(handlers=[handler])
    logging.captureWarnings(True)  # warnings go through the same handler
    asyncio.run(main(), debug=True)
