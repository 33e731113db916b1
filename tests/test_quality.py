"""The checks pre-commit runs (.pre-commit-config.yaml), run here too so CI enforces them.

Each calls the same tool with the same configuration as its pre-commit hook: ruff
(pyproject.toml), codespell (.codespellrc), pymarkdown (.pymarkdown.json), actionlint
and zizmor on the workflows. A tool that is not installed is reported as skipped.
"""

from __future__ import annotations

import subprocess

import pytest
from harness import ROOT, tool


def run(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    command = tool(name)
    if command is None:
        pytest.skip(f"{name} is not installed here (see requirements.txt)")
    return subprocess.run(
        [command, *args], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )


def test_ruff() -> None:
    result = run("ruff", "check", "examples", "tests", "tools")
    assert result.returncode == 0, f"ruff (fix with `make format`):\n{result.stdout}"


def test_spelling() -> None:
    result = run("codespell")
    assert result.returncode == 0, (
        "codespell found misspellings (a real word it does not know goes in .codespellrc):\n"
        + result.stdout
    )


def test_markdown_lint() -> None:
    result = run(
        "pymarkdown",
        "--config",
        ".pymarkdown.json",
        "scan",
        "-r",
        "docs",
        "README.md",
        "CONTRIBUTING.md",
    )
    assert result.returncode == 0, f"markdown lint:\n{result.stdout}{result.stderr}"


def test_workflows_actionlint() -> None:
    result = run("actionlint", "-no-color")
    assert result.returncode == 0, f"actionlint on .github/workflows:\n{result.stdout}"


def test_workflows_zizmor() -> None:
    # pedantic: every finding, even the informational ones, is fixed or explained in place
    result = run("zizmor", "--offline", "--persona=pedantic", "--format=plain", ".github/workflows")
    assert result.returncode == 0, f"zizmor on .github/workflows:\n{result.stdout}"


def test_pre_commit_config() -> None:
    result = run("pre-commit", "validate-config", ".pre-commit-config.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
