"""Apply the edits of findings to a text, deterministically.

Edits of one finding go together or not at all. An edit that is out of
range, or that touches a protected span (a template placeholder, markup, a
Word field), drops its whole finding's fix: those spans are sacred. When two
findings' edits overlap, the one that starts first (then: the safe one, then:
the lower rule code, then: the shorter one) wins and the other waits for a
next pass. Applying the fixes to the fixed text again changes nothing more,
because fixed words are no longer findings.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace

from taalcheck.core.findings import Edit, Finding
from taalcheck.core.spans import Span, clash, overlaps

# A new finding this close to a fix (in characters) is blamed on it: about one sentence.
NEAR = 200


def touches(edit: Edit, span: Span) -> bool:
    """Does ``edit`` change anything inside ``span`` (or insert strictly inside it)?"""
    start, end = span
    if edit.start == edit.end:
        return start < edit.start < end
    return overlaps((edit.start, edit.end), span)


def usable(finding: Finding, text_length: int, protected: Sequence[Span] = ()) -> bool:
    """A fix may be applied: every edit in range, clear of protected spans and of its other edits."""
    edits = finding.edits
    if not edits:
        return False
    for edit in edits:
        if not 0 <= edit.start <= edit.end <= text_length:
            return False
        if any(touches(edit, span) for span in protected):
            return False
    spans = [(e.start, e.end) for e in edits]
    if any(clash(a, b) for i, a in enumerate(spans) for b in spans[i + 1 :]):
        return False  # a fix that contradicts itself
    return True


def drop_protected(findings: Iterable[Finding], text_length: int, protected: Sequence[Span]) -> list[Finding]:
    """The findings with the fix removed where it would touch a protected span.

    For the checker: the finding stays (the reader still learns about it),
    only the automatic change goes.
    """
    out = []
    for finding in findings:
        if finding.fix is not None and not usable(finding, text_length, protected):
            finding = replace(finding, fix=None)
        out.append(finding)
    return out


def select_edits(
    findings: Iterable[Finding], safe_only: bool = True, protected: Sequence[Span] = (), text_length: int | None = None
) -> list[Edit]:
    """The edits to apply in one pass: no overlaps, in text order."""
    chosen = [edit for _, edits in select_fixes(findings, safe_only, protected, text_length) for edit in edits]
    chosen.sort(key=lambda e: (e.start, e.end))
    return chosen


def select_fixes(
    findings: Iterable[Finding], safe_only: bool = True, protected: Sequence[Span] = (), text_length: int | None = None
) -> list[tuple[Finding, tuple[Edit, ...]]]:
    """(finding, its edits) chosen for one pass, in text order of their first edit."""
    candidates = []
    for finding in findings:
        fix = finding.fix
        if fix is None or (safe_only and not fix.safe):
            continue
        edits = fix.edits
        limit = text_length if text_length is not None else max(e.end for e in edits)
        if not usable(finding, limit, protected):
            continue
        unsafe = not fix.safe
        size = sum(e.end - e.start for e in edits)
        candidates.append((min(e.start for e in edits), unsafe, finding.rule, size, edits, finding))
    candidates.sort(key=lambda c: (c[0], c[1], c[2], c[3], tuple((e.start, e.end, e.replacement) for e in c[4])))
    chosen: list[tuple[Finding, tuple[Edit, ...]]] = []
    taken: list[Span] = []
    for *_, edits, finding in candidates:
        spans = [(e.start, e.end) for e in edits]
        if any(clash(s, t) for s in spans for t in taken):
            continue
        taken.extend(spans)
        chosen.append((finding, edits))
    return chosen


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply non-overlapping edits; an edit overlapping an earlier one is skipped."""
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


def apply_findings(text: str, findings: Iterable[Finding], safe_only: bool = True, protected: Sequence[Span] = ()) -> str:
    """``text`` with one pass of fixes applied; ``protected`` spans are never changed."""
    return apply_edits(text, select_edits(findings, safe_only, protected, len(text)))


def changed_spans(text: str, findings: Iterable[Finding], safe_only: bool = True, protected: Sequence[Span] = ()) -> list[Span]:
    """Where a pass of fixes changes ``text`` (spans in the original text)."""
    return [(e.start, e.end) for e in select_edits(findings, safe_only, protected, len(text))]


