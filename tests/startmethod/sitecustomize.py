"""Make ``multiprocessing`` default to ``$EXAMPLES_START_METHOD`` in this interpreter.

The test harness (``tests/harness.py``) puts this directory on ``PYTHONPATH`` to run an
example as if the platform's default start method were fork, spawn or forkserver
(Linux: fork up to 3.13, forkserver from 3.14; macOS and Windows: spawn). Only the
*default* changes: an example that calls ``set_start_method()`` or ``get_context()``
itself still gets what it asks for, exactly as on that platform.
"""

import os

_method = os.environ.get("EXAMPLES_START_METHOD")
if _method:
    from multiprocessing import context

    context._default_context._default_context = context._concrete_contexts[_method]
