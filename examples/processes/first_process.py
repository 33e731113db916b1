"""Start a function in a child process with arguments, then wait for it to finish."""

import multiprocessing


def greet(name: str, times: int) -> None:
    for _ in range(times):
        print(f"hello, {name} (from the child)")


if __name__ == "__main__":
    process = multiprocessing.Process(target=greet, args=("Ada", 2))
    print("before start(): alive =", process.is_alive())
    process.start()  # the child begins to run greet("Ada", 2)
    process.join()  # wait until the child has finished
    print("after join():   alive =", process.is_alive())
    print("exit code:", process.exitcode)
