"""What a reader hands to the checker: text plus what must not be touched.

Readers (txt, md, html, docx, templates) know nothing of rules; the checker
knows nothing of file formats. This is the contract between them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass(frozen=True)
class Suppression:
    """``taalcheck: negeer [CODES]`` covering ``[start, end)``; no codes means all."""

    start: int
    end: int
    codes: frozenset[str] = frozenset()
    # Each code as written in the comment, with its offsets in the text, so a
    # code that does not exist can be pointed at (rule T101).
    words: tuple[tuple[str, int, int], ...] = ()

    def covers(self, start: int, end: int, code: str, category: str) -> bool:
        if start < self.start or end > self.end:
            return False
        return not self.codes or code in self.codes or category in self.codes


@dataclass
class Document:
    """A text to check.

    ``text`` is what findings point into (``text[start:end] == finding.text``).
    ``placeholders`` are opaque template fields: each counts as one word and is
    never flagged or edited. ``masked`` spans are not prose (markup, code,
    template tags): never checked or edited; a masked span acts as a break
    between sentences when it contains a line break or is block markup.
    ``position`` maps an offset to a 1-based (line, column) in the source file;
    ``locate`` gives a human location for formats without lines ("alinea 3").
    ``writable`` says whether fixes may be written back into the source file.
    """

    text: str
    path: str | None = None
    placeholders: list[Span] = field(default_factory=list)
    masked: list[Span] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)
    suppressions: list[Suppression] = field(default_factory=list)
    position: Callable[[int], tuple[int, int]] | None = None
    locate: Callable[[int], str | None] | None = None
    notes: list[str] = field(default_factory=list)
    writable: bool = True
    encoding: str = "utf-8"
    newline: str | None = None
