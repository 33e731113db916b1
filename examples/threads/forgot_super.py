"""A subclass whose __init__ does not call super().__init__() cannot start."""

import threading


class Forgetful(threading.Thread):
    def __init__(self, n: int) -> None:
        self.n = n  # forgot: super().__init__()

    def run(self) -> None:
        print("never runs")


if __name__ == "__main__":
    try:
        Forgetful(10).start()
    except RuntimeError as error:
        print("start():", error)
