"""Every example: linted, run as ``python examples/...`` and compared with its record.

- ``test_output``: runs the script in a subprocess, as a reader does, under each start
  method when it may start processes, and compares the output with its record under
  the example's declared rule (``tests/harness.py``). With ``--update-examples``
  (``make outputs``) it writes the record instead, from a run under the platform's
  default start method.
- ``test_lint``: black and ruff through pytest-examples, target Python 3.11.
- ``test_in_process``: pytest-examples runs single-process, deterministic examples
  inside the test process and checks what they ``print()`` against the record.
- ``test_notebook``: the jupytext notebooks run as plain scripts too (the site build
  executes them as pages).
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from harness import (
    ROOT,
    Example,
    ExampleError,
    all_examples,
    all_notebooks,
    run_script,
)
from pytest_examples import CodeExample, EvalExample

START_METHODS = multiprocessing.get_all_start_methods()
DEFAULT_START_METHOD = multiprocessing.get_start_method()


def _output_params() -> list:
    params = []
    for example in all_examples():
        methods = START_METHODS if example.starts_processes else [None]
        for method in methods:
            params.append(pytest.param(example, method, id=f"{example.rel}-{method or 'run'}"))
    return params


@pytest.mark.parametrize(("example", "start_method"), _output_params())
def test_output(example: Example, start_method: str | None, update_examples: bool) -> None:
    if reason := example.unavailable:
        pytest.skip(f"{example.rel} {reason}")
    if update_examples and start_method not in (None, DEFAULT_START_METHOD):
        pytest.skip(f"records are written from the default start method ({DEFAULT_START_METHOD})")
    try:
        run = run_script(example.path, start_method=start_method)
        if run.leftovers:
            pytest.fail(
                f"{example.rel} left processes behind (killed now): {run.leftovers}; "
                "join or close every process and pool before the script ends",
                pytrace=False,
            )
        if "resource_tracker" in run.output and "leaked" in run.output:
            pytest.fail(
                f"{example.rel} leaked semaphores or shared memory:\n{run.output}\n"
                "close() and unlink() every SharedMemory; see the processes chapter",
                pytrace=False,
            )
        if run.returncode != example.exit_code:
            pytest.fail(
                f"{example.rel} exited with {run.returncode}, expected {example.exit_code} "
                f"(start method: {start_method or 'default'}); output:\n{run.output}",
                pytrace=False,
            )
        if update_examples:
            example.write_record(run.output)
            return
        diff = example.diff(example.read_record(), run.output)
    except ExampleError as error:
        pytest.fail(str(error), pytrace=False)
    if diff:
        pytest.fail(
            f"{example.rel} printed something else than its record "
            f"(start method: {start_method or 'default'}, rule: "
            f"{', '.join(sorted(example.varies)) or 'exact'}):\n{diff}\n"
            "If the change is intended, run `make outputs` and commit the new record.",
            pytrace=False,
        )


def _code_example(path: Path) -> CodeExample:
    return _ScriptExample.create(path.read_text(encoding="utf-8"), path=path.relative_to(ROOT))


class _ScriptExample(CodeExample):
    def in_py_file(self) -> bool:
        # pytest-examples treats a .py path as a docstring example and lets black drop
        # the two blank lines PEP 8 wants between top-level definitions; a whole script
        # keeps them.
        return False


def _configure(eval_example: EvalExample) -> None:
    eval_example.set_config(
        line_length=88,
        quotes="double",
        target_version="py311",  # type: ignore[arg-type]  # the type hint lags the code
        upgrade=True,
        isort=True,
    )


@pytest.mark.parametrize(
    "path",
    [pytest.param(e.path, id=e.rel) for e in all_examples()]
    + [pytest.param(p, id=p.relative_to(ROOT).as_posix()) for p in all_notebooks()],
)
def test_lint(path: Path, eval_example: EvalExample) -> None:
    _configure(eval_example)
    example = _code_example(path)
    eval_example.lint_black(example)
    eval_example.lint_ruff(example)


@pytest.mark.parametrize(
    "example",
    [pytest.param(e, id=e.rel) for e in all_examples() if e.in_process_checkable],
)
def test_in_process(example: Example, eval_example: EvalExample, update_examples: bool) -> None:
    if update_examples:
        pytest.skip("records are written by test_output")
    if reason := example.unavailable:
        pytest.skip(f"{example.rel} {reason}")
    _configure(eval_example)
    code = _code_example(example.path)
    try:
        # The public run_print_check() wants the output as `#>` comments in the code;
        # ours lives in the record, so run with the print mock and read what it saw.
        insert_print, _ = eval_example._run(code, "check", None, False, None)
    except Exception as error:  # noqa: BLE001
        # Re-raising would show pytest-examples' synthetic traceback, which Python
        # 3.11.7 turns into an INTERNALERROR (DESIGN.md); report it as a failure.
        pytest.fail(f"{example.rel} raised {error!r} in process", pytrace=False)
    printed = "".join(f"{statement}\n" for statement in insert_print.print_statements())
    try:
        diff = example.diff(example.read_record(), printed)
    except ExampleError as error:
        pytest.fail(str(error), pytrace=False)
    if diff:
        pytest.fail(f"{example.rel} printed, in process, something else:\n{diff}", pytrace=False)


@pytest.mark.parametrize(
    "path",
    # The twins' code cells are identical (tests/test_docs.py), so one runs for both.
    [
        pytest.param(p, id=p.relative_to(ROOT).as_posix())
        for p in all_notebooks()
        if ".zh" in p.suffixes
    ],
)
def test_notebook(path: Path) -> None:
    run = run_script(path)
    assert run.returncode == 0, f"{path.relative_to(ROOT)} failed as a script:\n{run.output}"
    assert not run.leftovers, f"{path.relative_to(ROOT)} left processes behind: {run.leftovers}"
