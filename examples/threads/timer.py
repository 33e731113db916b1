"""A Timer runs a function once after a delay, in a thread; cancel() stops it in time."""

import threading

fired: list[str] = []

if __name__ == "__main__":
    reminder = threading.Timer(0.05, fired.append, args=("reminder",))
    cancelled = threading.Timer(10, fired.append, args=("cancelled",))
    reminder.start()
    cancelled.start()
    cancelled.cancel()  # still waiting: its function will not run
    reminder.join()
    cancelled.join()
    print("fired:", fired)
    print("a Timer is a Thread:", isinstance(reminder, threading.Thread))
