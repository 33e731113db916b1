"""terminate() and kill() stop a child at once: its finally blocks never run."""

import multiprocessing
import signal
import time


def long_task(started) -> None:
    try:
        started.set()
        time.sleep(10)  # far longer than we are willing to wait
    finally:
        print("cleanup in the child")  # skipped when the child is terminated


if __name__ == "__main__":
    for stop in ("terminate", "kill"):
        started = multiprocessing.Event()
        process = multiprocessing.Process(target=long_task, args=(started,))
        process.start()
        started.wait(timeout=5)  # the child is now inside its try block
        getattr(process, stop)()  # process.terminate() or process.kill()
        process.join()
        signal_name = signal.Signals(-process.exitcode).name
        print(f"{stop}(): exitcode = {process.exitcode} ({signal_name})")
