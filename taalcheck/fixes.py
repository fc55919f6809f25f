"""Apply the edits of findings to a text, deterministically.

Edits of one finding go together or not at all. When two findings' edits
overlap, the one that starts first (then: the safe one, then: the lower rule
code) wins and the other waits for a next pass. Applying the fixes to the
fixed text again changes nothing more, because fixed words are no longer
findings.
"""

from __future__ import annotations

import difflib
from typing import Iterable, Sequence

from taalcheck.findings import Edit, Finding


def select_edits(findings: Iterable[Finding], safe_only: bool = True) -> list[Edit]:
    """The edits to apply in one pass: no overlaps, in text order."""
    candidates = []
    for finding in findings:
        edits = finding.edits
        if not edits or (safe_only and not all(e.safe for e in edits)):
            continue
        candidates.append((min(e.start for e in edits), not all(e.safe for e in edits), finding.rule, edits))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    chosen: list[Edit] = []
    taken: list[tuple[int, int]] = []
    for _, _, _, edits in candidates:
        spans = [(e.start, e.end) for e in edits]
        if any(_overlaps(s, t) for s in spans for t in taken):
            continue
        taken.extend(spans)
        chosen.extend(edits)
    chosen.sort(key=lambda e: (e.start, e.end))
    return chosen


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a[0] == a[1] or b[0] == b[1]:  # insertions: clash only at the same point inside
        return b[0] < a[0] < b[1] or a[0] < b[0] < a[1] or a == b
    return a[0] < b[1] and b[0] < a[1]


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    parts = []
    cursor = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < cursor:
            continue
        parts.append(text[cursor : edit.start])
        parts.append(edit.replacement)
        cursor = edit.end
    parts.append(text[cursor:])
    return "".join(parts)


def apply_findings(text: str, findings: Iterable[Finding], safe_only: bool = True) -> str:
    return apply_edits(text, select_edits(findings, safe_only))


def unified_diff(before: str, after: str, path: str = "brief") -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True), fromfile=f"{path} (oud)", tofile=f"{path} (nieuw)"
        )
    )
