"""A scheduler and two workers, each a separate process on 127.0.0.1, and a client."""

import os
import socket
import subprocess
import sys

from dask.distributed import Client, get_worker

DASK = [sys.executable, "-m", "dask"]  # the `dask` command of this very Python
QUIET = {**os.environ, "DASK_LOGGING__DISTRIBUTED": "error"}  # errors only


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))  # port 0: the system picks a free one
        return probe.getsockname()[1]


def where(x: int) -> str:
    return get_worker().name  # runs inside a worker process


if __name__ == "__main__":
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    command = [*DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port)]
    options = ["--no-dashboard", "--dashboard-address", "127.0.0.1:0"]  # any free port
    scheduler = subprocess.Popen(command + options, env=QUIET)
    workers = []
    try:
        for name in ("worker-1", "worker-2"):
            command = [*DASK, "worker", address, "--name", name, "--host", "127.0.0.1"]
            options = ["--nthreads", "1", "--no-nanny", "--no-dashboard"]
            workers.append(subprocess.Popen(command + options, env=QUIET))
        with Client(address, timeout="30s") as client:  # connect by address
            client.wait_for_workers(2, timeout=30)
            names = [w["name"] for w in client.scheduler_info()["workers"].values()]
            print("workers:", sorted(names))
            ran_on = client.gather(client.map(where, range(4)))
            print("tasks ran on:", sorted(set(ran_on)))
    finally:
        for group in (workers, [scheduler]):  # the workers first, then the scheduler
            for process in group:
                process.terminate()  # SIGTERM: a dask process closes cleanly
            for process in group:
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
    print("still running:", [p for p in [scheduler, *workers] if p.poll() is None])
