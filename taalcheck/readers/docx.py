"""Word letters (.docx): body paragraphs, tables, headers and footers.

Mail-merge fields (MERGEFIELD, also as «Naam» typed text) become
placeholders. The text is extracted, so fixes are not written back
(``writable=False``); ``locate`` says where a finding is ("alinea 3").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from taalcheck.core.document import Document
from taalcheck.readers.office import Numbering, Segments, cell_label, open_zip

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MERGEFIELD = re.compile(r"MERGEFIELD\s+(?:\"([^\"]+)\"|(\S+))", re.IGNORECASE)
_SKIP = {W + "pPr", W + "rPr", W + "del", W + "delText", W + "instrText", W + "sectPr", W + "tblPr"}
_HEADER_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
_FOOTER_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
_COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_COMMENT_MARKS = {W + "commentRangeStart": "start", W + "commentRangeEnd": "end", W + "commentReference": "end"}


class _Paragraph:
    """Collects the visible text of one w:p and where its merge fields are."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.fields: list[tuple[int, int]] = []
        self.comment_marks: list[tuple[str, str]] = []  # (comment id, "start" | "end")
        self._stack: list[dict] = []

    def emit(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def _field(self, instr: str, start: int) -> None:
        match = _MERGEFIELD.search(instr)
        if not match:
            return
        if self.length == start:  # no shown result: show the field name
            self.emit(f"«{match.group(1) or match.group(2)}»")
        self.fields.append((start, self.length))

    def walk(self, el) -> None:
        tag = el.tag
        if tag == W + "t":
            self.emit(el.text or "")
        elif tag in (W + "tab", W + "ptab"):
            self.emit("\t")
        elif tag in (W + "br", W + "cr"):
            self.emit("\n")
        elif tag == W + "noBreakHyphen":
            self.emit("-")
        elif tag in _COMMENT_MARKS:
            self.comment_marks.append((el.get(W + "id") or "", _COMMENT_MARKS[tag]))
        elif tag == W + "fldChar":
            self._fld_char(el.get(W + "fldCharType"))
        elif tag == W + "instrText":
            if self._stack:
                self._stack[-1]["instr"] += el.text or ""
        elif tag == W + "fldSimple":
            start = self.length
            for child in el:
                self.walk(child)
            self._field(el.get(W + "instr") or "", start)
        elif tag == W + "p" and self.parts:
            self.emit("\n")  # a paragraph inside a text box
            self._children(el)
        elif tag not in _SKIP:
            self._children(el)

    def _children(self, el) -> None:
        for child in el:
            self.walk(child)

    def _fld_char(self, kind: str | None) -> None:
        if kind == "begin":
            self._stack.append({"instr": "", "start": None})
        elif kind == "separate" and self._stack:
            self._stack[-1]["start"] = self.length
        elif kind == "end" and self._stack:
            field = self._stack.pop()
            start = field["start"] if field["start"] is not None else self.length
            self._field(field["instr"], start)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _add_paragraph(segments: Segments, el, label) -> None:
    para = _Paragraph()
    para.walk(el)
    text = para.text
    segments.add(text, label(text) if callable(label) else label, para.fields)
    for comment_id, kind in para.comment_marks:
        segments.comment_mark(comment_id, kind)


def _add_table(segments: Segments, table_el, label_prefix: str | None, numbering: Numbering) -> None:
    number = numbering.next_table() if label_prefix is None else None
    row_no = 0
    for row in table_el.iter(W + "tr"):
        if _parent_table(row) is not table_el:
            continue
        row_no += 1
        cell_no = 0
        for cell in row:
            if cell.tag != W + "tc":
                continue
            cell_no += 1
            label = label_prefix or cell_label(number, row_no, cell_no)
            _add_blocks(segments, cell, label, numbering)


def _parent_table(el):
    parent = el.getparent()
    while parent is not None and parent.tag != W + "tbl":
        parent = parent.getparent()
    return parent


def _add_blocks(segments: Segments, container, label: str | None, numbering: Numbering) -> None:
    """Paragraphs and tables of a body, cell, header or content control, in order."""
    for child in container:
        if child.tag == W + "p":
            _add_paragraph(segments, child, label or numbering.paragraph_label)
        elif child.tag == W + "tbl":
            _add_table(segments, child, label, numbering)
        elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins"):
            _add_blocks(segments, child, label, numbering)


def read_docx(data: bytes, path: str, placeholders: Sequence[str] = ()) -> Document:
    from taalcheck.readers import ReadError

    open_zip(data, path, "Word")  # refuses broken archives and zip bombs first
    try:
        import io

        import docx

        word = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises many kinds for a broken package
        raise ReadError(f"{path}: dit is geen geldig Word-bestand. Is het bestand kapot?") from None
    segments = Segments()
    numbering = Numbering()
    parts = sorted(
        (rel.reltype, str(rel.target_part.partname), rel.target_part)
        for rel in word.part.rels.values()
        if rel.reltype in (_HEADER_REL, _FOOTER_REL) and not rel.is_external
    )
    for reltype, _, part in parts:
        if reltype == _HEADER_REL:
            _add_blocks(segments, part.element, "koptekst", numbering)
    body = getattr(word.element, "body", None)
    if body is None:  # the main part is XML, but not a Word document (found by fuzzing)
        raise ReadError(f"{path}: dit is geen geldig Word-bestand. Is het bestand kapot?")
    _add_blocks(segments, body, None, numbering)
    for reltype, _, part in parts:
        if reltype == _FOOTER_REL:
            _add_blocks(segments, part.element, "voettekst", numbering)
    segments.comments = _comment_texts(word)
    return segments.document(path, placeholders, notes=[])


def _comment_texts(word) -> dict[str, str]:
    """Comment id -> its text: a Word comment 'taalcheck: negeer W101' suppresses what it covers."""
    from lxml import etree

    texts: dict[str, str] = {}
    for rel in word.part.rels.values():
        if rel.reltype != _COMMENTS_REL or rel.is_external:
            continue
        try:
            root = etree.fromstring(rel.target_part.blob)
        except etree.XMLSyntaxError:
            continue  # a broken comments part hides nothing
        for comment in root.iter(W + "comment"):
            texts[comment.get(W + "id") or ""] = " ".join(t.text or "" for t in comment.iter(W + "t"))
    return texts
