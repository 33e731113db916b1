"""threading.local(): one object, but every thread sees its own attributes on it."""

import threading
import time

context = threading.local()
seen: dict[str, str] = {}


def handle(user: str) -> None:
    context.user = user  # set in this thread only
    time.sleep(0.01)  # the other threads set context.user meanwhile
    seen[user] = context.user


def peek() -> None:
    seen["a fresh thread"] = getattr(context, "user", "(nothing)")


if __name__ == "__main__":
    context.user = "main"
    threads = [threading.Thread(target=handle, args=(u,)) for u in ("ann", "bob")]
    threads.append(threading.Thread(target=peek))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for who in sorted(seen):
        print(f"{who} saw context.user = {seen[who]}")
    print("main still sees context.user =", context.user)
