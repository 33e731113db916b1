"""Dask assumes tasks are pure functions: the same call is computed only once."""

import logging
import random

from dask.distributed import Client, LocalCluster


def draw() -> float:
    return random.random()  # not pure: a new value on every call


def same_twice(submit, **options) -> bool:
    """Submit draw() twice and say whether both calls returned the same number."""
    first, second = submit(draw, **options), submit(draw, **options)
    return first.result() == second.result()


if __name__ == "__main__":
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
        executor = client.get_executor()
        print("client.submit, same number:  ", same_twice(client.submit))
        print("executor.submit, same number:", same_twice(executor.submit))
        print("pure=False, same number:     ", same_twice(client.submit, pure=False))
        impure = client.get_executor(pure=False)
        print("get_executor(pure=False):    ", same_twice(impure.submit))
