"""The project's own habits: ruff and mypy pass with the settings in pyproject.toml."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    """The tool next to this Python (the venv), else on PATH; under CI it must be there."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is niet geïnstalleerd (pip install -e '.[dev]').")
        pytest.skip(f"{name} is niet geïnstalleerd")
    return found


def _ruff_findings() -> list[dict]:
    result = subprocess.run(
        [_tool("ruff"), "check", "--no-cache", "--output-format", "json", "--exit-zero", "."],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def _show(findings: list[dict]) -> str:
    return "\n".join(f"{f['filename']}:{f['location']['row']}: {f['code']} {f['message']}" for f in findings[:40])


def test_ruff_finds_nothing_a_person_must_fix():
    """Bugs, dead code, complexity: every finding without a safe automatic fix is solved by hand."""
    manual = [f for f in _ruff_findings() if not (f.get("fix") and f["fix"].get("applicability") == "safe")]
    assert manual == [], _show(manual)


def test_ruff_passes():
    findings = _ruff_findings()
    assert findings == [], _show(findings)


def test_ruff_format_leaves_the_code_as_it_is():
    result = subprocess.run([_tool("ruff"), "format", "--no-cache", "--check", "."], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:]


def test_noqa_comments_are_few_and_give_a_reason():
    found = []
    for folder in ("taalcheck", "tests", "benchmarks", "corpus", "training"):
        for path in (REPO / folder).rglob("*.py"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if "# noqa" in line and path.name != "test_quality.py":
                    found.append((f"{path.relative_to(REPO)}:{number}", line.split("# noqa", 1)[1]))
    assert len(found) <= 10, found
    assert all(" - " in rest for _, rest in found), [where for where, rest in found if " - " not in rest]


@pytest.mark.slow
def test_mypy_passes_on_core_lexicon_and_engine(tmp_path):
    result = subprocess.run([_tool("mypy"), "--cache-dir", str(tmp_path)], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]
