"""Daemon threads are stopped abruptly at exit: their finally blocks never run."""

import logging
import threading
import time

logging.basicConfig(format="%(threadName)-10s %(message)s", level=logging.INFO)
log = logging.getLogger("demo")
started = threading.Event()


def background() -> None:
    try:
        log.info("started, will work for 10 seconds")
        started.set()
        time.sleep(10)
        log.info("done")  # never printed
    finally:
        log.info("cleaning up")  # never printed either


if __name__ == "__main__":
    thread = threading.Thread(target=background, name="daemon", daemon=True)
    thread.start()
    started.wait()
    log.info("last line of the script; daemon alive: %s", thread.is_alive())
