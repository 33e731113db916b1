"""At exit, the main process waits for ordinary children but stops daemon children."""

import multiprocessing
import time


def work(label: str, seconds: float) -> None:
    time.sleep(seconds)
    print(f"{label} child: finished after {seconds} s")


if __name__ == "__main__":
    ordinary = multiprocessing.Process(target=work, args=("ordinary", 0.2))
    daemon = multiprocessing.Process(target=work, args=("daemon", 10), daemon=True)
    ordinary.start()
    daemon.start()
    print("main: the end of the script, without join()")
    # Python now terminates the daemon child, then waits for the ordinary one.
