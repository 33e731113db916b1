"""What a Manager costs: every proxy operation is a round trip to another process."""

import multiprocessing
import timeit

# output varies: duration, ratio


def per_operation(increment) -> float:
    """Seconds per call: the best of 5 batches of 400 calls."""
    return min(timeit.repeat(increment, number=400, repeat=5)) / 400


if __name__ == "__main__":
    local = {"n": 0}
    value = multiprocessing.Value("i", 0)

    def add_local() -> None:
        local["n"] += 1

    def add_value() -> None:
        with value.get_lock():
            value.value += 1

    with multiprocessing.Manager() as manager:
        shared = manager.dict(n=0)

        def add_manager() -> None:
            shared["n"] += 1  # two round trips: a get, then a set

        costs = {
            "plain dict:": per_operation(add_local),
            "Value with its lock:": per_operation(add_value),
            "Manager dict:": per_operation(add_manager),
        }
    for label, seconds in costs.items():
        print(f"{label:<20} {seconds * 1e6:.2f} µs per +=")
    ratio = costs["Manager dict:"] / costs["Value with its lock:"]
    print(f"Manager dict / Value: {ratio:.0f}x")
    print("a Manager dict is over 10x slower than a Value:", ratio > 10)
