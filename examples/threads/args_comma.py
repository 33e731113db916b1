"""args must be a tuple: (1000) is just the number 1000, (1000,) is a tuple."""

import threading

# output varies: traceback


def count(n: int) -> None:
    print(f"counting to {n}")


if __name__ == "__main__":
    print("(1000) is a tuple:", isinstance((1000), tuple))  # parentheses only group
    print("(1000,) is a tuple:", isinstance((1000,), tuple))  # the comma makes a tuple

    good = threading.Thread(target=count, args=(1000,))
    good.start()
    good.join()

    bad = threading.Thread(target=count, args=(1000))  # no comma: not a tuple
    bad.start()  # start() does not complain; the new thread fails
    bad.join()
    print("the main thread carries on")
