"""Run the examples under ``examples/`` and compare them with their output records.

Every ``examples/<chapter>/<name>.py`` is a script a reader can run, and every one has
an output record ``<name>.out`` beside it: the command line, then what one real run of
``python examples/<chapter>/<name>.py`` printed (stdout and stderr, as a terminal shows
them). Pages include both files; ``make outputs`` rewrites the records.

How a fresh run is compared with its record is declared in the example itself, in a
comment the reader sees too (the default, with no comment, is an exact match)::

    # output varies: order, duration       <- lines in any order; durations masked
    # expected exit code: 1                <- the example is meant to fail
    # requires: python>=3.13, fork         <- skipped, with the reason, where unavailable
    # start method: chosen by the example  <- run once, not under each default

The words after ``output varies:`` are ``order`` (compare the lines as a multiset) and
the names of ``MASKS`` below. There is no rule that accepts any output.

An example that uses ``multiprocessing`` runs once per start method, each made the
default in turn (tests/startmethod/). One that picks its start methods itself, with
``get_context()`` for every process it starts, says ``# start method: chosen by the
example`` and runs once.

``requires:`` names a minimum Python (``python>=3.13``) and/or start methods an example
asks for explicitly (``fork``, ``forkserver``; Windows has neither). The record of an
example that needs a newer Python is written by that Python:
``make outputs PYTHON=python3.13 VENV=.venv-3.13``.

Two kinds of files under ``examples/`` are not run this way:

- ``<name>.zh.py`` / ``<name>.en.py``: jupytext notebooks, executed as pages by
  mkdocs-jupyter (``tools/mkdocs_hooks.py``); the tests run them as scripts only.
- modules that other examples import are examples too; an empty record is fine.
"""

from __future__ import annotations

import difflib
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
START_METHOD_DIR = Path(__file__).resolve().parent / "startmethod"

#: Seconds one run of one example may take before it counts as hung.
RUN_TIMEOUT = 30.0
#: Seconds a run's helper processes (resource tracker, forkserver) get to exit.
LINGER_TIMEOUT = 3.0
#: Where a record says the repository was checked out, so records do not depend on it.
CHECKOUT_PLACEHOLDER = "/path/to/python-multitasking"

#: Named masks for ``# output varies:``. Each rewrites what varies into a fixed token,
#: in the record and in the fresh run alike, before they are compared.
MASKS: dict[str, tuple[re.Pattern[str], str]] = {
    # 0.1 s, 12.5ms, 3 seconds, 1.02s
    "duration": (
        re.compile(r"\d+(?:\.\d+)?\s?(?:s|ms|µs|us|seconds?)\b"),
        "<duration>",
    ),
    # a ratio such as 3.9x or 1.02×
    "ratio": (re.compile(r"\d+(?:\.\d+)?\s?[x×](?!\w)"), "<ratio>"),
    # pid=1234, PID 1234, ppid: 1234
    "pid": (re.compile(r"(?i)(\bp?pid\b\W{0,3})\d+"), r"\1<pid>"),
    # thread identifiers: ident=1402..., native_id=1234
    "ident": (re.compile(r"(?i)(\b(?:ident|native_id)\b\W{0,3})\d+"), r"\1<ident>"),
    # sizes: 12.5 KiB, 3 MB, 640 bytes
    "size": (re.compile(r"\d+(?:\.\d+)?\s?(?:[KMGT]i?B|bytes?)\b"), "<size>"),
    # object addresses: 0x7f3a2c1b9d90
    "address": (re.compile(r"0x[0-9a-fA-F]+"), "0x<address>"),
    # the frames of a traceback (they differ between Python versions); the
    # "Traceback" line and the exception line itself still have to match
    "traceback": (
        re.compile(r"^(?:  .*|\s*[\^~]+\s*)\n", re.MULTILINE),
        "",
    ),
}
ORDER = "order"
KNOWN_VARIES = {ORDER, *MASKS}

