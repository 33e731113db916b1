"""Which pages may need their translation updated, judged by git history.

A page and its translation (``docs/zh/x.md`` and ``docs/en/x.md``) are in step when the
last commit that changed one is no newer than the last commit that changed the other:
a pull request that edits both languages leaves them in step. The build marks a page
whose counterpart changed later (tools/mkdocs_hooks.py); this lists them::

    python tools/translations.py        # exit status 1 when some page is behind

A page whose front matter says ``translation: pending`` is a copy awaiting translation.
"""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
LANGUAGES = ("zh", "en")


@cache
def commit_times() -> dict[str, int]:
    """Repository path to the time (Unix seconds) of the last commit that changed it."""
    try:
        log = subprocess.run(
            ["git", "log", "--format=@%ct", "--name-only", "--", "docs", "examples"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}  # not a git checkout: no dates, no notices
    times: dict[str, int] = {}
    current = 0
    for line in log.splitlines():
        if line.startswith("@"):
            current = int(line[1:])
        elif line and line not in times:
            times[line] = current  # newest first: the first time seen is the last change
    return times


def behind(language: str, page: str) -> str | None:
    """The other language if ``docs/<language>/<page>`` changed before its counterpart."""
    times = commit_times()
    other = "en" if language == "zh" else "zh"
    mine = times.get(f"docs/{language}/{page}")
    theirs = times.get(f"docs/{other}/{page}")
    if mine is not None and theirs is not None and theirs > mine:
        return other
    return None


def stale_pages() -> list[tuple[str, str]]:
    """(page, language that is behind) for every page pair out of step."""
    stale = []
    for path in sorted((DOCS / "zh").rglob("*.md")):
        page = path.relative_to(DOCS / "zh").as_posix()
        for language in LANGUAGES:
            if behind(language, page):
                stale.append((page, language))
    return stale


def main() -> int:
    stale = stale_pages()
    for page, language in stale:
        other = "en" if language == "zh" else "zh"
        print(f"docs/{language}/{page} is older than docs/{other}/{page}")
    if not stale:
        print("every translation is as recent as its counterpart")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
