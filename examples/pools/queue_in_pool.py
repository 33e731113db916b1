"""A pool task cannot take a multiprocessing.Queue argument; a Manager queue works."""

import multiprocessing

inherited = None


def put_square(queue, n: int) -> None:
    queue.put(n * n)


def keep_queue(queue) -> None:
    global inherited
    inherited = queue  # initargs travel with the new process: inheritance


def put_square_inherited(n: int) -> None:
    inherited.put(n * n)


if __name__ == "__main__":
    queue = multiprocessing.Queue()
    with multiprocessing.Pool(2) as pool:
        try:
            pool.apply(put_square, (queue, 3))
        except RuntimeError as error:
            print("multiprocessing.Queue as an argument:", error)

        with multiprocessing.Manager() as manager:
            proxy = manager.Queue()
            pool.apply(put_square, (proxy, 3))
            print(
                "Manager().Queue() as an argument:", proxy.get(), type(proxy).__name__
            )

    with multiprocessing.Pool(2, initializer=keep_queue, initargs=(queue,)) as pool:
        pool.apply(put_square_inherited, (3,))
        print("multiprocessing.Queue through initargs:", queue.get())
