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


def taalcheck_command() -> list[str]:
    """The installed console script (next to this Python), else `python -m taalcheck`."""
    script = Path(sys.executable).parent / "taalcheck"
    if script.exists():
        return [str(script)]
    found = shutil.which("taalcheck")
    return [found] if found else [sys.executable, "-m", "taalcheck"]


@pytest.fixture
def run_cli(tmp_path):
    import subprocess

    def run(*args: str, input: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
        env = dict(os.environ, NO_COLOR="1")
        return subprocess.run(
            [*taalcheck_command(), *args], input=input, capture_output=True, cwd=cwd or tmp_path, env=env, timeout=300
        )

    return run
