"""Which kind of CPython is this: free-threaded or not, GIL on or off, subinterpreters?"""

import importlib.util
import sys
import sysconfig

if __name__ == "__main__":
    # 1 on a free-threaded build (python3.13t, python3.14t); 0 or None on a standard one
    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    # sys._is_gil_enabled() is new in 3.13; before that, the GIL was always enabled
    gil_enabled = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    # concurrent.interpreters, the subinterpreters module, is new in 3.14
    interpreters = importlib.util.find_spec("concurrent.interpreters") is not None
    print("free-threaded build:", free_threaded)
    print("GIL enabled:", gil_enabled)
    print("concurrent.interpreters available:", interpreters)
