"""Build both languages once per test run, and serve the result on 127.0.0.1.

The build is what ``make build`` makes, with ``site_url`` set to where the tests serve
it: Material's language switcher maps pages through sitemap.xml, whose URLs must match
the address the browser uses.
"""

from __future__ import annotations

import functools
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from harness import ROOT


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


#: A port free when the tests start (or $SITE_TEST_PORT), fixed for the whole run.
PORT = int(os.environ.get("SITE_TEST_PORT") or _free_port())
SITE_URL = f"http://127.0.0.1:{PORT}/"
#: Language to (config file, folder under the site root).
CONFIGS = {"zh": ("mkdocs.yml", ""), "en": ("mkdocs.en.yml", "en")}


def language_root(language: str) -> str:
    """The URL of a language's home page: ``SITE_URL`` or ``SITE_URL + "en/"``."""
    folder = CONFIGS[language][1]
    return SITE_URL + (f"{folder}/" if folder else "")


def mkdocs_build(config: str, site_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        SITE_URL=language_root("zh"),
        SITE_URL_EN=language_root("en"),
        NO_MKDOCS_2_WARNING="1",
    )
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-f",
        config,
        "-d",
        str(site_dir),
    ]
    return subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def build_site(root: Path) -> Path:
    for config, folder in CONFIGS.values():
        result = mkdocs_build(config, root / folder)
        if result.returncode:
            raise AssertionError(f"mkdocs build --strict -f {config} failed:\n{result.stderr}")
    return root


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve ``root`` at ``SITE_URL`` while the block runs."""
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", PORT), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield SITE_URL
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
