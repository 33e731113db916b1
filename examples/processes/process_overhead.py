"""What limits the speedup: starting a process, and pickling the data it needs."""

import multiprocessing
import time
import timeit

# output varies: duration


def start_and_join() -> None:
    process = multiprocessing.Process(target=time.sleep, args=(0,))  # no real work
    process.start()
    process.join()


def sum_numbers(inbox: multiprocessing.Queue, outbox: multiprocessing.Queue) -> None:
    outbox.put("ready")
    outbox.put(sum(inbox.get()))


if __name__ == "__main__":
    start_cost = min(timeit.repeat(start_and_join, number=1, repeat=3))
    call_cost = min(timeit.repeat(lambda: sum(range(100)), number=1000)) / 1000
    print(f"start and join a process:        {start_cost * 1e3:.1f} ms")
    print(f"one small call, sum(range(100)): {call_cost * 1e6:.1f} µs")

    inbox, outbox = multiprocessing.Queue(), multiprocessing.Queue()
    child = multiprocessing.Process(target=sum_numbers, args=(inbox, outbox))
    child.start()
    outbox.get()  # the child is running: from here on, time only the transfer
    numbers = list(range(1_000_000))
    began = time.perf_counter()
    inbox.put(numbers)  # pickled, written to a pipe, read and unpickled
    outbox.get()
    sent = time.perf_counter() - began
    child.join()
    here = min(timeit.repeat(lambda: sum(numbers), number=1, repeat=3))
    print(f"sum a million numbers here:      {here * 1e3:.1f} ms")
    print(f"send them to a child, sum there: {sent * 1e3:.1f} ms")
    print("a process start costs over 100 small calls:", start_cost > 100 * call_cost)
    print("sending the numbers costs more than summing them:", sent > 2 * here)
