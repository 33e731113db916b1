"""initializer runs once in each worker as it starts: the place for per-worker setup."""

import multiprocessing

greeting = "not set"
setups = 0


def set_up(text: str) -> None:
    global greeting, setups
    greeting = text  # in real code: open a connection, load a model...
    setups += 1


def greet(name: str) -> str:
    return f"{greeting}, {name} (setups in this worker: {setups})"


if __name__ == "__main__":
    with multiprocessing.Pool(2, initializer=set_up, initargs=("hello",)) as pool:
        for line in pool.map(greet, ["Ann", "Bob", "Cai", "Dan"]):
            print(line)
    print("in the parent, greeting is still:", greeting)
