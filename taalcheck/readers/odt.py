"""OpenDocument letters (.odt): same shape as the Word reader.

Read with zipfile and ElementTree (content.xml for the body, styles.xml for
headers and footers). Database and user fields become placeholders.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Sequence
from xml.etree import ElementTree

from taalcheck.core.document import Document
from taalcheck.readers.office import Numbering, Segments, cell_label, open_zip

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"

# Fields whose shown value differs per letter: placeholders.
FIELD_TAGS = {
    TEXT + name
    for name in (
        "database-display",
        "database-name",
        "user-field-get",
        "user-defined",
        "variable-get",
        "placeholder",
        "sender-firstname",
        "sender-lastname",
        "sender-initials",
        "author-name",
        "expression",
        "text-input",
        "conditional-text",
        "hidden-text",
    )
}
SKIP_TAGS = {TEXT + "note", TEXT + "bookmark-ref", OFFICE + "annotation", TEXT + "tracked-changes"}


def _inline(el, parts: list[str], fields: list[tuple[int, int]], length: list[int]) -> None:
    def emit(text: str | None) -> None:
        if text:
            parts.append(text)
            length[0] += len(text)

    emit(el.text)
    for child in el:
        tag = child.tag
        if tag == TEXT + "s":
            emit(" " * int(child.get(TEXT + "c", "1")))
        elif tag == TEXT + "tab":
            emit("\t")
        elif tag == TEXT + "line-break":
            emit("\n")
        elif tag in FIELD_TAGS:
            start = length[0]
            shown = "".join(child.itertext())
            name = child.get(TEXT + "column-name") or child.get(TEXT + "name") or child.get(TEXT + "description")
            emit(shown or f"«{name or 'veld'}»")
            fields.append((start, length[0]))
        elif tag not in SKIP_TAGS:
            _inline(child, parts, fields, length)
        emit(child.tail)


def _add_paragraph(segments: Segments, el, label) -> None:
    parts: list[str] = []
    fields: list[tuple[int, int]] = []
    _inline(el, parts, fields, [0])
    text = "".join(parts)
    segments.add(text, label(text) if callable(label) else label, fields)


def _add_blocks(segments: Segments, container, label: str | None, numbering: Numbering) -> None:
    for child in container:
        tag = child.tag
        if tag in (TEXT + "p", TEXT + "h"):
            _add_paragraph(segments, child, label or numbering.paragraph_label)
        elif tag == TABLE + "table":
            _add_table(segments, child, label, numbering)
        elif tag in (TEXT + "list", TEXT + "list-item", TEXT + "list-header", TEXT + "section", TEXT + "index-body"):
            _add_blocks(segments, child, label, numbering)
        elif tag in (TABLE + "table-header-rows", TABLE + "table-rows", TABLE + "table-row-group"):
            _add_blocks(segments, child, label, numbering)


def _rows(table):
    for child in table:
        if child.tag == TABLE + "table-row":
            yield child
        elif child.tag in (TABLE + "table-header-rows", TABLE + "table-rows", TABLE + "table-row-group"):
            yield from _rows(child)


def _add_table(segments: Segments, table, label_prefix: str | None, numbering: Numbering) -> None:
    number = numbering.next_table() if label_prefix is None else None
    for row_no, row in enumerate(_rows(table), start=1):
        cells = [c for c in row if c.tag == TABLE + "table-cell"]
        for cell_no, cell in enumerate(cells, start=1):
            _add_blocks(segments, cell, label_prefix or cell_label(number, row_no, cell_no), numbering)


def _parse(archive, name: str, path: str):
    from taalcheck.readers import ReadError

    try:
        return ElementTree.fromstring(archive.read(name))
    except KeyError:
        return None
    # a bad checksum, a broken deflate stream, encryption or an unknown compression
    except (ElementTree.ParseError, zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError, ValueError):
        raise ReadError(f"{path}: dit OpenDocument-bestand is kapot ({name}).") from None


def read_odt(data: bytes, path: str, placeholders: Sequence[str] = ()) -> Document:
    from taalcheck.readers import ReadError

    archive = open_zip(data, path, "OpenDocument")
    content = _parse(archive, "content.xml", path)
    body = content.find(f"{OFFICE}body/{OFFICE}text") if content is not None else None
    if body is None:
        raise ReadError(f"{path}: dit is geen geldig OpenDocument-tekstbestand.")
    styles = _parse(archive, "styles.xml", path)
    pages = list(styles.iter(STYLE + "master-page")) if styles is not None else []
    segments = Segments()
    numbering = Numbering()
    for kind, label in (("header", "koptekst"), ("footer", "voettekst")):
        if kind == "footer":
            _add_blocks(segments, body, None, numbering)
        for page in pages:
            for part in page:
                if part.tag.startswith(STYLE + kind):
                    _add_blocks(segments, part, label, numbering)
    return segments.document(path, placeholders, notes=[])