def unified_diff(before: str, after: str, path: str = "brief") -> str:
    """A unified diff; a last line without line end gets one, so diffs concatenate."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), fromfile=f"{path} (oud)", tofile=f"{path} (nieuw)"
    )
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ Geen regeleinde aan het eind van het bestand\n" for line in lines)


_TOKENS = re.compile(r"\w+|\s+|[^\w\s]")


def diff_edits(before: str, after: str) -> list[Edit]:
    """The word-level edits that turn ``before`` into ``after``, in text order.

    For clients that only apply replacements (an editor's "accept"): applied
    together they give ``after`` exactly.
    """
    a_tokens, b_tokens = _TOKENS.findall(before), _TOKENS.findall(after)
    a_starts = [0]
    for token in a_tokens:
        a_starts.append(a_starts[-1] + len(token))
    matcher = difflib.SequenceMatcher(None, a_tokens, b_tokens, autojunk=False)
    return [Edit(a_starts[i1], a_starts[i2], "".join(b_tokens[j1:j2])) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def map_offset(edits: Sequence[Edit], offset: int, end: bool = False) -> int:
    """Where ``offset`` of the old text lands after ``edits`` (sorted, non-overlapping).

    An offset inside a replaced span maps to the end of its replacement. Text
    inserted exactly at ``offset`` comes before it, unless ``offset`` is the
    end of a span (``end=True``).
    """
    delta = 0
    for edit in edits:
        if edit.end <= offset and not (end and edit.start == edit.end == offset):
            delta += len(edit.replacement) - (edit.end - edit.start)
        elif edit.start < offset:
            return edit.start + delta + len(edit.replacement)
        else:
            break
    return offset + delta


def replaced_regions(edits: Sequence[Edit]) -> list[Span]:
    """Where each edit's replacement stands in the new text."""
    regions = []
    delta = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        start = edit.start + delta
        regions.append((start, start + len(edit.replacement)))
        delta += len(edit.replacement) - (edit.end - edit.start)
    return regions


def _fix_key(finding: Finding, text: str) -> tuple:
    """Names a fix across passes: offsets move, so the words around it name it.

    Without the context one rejected 'ter zitting' would block every other
    'ter zitting' in the letter.
    """
    around = (text[max(0, finding.start - 24) : finding.start], text[finding.end : finding.end + 24])
    return (finding.rule, finding.text, tuple(e.replacement for e in finding.edits), around)


def introduced(
    before: Sequence[Finding],
    chosen: Sequence[tuple[Finding, tuple[Edit, ...]]],
    after: Sequence[Finding],
    whole_segment: Collection[str] = (),
) -> list[Finding]:
    """The chosen findings whose fix brought a new finding into the text.

    Old findings that were not fixed are moved through the edits and paired
    one to one with the new findings of their category (same span first,
    then overlapping). A new finding without a partner that touches a
    replacement is new: 'd.d.' written out as 'de dato' is jargon again.
    ``whole_segment``: codes of rules that flag whole sentences; a part of a
    split sentence that is still flagged is no new problem.
    """
    all_edits = sorted((e for _, edits in chosen for e in edits), key=lambda e: (e.start, e.end))
    regions = dict(zip(((e.start, e.end, e.replacement) for e in all_edits), replaced_regions(all_edits), strict=True))
    # a split long sentence may leave a part that is still long: that is no new problem
    fixed = {id(finding) for finding, _ in chosen if finding.rule not in whole_segment}
    moved = [
        (old.category, _map_start(all_edits, regions, old.start), map_offset(all_edits, old.end, end=True))
        for old in before
        if id(old) not in fixed
    ]
    unmatched = _unpaired(moved, after)
    # a fixed finding that is still there (a word explained in brackets stays flagged) is not new
    kept = [
        (old.category, old.text.lower(), map_offset(all_edits, old.start), map_offset(all_edits, old.end, end=True))
        for old in before
        if id(old) in fixed
    ]
    unmatched = [
        new
        for new in unmatched
        if not any(cat == new.category and text == new.text.lower() and (s, e) == (new.start, new.end) for cat, text, s, e in kept)
    ]
    unmatched = _moved_words(before, fixed, all_edits, regions, unmatched)
    bad: list[Finding] = []
    for new in unmatched:
        # blame the fix that touches the new finding, else the nearest one in the same stretch of
        # text; among equally near fixes the one that made the text longest ('van plan' for
        # 'voornemens' makes a sentence long, 'Daarom' for 'Derhalve' does not)
        best, best_key = None, (NEAR, 0, 0)
        for finding, edits in chosen:
            words = sum(len(e.replacement.split()) for e in edits) - len(finding.text.split())
            growth = (words, sum(len(e.replacement) - (e.end - e.start) for e in edits))
            for edit in edits:
                start, end = regions[(edit.start, edit.end, edit.replacement)]
                low, high = (start - 1, end + 1) if start == end else (start, end)
                distance = 0 if new.start < high and low < new.end else min(abs(new.start - high), abs(low - new.end))
                key = (distance, -growth[0], -growth[1])
                if key < best_key:
                    best, best_key = finding, key
        if best is not None and all(b is not best for b in bad):
            bad.append(best)
    return bad


def _moved_words(
    before: Sequence[Finding], fixed: set[int], edits: Sequence[Edit], regions: dict, unmatched: list[Finding]
) -> list[Finding]:
    """The new findings left after those on a word a fix only moved.

    'Indien u ... wenst, kunt u' -> 'Wenst u ...? Dan kunt u': the flagged
    'wenst' stood inside an edit and stands again in a replacement; it is
    the same problem, not a new one.
    """
    inside = Counter(
        (old.category, old.text.lower())
        for old in before
        if id(old) not in fixed and any(e.start <= old.start and old.end <= e.end and e.start < e.end for e in edits)
    )
    out = []
    for new in unmatched:
        key = (new.category, new.text.lower())
        if inside[key] > 0 and any(start <= new.start and new.end <= end for start, end in regions.values()):
            inside[key] -= 1
        else:
            out.append(new)
    return out


def _map_start(edits: Sequence[Edit], regions: dict, offset: int) -> int:
    """Like ``map_offset``, but an offset inside a replaced span maps to the start of its replacement.

    'zitting' (misleidend) inside 'ter zitting' (jargon, fixed to 'op de zitting') is
    the same finding as 'zitting' in the new words: its span must overlap them.
    """
    for edit in edits:
        if edit.start < offset < edit.end:
            return regions[(edit.start, edit.end, edit.replacement)][0]
    return map_offset(edits, offset)


def _unpaired(moved: Sequence[tuple[str, int, int]], after: Sequence[Finding]) -> list[Finding]:
    """The new findings that no old finding of the same category accounts for."""
    free = list(moved)
    left: list[Finding] = []
    for exact in (True, False):
        still = []
        for new in after if exact else left:
            match = next(
                (
                    old
                    for old in free
                    if old[0] == new.category
                    and ((old[1], old[2]) == (new.start, new.end) if exact else old[1] < new.end and new.start < old[2])
                ),
                None,
            )
            if match is None:
                still.append(new)
            else:
                free.remove(match)
        left = still
    return left


def fix_until_stable(
    text: str,
    findings: Sequence[Finding],
    recheck: Callable[[str, str, Sequence[Edit]], Sequence[Finding]],
    safe_only: bool = True,
    protected: Sequence[Span] = (),
    passes: int = 4,
    whole_segment: Collection[str] = (),
    applied: list | None = None,
) -> tuple[str, list[Finding]]:
    """Apply fixes pass by pass; a fix that brings in a new finding is left out.

    ``recheck(old_text, new_text, applied_edits)`` checks the new text (the
    caller shifts its placeholders with ``map_offset``). Returns the final text and
    its findings. ``applied`` (a list) receives (text before the pass, finding)
    for every fix that stays (for an audit).
    """
    rejected: set[tuple] = set()
    for _ in range(passes * 4):
        candidates = [f for f in findings if _fix_key(f, text) not in rejected]
        chosen = select_fixes(candidates, safe_only, protected, len(text))
        if not chosen or passes <= 0:
            break
        edits = sorted((e for _, es in chosen for e in es), key=lambda e: (e.start, e.end))
        new_text = apply_edits(text, edits)
        if new_text == text:
            break
        after = list(recheck(text, new_text, edits))
        bad = introduced(findings, chosen, after, whole_segment)
        if bad:
            rejected.update(_fix_key(f, text) for f in bad)
            continue
        if applied is not None:
            applied.extend((text, finding) for finding, _ in chosen)
        text, findings, passes = new_text, after, passes - 1
        protected = [(map_offset(edits, s), map_offset(edits, e, end=True)) for s, e in protected]
    return text, list(findings)
