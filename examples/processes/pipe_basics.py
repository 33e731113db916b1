"""A Pipe has two ends; recv() raises EOFError once the other end is closed."""

import multiprocessing
from multiprocessing.connection import Connection


def square_server(conn: Connection) -> None:
    while (number := conn.recv()) is not None:
        conn.send(number * number)
    conn.close()  # nothing more will come from this end


if __name__ == "__main__":
    parent_end, child_end = multiprocessing.Pipe()  # duplex: both ends send and recv
    server = multiprocessing.Process(target=square_server, args=(child_end,))
    server.start()
    child_end.close()  # the parent's copy of the child's end: close it, or no EOF

    for number in (2, 3, 4):
        parent_end.send(number)
        print(f"sent {number}, received {parent_end.recv()}")
    parent_end.send(None)  # ask the server to stop
    try:
        parent_end.recv()
    except EOFError:
        print("recv() after the child closed its end: EOFError")
    server.join()
