"""close() frees a Process object, but only once the child has ended."""

import multiprocessing
import time

if __name__ == "__main__":
    process = multiprocessing.Process(target=time.sleep, args=(0.1,))
    process.start()
    try:
        process.close()  # too early: the child is still running
    except ValueError as error:
        print("close() while running:", error)

    process.join()
    process.close()  # fine now: releases the resources the object holds
    print("close() after join(): ok")
    try:
        process.is_alive()
    except ValueError as error:
        print("using it afterwards:", error)
