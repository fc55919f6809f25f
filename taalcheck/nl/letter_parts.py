"""Parts of a letter that are data, not prose: the address block and codes.

A postcode's letters, a company's legal form after its name, 'tel.' before a
number, a reference number, an IBAN or a web address may look like an
abbreviation, but they are never one.
"""

from __future__ import annotations

import re

from taalcheck.nl.segment import CARE_OF_LINE, PHONE
from taalcheck.nl.word_classes import CARE_OF_LABELS, COMPANY_FORMS, CONTACT_LABELS, DETERMINERS, PREPOSITIONS

POSTCODE_LETTERS = re.compile(r"\d{4}\s?$")
DOMAIN_ENDINGS = frozenset({"nl", "com", "org", "eu", "net", "be", "info", "gov", "nu"})
PHONE_AFTER = re.compile(rf"\s*(?::\s*)?{PHONE}(?!\d)")
NAME_BEFORE = re.compile(r"([A-Z][\w'’&-]*)[,]?\s+$")


def in_letterhead(text: str, start: int, end: int) -> bool:
    """Part of an address block: 'Jansen B.V.' (a company's legal form), 'tel. 020-1234567', '1234 AB', 't.a.v.'."""
    surface = text[start:end].lower()
    name = NAME_BEFORE.search(text[:start])
    if surface in COMPANY_FORMS and name and name.group(1).lower() not in DETERMINERS | PREPOSITIONS:
        return True  # 'Bakkerij Jansen B.V.'; 'uw CV' and 'De BV moet' are no company name
    if surface in CONTACT_LABELS and PHONE_AFTER.match(text[end:]):
        return True
    if surface in CARE_OF_LABELS and not text[:start].strip() and CARE_OF_LINE.match(text):
        return True  # 't.a.v. mevrouw Meijer' on its own line: the convention of an address block
    return bool(POSTCODE_LETTERS.search(text[:start])) and len(surface) == 2 and surface.isalpha()


def chunk_around(text: str, start: int, end: int) -> str:
    """The whitespace-delimited piece of text that contains [start, end)."""
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    return text[left:right]


def in_code(text: str, start: int, end: int) -> bool:
    """Part of a reference number, IBAN or web address: WMO-2026-0042, NL41 INGB 0000, duo.nl."""
    chunk = chunk_around(text, start, end)
    if any(c.isdigit() for c in chunk):
        return True
    before = text[:start].split()[-1:] if text[:start].strip() else []
    after = text[end:].split()[:1]
    lower_case = any(c.islower() for c in text[start:end])  # 't/m' in '14 t/m 24 april' is no code piece
    if before and after and not lower_case and any(c.isdigit() for c in before[0]) and after[0][:1].isdigit():
        return True
    bare = chunk.rstrip(".,;:!?)").lower()
    if "." in bare and bare.rsplit(".", 1)[-1] in DOMAIN_ENDINGS:
        return True
    return "@" in chunk or "://" in chunk or chunk.lower().startswith("www.")
