"""HTML letters: only text nodes are prose; everything else is masked in place.

``Document.text`` stays the HTML source, so a finding's offsets are source
offsets and fixes can be written back. Block elements force sentence breaks.
An entity inside a word (``caf&eacute;``) makes that word one opaque
placeholder, because masking it would split the word in two.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Sequence
from html.parser import HTMLParser

from taalcheck.core.document import Document
from taalcheck.readers.marks import Marks, merge_spans

BLOCK_TAGS = frozenset(
    "address article aside blockquote body br caption dd div dl dt figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 head header hr html li main nav ol p pre section table tbody td tfoot th "
    "thead title tr ul".split()
)
RAW_TAGS = frozenset({"script", "style", "template", "textarea"})
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_WORD_WITH_ENTITY = re.compile(r"(?:[^\W\d_]|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)+")
_IN_WORD = {"\xad", "\u200b", "\u200c", "\u200d"}


class _Scanner(HTMLParser):
    """Records where text nodes, entities, comments and block tags are."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_offsets = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
        self.text_spans: list[tuple[int, int]] = []
        self.entities: list[tuple[int, int]] = []
        self.comments: list[tuple[int, int, str]] = []
        self.blocks: list[int] = []
        self._raw_depth = 0

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_offsets[line - 1] + col

    def handle_data(self, data: str) -> None:
        if self._raw_depth:
            return
        start = self._offset()
        self.text_spans.append((start, start + len(data)))

    def _entity(self) -> None:
        if self._raw_depth:
            return
        start = self._offset()
        match = _ENTITY.match(self.source, start)
        if match:
            self.entities.append((start, match.end()))

    def handle_entityref(self, name: str) -> None:
        self._entity()

    def handle_charref(self, name: str) -> None:
        self._entity()

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """CPython's parser raises AssertionError on an unknown ``<![word`` (found by
        fuzzing); such a section is markup up to the next ``>``, as in a browser."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        end = self.source.find("-->", start)
        end = len(self.source) if end < 0 else end + 3
        self.comments.append((start, end, data))

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in BLOCK_TAGS:
            self.blocks.append(self._offset())
        if tag in RAW_TAGS:
            self._raw_depth += 1

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in BLOCK_TAGS:
            self.blocks.append(self._offset())

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCK_TAGS:
            self.blocks.append(self._offset())
        if tag in RAW_TAGS and self._raw_depth:
            self._raw_depth -= 1


def mark_html(marks: Marks, start: int = 0, end: int | None = None) -> None:
    """Mask all HTML markup in ``marks.scratch[start:end]``; text nodes stay prose."""
    end = len(marks.text) if end is None else end
    source = marks.slice(start, end)
    unclosed = _unclosed_comment(source)
    scanner = _Scanner(source)
    scanner.feed(source if unclosed is None else source[:unclosed])
    scanner.close()
    if unclosed is not None:  # a comment without "-->" runs to the end, as in a browser
        scanner.comments.append((unclosed, len(source), source[unclosed + 4 :]))
    keep = merge_spans(scanner.text_spans + scanner.entities)
    # Words holding an entity become one placeholder; other entities are masked.
    word_spans = []
    for s, e in keep:
        for match in _WORD_WITH_ENTITY.finditer(source, s, e):
            word_spans.extend(_entity_words(source, *match.span()))
    for s, e in word_spans:
        marks.placeholder(start + s, start + e)
    in_words = merge_spans(word_spans)
    word_starts = [ws for ws, _ in in_words]
    for s, e in scanner.entities:
        i = bisect_right(word_starts, s) - 1
        if i < 0 or e > in_words[i][1]:
            marks.mask(start + s, start + e)
    # Everything outside text nodes and entities is markup.
    pos = 0
    for s, e in [*keep, (len(source), len(source))]:
        if s > pos:
            marks.mask(start + pos, start + s)
        pos = max(pos, e)
    for offset in scanner.blocks:
        marks.brk(start + offset)
    for s, e, body in scanner.comments:
        marks.comment(start + s, start + e, body)


def _unclosed_comment(source: str) -> int | None:
    """Where a comment that is never closed starts. html.parser would rescan
    the rest once per "<!--" in it (quadratic), so it never sees that part."""
    pos = source.find("<!--")
    while pos >= 0:
        close = source.find("-->", pos + 4)
        if close < 0:
            return pos
        pos = source.find("<!--", close + 3)
    return None


def _entity_words(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a letter run at entities that are not letters; keep pieces with an entity."""
    pieces, piece_start, has_entity = [], start, False
    for match in _ENTITY.finditer(source, start, end):
        if _entity_in_word(match.group()):
            has_entity = True
            continue
        if has_entity and match.start() > piece_start:
            pieces.append((piece_start, match.start()))
        piece_start, has_entity = match.end(), False
    if has_entity and end > piece_start:
        pieces.append((piece_start, end))
    return pieces


def _entity_in_word(entity: str) -> bool:
    value = html.unescape(entity)
    return value.isalpha() or value in _IN_WORD


def read_html(data: bytes, path: str, placeholders: Sequence[str] = ()) -> Document:
    from taalcheck.readers.text import decode, detect_newline

    text, encoding, notes = decode(data, path)
    marks = Marks(text)
    mark_html(marks)
    return marks.document(path, placeholders, notes=notes, encoding=encoding, newline=detect_newline(text))
