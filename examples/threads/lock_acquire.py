"""acquire() can give up, with blocking=False or a timeout; it returns True or False."""

import threading

lock = threading.Lock()
attempts: dict[str, bool] = {}


def try_to_lock() -> None:
    attempts["acquire(blocking=False)"] = lock.acquire(blocking=False)
    attempts["acquire(timeout=0.1)"] = lock.acquire(timeout=0.1)


if __name__ == "__main__":
    with lock:  # the main thread holds the lock while another thread tries
        other = threading.Thread(target=try_to_lock)
        other.start()
        other.join()
        print("held by the main thread, locked():", lock.locked())
    for call, got_it in attempts.items():
        print(f"other thread, {call}: {got_it}")
    print("after the with block, locked():", lock.locked())
    try:
        lock.release()  # releasing a lock nobody holds
    except RuntimeError as error:
        print("release() of an unlocked lock:", error)
