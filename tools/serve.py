"""Preview both languages at http://127.0.0.1:8000/ (zh) and /en/, with live reload.

``mkdocs serve`` serves one config; this serves the two builds together, the way the
site is deployed, so the language switcher works. It rebuilds both when a page, an
example, a config or a tool changes, and the open page reloads. Run it with
``make serve``; stop it with Ctrl-C.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer

ROOT = Path(__file__).resolve().parent.parent
HOST, PORT = "127.0.0.1", 8000
#: Config file to the folder under the site root that it builds to.
BUILDS = {"mkdocs.yml": "", "mkdocs.en.yml": "en"}
WATCHED = ["docs", "examples", "tools", *BUILDS]

log = logging.getLogger("mkdocs.serve")


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    site_dir = Path(tempfile.mkdtemp(prefix="python-multitasking-"))
    serve_url = f"http://{HOST}:{PORT}/"

    def builder() -> None:
        for config_file, subdir in BUILDS.items():
            log.info("Building %s", config_file)
            config = load_config(
                config_file=str(ROOT / config_file),
                site_dir=str(site_dir / subdir),
                site_url=serve_url + (f"{subdir}/" if subdir else ""),
                strict=False,  # show warnings while editing; `make test` is strict
            )
            config.plugins.on_startup(command="serve", dirty=False)
            try:
                build(config, serve_url=serve_url)
            finally:
                config.plugins.on_shutdown()

    server = LiveReloadServer(builder=builder, host=HOST, port=PORT, root=str(site_dir))

    def error_page(code: int) -> bytes | None:
        page = site_dir / f"{code}.html"
        return page.read_bytes() if code in (404, 500) and page.is_file() else None

    server.error_handler = error_page
    try:
        builder()
        for path in WATCHED:
            server.watch(str(ROOT / path))
        server.serve()
    except KeyboardInterrupt:
        log.info("Shutting down...")
    finally:
        server.shutdown()
        shutil.rmtree(site_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
