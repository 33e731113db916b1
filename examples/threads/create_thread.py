"""Create threads with a target function, positional and keyword arguments, a name."""

import threading

results: dict[str, int] = {}


def count(n: int, step: int = 1) -> None:
    total = 0
    for _ in range(n):
        total += step
    results[threading.current_thread().name] = total


if __name__ == "__main__":
    first = threading.Thread(target=count, args=(1000,), name="first")
    second = threading.Thread(
        target=count, args=(2000,), kwargs={"step": 2}, name="second"
    )
    first.start()  # from here on, count(1000) runs in a thread of its own
    second.start()  # count(2000, step=2) in another one
    first.join()  # wait until first has finished...
    second.join()  # ...and second
    print("first: ", results["first"])
    print("second:", results["second"])
