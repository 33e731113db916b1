"""Translation freshness (tools/translations.py): which page of a pair is behind."""

from __future__ import annotations

import sys

import pytest
from harness import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import translations


@pytest.fixture
def history(monkeypatch: pytest.MonkeyPatch):
    """Pretend git says these paths last changed at these times."""

    def set_times(times: dict[str, int]) -> None:
        monkeypatch.setattr(translations, "commit_times", lambda: times)

    return set_times


def test_the_older_page_of_a_pair_is_behind(history) -> None:
    history({"docs/zh/basics/index.md": 200, "docs/en/basics/index.md": 100})
    assert translations.behind("en", "basics/index.md") == "zh"
    assert translations.behind("zh", "basics/index.md") is None
    assert ("basics/index.md", "en") in translations.stale_pages()


def test_pages_changed_in_the_same_commit_are_in_step(history) -> None:
    history({"docs/zh/basics/index.md": 100, "docs/en/basics/index.md": 100})
    assert translations.behind("en", "basics/index.md") is None
    assert translations.behind("zh", "basics/index.md") is None


def test_the_cli_fails_while_a_page_is_behind(history, capsys: pytest.CaptureFixture[str]) -> None:
    history({"docs/zh/index.md": 300, "docs/en/index.md": 100})
    assert translations.main() == 1
    assert "docs/en/index.md is older than docs/zh/index.md" in capsys.readouterr().out
