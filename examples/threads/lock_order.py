"""Take the locks in one fixed order (here: by name) and that deadlock cannot happen."""

import threading


class Account:
    def __init__(self, name: str, balance: int) -> None:
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def transfer(source: Account, target: Account, amount: int, times: int) -> None:
    first, second = sorted((source, target), key=lambda account: account.name)
    for _ in range(times):
        with first.lock, second.lock:  # every thread locks alice before bob
            source.balance -= amount
            target.balance += amount


if __name__ == "__main__":
    alice, bob = Account("alice", 1000), Account("bob", 1000)
    threads = [
        threading.Thread(target=transfer, args=(alice, bob, 2, 200)),
        threading.Thread(target=transfer, args=(bob, alice, 1, 200)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("alice:", alice.balance, " bob:", bob.balance)
    print("total:", alice.balance + bob.balance)
