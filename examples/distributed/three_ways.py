"""One function, three ways: a process pool, a Dask cluster, Dask as an Executor."""

import logging
from concurrent.futures import Executor, ProcessPoolExecutor, as_completed

from dask.distributed import Client, LocalCluster
from dask.distributed import as_completed as dask_as_completed

NUMBERS = range(8)


def square(x: int) -> int:
    return x * x


def total(executor: Executor) -> int:
    """Code written for concurrent.futures: it knows only the Executor interface."""
    futures = [executor.submit(square, n) for n in NUMBERS]
    return sum(future.result() for future in as_completed(futures))


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print("pool.map:           ", list(pool.map(square, NUMBERS)))
        print("total(pool):        ", total(pool))

    with (
        LocalCluster(
            n_workers=2,  # two worker processes...
            threads_per_worker=1,  # ...each running one task at a time
            processes=True,
            dashboard_address=None,  # no web dashboard (it needs bokeh)
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},  # any free port
            silence_logs=logging.ERROR,  # keep the cluster's log quiet
        ) as cluster,
        Client(cluster) as client,
    ):
        future = client.submit(square, 3)  # returns a Dask Future at once
        futures = client.map(square, NUMBERS)  # one Future per input
        print("client.submit:      ", future.result())
        print("client.gather:      ", client.gather(futures))
        done = dask_as_completed(futures)  # Dask's own as_completed
        print("dask as_completed:  ", sum(future.result() for future in done))
        with client.get_executor() as executor:
            print("executor.map:       ", list(executor.map(square, NUMBERS)))
            print("total(executor):    ", total(executor))
