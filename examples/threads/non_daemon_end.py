"""After the main thread's last line, Python still waits for non-daemon threads."""

import logging
import threading
import time

logging.basicConfig(format="%(threadName)-10s %(message)s", level=logging.INFO)
log = logging.getLogger("demo")


def work() -> None:
    time.sleep(0.2)
    main_alive = threading.main_thread().is_alive()
    log.info("finished; is the main thread still alive? %s", main_alive)


if __name__ == "__main__":
    threading.Thread(target=work, name="worker").start()
    log.info("last line of the script")
