"""A Manager holds a dict, a list and a Queue; processes change them through proxies."""

import multiprocessing


def record(name: str, scores, log, events) -> None:
    scores[name] = len(name)  # each proxy call is a message to the manager
    log.append(name)
    events.put(f"{name} done")


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:  # shut down when the block ends
        scores = manager.dict()
        log = manager.list()
        events = manager.Queue()
        workers = [
            multiprocessing.Process(target=record, args=(name, scores, log, events))
            for name in ("ada", "grace", "linus")
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print("dict: ", dict(sorted(scores.items())))
        print("list: ", sorted(log))
        print("queue:", sorted(events.get() for _ in workers))

        scores["nested"] = []
        scores["nested"].append(1)  # changes a copy, not the list in the manager
        print("after appending to a list inside the dict:", scores["nested"])
