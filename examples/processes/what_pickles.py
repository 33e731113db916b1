"""Under spawn and forkserver the target is pickled: lambdas and nested functions fail."""

import multiprocessing
import pickle

# requires: fork, forkserver
# start method: chosen by the example


def top_level() -> None:
    pass


def make_nested():
    def nested() -> None:
        pass

    return nested


if __name__ == "__main__":
    targets = {
        "top-level function": top_level,
        "lambda": lambda: None,
        "nested function": make_nested(),
    }
    for method in ("fork", "spawn", "forkserver"):
        context = multiprocessing.get_context(method)
        for label, target in targets.items():
            process = context.Process(target=target)
            try:
                process.start()
            except (pickle.PicklingError, AttributeError) as error:  # in the parent
                outcome = f"start() raised {type(error).__name__}"
            else:
                process.join()
                outcome = f"ran, exit code {process.exitcode}"
            print(f"{method:<10} {label:<18} {outcome}")
