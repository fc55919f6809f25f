"""A cache key that ignores the per-letter numbers of generated letters.

Letter factories fill the same template with a new amount, date, reference
number, postcode and house number for every citizen, so those sentences are
new to the sentence cache in every letter. Here every digit of a segment
becomes ``0`` in the cache key and in the model's input: the text keeps its
length, so offsets need no mapping, and letters that differ only in their
numbers share one analysis.

A result is only shared when it cannot carry the numbers: when a finding, a
fix or an abbreviation touches a digit, a suggestion or fix text holds one,
or the sentence is too long (where to split it follows the parse), the
segment is analysed as written instead (and remembered as such).

Off by default (``Checker(normalise=True)`` switches it on), because a shared
result is not always the analysis of the real text: the model sees other
numbers than the letter has, and a number can change the parse of the words
around it (and so whether a fix passes its check); some rules read the digits
themselves (after 'tel.' a number starting with 0 is a phone number). The
guard above only sees findings the shared result has, not those the real
digits would add. Measured: on 2,000 generated letters (benchmarks/letters.py)
the reports are identical to the uncached run; on the 84 example letters with
numbers, each also checked twice with random other numbers, 5 of 252 reports
differ (benchmarks/cache_normalise_varied.py; tests/test_cache_identity.py
keeps two such cases). So it is for letter factories that accept that, not
the reference behaviour.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

# cache="getallen": the sentence cache also shares sentences that differ only in their numbers (engine.normalise)
CACHE_NUMBERS = "getallen"


def check_cache_option(cache: object) -> None:
    """ValueError in Dutch unless ``cache`` is True, False or "getallen"."""
    if cache not in (True, False, CACHE_NUMBERS):
        raise ValueError(f"cache={cache!r} kan niet. Kies True, False of {CACHE_NUMBERS!r}.")


_DIGIT = re.compile(r"[0-9]")
# A number of its own: not after a letter or "letter-" (NT2, COVID-19 stay), not before a capital or
# two letters (3D, 12de stay); one lower-case letter may follow (house number 12b).
_NUMBER = re.compile(r"(?<![^\W\d_])(?<![^\W\d_]-)(?<![0-9])[0-9]+(?![0-9]|[A-Z]|[^\W\d_]{2})")
# An initial before a name ("J. Jansen"). Not the letters of a postcode ("1234 ZW"): those can
# be an abbreviation (ZW, Ziektewet), and a finding the placeholder lacks cannot be noticed.
_INITIAL = re.compile(r"(?<![\w.])[A-Z](?=\. ?[A-Z][a-z])")
NORMALISED = "normalised"  # marks a normalised cache key
MAX_VOLATILE = 100_000


def normalise(text: str) -> str:
    """Numbers become 0s and an initial before a name A; the length stays the same."""
    return _INITIAL.sub("A", _NUMBER.sub(lambda m: "0" * len(m.group()), text))


def normalised_key(key: tuple) -> tuple:
    """``(text, kind, blocked)`` normalised, or ``key`` itself when nothing changes."""
    text = normalise(key[0])
    if text == key[0]:
        return key
    return (text, key[1], key[2], NORMALISED)


def _volatile_positions(text: str) -> list[int]:
    """Where a normalised text may differ from the letters it stands for (sorted)."""
    spots = {m.start() for m in _DIGIT.finditer(text)}
    for m in _INITIAL.finditer(text):
        spots.update(range(m.start(), m.end()))
    return sorted(spots)


def is_normalised(key: tuple) -> bool:
    return len(key) == 4 and key[3] == NORMALISED


def _touches(digits: list[int], start: int, end: int) -> bool:
    i = bisect_left(digits, start)
    return i < len(digits) and digits[i] < end


def carries_numbers(key: tuple, result: Any) -> bool:
    """True when ``result`` (for a normalised key) could differ from the analysis of the real digits."""
    digits = _volatile_positions(key[0])
    for finding in result.findings:
        if finding.category == "lange-zin":  # where to split follows the parse, and the parse the numbers
            return True
        edits = list(finding.fix.edits) if finding.fix is not None else []
        reason = finding.fix.reason if finding.fix is not None else None  # a verification quotes the sentence
        texts = [*finding.suggestions, *(edit.replacement for edit in edits), finding.message, reason or ""]
        if _touches(digits, finding.start, finding.end):
            return True
        if any(_DIGIT.search(text) for text in texts) or _names_normalised(key[0], texts):
            return True
        if any(_touches(digits, edit.start, max(edit.end, edit.start + 1)) for edit in edits):
            return True
    return any(_touches(digits, start, end) for start, end in _note_spans(result.notes))


def _note_spans(notes: Any) -> Any:
    """Where the document-level notes of a segment point: an abbreviation's use, a deferred finding."""
    for _code, items in notes:
        for item in items:
            if hasattr(item, "start") and hasattr(item, "end"):
                yield item.start, item.end
            for _index, finding in getattr(item, "options", ()):
                yield finding.start, finding.end


def _names_normalised(text: str, texts: list[str]) -> bool:
    """A suggestion or message that repeats a normalised postcode or initial."""
    parts = [m.group() + "." for m in _INITIAL.finditer(text)]
    return bool(parts) and any(re.search(r"\b" + re.escape(part) + r"\b", candidate) for part in parts for candidate in texts)


class Volatile:
    """Normalised keys whose results carried numbers: those segments are analysed as written."""

    def __init__(self) -> None:
        self.keys: set[tuple] = set()

    def add(self, key: tuple) -> None:
        if len(self.keys) >= MAX_VOLATILE:
            self.keys.clear()
        self.keys.add(key)

    def __contains__(self, key: tuple) -> bool:
        return key in self.keys
