"""A Lock cannot be taken twice by the same thread; an RLock can (re-entry)."""

import threading


class Account:
    def __init__(self) -> None:
        self.lock = threading.RLock()  # with threading.Lock() this class hangs
        self.balance = 0

    def deposit(self, amount: int) -> None:
        with self.lock:
            self.balance += amount

    def deposit_twice(self, amount: int) -> None:
        with self.lock:  # holds the lock...
            self.deposit(amount)  # ...and deposit() takes it again: re-entry
            self.deposit(amount)


if __name__ == "__main__":
    for name, lock in [("Lock", threading.Lock()), ("RLock", threading.RLock())]:
        with lock:
            again = lock.acquire(timeout=0.1)  # the same thread asks a second time
            print(f"{name}: acquired a second time? {again}")
            if again:
                lock.release()  # an RLock is released once per acquire

    account = Account()
    account.deposit_twice(50)
    print("balance:", account.balance)
