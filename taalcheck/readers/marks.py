"""Collect masked spans, placeholders, breaks and suppressions for one source text.

Readers for markup formats keep ``Document.text`` equal to the source and only
mark what is not prose, so offsets stay source offsets and fixes can be written
back. ``Marks`` keeps a scratch copy where masked spans are blanked, so later
patterns (placeholders, inline markup) never match inside masked markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from taalcheck.core.document import Document, Span, Suppression
from taalcheck.core.text import line_starts, position

# Mail-merge fields, recognised in every format.
MAIL_MERGE_PATTERNS: tuple[str, ...] = (
    r"«[^«»\n]{1,80}»",
    r"\$\{[^{}\n]{1,80}\}",
    r"(?<![{$])\{[^\W\d][\w.\- ]{0,60}\}(?!\})",
    r"\[[^\W\d][\w.\- ]{0,60}\](?![(\[:])",
)

_SUPPRESS = re.compile(r"taalcheck\s*:\s*negeer\b([^\n]*)", re.IGNORECASE)
_WORD = re.compile(r"[^\s,]+")
_RULE_CODE = re.compile(r"^[A-Za-z]\d{3}$")
# A reason may follow the codes after a dash: "taalcheck: negeer W101 -- citaat".
_REASON = frozenset({"-", "--", "\u2013", "\u2014"})


@lru_cache(maxsize=64)
def compile_patterns(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Compile placeholder patterns; raises ValueError with a Dutch message."""
    out = []
    for pattern in patterns:
        try:
            out.append(re.compile(pattern))
        except re.error as exc:
            raise ValueError(f"ongeldig patroon voor invulvelden {pattern!r}: {exc}") from None
    return tuple(out)


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted, with overlapping or touching spans joined."""
    out: list[list[int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def line_bounds(text: str, offset: int) -> tuple[int, int]:
    """Start and end (without the newline) of the line holding ``offset``."""
    start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
    end = offset
    while end < len(text) and text[end] not in "\r\n":
        end += 1
    return start, end


def _next_line(text: str, end: int) -> int:
    """Offset just after the line break that ends at ``end`` (or len(text))."""
    if text.startswith("\r\n", end):
        return end + 2
    if end < len(text):
        return end + 1
    return end


def parse_codes(body: str) -> frozenset[str] | None:
    """Codes from ``taalcheck: negeer W101 jargon``; None when no such comment.

    Every word counts, also one that is no rule code or category: the checker
    reports such a word (rule T101) instead of letting it hide everything.
    """
    words = code_words(body, 0, len(body))
    return None if words is None else frozenset(word for word, _, _ in words)


def code_words(text: str, start: int, end: int) -> tuple[tuple[str, int, int], ...] | None:
    """(code, start, end) for each code in a suppression comment in ``text[start:end]``.

    Codes are normalised: rule codes in capitals (W101), categories in small
    letters (jargon). Words without a letter or digit ("-->", "#}") end nothing
    and are skipped; a lone dash starts the reason, which is not read.
    """
    match = _SUPPRESS.search(text, start, end)
    if not match:
        return None
    out = []
    for word in _WORD.finditer(text, match.start(1), match.end(1)):
        raw = word.group()
        if raw in _REASON:
            break
        stripped = raw.strip(".;:!?()")
        if not any(ch.isalnum() for ch in stripped):
            continue
        offset = word.start() + raw.index(stripped)
        code = stripped.upper() if _RULE_CODE.match(stripped) else stripped.lower()
        out.append((code, offset, offset + len(stripped)))
    return tuple(out)


def suppression_for_comment(
    text: str,
    start: int,
    end: int,
    codes: frozenset[str],
    breaks: Iterable[int] = (),
    words: tuple[tuple[str, int, int], ...] = (),
) -> Suppression:
    """A trailing comment covers its own line; one alone on a line covers the next block.

    The next block ends at a blank line, or before a line that opens a new
    block (a line whose first character is one of ``breaks``).
    """
    breaks = set(breaks)
    line_start, _ = line_bounds(text, start)
    _, line_end = line_bounds(text, end)
    if text[line_start:start].strip() or text[end:line_end].strip():
        return Suppression(line_start, line_end, codes, words)
    # Next block: from the next non-blank line up to the next blank line.
    pos = _next_line(text, line_end)
    while pos < len(text):
        ls, le = line_bounds(text, pos)
        if text[ls:le].strip():
            break
        pos = _next_line(text, le)
    block_start = pos
    block_end = pos
    while pos < len(text):
        ls, le = line_bounds(text, pos)
        content = text[ls:le]
        if not content.strip():
            break
        first = ls + len(content) - len(content.lstrip())
        if block_end > block_start and first in breaks:
            break
        block_end = le
        pos = _next_line(text, le)
    return Suppression(block_start, block_end, codes, words)


class LinePositions:
    """offset -> 1-based (line, column); a class, not a lambda, so Documents can be pickled."""

    def __init__(self, starts: list[int]):
        self.starts = starts

    def __call__(self, offset: int) -> tuple[int, int]:
        return position(self.starts, offset)


class Marks:
    """What a reader found in ``text`` that is not plain prose."""

    def __init__(self, text: str):
        self.text = text
        self._scratch = list(text)
        self.masked: list[Span] = []
        self.placeholders: list[Span] = []
        self.breaks: set[int] = set()
        self.suppressions: list[Suppression] = []

    @property
    def scratch(self) -> str:
        """The text with masked spans and placeholders blanked (newlines kept)."""
        return "".join(self._scratch)

    def slice(self, start: int, end: int) -> str:
        """``scratch[start:end]`` without building the whole string (readers call this often)."""
        return "".join(self._scratch[start:end])

    def _blank(self, start: int, end: int) -> None:
        for i in range(start, end):
            if self._scratch[i] not in "\r\n":
                self._scratch[i] = " "

    def mask(self, start: int, end: int, block: bool = False) -> None:
        if end <= start:
            return
        self.masked.append((start, end))
        self._blank(start, end)
        if block:
            self.breaks.add(start)

    def placeholder(self, start: int, end: int) -> None:
        if end > start:
            self.placeholders.append((start, end))
            self._blank(start, end)

    def brk(self, offset: int) -> None:
        self.breaks.add(offset)

    def comment(self, start: int, end: int, body: str) -> None:
        """Mask a comment and record a suppression if it holds one.

        Call after the breaks of the surrounding blocks are known.
        """
        self.mask(start, end)
        words = code_words(self.text, start, end)
        if words is not None:
            codes = frozenset(word for word, _, _ in words)
            self.suppressions.append(suppression_for_comment(self.text, start, end, codes, self.breaks, words))

    def find_placeholders(self, patterns: Sequence[str] = ()) -> None:
        """Mark mail-merge fields and configured patterns in the unmasked text."""
        scratch = self.scratch
        found: list[Span] = []
        for regex in compile_patterns(MAIL_MERGE_PATTERNS + tuple(patterns)):
            for match in regex.finditer(scratch):
                if match.end() > match.start():
                    found.append((match.start(), match.end()))
        taken: list[Span] = []
        for start, end in sorted(found, key=lambda s: (s[0], -s[1])):
            if taken and start < taken[-1][1]:
                continue
            if "\n" in scratch[start:end] or not scratch[start:end].strip():
                continue
            taken.append((start, end))
        for start, end in taken:
            self.placeholder(start, end)

    def document(self, path: str, patterns: Sequence[str] = (), **kw) -> Document:
        """Finish: placeholders, then a Document with clean, sorted spans."""
        self.find_placeholders(patterns)
        masked = merge_spans(self.masked)
        placeholders = sorted(set(p for p in self.placeholders if not _overlaps(p, masked)))
        return Document(
            text=self.text,
            path=path,
            placeholders=placeholders,
            masked=masked,
            breaks=sorted(b for b in self.breaks if 0 <= b <= len(self.text)),
            suppressions=list(self.suppressions),
            position=LinePositions(line_starts(self.text)),
            **kw,
        )


def _overlaps(span: Span, spans: list[Span]) -> bool:
    from bisect import bisect_right

    i = bisect_right(spans, (span[0], float("inf"))) - 1
    for s, e in spans[max(i, 0) : i + 2]:
        if s < span[1] and span[0] < e:
            return True
    return False
