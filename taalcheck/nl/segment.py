"""Split a letter into segments: sentences, and lines that stand alone.

Letters are not running prose. Address lines, the subject line, the
salutation, list items and the signature have no full stop, yet each is a
unit of its own and never a "long sentence". Inside running text, Dutch
abbreviations (bijv., i.v.m., dhr.), amounts (€ 1.234,56) and dates do not
end a sentence. Pure Python, no spaCy: it runs before the pipeline so each
segment can be analysed (and cached) on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from taalcheck.nl.word_classes import CARE_OF_LABELS, COMPANY_FORMS, CONTACT_LABELS, REFERENCE_LABELS

END_PUNCT = ".!?…"
# Abbreviations after which a full stop never ends a sentence (lowercase, without final dot).
NEVER_END = frozenset(
    """
    a.d b.v bijv bv ca d.d d.m.v d.w.z dhr dr drs e.a e.v ev fa i.c i.o.m i.p.v i.s.m i.v.m ing ir jl jhr
    m.b.t m.b.v m.i.v m.u.v mevr mgr mr mw n.a.v n.v.t nl nr nrs o.a o.b.v o.l.v p.a p.p prof resp
    sr st t.a.v t.b.v t.g.v t.o.v t.w t.z.t v.a vgl vs z.g.a.n z.s.m zgn art blz lid jr mln mld nr
    tel fax ca incl excl min max bijv afd kol pag vlg etc enz t.n.v o.v.v s.v.p p.m a.s i.o e.e.a
    jan feb mrt apr jun jul aug sep sept okt nov dec
    """.split()
)
# These end a sentence when a capital follows (they often close an enumeration).
END_IF_CAPITAL = frozenset({"enz", "etc", "e.d", "e.a", "e.v", "jl"})

BULLET = re.compile(r"^\s*(?:[-*•·–▪●○]|\d{1,2}[.)]|[a-z][.)])\s+")
LABEL_LINE = re.compile(r"^\s*[A-Z][A-Za-z ]{1,30}:\s*\S")
WORD = re.compile(r"\w", re.UNICODE)
# Letterhead lines: a postcode and place ('1234 AB Utrecht'), a phone number ('tel. 020-1234567'),
# a reference line ('Ons kenmerk 2024/12', 'Uw brief van 3 maart'). Each is a line of its own.
POSTCODE_LINE = re.compile(r"^\s*(?:postbus\s+\d+\s*,?\s*)?\d{4}\s?[A-Z]{2}(?:\s+[A-Z][\w'’-]*)+\s*$", re.IGNORECASE)
PHONE = r"(?:\+31[\s-]?|0)\d(?:[\s-]?\d){7,9}"
PHONE_LINE = re.compile(
    rf"^(?:{'|'.join(re.escape(label) for label in sorted(CONTACT_LABELS, key=len, reverse=True))})?\s*(?::\s*)?{PHONE}$", re.IGNORECASE
)
# A reference line has a colon after its label or a number in it ('Ons kenmerk 2024/12'), so a
# sentence that happens to start with 'Datum' or 'Telefoon' is no reference line.
REFERENCE_LINE = re.compile(
    rf"^\s*(?:{'|'.join(re.escape(label) for label in REFERENCE_LABELS)})\b(?:\s*:\s*\S.{{0,60}}|(?=.*\d).{{1,60}})$", re.IGNORECASE
)
# 't.a.v. mevrouw A. Meijer', 'p/a de heer P. Hendriksen': an address line, no sentence (no full stop)
CARE_OF_LINE = re.compile(rf"^\s*(?:{'|'.join(re.escape(label) for label in CARE_OF_LABELS)})\s+\S.*[^.!?\s]\s*$", re.IGNORECASE)
COMPANY_END = re.compile(
    rf"[A-Z][\w'’&-]*\s+(?:{'|'.join(re.escape(form) for form in sorted(COMPANY_FORMS, key=len, reverse=True))})\s*$", re.IGNORECASE
)


# A letterhead line is short; longer lines are never tried (the patterns stay linear in time).
LETTERHEAD_MAX_CHARS = 120


def is_letterhead_line(line: str) -> bool:
    """A postcode line, a phone line, a reference line, a care-of line, or a company name ending in its legal form."""
    line = line.strip()
    if not line or len(line) > LETTERHEAD_MAX_CHARS or _word_count(line) > 8:
        return False
    return bool(
        POSTCODE_LINE.match(line)
        or PHONE_LINE.match(line)
        or REFERENCE_LINE.match(line)
        or CARE_OF_LINE.match(line)
        or COMPANY_END.search(line)
    )


@dataclass(frozen=True)
class Segment:
    """``text[start:end]``; ``kind`` is "zin" (running sentence) or "regel" (a line on its own)."""

    start: int
    end: int
    kind: str


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without the line break."""
    out = []
    start = 0
    for match in re.finditer(r"\r\n|\r|\n", text):
        out.append((start, match.start()))
        start = match.end()
    out.append((start, len(text)))
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _word_count(line: str) -> int:
    return sum(1 for part in line.split() if WORD.search(part))


def _ends_with(line: str, chars: str) -> bool:
    stripped = line.rstrip().rstrip("\"')”’»]")
    return bool(stripped) and stripped[-1] in chars


