"""MkDocs hooks for both language builds (listed under ``hooks:`` in mkdocs.yml).

1. Executed pages live under ``examples/`` as jupytext percent-format scripts, one per
   language: ``examples/<chapter>/<name>.zh.py`` and ``<name>.en.py``. Each build adds
   the one in its language as the page ``<chapter>/<name>.py``, which mkdocs-jupyter
   then executes and renders. The nav names that page like any other.
2. Notebook execution gets a timeout per cell from ``tools/jupyter/`` (mkdocs-jupyter
   has no option for it and nbclient's default is to wait forever).
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
JUPYTER_CONFIG = Path(__file__).resolve().parent / "jupyter"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    paths = os.environ.get("JUPYTER_CONFIG_PATH", "")
    if str(JUPYTER_CONFIG) not in paths.split(os.pathsep):
        os.environ["JUPYTER_CONFIG_PATH"] = os.pathsep.join(filter(None, [str(JUPYTER_CONFIG), paths]))
    return config


def notebook_pages(language: str) -> dict[str, Path]:
    """Page path (``basics/measure.py``) to its script for ``language``."""
    return {
        path.relative_to(EXAMPLES).with_name(path.name.removesuffix(f".{language}.py") + ".py").as_posix(): path
        for path in sorted(EXAMPLES.rglob(f"*.{language}.py"))
    }


@event_priority(100)  # before mkdocs-jupyter wraps the notebook files
def on_files(files: Files, config: MkDocsConfig) -> Files:
    for src_uri, path in notebook_pages(config.theme["language"]).items():
        files.append(File.generated(config, src_uri, abs_src_path=str(path)))
    return files


def on_nav(nav, config: MkDocsConfig, files: Files):
    # mkdocs-jupyter wraps each notebook File in a NotebookFile that recomputes
    # abs_src_path from src_dir, which a generated File does not have: hand it the path.
    for file in files:
        inner = getattr(file, "file", None)
        if isinstance(inner, File) and file.abs_src_path is None:
            file.abs_src_path = inner.abs_src_path
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # "Edit this page" of an executed page opens its script under examples/.
    path = notebook_pages(config.theme["language"]).get(page.file.src_uri)
    if path and config.repo_url:
        page.edit_url = f"{config.repo_url.rstrip('/')}/edit/main/{path.relative_to(ROOT).as_posix()}"
    return markdown
