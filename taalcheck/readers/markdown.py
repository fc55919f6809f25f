"""Markdown letters: prose stays, markup is masked in place.

markdown-it finds the blocks (code, HTML, headings, list items, tables) by
line; inline markup (code spans, link targets, emphasis markers, inline HTML)
is masked with patterns on what is left. Headings, list items and table cells
are their own segments, so they get sentence breaks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it import MarkdownIt

from taalcheck.core.document import Document
from taalcheck.core.text import line_starts
from taalcheck.readers.marks import Marks

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?^\1[ \t]*\r?$", re.DOTALL | re.MULTILINE)
_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.MULTILINE)
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
_LIST_MARK = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)", re.MULTILINE)
_HEADING_MARK = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)", re.MULTILINE)
_HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_TASK = re.compile(r"\[[ xX]\][ \t]+")

_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"(\[)[^\[\]\n]+(\]\((?:[^()\s]|\([^)\s]*\))*(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'))?[ \t]*\))")
_REF_LINK = re.compile(r"(\[)[^\[\]\n]+(\]\[[^\]\n]*\])")
_BARE_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>]*[^\s<>.,;:!?)'\"]")
_EMPHASIS = re.compile(r"(?<![\w*_~])(?:[*_]{1,3}|~~)(?=\S)|(?<=\S)(?:[*_]{1,3}|~~)(?![\w*_~])")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_HARD_BREAK = re.compile(r"\\$", re.MULTILINE)


def _parser() -> MarkdownIt:
    """Block structure only: inline parsing is skipped (we mask inline markup ourselves)."""
    parser = MarkdownIt("commonmark").enable("table")
    parser.core.ruler.disable(["inline", "text_join"], ignoreInvalid=True)
    return parser


def _line_span(starts: list[int], text: str, first: int, last: int) -> tuple[int, int]:
    """Offsets of lines ``first`` up to (not including) ``last``, 0-based."""
    start = starts[first] if first < len(starts) else len(text)
    end = starts[last] if last < len(starts) else len(text)
    return start, end


def _mask_pattern(marks: Marks, regex: re.Pattern[str], start: int, end: int, groups=(0,), block=False) -> None:
    """Mask what ``regex`` finds in lines ``start:end`` (a slice starting at a line start)."""
    for match in regex.finditer(marks.slice(start, end)):
        for group in groups:
            s, e = match.span(group)
            marks.mask(start + s, start + e, block=block)


def _mask_inline(marks: Marks, start: int, end: int, comments: list) -> None:
    """Mask inline markup between ``start`` and ``end``; the words stay."""
    _mask_pattern(marks, _INLINE_CODE, start, end)
    for match in _HTML_COMMENT.finditer(marks.slice(start, end)):
        comments.append((start + match.start(), start + match.end(), match.group()[4:-3]))
        marks.mask(start + match.start(), start + match.end())
    _mask_pattern(marks, _AUTOLINK, start, end)
    for match in _HTML_TAG.finditer(marks.slice(start, end)):
        marks.mask(start + match.start(), start + match.end(), block=match.group().lower().startswith(("<br", "<p", "</p")))
    _mask_pattern(marks, _IMAGE, start, end)
    _mask_pattern(marks, _LINK, start, end, groups=(1, 2))
    _mask_pattern(marks, _REF_LINK, start, end, groups=(1, 2))
    _mask_pattern(marks, _BARE_URL, start, end)
    _mask_pattern(marks, _EMPHASIS, start, end)
    _mask_pattern(marks, _ESCAPE, start, end)
    _mask_pattern(marks, _HARD_BREAK, start, end)


def _rest_of_line(marks: Marks, start: int) -> str:
    end = marks.text.find("\n", start)
    return marks.slice(start, len(marks.text) if end < 0 else end)


def _mask_line_prefix(marks: Marks, line_start: int, regex: re.Pattern[str], block: bool) -> int:
    """Mask the marker ``regex`` matches at ``line_start``; returns where content starts."""
    match = regex.match(_rest_of_line(marks, line_start))
    if match and match.end() > match.start():
        marks.mask(line_start + match.start(), line_start + match.end())
        if block:
            marks.brk(line_start + match.start())
        return line_start + match.end()
    if block:
        marks.brk(line_start)
    return line_start


def mark_markdown(marks: Marks) -> list[tuple[int, int, str]]:
    """Mask Markdown markup in ``marks``; returns HTML comments (start, end, body) seen."""
    front = _FRONT_MATTER.match(marks.scratch)
    if front:
        marks.mask(*front.span(), block=True)
    source = marks.scratch
    starts = line_starts(source)
    tokens = _parser().parse(source)
    comments: list[tuple[int, int, str]] = []
    for token in tokens:
        if token.map is None:
            continue
        first, last = token.map
        start, end = _line_span(starts, source, first, last)
        kind = token.type
        if kind in ("fence", "code_block", "hr"):
            marks.mask(start, end, block=True)
        elif kind == "html_block":
            _mark_html_block(marks, start, end)
        elif kind == "heading_open":
            _mark_heading(marks, token.markup, source, starts, (first, last), (start, end))
        elif kind == "list_item_open":
            _mark_list_item(marks, start)
        elif kind == "blockquote_open":
            _mark_blockquote(marks, source, starts, (first, last))
        elif kind == "paragraph_open":
            marks.brk(_quote_end(marks, start))
        elif kind == "table_open":
            _mark_table(marks, source, starts, (first, last), comments)
        elif kind == "inline":
            _mask_inline(marks, start, end, comments)
    _mask_pattern(marks, _REF_DEF, 0, len(source), block=True)
    return comments


def _mark_heading(marks: Marks, markup: str, source: str, starts: list[int], lines: tuple[int, int], span: tuple[int, int]) -> None:
    """'# Kop #' loses its hashes; a setext heading loses its line of '=' or '-'."""
    (first, last), (start, end) = lines, span
    content = _mask_line_prefix(marks, _quote_end(marks, start), _HEADING_MARK, True)
    close = _HEADING_CLOSE.search(_rest_of_line(marks, content).rstrip("\r"))
    if markup.startswith("#") and close:
        marks.mask(content + close.start(), content + close.end())
    if markup in ("=", "-") and last - first >= 2:
        marks.mask(*_line_span(starts, source, last - 1, last))
    marks.brk(end)


def _mark_table(marks: Marks, source: str, starts: list[int], lines: tuple[int, int], comments: list[tuple[int, int, str]]) -> None:
    """A table: its rule line and its pipes are markup; the cells are prose (``source``: the text before masking)."""
    for line in range(*lines):
        ls, le = _line_span(starts, source, line, line + 1)
        if _TABLE_RULE.match(source[ls:le].rstrip("\r\n")):
            marks.mask(ls, le, block=True)
            continue
        for i in range(ls, le):
            if source[i] == "|" and (i == 0 or source[i - 1] != "\\"):
                marks.mask(i, i + 1, block=True)
        _mask_inline(marks, ls, le, comments)


def _mark_html_block(marks: Marks, start: int, end: int) -> None:
    from taalcheck.readers.html import mark_html

    mark_html(marks, start, end)
    marks.brk(start)


def _mark_blockquote(marks: Marks, source: str, starts: list[int], lines: tuple[int, int]) -> None:
    for line in range(*lines):
        _quote_end(marks, _line_span(starts, source, line, line)[0])


def _mark_list_item(marks: Marks, start: int) -> None:
    """'- ' or '1. ' and a task box '[ ]' are markup."""
    content = _mask_line_prefix(marks, _quote_end(marks, start), _LIST_MARK, True)
    task = _TASK.match(_rest_of_line(marks, content))
    if task:
        marks.mask(content + task.start(), content + task.end())


def _quote_end(marks: Marks, line_start: int) -> int:
    """Mask blockquote markers at the start of a line; returns where content starts."""
    match = _QUOTE.match(_rest_of_line(marks, line_start))
    if match and ">" in match.group():
        marks.mask(line_start + match.start(), line_start + match.end())
        return line_start + match.end()
    return line_start


def read_markdown(data: bytes, path: str, placeholders: Sequence[str] = ()) -> Document:
    from taalcheck.readers.text import decode, detect_newline

    text, encoding, notes = decode(data, path)
    marks = Marks(text)
    comments = mark_markdown(marks)
    for start, end, body in comments:
        marks.comment(start, end, body)
    return marks.document(path, placeholders, notes=notes, encoding=encoding, newline=detect_newline(text))
