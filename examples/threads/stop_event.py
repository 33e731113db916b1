"""No thread can be killed from outside: ask it to stop with an Event, and it stops."""

import threading
import time

stop = threading.Event()
beats = 0
cleaned_up = False


def heartbeat() -> None:
    global beats, cleaned_up
    while not stop.is_set():  # check the request at every round
        beats += 1
        stop.wait(0.01)  # like sleep(0.01), but wakes up as soon as stop is set
    cleaned_up = True  # the thread ends its own way, cleanup included


if __name__ == "__main__":
    thread = threading.Thread(target=heartbeat)
    thread.start()
    time.sleep(0.1)
    stop.set()  # a request, not a kill
    thread.join(timeout=1)
    print("stopped:", not thread.is_alive())
    print("beat at least once:", beats > 0)
    print("cleaned up:", cleaned_up)
