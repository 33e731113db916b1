"""Creating a Queue or a process fixes the start method; get_context() still works."""

import multiprocessing


def work(queue: multiprocessing.Queue) -> None:
    queue.put("hello from a spawned child")


if __name__ == "__main__":
    first_queue = multiprocessing.Queue()  # this already fixes the start method
    try:
        multiprocessing.set_start_method("spawn")
    except RuntimeError as error:
        print("set_start_method() after creating a Queue:", error)

    context = multiprocessing.get_context("spawn")  # objects with their own method
    queue = context.Queue()
    process = context.Process(target=work, args=(queue,))
    process.start()
    print(queue.get())
    process.join()
    print("the process object is a", type(process).__name__)
