"""A worker process dies in the middle of a task; the scheduler runs it elsewhere."""

import logging
import os
import tempfile
from pathlib import Path

import dask
from dask.distributed import Client, KilledWorker, LocalCluster, get_worker


def crash_once(x: int, marker: Path) -> tuple[int, str, str]:
    """Kill the worker running it the first time; succeed the next time."""
    me = str(get_worker().name)
    if not marker.exists():
        marker.write_text(me)  # remember which worker died
        os._exit(1)  # the worker process dies now, like a segfault or the OOM killer
    return x * x, marker.read_text(), me


def crash_always(x: int) -> int:
    os._exit(1)


if __name__ == "__main__":
    # give up on a task after 2 workers died running it (by default, after 4)
    dask.config.set({"distributed.scheduler.allowed-failures": 1})
    with (
        tempfile.TemporaryDirectory() as tmp,
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},  # any free port
            silence_logs=logging.CRITICAL,  # the scheduler logs the deaths as errors
        ) as cluster,
        Client(cluster) as client,
    ):
        future = client.submit(crash_once, 7, Path(tmp) / "crashed")
        result, died_on, finished_on = future.result()
        print("result:", result)
        print("finished on another worker:", finished_on != died_on)
        try:
            client.submit(crash_always, 7).result()
        except KilledWorker:
            print("crash_always: KilledWorker, after killing 2 workers")
        client.wait_for_workers(2, timeout=10)  # each nanny restarts its worker
        print("workers running again:", len(client.scheduler_info()["workers"]))
