"""set_start_method() chooses the start method for the whole program, once."""

import multiprocessing


def work(queue: multiprocessing.Queue) -> None:
    queue.put(multiprocessing.current_process().name)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")  # first thing, inside the guard
    print("start method:", multiprocessing.get_start_method())

    queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=work, args=(queue,), name="spawned")
    process.start()
    print("the child reports:", queue.get())
    process.join()
