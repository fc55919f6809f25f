"""Old case forms and old adverbs a word list cannot enumerate (naamvallen).

Dutch lost its cases, but letters keep their fossils: 'ter' and 'ten'
before a noun ('ter voorbereiding', 'ten bate van'), the genitive 'des' and
'der' ('des te', 'een der redenen'), old determiners ('dezer dagen', 'te
zijner tijd'), an old dative ('in dezen'), old pronouns ('hetwelk',
'dezelve') and adverbs made with '-halve', '-wege' and '-zijds'
('volledigheidshalve', 'van gemeentewege', 'mijnerzijds'). Each is found by
its form, so new combinations are found too. Names keep their particles
('Ter Apel', 'Van der Berg', 'Jan ten Brink'), and phrases every reader
knows stay ('ten eerste', 'ter wereld', 'ter sprake'). 'ter' before a verb
made noun ('ter beoordeling van') is a nominalisation, flagged by that rule.

The word classes are in ``taalcheck.nl.word_classes``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from taalcheck.nl.tokens import next_word, previous_word
from taalcheck.nl.word_classes import (
    ARCHAIC_PRONOUNS,
    CASE_DETERMINERS,
    CASE_PREPOSITIONS,
    DEZEN_PREPOSITIONS,
    EVERYDAY_CASE_PHRASES,
    EVERYDAY_WEGE,
    HALVE_STEM_ENDINGS,
    HALVE_STEMS,
    NAME_PARTICLES,
    ZIJDS_STEMS,
)

# 'ter beoordeling', 'ter aflossing': a verb made noun, left to the nominalisation rule.
VERB_NOUN_ENDINGS = ("ing", "ingen")


@dataclass(frozen=True)
class ArchaicForm:
    start: int  # token index
    end: int  # token index, exclusive
    kind: str  # "ter" | "genitief" | "datief" | "voornaamwoord" | "halve" | "wege" | "zijds"


def _capitalised(token: Any) -> bool:
    return token.text[:1].isupper()


def _plain_word(token: Any | None) -> bool:
    return token is not None and token.is_alpha and not _capitalised(token)


def archaic_forms(doc: Any) -> list[ArchaicForm]:
    """Every old case form or old adverb in ``doc``, in order, not overlapping."""
    found: list[ArchaicForm] = []
    taken = -1
    for token in doc:
        if token.i < taken or not token.is_alpha:
            continue
        form = _form_at(doc, token)
        if form is not None:
            found.append(form)
            taken = form.end
    return found


def _form_at(doc: Any, token: Any) -> ArchaicForm | None:
    before = previous_word(doc, token.i)
    if _capitalised(token) and before is not None and not before.is_punct:
        return None  # 'Ter Apel', 'Ten Boer' inside a sentence: a name
    return _case_form(doc, token, before) or _old_word(token, before)


def _case_form(doc: Any, token: Any, before: Any | None) -> ArchaicForm | None:
    """'ter voorbereiding', 'des te', 'een der redenen', 'te zijner tijd', 'in dezen'."""
    lower = token.lower_
    after = next_word(doc, token.i + 1)
    if lower in CASE_PREPOSITIONS:
        if not _plain_word(after) or after.lower_ in EVERYDAY_CASE_PHRASES or after.lower_.endswith(VERB_NOUN_ENDINGS):
            return None  # 'ter beoordeling van' is a verb made noun: the nominalisation rule says what to do
        if before is None or not _capitalised(before) or before.is_sent_start:
            return ArchaicForm(token.i, after.i + 1, "ter")
        return None
    if lower in CASE_DETERMINERS:
        if (lower == "der" and before is not None and before.lower_ in NAME_PARTICLES) or not _plain_word(after):
            return None  # 'Van der Berg'
        start = before.i if before is not None and before.lower_ == "te" and lower != "des" else token.i
        return ArchaicForm(start, after.i + 1, "genitief")
    if lower == "dezen" and before is not None and before.lower_ in DEZEN_PREPOSITIONS and not _plain_noun(after):
        return ArchaicForm(before.i, token.i + 1, "datief")
    return None


def _old_word(token: Any, before: Any | None) -> ArchaicForm | None:
    """'hetwelk', 'volledigheidshalve', 'mijnentwege', 'van gemeentewege', 'mijnerzijds'."""
    lower = token.lower_
    if lower in ARCHAIC_PRONOUNS:
        return ArchaicForm(token.i, token.i + 1, "voornaamwoord")
    if len(lower) >= 8 and lower.endswith("halve"):
        stem = lower[: -len("halve")]
        if stem in HALVE_STEMS or stem.endswith(HALVE_STEM_ENDINGS):
            return ArchaicForm(token.i, token.i + 1, "halve")
    after_van = before is not None and before.lower_ == "van"
    if lower.endswith("wege") and lower not in EVERYDAY_WEGE and len(lower) >= 8 and (lower.endswith("entwege") or after_van):
        return ArchaicForm(before.i if after_van else token.i, token.i + 1, "wege")
    if lower.endswith("zijds") and lower[: -len("zijds")] in ZIJDS_STEMS:
        return ArchaicForm(token.i, token.i + 1, "zijds")
    return None


def _plain_noun(token: Any | None) -> bool:
    return _plain_word(token) and token.pos_ in ("NOUN", "ADJ")
