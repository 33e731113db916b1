"""Two transfers lock two accounts in opposite order: a deadlock, caught by a timeout."""

import threading


class Account:
    def __init__(self, name: str) -> None:
        self.name = name
        self.lock = threading.Lock()


in_step = threading.Barrier(2)
outcome: dict[str, bool] = {}


def transfer(source: Account, target: Account) -> None:
    with source.lock:
        in_step.wait()  # both threads now hold their first lock: the bad timing
        got_second = target.lock.acquire(timeout=0.2)  # without a timeout: forever
        if got_second:
            target.lock.release()
        outcome[f"{source.name} -> {target.name}"] = got_second
        in_step.wait()  # keep the first lock until both have given up


if __name__ == "__main__":
    alice, bob = Account("alice"), Account("bob")
    threads = [
        threading.Thread(target=transfer, args=(alice, bob)),
        threading.Thread(target=transfer, args=(bob, alice)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for name in sorted(outcome):
        print(f"{name}: got the second lock: {outcome[name]}")
    print("deadlock detected:", not any(outcome.values()))
