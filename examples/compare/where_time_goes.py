"""Is a function mostly computing or mostly waiting? Compare its CPU time with wall time."""

import time

# output varies: ratio


def download() -> None:
    time.sleep(0.2)  # stands in for waiting on a server


def checksum() -> None:
    sum(i * i for i in range(300_000))  # pure Python arithmetic


def where_time_goes(work) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    verdict = "mostly computing" if cpu / wall > 0.2 else "mostly waiting"
    print(f"{work.__name__:<9} CPU time = {cpu / wall:.2f}x wall time: {verdict}")


if __name__ == "__main__":
    where_time_goes(download)
    where_time_goes(checksum)
