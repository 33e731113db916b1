"""Shared fixtures, and a check that the whole run leaves no shared memory behind."""

from __future__ import annotations

from pathlib import Path

import pytest

SHM = Path("/dev/shm")
#: Names multiprocessing gives POSIX shared memory and semaphores.
SHM_PREFIXES = ("psm_", "sem.mp-", "mp-", "wnsm_")


def _shm_entries() -> set[str]:
    if not SHM.is_dir():
        return set()
    return {p.name for p in SHM.iterdir() if p.name.startswith(SHM_PREFIXES)}


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both languages built with --strict into one folder (zh at the root, en in en/)."""
    from site_build import build_site

    return build_site(tmp_path_factory.mktemp("site"))


@pytest.fixture
def update_examples(request: pytest.FixtureRequest) -> bool:
    """True under ``--update-examples`` (``make outputs``): write records, don't compare."""
    return bool(request.config.getoption("update_examples"))


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[_shm_key] = _shm_entries()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if hasattr(session.config, "workerinput"):
        return  # xdist worker: the controller checks once, after every worker is done
    leaked = _shm_entries() - session.config.stash.get(_shm_key, set())
    if leaked:
        session.config.get_terminal_writer().line(
            f"FAILED: the examples left shared memory or semaphores in {SHM}: "
            f"{sorted(leaked)}; close() and unlink() them in the example (or, if another "
            "test run was going on at the same time, run again alone)",
            red=True,
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


_shm_key = pytest.StashKey[set[str]]()
