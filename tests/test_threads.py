"""The library is safe to call from threads (first-day issue, problem 4)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

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
