"""Output of the shipped checker on every corpus letter, compared with a committed snapshot.

Commits that only move code must leave this snapshot unchanged. After a
deliberate change in behaviour, rewrite it with::

    TAALCHECK_SNAPSHOT_UPDATE=1 python -m pytest tests/test_snapshot.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import taalcheck

pytestmark = pytest.mark.slow  # checks the whole corpora (brieven and toets)

REPO = Path(__file__).resolve().parents[1]
SNAPSHOT = REPO / "tests" / "snapshots" / "corpus.json"
FOLDERS = (REPO / "corpus" / "brieven", REPO / "corpus" / "toets" / "brieven")


def letters() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in folder.glob("*.txt"))


def edit_data(edit: taalcheck.Edit, safe: bool) -> list:
    return [edit.start, edit.end, edit.replacement, safe]


def finding_data(f: taalcheck.Finding) -> dict:
    return {
        "rule": f.rule,
        "category": f.category,
        "start": f.start,
        "end": f.end,
        "text": f.text,
        "message": f.message,
        "suggestions": list(f.suggestions),
        "fix": edit_data(f.edits[0], f.fix.safe) if f.fix is not None else None,
        "extra": [edit_data(e, f.fix.safe) for e in f.edits[1:]] if f.fix is not None else [],
    }


def letter_data(text: str) -> dict:
    report = taalcheck.check(text)
    return {
        "findings": [finding_data(f) for f in report.findings],
        "fixed_text": report.fixed_text(safe_only=True),
        "rewrite": taalcheck.rewrite(text, safe_only=True),
    }


def current() -> dict:
    return {p.relative_to(REPO).as_posix(): letter_data(p.read_text(encoding="utf-8")) for p in letters()}


def test_corpus_has_letters():
    assert len(letters()) >= 50


def test_output_matches_snapshot():
    data = current()
    if os.environ.get("TAALCHECK_SNAPSHOT_UPDATE") == "1":
        SNAPSHOT.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        pytest.skip("snapshot rewritten")
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert sorted(data) == sorted(expected), "the set of corpus letters changed"
    changed = [name for name in expected if data[name] != expected[name]]
    for name in changed[:3]:
        for key in ("findings", "fixed_text", "rewrite"):
            if data[name][key] != expected[name][key]:
                old, new = expected[name][key], data[name][key]
                if key == "findings":
                    old = [x for x in old if x not in new]
                    new = [x for x in data[name][key] if x not in expected[name][key]]
                print(f"{name} {key}:\n  snapshot: {str(old)[:600]}\n  now:      {str(new)[:600]}")
    assert not changed, f"{len(changed)} letters differ from the snapshot: {changed[:10]}"