_VARIES = re.compile(r"^# output varies: (.+)$", re.MULTILINE)
_EXIT = re.compile(r"^# expected exit code: (\d+)$", re.MULTILINE)
#: Output that pytest-examples' print mock would not see, or code it cannot run in process.
_OTHER_OUTPUT = re.compile(
    r"multiprocessing|concurrent\.futures|subprocess|os\.fork|sys\.std|"
    r"logging|excepthook|traceback|warnings|end=|file="
)
_OWN_START_METHOD = re.compile(r"^# start method: chosen by the example$", re.MULTILINE)
_REQUIRES = re.compile(r"^# requires: (.+)$", re.MULTILINE)
_MIN_PYTHON = re.compile(r"python>=3\.(\d+)")
#: What makes a start method matter: multiprocessing, directly or through a process pool.
#: (subprocess and other libraries' own process handling do not use it.)
_STARTS_PROCESSES = re.compile(r"\bmultiprocessing\b|\bProcessPoolExecutor\b")


class ExampleError(Exception):
    """A mistake in an example or its record, with what to do about it."""


@dataclass(frozen=True)
class Example:
    path: Path

    @property
    def rel(self) -> str:
        """The path a reader types: ``examples/basics/hello.py``."""
        return self.path.relative_to(ROOT).as_posix()

    @property
    def record_path(self) -> Path:
        return self.path.with_suffix(".out")

    @property
    def command(self) -> str:
        return f"$ python {self.rel}"

    @cached_property
    def source(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @cached_property
    def varies(self) -> frozenset[str]:
        words: set[str] = set()
        for match in _VARIES.finditer(self.source):
            words.update(w.strip() for w in match.group(1).split(","))
        unknown = words - KNOWN_VARIES
        if unknown:
            raise ExampleError(
                f"{self.rel}: unknown word(s) {sorted(unknown)} in '# output varies:'; "
                f"use any of {sorted(KNOWN_VARIES)} (see tests/harness.py)"
            )
        return frozenset(words)

    @cached_property
    def exit_code(self) -> int:
        match = _EXIT.search(self.source)
        return int(match.group(1)) if match else 0

    @cached_property
    def unavailable(self) -> str | None:
        """Why this example cannot run on this interpreter and platform, if it cannot."""
        import multiprocessing

        for match in _REQUIRES.finditer(self.source):
            for word in (w.strip() for w in match.group(1).split(",")):
                if version := _MIN_PYTHON.fullmatch(word):
                    if sys.version_info < (3, int(version.group(1))):
                        return f"needs Python 3.{version.group(1)} or newer"
                elif word in ("fork", "spawn", "forkserver"):
                    if word not in multiprocessing.get_all_start_methods():
                        return f"needs the {word} start method, which this platform lacks"
                else:
                    raise ExampleError(
                        f"{self.rel}: '# requires: {word}' is neither python>=3.N nor a "
                        "start method (fork, spawn, forkserver)"
                    )
        return None

    @property
    def starts_processes(self) -> bool:
        """Whether the default start method matters to this example."""
        return bool(_STARTS_PROCESSES.search(self.source)) and not _OWN_START_METHOD.search(
            self.source
        )

    @property
    def in_process_checkable(self) -> bool:
        """Whether pytest-examples can also run it inside the test process.

        Its print mock sees ``print()`` calls only, and code ``exec``'d in the test
        process cannot start processes (DESIGN.md), so only exact, successful examples
        that print with plain ``print()`` qualify.
        """
        return not self.varies and self.exit_code == 0 and not _OTHER_OUTPUT.search(self.source)

    def read_record(self) -> str:
        if not self.record_path.exists():
            raise ExampleError(
                f"{self.rel} has no output record {self.record_path.relative_to(ROOT)}; "
                "create it with `make outputs` (pytest --update-examples)"
            )
        text = self.record_path.read_text(encoding="utf-8")
        first, _, body = text.partition("\n")
        if first != self.command:
            raise ExampleError(
                f"{self.record_path.relative_to(ROOT)} should start with "
                f"'{self.command}'; regenerate it with `make outputs`"
            )
        return body

    def write_record(self, output: str) -> None:
        self.record_path.write_text(f"{self.command}\n{output}", encoding="utf-8")

    def normalise(self, output: str) -> str:
        """Apply the declared rule, so that equal results compare equal."""
        for name in sorted(self.varies - {ORDER}):
            pattern, replacement = MASKS[name]
            output = pattern.sub(replacement, output)
        if ORDER in self.varies:
            output = "\n".join(sorted(output.splitlines())) + "\n"
        return output

    def diff(self, recorded: str, fresh: str) -> str | None:
        """A unified diff of the normalised outputs, or None when they match."""
        want, got = self.normalise(recorded), self.normalise(fresh)
        if want == got:
            return None
        return "".join(
            difflib.unified_diff(
                want.splitlines(keepends=True),
                got.splitlines(keepends=True),
                fromfile=f"{self.record_path.relative_to(ROOT)} (recorded)",
                tofile=f"{self.rel} (this run)",
            )
        )


def is_notebook(path: Path) -> bool:
    """``name.zh.py`` and ``name.en.py`` are jupytext notebooks rendered as pages."""
    return len(path.suffixes) == 2 and path.suffixes[0] in (".zh", ".en")


def all_examples() -> list[Example]:
    return [
        Example(p)
        for p in sorted(EXAMPLES.rglob("*.py"))
        if not is_notebook(p) and "__pycache__" not in p.parts
    ]


def all_notebooks() -> list[Path]:
    return [p for p in sorted(EXAMPLES.rglob("*.py")) if is_notebook(p)]


@dataclass
class Run:
    output: str
    returncode: int
    leftovers: list[str]
    seconds: float


def run_script(
    path: Path,
    *,
    python: str = sys.executable,
    start_method: str | None = None,
    timeout: float = RUN_TIMEOUT,
) -> Run:
    """Run ``python <path>`` from the repository root as a reader would.

    With ``start_method``, ``multiprocessing`` defaults to it for this run (see
    ``tests/startmethod/sitecustomize.py``). The script runs in a session of its own;
    any process of that session still alive after it exits is reported and killed.
    """
    env = dict(os.environ)
    env.update(PYTHONUNBUFFERED="1", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    if start_method:
        env["PYTHONPATH"] = str(START_METHOD_DIR)
        env["EXAMPLES_START_METHOD"] = start_method
    started = time.perf_counter()
    proc = subprocess.Popen(
        [python, path.relative_to(ROOT).as_posix()],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        raw, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_session(proc.pid)
        raw, _ = proc.communicate()
        raise ExampleError(
            f"{path.relative_to(ROOT)} did not finish within {timeout:.0f} s "
            f"(start method: {start_method or 'default'}); output so far:\n"
            + raw.decode("utf-8", "replace")
        ) from None
    seconds = time.perf_counter() - started
    leftovers = _session_leftovers(proc.pid)
    output = raw.decode("utf-8", "replace").replace("\r\n", "\n")
    output = output.replace(str(ROOT), CHECKOUT_PLACEHOLDER)
    # on Windows, the rest of such a path has backslashes: make it read the same
    output = re.sub(
        re.escape(CHECKOUT_PLACEHOLDER) + r"(\\[^\s\"']+)",
        lambda match: CHECKOUT_PLACEHOLDER + match.group(1).replace("\\", "/"),
        output,
    )
    return Run(output, proc.returncode, leftovers, seconds)


def _session_members(sid: int) -> dict[int, str]:
    """Processes in session ``sid``, pid to command name; empty where /proc is missing."""
    members = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        # pid (comm) state ppid pgrp session ...; a zombie (Z) has exited already and
        # only waits for init to reap it
        fields = text[text.rfind(")") + 2 :].split()
        if int(fields[3]) == sid and fields[0] != "Z":
            members[int(stat.parent.name)] = text[text.find("(") : text.rfind(")") + 1]
    return members


def _session_leftovers(sid: int) -> list[str]:
    deadline = time.monotonic() + LINGER_TIMEOUT
    while (members := _session_members(sid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    _kill(members)
    return [f"pid {pid} {name}" for pid, name in members.items()]


def _kill_session(sid: int) -> None:
    _kill({sid: "", **_session_members(sid)})


def _kill(pids: dict[int, str]) -> None:
    for pid in pids:
        try:
            os.kill(pid, getattr(signal, "SIGKILL", signal.SIGTERM))  # Windows has no SIGKILL
        except (ProcessLookupError, PermissionError):
            pass


def tool(name: str) -> str | None:
    """A command installed beside this interpreter (the venv's bin/), or on PATH."""
    import shutil

    return shutil.which(
        name, path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    )
