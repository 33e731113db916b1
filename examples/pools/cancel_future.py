"""cancel() succeeds only for a task that is still waiting for a worker."""

import threading
from concurrent.futures import CancelledError, ThreadPoolExecutor

started = threading.Event()
release = threading.Event()


def blocker() -> str:
    started.set()
    release.wait(timeout=5)
    return "finished"


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=1) as executor:
        running = executor.submit(blocker)
        waiting = executor.submit(print, "this never prints")
        started.wait(timeout=5)
        print("cancel() the running task:", running.cancel())
        print("cancel() the waiting task:", waiting.cancel())
        release.set()

    print("the running task:", running.result())
    print(
        "the waiting task: cancelled()", waiting.cancelled(), "done()", waiting.done()
    )
    try:
        waiting.result()
    except CancelledError:
        print("its result() raises CancelledError")
