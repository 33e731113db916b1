"""The same code runs on threads or on processes: only the executor class changes."""

import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def square_and_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


if __name__ == "__main__":
    for executor_class in (ThreadPoolExecutor, ProcessPoolExecutor):
        with executor_class(max_workers=2) as executor:
            future = executor.submit(square_and_pid, 7)
            results = [future.result(), *executor.map(square_and_pid, range(4))]
        squares = [square for square, _ in results]
        here = all(pid == os.getpid() for _, pid in results)
        print(f"{executor_class.__name__:<19} {squares}  ran in this process: {here}")
