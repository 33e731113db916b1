"""Hand a thread's result or its exception back to the thread that waits for it."""

import threading


class Outcome:
    def __init__(self) -> None:
        self.value: int | None = None
        self.error: BaseException | None = None


def run_and_keep(outcome: Outcome, text: str) -> None:
    try:
        outcome.value = int(text)
    except Exception as error:  # noqa: BLE001 - any error goes back to the caller
        outcome.error = error


if __name__ == "__main__":
    for text in ("42", "forty-two"):
        outcome = Outcome()
        thread = threading.Thread(target=run_and_keep, args=(outcome, text))
        thread.start()
        thread.join()
        if outcome.error is not None:
            print(f"{text!r} -> the thread failed with {outcome.error!r}")
        else:
            print(f"{text!r} -> {outcome.value}")
