"""The pages: both languages whole, and every code block an example with its output.

Checked here, on the markdown (the built site is checked in test_site.py):

- every page exists in both languages, with the same headings, anchors and includes;
- no Python is typed into a page: a ``python`` block only includes a file of examples/;
- each included example is followed by its output record, and the record's title says
  "one run" when the example declares that its output varies;
- every example is shown on a page, and each executed page exists in both languages
  with the same code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import jupytext
import pytest
import yaml
from harness import ROOT, Example, all_examples, all_notebooks

DOCS = ROOT / "docs"
LANGUAGES = ("zh", "en")
#: Output block titles, per language: exact output, and output that varies between runs.
OUTPUT_TITLES = {
    "zh": ("输出", "某一次运行的输出"),
    "en": ("Output", "Output of one run"),
}
PYTHON_LANGS = {"python", "py", "python3", "py3", "pycon", "pyi"}

_FENCE = re.compile(r"^(?P<indent>\s*)(?P<mark>`{3,}|~{3,})\s*(?P<info>.*)$")
_INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<path>[^"]+)"\s*$')
_HEADING = re.compile(r"^(?P<level>#{2,6})\s+(?P<text>.*?)\s*(?:\{(?P<attrs>[^}]*)\})?\s*$")
_ANCHOR = re.compile(r"#([\w-]+)")
_TITLE = re.compile(r'title="([^"]*)"')


@dataclass
class Fence:
    line: int
    lang: str
    title: str
    body: list[tuple[int, str]] = field(default_factory=list)

    @property
    def includes(self) -> list[str]:
        return [m.group("path") for _, text in self.body if (m := _INCLUDE.match(text))]


@dataclass
class Page:
    path: Path
    fences: list[Fence]
    headings: list[tuple[str, str | None, int]]  # level, anchor, line

    @property
    def rel(self) -> str:
        return self.path.relative_to(ROOT).as_posix()


@cache
def parse(path: Path) -> Page:
    fences: list[Fence] = []
    headings: list[tuple[str, str | None, int]] = []
    open_mark: str | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fence = _FENCE.match(line)
        if open_mark is None:
            if fence:
                info = fence.group("info")
                lang = info.strip("{} .").split()[0].lower() if info.strip("{} .") else ""
                title = m.group(1) if (m := _TITLE.search(info)) else ""
                fences.append(Fence(number, lang, title))
                open_mark = fence.group("mark")
            elif heading := _HEADING.match(line):
                anchor = _ANCHOR.search(heading.group("attrs") or "")
                headings.append((heading.group("level"), anchor and anchor.group(1), number))
        elif fence and fence.group("mark").startswith(open_mark) and not fence.group("info"):
            open_mark = None
        else:
            fences[-1].body.append((number, line))
    return Page(path, fences, headings)


def pages(language: str) -> dict[str, Path]:
    root = DOCS / language
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*.md"))}


ALL_PAGES = [p for language in LANGUAGES for p in pages(language).values()]


def _page_id(path: Path) -> str:
    return path.relative_to(DOCS).as_posix()


def test_every_page_exists_in_both_languages() -> None:
    zh, en = set(pages("zh")), set(pages("en"))
    problems = [f"docs/zh/{p} has no English page docs/en/{p}" for p in sorted(zh - en)]
    problems += [f"docs/en/{p} has no Chinese page docs/zh/{p}" for p in sorted(en - zh)]
    assert not problems, "\n".join(
        problems + ["Write the other language in the same pull request."]
    )


@pytest.mark.parametrize("name", sorted(set(pages("zh")) & set(pages("en"))))
def test_pages_match_across_languages(name: str) -> None:
    zh, en = parse(pages("zh")[name]), parse(pages("en")[name])
    zh_headings = [(level, anchor) for level, anchor, _ in zh.headings]
    en_headings = [(level, anchor) for level, anchor, _ in en.headings]
    assert zh_headings == en_headings, (
        f"docs/zh/{name} and docs/en/{name} differ in their headings (level, anchor):\n"
        f"zh: {zh_headings}\nen: {en_headings}\n"
        "Both languages need the same headings with the same { #anchor }."
    )
    zh_includes = [i for f in zh.fences for i in f.includes]
    en_includes = [i for f in en.fences for i in f.includes]
    assert zh_includes == en_includes, (
        f"docs/zh/{name} and docs/en/{name} include different examples:\n"
        f"zh: {zh_includes}\nen: {en_includes}"
    )


@pytest.mark.parametrize("path", ALL_PAGES, ids=_page_id)
def test_front_matter_has_a_description(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    rel = path.relative_to(ROOT).as_posix()
    assert text.startswith("---\n"), f"{rel}: start with front matter holding a `description:`"
    front, _, _ = text[4:].partition("\n---\n")
    try:
        meta = yaml.safe_load(front)
    except yaml.YAMLError as error:
        pytest.fail(
            f"{rel}: the front matter is not valid YAML (quote a value containing ': '):\n{error}"
        )
    assert isinstance(meta, dict) and isinstance(meta.get("description"), str), (
        f"{rel}: the front matter needs `description:`, one sentence used in search results "
        "and link previews"
    )


@pytest.mark.parametrize("path", ALL_PAGES, ids=_page_id)
def test_headings_have_explicit_anchors(path: Path) -> None:
    page = parse(path)
    missing = [f"{page.rel}:{line}" for _, anchor, line in page.headings if not anchor]
    assert not missing, (
        "These headings have no explicit anchor; end each with an English one shared by "
        "both languages, like `## 创建线程 {#creating-threads}`:\n" + "\n".join(missing)
    )


@pytest.mark.parametrize("path", ALL_PAGES, ids=_page_id)
def test_no_python_typed_into_pages(path: Path) -> None:
    page = parse(path)
    typed = [
        f"{page.rel}:{number}: {text.strip()}"
        for fence in page.fences
        if fence.lang in PYTHON_LANGS
        for number, text in fence.body
        if text.strip() and not _INCLUDE.match(text)
    ]
    assert not typed, (
        "Python typed straight into a page. Put the program in examples/<chapter>/ as a "
        'script and include it: --8<-- "examples/<chapter>/<name>.py"\n' + "\n".join(typed)
    )


@pytest.mark.parametrize("path", ALL_PAGES, ids=_page_id)
def test_examples_are_shown_with_their_output(path: Path) -> None:
    page = parse(path)
    language = path.relative_to(DOCS).parts[0]
    exact_title, varies_title = OUTPUT_TITLES[language]
    problems = []
    for index, fence in enumerate(page.fences):
        for include in fence.includes:
            if not include.startswith("examples/") or not include.endswith(".py"):
                continue
            example = Example(ROOT / include)
            where = f"{page.rel}:{fence.line}"
            if not example.path.exists():
                problems.append(f"{where}: {include} does not exist")
                continue
            if fence.title != include:
                problems.append(f'{where}: give the block its file name: title="{include}"')
            if not example.record_path.exists() or not example.read_record().strip():
                continue
            record = example.record_path.relative_to(ROOT).as_posix()
            following = page.fences[index + 1] if index + 1 < len(page.fences) else None
            if following is None or following.includes != [record]:
                problems.append(f'{where}: follow {include} with its output: --8<-- "{record}"')
                continue
            want = varies_title if example.varies else exact_title
            if following.title != want:
                problems.append(
                    f'{page.rel}:{following.line}: title the output of {include} "{want}"'
                    + (" (its output varies between runs)" if example.varies else "")
                )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_example_is_on_a_page(language: str) -> None:
    shown = {i for p in pages(language).values() for f in parse(p).fences for i in f.includes}
    missing = [e.rel for e in all_examples() if e.rel not in shown]
    assert not missing, (
        f"These examples appear on no page of docs/{language}/; include each where it "
        "is explained, or delete it:\n" + "\n".join(missing)
    )


def _code_cells(path: Path) -> list[str]:
    notebook = jupytext.read(path)
    return [cell.source for cell in notebook.cells if cell.cell_type == "code"]


@pytest.mark.parametrize(
    "path",
    [p for p in all_notebooks() if p.suffixes[0] == ".zh"],
    ids=lambda p: p.relative_to(ROOT).as_posix(),
)
def test_executed_pages_match_across_languages(path: Path) -> None:
    english = path.with_name(path.name.replace(".zh.py", ".en.py"))
    assert english.exists(), f"{path.relative_to(ROOT)} has no English twin {english.name}"
    assert _code_cells(path) == _code_cells(english), (
        f"{path.relative_to(ROOT)} and {english.name} must run the same code cells; "
        "only the markdown cells are translated"
    )


def test_every_executed_page_has_a_chinese_twin() -> None:
    orphans = [
        p.relative_to(ROOT).as_posix()
        for p in all_notebooks()
        if p.suffixes[0] == ".en" and not p.with_name(p.name.replace(".en.py", ".zh.py")).exists()
    ]
    assert not orphans, f"English executed pages without a Chinese twin: {orphans}"
