"""A shared Array: workers count into the same slots, under the Array's lock."""

import multiprocessing

WORDS = ["apple", "banana", "cherry", "avocado", "blueberry", "apricot"]


def count_initials(words: list[str], counts) -> None:
    for word in words:
        slot = "abc".index(word[0])
        with counts.get_lock():  # counts[slot] += 1 reads, then writes
            counts[slot] += 1


if __name__ == "__main__":
    counts = multiprocessing.Array("i", 3)  # three C ints in shared memory, all 0
    halves = (WORDS[:3], WORDS[3:])
    workers = [
        multiprocessing.Process(target=count_initials, args=(half, counts))
        for half in halves
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print(dict(zip("abc", counts[:], strict=True)))
