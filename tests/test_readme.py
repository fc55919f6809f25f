"""The README starts with the two commands, and CI runs the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def commands() -> list[str]:
    readme = REPO / "README.md"
    if not readme.exists():
        pytest.skip("README.md ontbreekt (test draait niet vanuit de repository)")
    return re.findall(r"```sh\n(.+?)\n```", readme.read_text(encoding="utf-8"))


def test_readme_starts_with_install_and_test_commands():
    first, second = commands()[:2]
    assert "pip install ." in first and "taalcheck check corpus" in first
    assert 'pip install ".[dev]"' in second and second.rstrip().endswith("pytest")


def test_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert commands()[1] in ci
