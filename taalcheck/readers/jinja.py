"""Jinja letter templates: ``{{ x }}`` is a placeholder, tags and comments are masked.

The text stays the template source, so fixes can be written back. Both
branches of an ``{% if %}`` are checked as text. A block tag alone on its line
ends a sentence; inline tags do not. ``.html.j2`` also masks HTML, ``.md.j2``
Markdown. A syntax error does not stop the check: it becomes a note.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

import jinja2

from taalcheck.core.document import Document
from taalcheck.core.text import line_starts
from taalcheck.readers.marks import Marks

_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_RAW = re.compile(r"\{%-?\s*raw\s*-?%\}(.*?)\{%-?\s*endraw\s*-?%\}", re.DOTALL)


def mark_jinja(marks: Marks) -> list[tuple[int, int, str]]:
    """Mark Jinja expressions and tags in ``marks.text``; returns the comments.

    The caller passes the comments to ``marks.comment`` once all breaks are known.
    """
    text = marks.text
    tags = []
    raw_spans = [m.span(1) for m in _RAW.finditer(text)]
    for match in _TAG.finditer(text):
        if any(s <= match.start() < e for s, e in raw_spans):
            continue
        tags.append(match)
    blank = list(text)
    for match in tags:
        for i in range(*match.span()):
            if blank[i] not in "\r\n":
                blank[i] = " "
    blank_text = "".join(blank)
    # Lines with words once the tags are blanked, as a running count: "is this tag
    # alone on its lines" is then O(1), also for thousands of tags on one long line.
    starts = line_starts(text)
    worded = [0]
    for i, ls in enumerate(starts):
        le = starts[i + 1] if i + 1 < len(starts) else len(text)
        worded.append(worded[-1] + bool(blank_text[ls:le].strip()))
    comments = []
    for match in tags:
        start, end = match.span()
        kind = match.group()[:2]
        if kind == "{{":
            marks.placeholder(start, end)
            continue
        first, last = bisect_right(starts, start) - 1, bisect_right(starts, end) - 1
        alone = worded[last + 1] == worded[first]
        if kind == "{#":
            comments.append((start, end, match.group()[2:-2]))
        else:
            marks.mask(start, end, block=alone)
    return comments


# Jinja's English messages, said in plain Dutch; anything else is quoted as is.
_MESSAGES = (
    (
        re.compile(r"unexpected end of template.*innermost block that needs to be closed is '(\w+)'", re.I | re.S),
        "het blok '{0}' wordt niet afgesloten.",
    ),
    (
        re.compile(r"Encountered unknown tag '(\w+)'.*innermost block that needs to be closed is '(\w+)'", re.S),
        "'{0}' past hier niet. Eerst moet het blok '{1}' worden afgesloten.",
    ),
    (re.compile(r"Encountered unknown tag '(\w+)'"), "de tag '{0}' bestaat niet. Is het een tikfout?"),
    (re.compile(r"unexpected end of template", re.I), "de sjabloon houdt op voordat een tag is afgesloten."),
    (re.compile(r"Missing end of comment tag"), "een commentaar {{# ... #}} wordt niet afgesloten."),
    (re.compile(r"Expected an expression, got"), "er ontbreekt een naam of waarde in een tag."),
    (re.compile(r"expected token '([^']+)', got '([^']+)'"), "bij '{1}' klopt de tag niet."),
)


def _dutch(message: str) -> str:
    for pattern, text in _MESSAGES:
        match = pattern.search(message)
        if match:
            return text.format(*match.groups())
    return f"Jinja meldt: {message}"


def syntax_note(source: str, path: str) -> str | None:
    """A Dutch note for a Jinja syntax error, or None when the template parses."""
    try:
        # common extensions, so {% trans %}, {% break %} and {% do %} are not reported as errors
        jinja2.Environment(extensions=["jinja2.ext.i18n", "jinja2.ext.loopcontrols", "jinja2.ext.do"]).parse(source)
    except jinja2.TemplateSyntaxError as exc:
        return f"{path}: fout in de sjabloon op regel {exc.lineno}: {_dutch(exc.message or '')} De tekst is wel gecontroleerd."
    except RecursionError:  # thousands of nested blocks or brackets
        return f"{path}: de sjabloon is te diep genest om na te kijken. De tekst is wel gecontroleerd."
    return None


def read_jinja(data: bytes, path: str, placeholders: Sequence[str] = (), inner: str = "text") -> Document:
    """Read a Jinja template; ``inner`` is the format of the output: text, html or markdown."""
    from taalcheck.readers.text import decode, detect_newline

    text, encoding, notes = decode(data, path)
    note = syntax_note(text, path)
    if note:
        notes.append(note)
    marks = Marks(text)
    comments = mark_jinja(marks)
    for start, end, _ in comments:
        marks.mask(start, end)
    if inner == "html":
        from taalcheck.readers.html import mark_html

        mark_html(marks)
    elif inner == "markdown":
        from taalcheck.readers.markdown import mark_markdown

        comments += mark_markdown(marks)
    for start, end, body in comments:
        marks.comment(start, end, body)
    return marks.document(path, placeholders, notes=notes, encoding=encoding, newline=detect_newline(text))
