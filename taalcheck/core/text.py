"""Text helpers: line positions and letter case."""

from __future__ import annotations

from bisect import bisect_right


def line_starts(text: str) -> list[int]:
    """Offsets where each line starts; a line ends at \\n, \\r\\n or a lone \\r."""
    starts = [0]
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            starts.append(i + 1)
        elif ch == "\r":
            if i + 1 < n and text[i + 1] == "\n":
                i += 1
            starts.append(i + 1)
        i += 1
    return starts


def position(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset`` given ``line_starts`` output."""
    index = bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


def match_case(original: str, replacement: str) -> str:
    """Give ``replacement`` the capitalisation of ``original`` (Indien → Als)."""
    if not replacement:
        return replacement
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
