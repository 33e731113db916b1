"""MkDocs hooks for both language builds (listed under ``hooks:`` in mkdocs.yml).

1. Executed pages live under ``examples/`` as jupytext percent-format scripts, one per
   language: ``examples/<chapter>/<name>.zh.py`` and ``<name>.en.py``. Each build adds
   the one in its language as the page ``<chapter>/<name>.py``, which mkdocs-jupyter
   then executes and renders. The nav names that page like any other.
2. Notebook execution gets a timeout per cell from ``tools/jupyter/`` (mkdocs-jupyter
   has no option for it and nbclient's default is to wait forever). Its cache of
   executed pages is keyed on the notebook's text only; the hook adds the modules
   beside it (``examples/<chapter>/*.py``, which the notebook may import), so changing
   a worker module re-executes the page instead of showing stale figures.
3. Every page gets its "last updated" date from git: the newest commit that changed
   the page or an example it includes.
4. A page whose translation is older than its counterpart (tools/translations.py), or
   that is marked ``translation: pending``, gets a notice linking to the other language.
5. Each example's file name above its code becomes a download link, and the examples
   are copied into the site for it.
6. Executed pages are made to look and weigh like the other pages: mkdocs-jupyter
   puts ~590 KB of JupyterLab CSS, a clipboard widget, MathJax settings and a loader
   that imports Mermaid from a CDN into each one. The hook keeps the cells, styles
   code and output as Material code blocks (``notebook.css`` lays out the cells), and
   gives headings the anchors Markdown pages get (``pymdownx.slugs``, which keeps
   Chinese; mkdocs-jupyter's slugs drop it, leaving empty ids and a table of contents
   that points nowhere).
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import html
import os
import re
import shutil
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink
from mkdocs_jupyter import plugin as mkdocs_jupyter_plugin
from pymdownx.slugs import slugify as pymdownx_slugify

sys.path.insert(0, str(Path(__file__).resolve().parent))
from translations import behind, commit_times

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
JUPYTER_CONFIG = Path(__file__).resolve().parent / "jupyter"
INCLUDE = re.compile(r'--8<--\s+"([^"]+)"')
FILENAME = re.compile(r'<span class="filename">(examples/[\w./-]+\.py)</span>')
NOTEBOOK_REWRITES = [
    # everything mkdocs-jupyter puts before the cells: <style>, <script>, a CDN loader
    (re.compile(r"\A.*?(?=<div class=\"jupyter-wrapper\">)", re.DOTALL), ""),
    # its copy widget (Material adds its own copy button to every code block)
    (
        re.compile(
            r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>', re.DOTALL
        ),
        "",
    ),
    (re.compile(r'<div class="clipboard-copy-txt" id="cell-\d+">.*?</div>', re.DOTALL), ""),
    # code and text output as Material code blocks
    (
        re.compile(r'<div class="highlight-ipynb hl-(\w+)"><pre>(.*?)</pre></div>', re.DOTALL),
        r'<div class="language-\1 highlight"><pre><code>\2</code></pre></div>',
    ),
    (
        re.compile(
            r'(<div class="jp-RenderedText jp-OutputArea-output"[^>]*>)\s*<pre>(.*?)</pre>',
            re.DOTALL,
        ),
        r'\1<div class="language-text highlight"><pre><code>\2</code></pre></div>',
    ),
    # "In [1]:" prompts
    (re.compile(r'(<div class="jp-(?:In|Out)putPrompt[^"]*">)[^<]*(</div>)'), r"\1\2"),
]
NOTEBOOK_HEADING = re.compile(
    r'<h([1-6]) id="[^"]*">(.*?)<a class="anchor-link" href="#[^"]*">', re.DOTALL
)
slugify = pymdownx_slugify(case="lower")

NOTICES = {
    "zh": {
        "behind": (
            '!!! warning "译文可能已过时"\n\n'
            "    此页的[英文版]({link})更新得更晚，本页可能还没有跟上。\n\n"
        ),
        "pending": (
            '!!! info "尚待翻译"\n\n    此页还没有译成中文，下面是[英文原文]({link})。\n\n'
        ),
        "download": "下载 {name}",
    },
    "en": {
        "behind": (
            '!!! warning "This translation may be out of date"\n\n'
            "    The [Chinese version]({link}) of this page changed more recently.\n\n"
        ),
        "pending": (
            '!!! info "Awaiting translation"\n\n'
            "    This page has not been translated yet; below is the "
            "[Chinese original]({link}).\n\n"
        ),
        "download": "Download {name}",
    },
}


def _cache_key_with_modules(key_function):
    def cache_key(nb_path: str, config: dict, exec_nb: bool) -> str:
        digest = hashlib.sha256(key_function(nb_path, config, exec_nb).encode())
        for module in sorted(Path(nb_path).parent.glob("*.py")):
            if len(module.suffixes) == 1:  # modules, not the notebooks themselves
                digest.update(module.name.encode() + module.read_bytes())
        return digest.hexdigest()

    cache_key.wrapped = key_function  # type: ignore[attr-defined]
    return cache_key


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # `make serve` keeps this module between builds: look at git and examples/ afresh
    commit_times.cache_clear()
    notebook_pages.cache_clear()
    if not hasattr(mkdocs_jupyter_plugin._compute_cache_key, "wrapped"):
        mkdocs_jupyter_plugin._compute_cache_key = _cache_key_with_modules(
            mkdocs_jupyter_plugin._compute_cache_key
        )
    paths = os.environ.get("JUPYTER_CONFIG_PATH", "")
    if str(JUPYTER_CONFIG) not in paths.split(os.pathsep):
        os.environ["JUPYTER_CONFIG_PATH"] = os.pathsep.join(
            filter(None, [str(JUPYTER_CONFIG), paths])
        )
    return config


@functools.cache  # asked for every page; cleared at the start of each build
def notebook_pages(language: str) -> dict[str, Path]:
    """Page path (``basics/measure.py``) to its script for ``language``."""
    suffix = f".{language}.py"
    return {
        path.relative_to(EXAMPLES)
        .with_name(path.name.removesuffix(suffix) + ".py")
        .as_posix(): path
        for path in sorted(EXAMPLES.rglob(f"*{suffix}"))
    }


@event_priority(100)  # before mkdocs-jupyter wraps the notebook files
def on_files(files: Files, config: MkDocsConfig) -> Files:
    for src_uri, path in notebook_pages(config.theme["language"]).items():
        files.append(File.generated(config, src_uri, abs_src_path=str(path)))
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    # mkdocs-jupyter wraps each notebook File in a NotebookFile that recomputes
    # abs_src_path from src_dir, which a generated File does not have: hand it the path.
    for file in files:
        inner = getattr(file, "file", None)
        if isinstance(inner, File) and file.abs_src_path is None:
            file.abs_src_path = inner.abs_src_path
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    language = config.theme["language"]
    notebook = notebook_pages(language).get(page.file.src_uri)
    if notebook:
        source = notebook.relative_to(ROOT).as_posix()
        if config.repo_url:  # "Edit this page" opens the script under examples/
            page.edit_url = f"{config.repo_url.rstrip('/')}/edit/main/{source}"
        sources = [source]
    else:
        sources = [f"docs/{language}/{page.file.src_uri}", *INCLUDE.findall(markdown)]
    times = [t for s in sources if (t := commit_times().get(s))]
    if times:
        day = datetime.datetime.fromtimestamp(max(times), tz=datetime.UTC).date()
        page.meta["revision_date"] = day.isoformat()
    if notebook:
        return markdown
    notice = None
    if page.meta.get("translation") == "pending":
        notice = "pending"
    elif behind(language, page.file.src_uri):
        notice = "behind"
    if notice:
        markdown = (
            NOTICES[language][notice].format(link=_other_language_url(page, language)) + markdown
        )
    return markdown


def _other_language_url(page: Page, language: str) -> str:
    """Relative link from ``page`` to the same page in the other language's build."""
    up = "../" * page.url.count("/")
    return f"{up}en/{page.url}" if language == "zh" else f"{up}../{page.url}"


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.file.src_uri in notebook_pages(config.theme["language"]):
        for pattern, replacement in NOTEBOOK_REWRITES:
            content = pattern.sub(replacement, content)
        content = _notebook_anchors(content, page)
    up = "../" * page.url.count("/")
    label = NOTICES[config.theme["language"]]["download"]

    def link(match: re.Match[str]) -> str:
        path = match.group(1)
        title = html.escape(label.format(name=path.rsplit("/", 1)[-1]))
        return (
            f'<span class="filename">{path} '
            f'<a href="{up}{path}" download title="{title}" aria-label="{title}">⤓</a></span>'
        )

    return FILENAME.sub(link, content)


def _notebook_anchors(content: str, page: Page) -> str:
    """Give an executed page's headings, and its table of contents, pymdownx slugs."""
    ids: list[str] = []

    def heading(match: re.Match[str]) -> str:
        level, text = match.groups()
        base = slugify(re.sub(r"<[^>]+>", "", html.unescape(text)), "-") or "section"
        anchor = base if base not in ids else f"{base}_{ids.count(base)}"
        ids.append(anchor)
        # Material's own permalink class: shown on hover, like on every other page
        return f'<h{level} id="{anchor}">{text}<a class="headerlink" href="#{anchor}">'

    content = NOTEBOOK_HEADING.sub(heading, content)
    links: list[AnchorLink] = []
    stack = list(page.toc)
    while stack:  # depth first, in document order, like the headings
        link = stack.pop(0)
        links.append(link)
        stack[:0] = link.children
    for link, anchor in zip(links, ids, strict=False):  # a heading may lack a TOC entry
        link.id = anchor
    return content


def on_post_build(config: MkDocsConfig) -> None:
    # The download links point at site/<lang root>/examples/...
    target = Path(config.site_dir) / "examples"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(EXAMPLES, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
