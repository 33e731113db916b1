"""Which start methods this platform offers; the first one is its default."""

import multiprocessing

if __name__ == "__main__":
    methods = multiprocessing.get_all_start_methods()
    print("available start methods:", methods)
    print("this platform's default:", methods[0])
