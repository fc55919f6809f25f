"""Data a fix never edits: postcodes, company names, names, dates, amounts, references, IBANs,
licence plates, e-mail and web addresses, and letterhead and address lines (issue 17).

Placeholders and markup are blocked before any rule sees them; this module
finds the data inside plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from taalcheck.core.findings import Edit
from taalcheck.nl.word_classes import MONTH_NAMES

_MONTHS = "|".join(MONTH_NAMES)
COMPANY_FORMS = r"B\.V\.|N\.V\.|V\.O\.F\.|C\.V\.|BV|NV|VOF|CV|U\.A\.|Stichting|Vereniging"
# One code: a piece with a digit ('10984512', '25-7781', 'C/13/123456'), a code in capitals ('CV', 'HA ZA') or a slash.
_CODE_PIECE = r"(?:(?=[\w/.-]*\d)[\w/-]+(?:\.[\w/-]+)*|[A-Z]{1,5}(?![\w])|/)"
CODE_RUN = rf"(?=[^\n,;]*\d){_CODE_PIECE}(?:[ \t]+{_CODE_PIECE})*"
DATA_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("e-mailadres", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("webadres", re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|eu|net|be|info|gov|nu)(?:/\S*)?\b")),
    ("IBAN", re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}(?:\s?[A-Z0-9]{1,3})?\b")),
    ("postcode", re.compile(r"\b\d{4}\s?[A-Z]{2}\b")),
    # 'Postbus 15, 1000 AA Amsterdam', 'Prins Clauslaan 60, 2595 BW Den Haag': one address, commas and all
    (
        "adres",
        re.compile(
            r"(?:Postbus|(?:[A-Z][\w.'’-]*\s+){1,3})\s*\d{1,5}\s?[a-zA-Z]?,\s*\d{4}\s?[A-Z]{2}\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
        ),
    ),
    (
        "kenteken",
        re.compile(
            r"\b(?:[A-Z]{1,3}-\d{1,3}-[A-Z]{1,3}|\d{1,3}-[A-Z]{1,3}-\d{1,3}|[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2})\b"
        ),
    ),
    ("datum", re.compile(rf"\b\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\b|\b\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b", re.I)),
    ("bedrag", re.compile(r"(?:€|EUR)\s?\d(?:[\d.,]*\d)?(?:,-|,–)?|\b\d[\d.]*,\d{2}\s?(?:euro)\b", re.I)),  # not the comma after it
    # a case number after its label, codes in capitals and all: 'zaaknummer 10984512 CV EXPL 25-7781'
    ("kenmerk", re.compile(r"\b(?i:zaaknummer|rolnummer|kenmerk|dossiernummer|referentie):?[ \t]+(" + CODE_RUN + ")")),
    # 'ARN 25/4418 WWB': the letters around a case number belong to it
    (
        "kenmerk",
        re.compile(r"(?:\b[A-Z]{2,6}\s)?\b(?=[A-Za-z0-9/-]*\d)[A-Za-z0-9]+(?:[/-][A-Za-z0-9]+)+\b(?:\s[A-Z]{2,6}\b)?|\b\d{5,}\b"),
    ),
    # 'Mijn DUO', 'Mijn Rechtspraak': the name of a portal
    ("portaal", re.compile(r"\bMijn\s+[A-Z][\w-]*(?:\s+[A-Z]{2,}\b)?")),
    ("bedrijfsnaam", re.compile(rf"(?:\b[A-Z][\w&'’-]*\s+)+(?:{COMPANY_FORMS})(?![\w])")),
    ("bedrijfsvorm", re.compile(r"(?<![\w.])(?:B\.V\.|N\.V\.|V\.O\.F\.|C\.V\.)(?![\w])")),
    # 'Algemene wet inzake rijksbelastingen', 'Wet op de zorgtoeslag': the title is a name
    (
        "wetsnaam",
        re.compile(r"\b(?:[A-Z]\w*\s+wet|Wet|[A-Z]\w*wet)\s+(?:inzake|op|tot|betreffende|houdende|van)\s+(?:de\s+|het\s+)?[\w-]+"),
    ),
    # the name on an account or a letter: 't.n.v. CJIB Leeuwarden', 't.a.v. de heer Jansen'
    (
        "naam",
        re.compile(
            r"(?:t\.n\.v\.|t\.a\.v\.|ten name van|op naam van|ter attentie van)\s+((?:[A-Z][\w.'’-]*|de|van|der|den|heer|mevrouw)(?:\s+(?:[A-Z][\w.'’-]*|de|van|der|den))*)",
            re.I,
        ),
    ),
)
LINE_DATA = re.compile(
    r"^\s*(?:postbus|bezoekadres|postadres|telefoon|tel\.|fax|e-mail|iban|kvk|btw|bsn|kenmerk|ons kenmerk|uw kenmerk|"
    r"datum|dossiernummer|zaaknummer|referentie|factuurnummer|klantnummer|relatienummer|behandeld door)\b",
    re.I,
)


def data_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every piece of data in ``text`` that a fix must leave alone."""
    spans: list[tuple[int, int, str]] = []
    for kind, pattern in DATA_PATTERNS:
        for m in pattern.finditer(text):
            if kind == "naam":
                if m.group(1) and any(c.isupper() for c in m.group(1)):
                    spans.append((m.start(1), m.end(1), kind))
                continue
            if pattern.groups:  # the label before a case number is no data
                spans.append((m.start(1), m.end(1), kind))
                continue
            spans.append((m.start(), m.end(), kind))
    # letterhead and address lines: a line that holds a label, a postcode or a street and number
    offset = 0
    for line in text.splitlines(keepends=True):
        bare = line.strip()
        if bare and (LINE_DATA.match(bare) or _address_line(bare)):
            spans.append((offset, offset + len(line.rstrip("\r\n")), "adresregel"))
        offset += len(line)
    return spans


# 'Dorpsstraat 12', '12a', '12-3', and a unit after the number: 'Assendorperplein 4 kamer 12', '... 8 bus 3'
_STREET = re.compile(
    r"^[A-Z][\w.'’ -]{1,40}\s\d{1,5}(?:\s?[a-zA-Z]|\s?-\s?\d+)?"
    r"(?:\s+(?:kamer|bus|unit|app\.?|appartement|verdieping|etage|hoog|huis|zw)\s*\d{0,4}[a-zA-Z]?)?$"
)
_POSTCODE_LINE = re.compile(r"^\d{4}\s?[A-Z]{2}\s+[A-Z][\w'’ -]+$")


def _address_line(line: str) -> bool:
    return bool(_STREET.match(line) or _POSTCODE_LINE.match(line))


def data_hit(edits: Iterable[Edit], spans: Sequence[tuple[int, int, str]], text: str = "") -> str | None:
    """The kind of data an edit changes, or None.

    A rewrite of a whole sentence may carry a piece of data along unchanged
    ('per 1 januari' in a passive turned active): the data lies wholly inside
    the edit and stands in the new words as it was.
    """
    for edit in edits:
        for start, end, kind in spans:
            if edit.start == edit.end:
                if start < edit.start < end:
                    return kind
            elif edit.start < end and start < edit.end:
                carried = text and edit.start <= start and end <= edit.end and text[start:end] in edit.replacement
                if not carried:
                    return kind
    return None
