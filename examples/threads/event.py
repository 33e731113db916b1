"""An Event is a flag: threads wait() until another thread set()s it."""

import threading

go = threading.Event()
flag_seen: list[bool] = []


def runner() -> None:
    go.wait()  # blocks until the flag is set
    flag_seen.append(go.is_set())


if __name__ == "__main__":
    runners = [threading.Thread(target=runner) for _ in range(3)]
    for thread in runners:
        thread.start()
    print("wait(timeout=0.05) before set():", go.wait(timeout=0.05))
    print("runners that got past wait():", len(flag_seen))

    go.set()  # wakes every thread waiting on the event
    for thread in runners:
        thread.join()
    print("runners that got past wait():", len(flag_seen), flag_seen)
    print("wait() after set() returns at once:", go.wait())
