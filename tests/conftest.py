"""Shared test helpers. Tests import the installed taalcheck, not the checkout."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = REPO / "corpus"


def _hypothesis_outside_the_checkout() -> None:
    """Hypothesis keeps examples and caches in ./.hypothesis by default; tests write only to temporary folders."""
    import tempfile

    from hypothesis.configuration import set_hypothesis_home_dir

    set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "taalcheck-hypothesis")


_hypothesis_outside_the_checkout()


def _tables_in_a_temporary_folder() -> None:
    """The fast-loading dictionary tables (lexicon/tables.py) go to a temporary folder, not the user's cache;
    a test that names its own folder still wins. Child processes (the CLI, serve) inherit it."""
    import tempfile

    os.environ.setdefault("TAALCHECK_TABLES", str(Path(tempfile.gettempdir()) / "taalcheck-tabellen"))


_tables_in_a_temporary_folder()


def taalcheck_command() -> list[str]:
    """The installed console script (next to this Python), else `python -m taalcheck`."""
    script = Path(sys.executable).parent / "taalcheck"
    if script.exists():
        return [str(script)]
    found = shutil.which("taalcheck")
    return [found] if found else [sys.executable, "-m", "taalcheck"]


@pytest.fixture
def run_cli_process(tmp_path):
    """The installed command in a new process (slow: each loads the model). For tests of the process itself."""
    import subprocess

    def run(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
        env = dict(os.environ, NO_COLOR="1")
        return subprocess.run([*taalcheck_command(), *args], input=input, capture_output=True, cwd=cwd or tmp_path, env=env, timeout=300)

    return run


@pytest.fixture
def run_cli(tmp_path, monkeypatch):
    """The command line in this process (one loaded model for all tests), answering like ``subprocess.run``.

    Exit code, standard output and standard error come back as ``returncode``,
    ``stdout`` and ``stderr`` (bytes). Tests of the process itself (start-up,
    the console script, pipes) use ``run_cli_process`` and are marked slow.
    """
    import subprocess

    from click.testing import CliRunner

    from taalcheck.cli import main

    def run(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
        monkeypatch.chdir(cwd or tmp_path)
        result = CliRunner(env={"NO_COLOR": "1"}).invoke(main, list(args), input=input, catch_exceptions=False)
        return subprocess.CompletedProcess(["taalcheck", *args], result.exit_code, result.stdout_bytes, result.stderr_bytes)

    return run


@pytest.fixture(scope="session")
def letter_files():
    """A letter as a PDF or a phone photo, drawn in the test (tests/letter_files.py)."""
    from letter_files import LetterFiles

    return LetterFiles()
