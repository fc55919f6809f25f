"""Shared parts of the Word (.docx) and OpenDocument (.odt) readers.

Both are zip files of XML. We refuse broken or suspiciously large archives
before any XML is parsed, then build one text with a paragraph per line and a
human locator ("alinea 3", "tabel 1, rij 2, cel 1", "koptekst") per offset.
"""

from __future__ import annotations

import io
import zipfile
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from taalcheck.core.document import Document, Suppression
from taalcheck.readers.marks import Marks, parse_codes

# Letters are small; a larger unpacked size points at a zip bomb.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200


def open_zip(data: bytes, path: str, kind: str) -> zipfile.ZipFile:
    """Open ``data`` as a zip; ReadError with a plain message when it is broken or too big."""
    from taalcheck.readers import ReadError

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ReadError(f"{path}: dit is geen geldig {kind}-bestand. Is het bestand kapot?") from None
    total = sum(info.file_size for info in archive.infolist())
    if total > MAX_UNPACKED_BYTES or total > MAX_RATIO * max(len(data), 1) + 10 * 1024 * 1024:
        raise ReadError(f"{path}: dit {kind}-bestand is uitgepakt veel te groot. Taalcheck leest het niet.")
    return archive


@dataclass
class Segments:
    """Paragraphs in reading order, joined with "\\n", each with a locator."""

    parts: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    placeholders: list[tuple[int, int]] = field(default_factory=list)
    length: int = 0
    # Word comments: id -> (first paragraph, last paragraph) they cover, and id -> comment text
    comment_spans: dict[str, list[int]] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)

    def add(self, text: str, label: str, fields: Sequence[tuple[int, int]] = ()) -> None:
        """Add one paragraph; ``fields`` are placeholder spans relative to ``text``."""
        if self.parts:
            self.length += 1  # the "\n" between paragraphs
        self.starts.append(self.length)
        self.labels.append(label)
        self.parts.append(text)
        self.placeholders.extend((self.length + s, self.length + e) for s, e in fields)
        self.length += len(text)

    def comment_mark(self, comment_id: str, kind: str) -> None:
        """The last added paragraph holds the start or the end of a comment's range."""
        here = len(self.parts) - 1
        span = self.comment_spans.setdefault(comment_id, [here, here])
        if kind == "start":
            span[0] = here
        else:
            span[1] = max(span[1], here)

    def locate(self, offset: int) -> str | None:
        if not self.starts:
            return None
        return self.labels[max(bisect_right(self.starts, offset) - 1, 0)]

    def document(self, path: str, patterns: Sequence[str], notes: list[str]) -> Document:
        text = "\n".join(self.parts)
        marks = Marks(text)
        for start, end in self.placeholders:
            marks.placeholder(start, end)
        for start in self.starts:
            marks.brk(start)
        for comment_id, (first, last) in self.comment_spans.items():
            codes = parse_codes(self.comments.get(comment_id, ""))
            if codes is not None:
                marks.suppressions.append(Suppression(self.starts[first], self.starts[last] + len(self.parts[last]), codes))
        doc = marks.document(path, patterns, notes=notes, writable=False, encoding="utf-8", newline="\n")
        doc.position = None
        doc.locate = self.locate
        return doc


class Numbering:
    """Counts body paragraphs and tables the way a reader would: skipping empty ones."""

    def __init__(self) -> None:
        self.paragraphs = 0
        self.tables = 0

    def paragraph_label(self, text: str) -> str:
        if text.strip():
            self.paragraphs += 1
        return f"alinea {max(self.paragraphs, 1)}"

    def next_table(self) -> int:
        self.tables += 1
        return self.tables


def cell_label(table: int, row: int, cell: int) -> str:
    return f"tabel {table}, rij {row}, cel {cell}"
