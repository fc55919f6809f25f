"""Plain text: decode UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""

from __future__ import annotations

import re
from collections.abc import Sequence

from taalcheck.core.document import Document


def decode(data: bytes, path: str) -> tuple[str, str, list[str]]:
    """Return (text, encoding, notes); raises ReadError for binary data."""
    from taalcheck.readers import ReadError

    notes: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8", errors="strict"), "utf-8-sig", notes
        except UnicodeDecodeError as exc:
            raise ReadError(f"{path}: dit bestand is kapot. Het begint als UTF-8, maar byte {exc.start + 3} is geen UTF-8.") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", notes
        except UnicodeDecodeError:
            raise ReadError(f"{path}: dit bestand is kapot (UTF-16).") from None
    if b"\x00" in data[:8192]:
        raise ReadError(f"{path}: dit is geen tekstbestand.")
    try:
        return data.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    notes.append(f"{path}: gelezen als Windows-1252, niet als UTF-8.")
    return text, "cp1252", notes


def detect_newline(text: str) -> str | None:
    if "\r\n" in text:
        return "\r\n"
    if "\r" in text:
        return "\r"
    if "\n" in text:
        return "\n"
    return None


# "# taalcheck: negeer W101" in a plain-text letter: a comment to the end of its line.
_COMMENT = re.compile(r"#[ \t]*taalcheck[ \t]*:[ \t]*negeer\b[^\r\n]*", re.IGNORECASE)


def read_text(data: bytes, path: str, placeholders: Sequence[str] = ()) -> Document:
    """Plain text; mail-merge fields and configured patterns become placeholders.

    A line ``# taalcheck: negeer W101`` is not part of the letter: alone on a
    line it suppresses the next paragraph, after text only its own line.
    """
    from taalcheck.readers.marks import Marks

    text, encoding, notes = decode(data, path)
    marks = Marks(text)
    for match in _COMMENT.finditer(text):
        marks.comment(match.start(), match.end(), match.group())
    return marks.document(path, placeholders, notes=notes, encoding=encoding, newline=detect_newline(text))
