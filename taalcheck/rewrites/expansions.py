"""When writing out an abbreviation is no safe fix (issue 17).

An abbreviation is written out in the plain words a reader knows. The
expansion in the list is not always such words: 'de dato' is Latin, 's'il
vous plaît' French, 'in verband met' is jargon itself, and 'p.p.' means 'per
persoon' in one letter and 'namens' in another. Inside a compound
('WOZ-waarde') the explanation in brackets reads as the compound's meaning,
before data ('IBAN NL91 ...') the abbreviation is the label a reader needs,
and a letterhead or label line has no room for it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from taalcheck.core.findings import Edit, Finding, Fix
from taalcheck.nl.dates import date_preposition
from taalcheck.nl.word_classes import AMBIGUOUS_ABBREVIATIONS, FOREIGN_WORDS

# A label before its data ('IBAN NL91 ABNA ...', 'BSN 123456782'): the reader sees what it is.
DATA_AFTER = re.compile(r"\s*(?::\s*)?(?:[A-Z]{2}\d{2}\s?[A-Z0-9]{4}|\d{5,}|\d{2,4}[ .]\d{2,}|(?=[A-Z]*\d)[A-Z0-9]{6,11}\b)")


# 'Mijn DUO', 'Mijn UWV': the abbreviation is part of the name of a website (rewrites.data, kind "portaal")
PORTAL_BEFORE = re.compile(r"\bMijn[ \t]+$")


def unsafe_expansion(text: str, start: int, end: int, surface: str, full: str, jargon: bool, on_line: bool) -> str | None:
    """Why writing ``text[start:end]`` out as ``full`` is no safe fix, in Dutch; None when it is safe."""
    full = full.lower()
    words = set(re.findall(r"[^\W\d_]+", full))
    if surface.lower() in AMBIGUOUS_ABBREVIATIONS:
        return f"'{surface}' kan meer betekenen; kies zelf het woord dat past"
    if words & FOREIGN_WORDS:
        return f"'{full}' is geen Nederlands; schrijf een gewoon woord"
    if jargon:
        return f"'{full}' is zelf ambtelijke taal"
    if PORTAL_BEFORE.search(text[:start]):
        return f"'Mijn {surface}' is de naam van een website; leg eerder in de brief uit wat {surface} is"
    if DATA_AFTER.match(text[end:]):
        return f"'{surface}' staat voor gegevens en zegt de lezer wat die zijn"
    if text[end : end + 1] in ("-", "'", "’"):
        return f"'{surface}' staat in een samengesteld woord; de uitleg tussen haakjes past daar niet goed"
    if on_line:
        return f"'{surface}' staat in een losse regel (kop of adres); schrijf de uitleg in de brief zelf"
    return None


def plain_fix(text: str, finding: Finding, surface: str, entry: Any, plain: str) -> Finding | None:
    """A dotted abbreviation whose expansion is jargon takes that jargon's one safe plain word.

    't.n.v.' -> 'op naam van' (not 'ten name van'), 't.z.t.' -> 'later';
    'd.d.' before a date: 'van' after a noun, 'op' when it dates an act. None: no plain word here.
    """
    if finding.fix is None or "." not in surface or entry is None:
        return None
    full = (entry.alternatieven[0] if entry.alternatieven else "").lower()
    word = plain or None
    if full == "de dato":
        word = date_preposition(text[: finding.start], text[finding.end :]) or word
    if word is None:
        return None
    replacement = word[:1].upper() + word[1:] if surface[:1].isupper() else word
    return replace(
        finding,
        fix=Fix.of([Edit(finding.start, finding.end, replacement)], safe=True),
        suggestions=(replacement,),
        message=f"'{surface}' is een afkorting. Schrijf: '{replacement}'.",
    )


def advice(finding: Finding, surface: str, entry: Any, reason: str) -> Finding:
    """Advice without a change (the plain words of the list), or a proposal with its reason."""
    text = entry.uitleg if entry is not None and entry.uitleg else finding.message
    plain = tuple(re.findall(r"'([^']+)'", text))
    if "samengesteld" in reason or "losse regel" in reason:
        return replace(finding, fix=finding.fix.proposal(reason) if finding.fix is not None else None)
    message = f"'{surface}' is een afkorting. {text} ({reason}.)".strip()
    suggestions = plain if plain or "meer betekenen" in reason else finding.suggestions
    return replace(finding, message=message, suggestions=suggestions, fix=None)
