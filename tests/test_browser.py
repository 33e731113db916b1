"""The built site in a real browser: Debian's Chromium, driven by Playwright.

Each test opens pages of the site served on 127.0.0.1 and fails on any console error,
any uncaught exception and any request to another host. Screenshots land in
``test-artifacts/``. Without Chromium (``/usr/bin/chromium``, or ``$CHROMIUM``) every
test here is reported as skipped, with the reason.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from harness import ROOT
from site_build import language_root, serve

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("site")]

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / "test-artifacts"
#: Flags for headless Chromium as root on a machine without network (DESIGN.md).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
#: A sample of pages for the accessibility check: each kind of page, in both languages
#: (home; a chapter page with code, output, diagrams and boxes; an executed page).
AXE_PAGES = [
    ("zh", ""),
    ("en", ""),
    ("zh", "basics/"),
    ("en", "threads/locks/"),
    ("zh", "compare/cpu/"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(
            f"no Chromium at {CHROMIUM}: `apt-get install chromium fonts-noto-cjk` (.ci/run does)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


@pytest.fixture
def page(browser, base_url: str) -> Iterator[object]:
    context = browser.new_context(
        permissions=["clipboard-read", "clipboard-write"], color_scheme="light"
    )
    page = context.new_page()
    problems: list[str] = []
    page.on(
        "console",
        lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
    )
    page.on("pageerror", lambda error: problems.append(f"uncaught: {error}"))
    page.on(
        "request",
        lambda r: (
            None
            if r.url.startswith((base_url, "data:", "blob:"))
            else problems.append(f"request to {r.url}")
        ),
    )
    yield page
    context.close()
    assert not problems, "\n".join(problems)


def screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


@pytest.mark.parametrize(("start", "target"), [("zh", "en"), ("en", "zh")])
def test_language_switcher_keeps_the_page(page, start: str, target: str) -> None:
    page.goto(language_root(start) + "basics/multitasking/", wait_until="domcontentloaded")
    page.hover(".md-header__option .md-select")
    page.click(f'a.md-select__link[hreflang="{target}"]')
    page.wait_for_url(language_root(target) + "basics/multitasking/")
    assert page.locator("html").get_attribute("lang") == target


def test_chinese_search_finds_a_word(page) -> None:
    page.goto(language_root("zh"), wait_until="domcontentloaded")
    page.click("input.md-search__input")
    # Typing CJK inserts text without key events, as an input method does; the key
    # that ends a real input method's composition is what Material's search reacts to.
    page.keyboard.type("启动")
    page.keyboard.press("End")
    results = page.locator(".md-search-result__item")
    results.first.wait_for()
    # Material marks the words that matched: 启动 as a word of its own
    assert results.locator("mark").first.inner_text() == "启动"
    screenshot(page, "zh-search-启动")


def test_copy_button_copies_the_example(page) -> None:
    page.goto(language_root("en") + "basics/", wait_until="domcontentloaded")
    block = page.locator(
        ".highlight", has=page.locator(".filename", has_text="examples/basics/who_runs_it.py")
    )
    block.hover()
    block.locator('button[data-md-type="copy"]').click()
    copied = page.evaluate("navigator.clipboard.readText()")
    source = (ROOT / "examples/basics/who_runs_it.py").read_text(encoding="utf-8")
    assert copied + "\n" == source


def test_download_link_serves_the_example(page, base_url: str) -> None:
    page.goto(language_root("zh") + "basics/", wait_until="domcontentloaded")
    href = page.locator(".filename a[download]").first.get_attribute("href")
    response = page.request.get(language_root("zh") + "basics/" + href)
    assert response.ok
    assert response.text() == (ROOT / "examples/basics/who_runs_it.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["zh", "en"])
def test_mermaid_diagrams_render(page, language: str) -> None:
    page.goto(language_root(language) + "basics/")
    diagrams = page.locator("div.mermaid")
    diagrams.first.wait_for()
    assert page.locator("pre.mermaid").count() == 0, "a diagram was left unrendered"
    box = diagrams.first.bounding_box()
    assert box and box["height"] > 50
    screenshot(page, f"{language}-basics-diagram")


def test_dark_mode_toggles(page) -> None:
    page.goto(language_root("zh") + "basics/multitasking/", wait_until="domcontentloaded")
    body = page.locator("body")
    assert body.get_attribute("data-md-color-scheme") == "default"
    page.click("form[data-md-component=palette] label:visible")
    assert body.get_attribute("data-md-color-scheme") == "slate"
    screenshot(page, "zh-multitasking-dark")
    page.click("form[data-md-component=palette] label:visible")
    assert body.get_attribute("data-md-color-scheme") == "default"


@pytest.mark.parametrize(("language", "path"), AXE_PAGES)
def test_accessibility(page, language: str, path: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    page.goto(language_root(language) + path)  # "load": diagrams and all
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]}})
    assert results.violations_count == 0, results.generate_report()
    if path == "":
        screenshot(page, f"{language}-home")
