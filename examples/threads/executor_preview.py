"""ThreadPoolExecutor returns a Future: result() gives the value or raises the error."""

from concurrent.futures import ThreadPoolExecutor


def parse(text: str) -> int:
    return int(text)


if __name__ == "__main__":
    texts = ["1", "two", "3"]
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(parse, text) for text in texts]
    for text, future in zip(texts, futures, strict=True):
        try:
            print(f"{text!r} -> {future.result()}")
        except ValueError as error:  # raised in a worker, re-raised by result()
            print(f"{text!r} -> ValueError: {error}")
