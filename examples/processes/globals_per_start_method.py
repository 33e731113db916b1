"""Change a global after import: which children see the change?"""

import multiprocessing

# requires: fork, forkserver
# start method: chosen by the example

print(f"running the top level of this file as {__name__!r}")
setting = "set at import"


def read_setting(queue: multiprocessing.Queue) -> None:
    queue.put(setting)


if __name__ == "__main__":
    setting = "changed in main"  # after import, before any child starts
    for method in ("fork", "spawn", "forkserver"):
        context = multiprocessing.get_context(method)
        queue = context.Queue()
        process = context.Process(target=read_setting, args=(queue,))
        process.start()
        seen = queue.get()
        process.join()
        print(f"{method + ':':<11} the child sees setting = {seen!r}")
