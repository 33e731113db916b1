"""A generator pauses at each yield; next() and send() resume it."""


def conversation():
    print("  (generator starts)")
    reply = yield "first"  # pause here; send() resumes with a value
    print(f"  (generator received {reply!r})")
    yield "second"
    print("  (generator finishes)")


if __name__ == "__main__":
    gen = conversation()  # nothing runs yet
    print("created a", type(gen).__name__)
    print("next() returned", next(gen))
    print("send('hello') returned", gen.send("hello"))
    try:
        next(gen)
    except StopIteration:
        print("StopIteration: the generator has finished")
