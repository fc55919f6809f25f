"""Words the letter explains itself ('Daarna is er een zitting. Dat is een gesprek met ...').

A writer who must use a hard or two-faced word often explains it: in the
next sentence ('... een zitting. Dat is een gesprek met de commissie.'),
with 'dat wil zeggen' or 'dat is' after a comma, or in brackets right after
the word ('een solitair (sierheester)'). After that, the reader knows the
word, so the rest of the letter may use it too. A warning on such a word is
a false alarm: the annotation guides of the test letters put explained terms
aside for the same reason.

Only the word right before the explanation counts as explained, and only
when the explanation reads as one: 'Dat is een ...', 'Dit betekent ...',
'dat wil zeggen', or words in brackets that are not a reference ('(zie
bijlage)', '(artikel 4)'), a number or an abbreviation. 'Zogenaamde' or
quotes alone do not explain anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

WORD = r"([^\W\d_][\w-]*)"
# the explained word is a noun after an article, a possessive or a preposition ('een zitting', 'om kwijtschelding')
BEFORE_NOUN = r"\b(?i:een|de|het|uw|onze|deze|dit|die|geen|om|voor|op|van|met|over|bij|na)\s+"
# '... een zitting. Dat is een gesprek ...', '... om kwijtschelding. Dat betekent: ...' ('Dit betekent dat' tells a consequence)
NEXT_SENTENCE = re.compile(
    BEFORE_NOUN
    + WORD
    + r"[’'\"]?[.]\s+(?:(?:Dat|Dit)\s+(?:is|zijn)\s+(?:een|de|het)\s+\w|(?:Dat|Dit)\s+(?:betekent|betekenen|wil zeggen)\s*:"
    r"|(?:Daarmee|Hiermee)\s+bedoel(?:t|en)\s+(?:we|wij)\b)"
)
# '... de hoofdsom, dat wil zeggen ...', '... de hoofdsom, dat is het bedrag ...', '... (d.w.z. ...)'
SAME_SENTENCE = re.compile(
    WORD + r"[’'\"]?\s*[,:(–-]\s*(?:dat wil zeggen|d\.w\.z\.|dat is (?:een|de|het)|oftewel|met andere woorden)[:,]?\s+\w", re.IGNORECASE
)
# '... een solitair (sierheester)': lower-case words in brackets right after the word
BRACKETS = re.compile(WORD + r"[’'\"]?\s+\(([^()\n]{3,80})\)")
NOT_AN_EXPLANATION = ("zie ", "artikel", "bijlage", "pagina", "blz", "of ", "en ", "meervoud")
VOWELS = frozenset("aeiouyáéíóúëïöü")
EXPLAINABLE = frozenset({"jargon", "misleidend", "moeilijk-woord"})


class Located(Protocol):
    @property
    def category(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


F = TypeVar("F", bound=Located)


def _bracket_explains(inside: str) -> bool:
    inside = inside.strip()
    if not inside[:1].islower() or any(ch.isdigit() or ch == "." for ch in inside):
        return False  # '(BSN)' and '(v.e.)' are abbreviations, '(artikel 4)' and '(2026)' are references
    if " " not in inside and (len(inside) <= 4 or not VOWELS.intersection(inside.lower())):
        return False  # '(pgb)', '(wmo)': an abbreviation in lower case
    return not inside.lower().startswith(NOT_AN_EXPLANATION) and len(inside.split()) <= 12


def explained_words(text: str) -> dict[str, int]:
    """Lower-cased word -> offset of its first explained use in ``text``."""
    found: dict[str, int] = {}

    def add(word: str, start: int) -> None:
        key = word.lower()
        if key not in found or start < found[key]:
            found[key] = start

    for pattern in (NEXT_SENTENCE, SAME_SENTENCE):
        for m in pattern.finditer(text):
            group = next(g for g in range(1, (m.re.groups or 0) + 1) if m.group(g))
            add(m.group(group), m.start(group))
    for m in BRACKETS.finditer(text):
        if _bracket_explains(m.group(2)):
            add(m.group(1), m.start(1))
    return found


def drop_explained(findings: Sequence[F], text: str, categories: Iterable[str] = EXPLAINABLE) -> list[F]:
    """``findings`` without the words the text explains, from their explained use on.

    A finding counts as that word when its text, or its last word, is the
    explained word ('ter zitting' after 'zitting' is explained). Uses before
    the explanation stay: the reader met the word before it was explained.
    """
    cats = frozenset(categories)
    if not any(f.category in cats for f in findings):
        return list(findings)
    explained = explained_words(text)
    if not explained:
        return list(findings)
    kept = []
    for f in findings:
        words = f.text.lower().split()
        at = explained.get(f.text.lower(), explained.get(words[-1] if words else "", None))
        if f.category in cats and at is not None and f.end > at:
            continue
        kept.append(f)
    return kept
