"""Subclass Thread: call super().__init__() first, put the work in run()."""

import threading


class Summer(threading.Thread):
    def __init__(self, n: int) -> None:
        super().__init__(name=f"summer-{n}")  # before anything else
        self.n = n
        self.total = 0  # the result lives on the object
        self.ran_in = ""

    def run(self) -> None:  # start() calls this in the new thread
        self.ran_in = threading.current_thread().name
        self.total = sum(range(self.n + 1))


if __name__ == "__main__":
    thread = Summer(1000)
    thread.start()
    thread.join()
    print(f"{thread.name}: total {thread.total}, ran in {thread.ran_in}")

    mistake = Summer(10)
    mistake.run()  # a plain method call: no new thread
    print(f"{mistake.name}: total {mistake.total}, ran in {mistake.ran_in}")
