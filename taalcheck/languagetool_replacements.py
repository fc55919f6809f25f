"""Replacements for the LanguageTool API: exactly the safe fixes of ``taalcheck.rewrite``.

An editor that accepts every replacement must get the rewritten letter, in
the right form and with its capitals, and never an advice sentence. So the
replacements are the differences between the text and its rewrite, each
given to the finding whose fix made it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from taalcheck.core.findings import Edit, Finding


def safe_replacements(text: str, fixed: str, findings: Sequence[Finding]) -> dict[int, tuple[int, int, str]]:
    """Per finding index: the (start, end, replacement) that turns ``text`` into ``fixed`` there.

    ``fixed`` is what ``taalcheck.rewrite`` makes of the text, so an editor that
    accepts every replacement gets exactly that. Each changed region goes to the
    finding whose fix made it (else the finding it overlaps, else the nearest
    one); regions of one finding, and findings whose regions overlap, are joined.
    """
    from taalcheck.core.fixes import apply_edits, diff_edits

    owned: dict[int, list[Edit]] = {}
    for region in diff_edits(text, fixed):
        owner = _owner(region, findings)
        if owner is not None:
            owned.setdefault(owner, []).append(region)
    hulls = sorted(
        (min([findings[i].start, *(r.start for r in rs)]), max([findings[i].end, *(r.end for r in rs)]), i, rs) for i, rs in owned.items()
    )
    merged: list[list[Any]] = []
    for start, end, i, regions in hulls:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][3] = merged[-1][3] + regions
        else:
            merged.append([start, end, i, regions])
    result = {}
    for start, end, i, regions in merged:
        local = [Edit(r.start - start, r.end - start, r.replacement) for r in regions]
        result[i] = (start, end, apply_edits(text[start:end], local))
    return result


def _owner(region: Edit, findings: Sequence[Finding]) -> int | None:
    def overlap(a: int, b: int) -> int:
        if region.start == region.end:
            return 1 if a <= region.start <= b else 0
        return max(0, min(b, region.end) - max(a, region.start))

    best, best_key = None, None
    for i, f in enumerate(findings):
        by_fix = max((overlap(e.start, e.end) for e in f.edits), default=0) if f.fix is not None and f.fix.safe else 0
        key = (by_fix > 0, by_fix, overlap(f.start, f.end), -abs(f.start - region.start))
        if best_key is None or key > best_key:
            best, best_key = i, key
    return best
