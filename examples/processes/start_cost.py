"""How long it takes to start (and join) one process under each start method."""

import functools
import multiprocessing
import time
import timeit

# requires: fork, forkserver
# output varies: duration
# start method: chosen by the example


def start_and_join(context) -> None:
    process = context.Process(target=time.sleep, args=(0,))  # no real work
    process.start()
    process.join()


if __name__ == "__main__":
    best = {}
    for method in ("fork", "forkserver", "spawn"):
        context = multiprocessing.get_context(method)
        if method == "forkserver":
            start_and_join(context)  # the first child also starts the server: skip it
        once = functools.partial(start_and_join, context)
        best[method] = min(timeit.repeat(once, number=1, repeat=3))
        print(f"{method + ':':<11} {best[method] * 1e3:.1f} ms")
    fork, forkserver, spawn = best["fork"], best["forkserver"], best["spawn"]
    print("fork is the fastest:  ", fork < min(forkserver, spawn))
    print("spawn is the slowest: ", spawn > max(fork, forkserver))
