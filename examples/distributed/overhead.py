"""What a task that does nothing costs on a process pool and on a Dask cluster."""

import logging
import statistics
import time
from concurrent.futures import ProcessPoolExecutor

from dask.distributed import Client, LocalCluster

# output varies: duration

TASKS, RUNS = 50, 5


def nothing(x: int) -> int:
    return x  # no work at all: whatever a task costs is overhead


def cost_per_task(run_batch) -> float:
    """Median over RUNS of the seconds one batch of TASKS takes, divided by TASKS."""
    times = []
    for run in range(RUNS):
        batch = range(run * TASKS, (run + 1) * TASKS)  # new inputs: nothing cached
        start = time.perf_counter()
        run_batch(batch)
        times.append((time.perf_counter() - start) / TASKS)
    return statistics.median(times)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(nothing, [-1, -2]))  # warm up: start the worker processes
        pool_cost = cost_per_task(lambda xs: list(pool.map(nothing, xs)))
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},  # any free port
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.gather(client.map(nothing, [-1, -2]))  # warm up
        dask_cost = cost_per_task(lambda xs: client.gather(client.map(nothing, xs)))
    print(f"ProcessPoolExecutor: {pool_cost * 1000:.2f} ms per task")
    print(f"Dask LocalCluster:   {dask_cost * 1000:.2f} ms per task")
    print("Dask costs over 3 times more per task:", dask_cost > 3 * pool_cost)
    shortest = dask_cost * 100  # the task must be 100 times longer than its overhead
    print(f"for overhead under 1%, a Dask task should run {shortest:.2f} s or more")
