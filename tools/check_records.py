"""Run the example tests for the examples among the given files (pre-commit hook).

    python tools/check_records.py examples/basics/hello.py docs/zh/index.md ...

Files that are not examples or output records are ignored; with none left it does
nothing. ``make test`` runs every example; this keeps a commit's check quick.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest


def example_ids(files: list[str]) -> list[str]:
    ids = set()
    for name in files:
        path = Path(name)
        if path.parts[:1] != ("examples",) or path.suffix not in (".py", ".out"):
            continue
        if len(path.suffixes) == 2 and path.suffixes[0] in (".zh", ".en"):
            ids.add(path.as_posix())  # an executed page: linted and run as a script
        else:
            ids.add(path.with_suffix(".py").as_posix())
    return sorted(ids)


def main(files: list[str]) -> int:
    ids = example_ids(files)
    if not ids:
        return 0
    return int(pytest.main(["tests/test_examples.py", "-q", "-k", " or ".join(ids)]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
