"""The library is safe to call from threads (first-day issue, problem 4)."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import taalcheck

LETTERS = sorted((Path(__file__).resolve().parents[1] / "corpus" / "brieven").glob("*.txt"))[:12]


def _findings(text: str) -> list[tuple]:
    # cache=False: every call runs the model, so threads really meet in spaCy
    return [(f.rule, f.start, f.end, f.message) for f in taalcheck.check(text, cache=False).findings]


def test_four_threads_give_the_same_findings_as_one():
    texts = [path.read_text(encoding="utf-8") for path in LETTERS]
    with ThreadPoolExecutor(4) as pool:
        threaded = list(pool.map(_findings, texts * 2))
    single = [_findings(text) for text in texts]
    assert threaded == single * 2


@pytest.mark.slow
def test_check_many_with_processes_works_in_a_plain_script_without_main_guard(tmp_path):
    """The README's n_process=2 snippet, pasted into a script as is (first-day issue, problem 12)."""
    script = tmp_path / "script.py"
    script.write_text(
        "import taalcheck\n"
        "brieven = ['Indien u vragen heeft, kunt u bellen.', 'Wij verzoeken u middels dit formulier te betalen.'] * 20\n"
        "reports = list(taalcheck.check_many(brieven, n_process=2, batch_size=8))\n"
        "print(len(reports), sum(len(r.findings) for r in reports))\n",
        encoding="utf-8",
    )
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    expected = (
        sum(
            len(taalcheck.check(t).findings)
            for t in ["Indien u vragen heeft, kunt u bellen.", "Wij verzoeken u middels dit formulier te betalen."]
        )
        * 20
    )
    assert done.stdout.split() == ["40", str(expected)]
