"""Texts as the LanguageTool API sees them: UTF-16 offsets and annotated text (text plus markup)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

# -- UTF-16 offsets --------------------------------------------------------------


class Utf16Map:
    """Converts offsets in ``text`` between Python code points and UTF-16 code units."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Code point indexes of characters outside the BMP (two UTF-16 units each).
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # Their UTF-16 offsets, for the way back.
        self._astral16 = [i + n for n, i in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} ligt buiten de tekst")
        return offset + bisect_left(self._astral, offset)

    def from_utf16(self, offset: int) -> int:
        """The code point offset; an offset inside a surrogate pair is refused."""
        before = bisect_left(self._astral16, offset)
        if before and self._astral16[before - 1] + 1 == offset:
            raise ValueError(f"UTF-16 offset {offset} valt midden in een teken")
        result = offset - before
        if not 0 <= result <= len(self.text):
            raise ValueError(f"UTF-16 offset {offset} ligt buiten de tekst")
        return result


def utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


# -- annotated text (the ``data`` parameter) ---------------------------------------


@dataclass
class AnnotatedText:
    """``original`` is what the client's offsets count (text and markup);
    ``plain`` is what gets checked (text, plus ``interpretAs`` for markup)."""

    original: str
    plain: str
    # For each plain offset p: where a match starting (ending) at p lies in original.
    _starts: list[int] | None = field(default=None, repr=False)
    _ends: list[int] | None = field(default=None, repr=False)

    @classmethod
    def from_text(cls, text: str) -> AnnotatedText:
        return cls(text, text)

    @classmethod
    def from_parts(cls, parts: Iterable[tuple[str, str, str | None]]) -> AnnotatedText:
        """``parts``: (kind, value, interpretAs) with kind "text" or "markup"."""
        original: list[str] = []
        plain: list[str] = []
        starts: list[int] = []
        ends: list[int] = [0]
        pos = 0
        for kind, value, interpret in parts:
            if kind == "text":
                starts.extend(range(pos, pos + len(value)))
                ends.extend(range(pos + 1, pos + len(value) + 1))
                plain.append(value)
            elif interpret:
                # Inside the stand-in text a match starts at the markup and ends after it.
                starts.extend([pos] * len(interpret))
                ends.extend([pos + len(value)] * len(interpret))
                plain.append(interpret)
            original.append(value)
            pos += len(value)
        starts.append(pos)
        return cls("".join(original), "".join(plain), starts, ends)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a plain span ``[start, end)`` to a span of ``original``."""
        if self._starts is None or self._ends is None:
            return start, end
        o_start = self._starts[start]
        o_end = self._ends[end] if end > start else o_start
        return o_start, max(o_start, o_end)