def _is_standalone(line: str, next_line: str | None) -> bool:
    """A line that is a unit of its own, not part of a wrapped sentence."""
    if BULLET.match(line) or LABEL_LINE.match(line) or is_letterhead_line(line):
        return True
    if _ends_with(line, END_PUNCT + ":;"):
        return True
    if next_line is None or not next_line.strip():
        return True
    first = next_line.lstrip()[:1]
    if BULLET.match(next_line) or LABEL_LINE.match(next_line) or is_letterhead_line(next_line):
        return True
    if _ends_with(line, ","):
        # "Geachte heer Jansen," or "Met vriendelijke groet," before a capital
        return first.isupper() and _word_count(line) <= 6
    # A short line followed by a capital is an address line, a name, a heading.
    if first.isupper() or first.isdigit() or first in "€(":
        return _word_count(line) <= 8
    return False


def segments(text: str, breaks: Iterable[int] = ()) -> list[Segment]:
    """Segment ``text``; offsets in ``breaks`` always separate two segments."""
    forced = set(breaks)
    lines = [(s, e) for s, e in _lines(text)]
    out: list[Segment] = []
    flow_start: int | None = None
    flow_lines = 0
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            if flow_start is not None:
                out.extend(_split_flow(text, flow_start, lines[i - 1][1], flow_lines, forced))
                flow_start = None
            continue
        if flow_start is None:
            flow_start, flow_lines = start, 0
        flow_lines += 1
        next_line = None
        if i + 1 < len(lines):
            next_line = text[lines[i + 1][0] : lines[i + 1][1]]
        forced_here = any(start < b <= lines[i + 1][0] for b in forced) if i + 1 < len(lines) else False
        if forced_here or _is_standalone(line, next_line):
            out.extend(_split_flow(text, flow_start, end, flow_lines, forced))
            flow_start = None
    if flow_start is not None:
        out.extend(_split_flow(text, flow_start, lines[-1][1], flow_lines, forced))
    return out


def _previous_word(text: str, index: int, lower_bound: int) -> str:
    """The word (with inner dots) that ends at ``index`` (exclusive)."""
    j = index
    while j > lower_bound and not text[j - 1].isspace() and text[j - 1] not in "([\"'“‘":
        j -= 1
    return text[j:index]


def _is_sentence_end(text: str, dot: int, start: int, end: int) -> bool:
    """Whether the end punctuation at ``dot`` ends a sentence."""
    after = dot + 1
    while after < end and text[after] in END_PUNCT + "\"')”’»]":
        after += 1
    if after < end and not text[after].isspace():
        return False  # 1.234,56 / 01.05.2026 / i.v.m / www.site.nl
    nxt = after
    while nxt < end and text[nxt].isspace():
        nxt += 1
    if nxt >= end:
        return True
    if text[dot] != ".":
        return True
    word = _previous_word(text, dot, start)
    bare = word.lower().strip("([\"'“‘")
    following = text[nxt]
    if bare in NEVER_END and not (bare in END_IF_CAPITAL and following.isupper()):
        return False
    if len(bare) == 1 and bare.isalpha():
        return False  # an initial: "J. de Vries"
    if "." in word and all(len(p) == 1 and p.isupper() for p in word.strip("([\"'“‘").split(".") if p):
        return False  # initials: "J.P. Jansen"
    if "." in bare and len(bare) <= 12 and all(len(p) <= 3 for p in bare.split(".")):
        # a dotted abbreviation we do not know: end only if a capital follows
        return following.isupper()
    if bare.isdigit() and following.islower():
        return False  # "op 3. mei" or an ordinal in a list
    return not following.islower()


def _split_flow(text: str, start: int, end: int, n_lines: int, forced: set[int]) -> list[Segment]:
    """Split running text (one or more joined lines) into sentences."""
    out: list[Segment] = []
    seg_start = start
    i = start
    while i < end:
        ch = text[i]
        if i in forced and i > seg_start:
            out.append(_segment(text, seg_start, i, multi=True))
            seg_start = i
        elif ch in END_PUNCT and _is_sentence_end(text, i, seg_start, end):
            j = i + 1
            while j < end and text[j] in END_PUNCT + "\"')”’»]":
                j += 1
            out.append(_segment(text, seg_start, j, multi=True))
            seg_start = j
            i = j
            continue
        i += 1
    if seg_start < end:
        out.append(_segment(text, seg_start, end, multi=n_lines > 1))
    return [s for s in out if s.end > s.start]


def _segment(text: str, start: int, end: int, multi: bool) -> Segment:
    start, end = _strip(text, start, end)
    piece = text[start:end]
    if _ends_with(piece, END_PUNCT):
        kind = "zin"
    elif (multi and "\n" in piece) or "\r" in piece:
        kind = "zin"  # a wrapped sentence that lost its full stop
    else:
        kind = "regel"
    if BULLET.match(piece) and not _ends_with(piece, END_PUNCT):
        kind = "regel"
    if "\n" not in piece and is_letterhead_line(piece):
        kind = "regel"  # 'Bakkerij Jansen B.V.' on a line of its own
    return Segment(start, end, kind)
