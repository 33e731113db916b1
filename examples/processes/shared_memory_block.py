"""SharedMemory: close() in every process, unlink() once, both in finally blocks."""

from multiprocessing import Process, shared_memory


def shout(name: str) -> None:
    block = shared_memory.SharedMemory(name=name)  # attach to the existing block
    try:
        block.buf[:5] = bytes(block.buf[:5]).upper()  # change it in place
    finally:
        block.close()  # this process is done with it


if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=5)
    try:
        block.buf[:5] = b"hello"
        child = Process(target=shout, args=(block.name,))  # pass the name, not data
        child.start()
        child.join()
        print("the parent reads:", bytes(block.buf[:5]))
    finally:
        block.close()  # every process closes...
        block.unlink()  # ...and exactly one frees the block
