"""The event loop holds tasks only weakly: a task nobody references can vanish."""

import asyncio
import gc


async def listen() -> None:
    await asyncio.get_running_loop().create_future()  # only this task refers to it


def report(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    print("event loop:", context["message"])


async def main() -> None:
    asyncio.get_running_loop().set_exception_handler(report)
    background_tasks = set()

    asyncio.create_task(listen(), name="forgotten")  # BUG: result dropped
    kept = asyncio.create_task(listen(), name="kept")
    background_tasks.add(kept)  # a strong reference, ...
    kept.add_done_callback(background_tasks.discard)  # ... dropped when it is done

    await asyncio.sleep(0)  # both tasks start and wait
    gc.collect()  # the garbage collector may run at any moment; here it runs now
    others = asyncio.all_tasks() - {asyncio.current_task()}
    print("tasks still alive:", sorted(task.get_name() for task in others))


if __name__ == "__main__":
    asyncio.run(main())
