"""Word swaps that break the clause around them (fifth audit, issue 17).

Each check looks at one swap (the old tokens, the new words in lower case)
and gives the reason in Dutch when the new words cannot stand there:

- 'na de datum': 'datum' does not say which date without 'van ...';
- 'is ... bijstand aan u verstrekt' -> 'geeft': after 'is', 'wordt' or
  'heeft' the participle must stay a participle;
- 'met dien verstande dat wij ... zijn afgeweken' -> 'maar wij ... zijn
  afgeweken': after 'maar' or 'want' the verb comes second, not last;
- 'niet in aanmerking komen.' -> 'recht hebben op.': a preposition at the end
  of the clause hangs loose;
- 'de verklaring afleggen' -> 'de antwoorden': one word for a noun and its
  verb leaves the noun's article behind.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from taalcheck.nl.inflection import load_forms
from taalcheck.nl.word_classes import AUXILIARIES, COORDINATORS, DETERMINERS, NEEDS_OWNER, PREPOSITIONS, SUBORDINATORS, WORDEN, ZIJN

_PERFECT = WORDEN | ZIJN | frozenset("heb hebt heeft hebben had hadden".split())
_CLAUSE_STOPS = SUBORDINATORS | COORDINATORS


def _after(doc: Any, tokens: list) -> Any:
    k = tokens[-1].i + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    return doc[k] if k < len(doc) else None


def _before(doc: Any, first: Any) -> Any:
    k = first.i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return doc[k] if k >= 0 else None


def _whose(doc: Any, tokens: list, new: list[str]) -> str | None:
    """'binnen zes weken na de datum': which date? ('na de datum van deze brief' says it)."""
    if new[-1] not in NEEDS_OWNER or any(t.lower_ in NEEDS_OWNER for t in tokens):
        return None
    after = _after(doc, tokens)
    if after is not None and after.lower_ in ("van", ":"):
        return None
    return f"'{new[-1]}' zegt niet welke {new[-1]}; schrijf bijvoorbeeld 'de {new[-1]} van deze brief'"


@lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    """Every participle in the table of forms ('verstrekt', 'gegeven', 'teruggestuurd')."""
    return frozenset(e.forms["vd"] for e in load_forms().values() if e.kind == "werkwoord" and e.forms.get("vd"))


@lru_cache(maxsize=1)
def _finite() -> frozenset[str]:
    """Every finite form in the table ('verstrekt', 'toont'): a participle spelled the same may be finite."""
    forms = (
        e.forms.get(slot, "").split(" ")[0] for e in load_forms().values() if e.kind == "werkwoord" for slot in ("stam", "t", "ovt_ev")
    )
    return frozenset(f for f in forms if f)


def _participle_lost(doc: Any, tokens: list, new: list[str]) -> str | None:
    """'is ... bijstand aan u verstrekt' -> '... aan u geeft': the auxiliary needs a participle.

    A word that can only be a participle ('indien aangetoond') keeps one:
    'indien laten zien' is no Dutch.
    """
    if len(tokens) != 1 or tokens[0].lower_ not in _participles() or any(w in _participles() for w in new):
        return None
    if tokens[0].lower_ not in _finite():
        return f"'{tokens[0].text}' is een voltooid deelwoord; '{' '.join(new)}' past daar niet"
    if len(new) != 1:
        return None
    after = _after(doc, tokens)
    if after is not None and not after.is_punct and after.lower_ not in _CLAUSE_STOPS:
        return None  # not at the end of its clause: a finite verb in second place ('verstrekt u')
    auxiliary = next((c for c in tokens[0].children if c.dep_ in ("aux", "aux:pass") and c.lower_ in _PERFECT and c.i < tokens[0].i), None)
    if auxiliary is not None:  # the parse links them ('is ... of tot een te hoog bedrag ... verstrekt')
        return f"na '{auxiliary.text}' hoort een voltooid deelwoord, geen '{new[0]}'"
    for t in reversed(doc[max(0, tokens[0].i - 40) : tokens[0].i]):
        opens = t.lower_ in _CLAUSE_STOPS and (t.lower_ != "dat" or t.pos_ == "SCONJ") and not _joins_phrases(doc, t)
        if t.is_punct or opens or (t.pos_ in ("VERB", "AUX") and t.lower_ not in _PERFECT):
            return None
        if t.lower_ in _PERFECT:
            return f"na '{t.text}' hoort een voltooid deelwoord, geen '{new[0]}'"
    return None


def _joins_phrases(doc: Any, conj: Any) -> bool:
    """'tot en met', 'ten onrechte of tot een te hoog bedrag': 'en'/'of' before a preposition or adverb joins
    two phrases of one clause, not two clauses ('dat' may also be 'that thing')."""
    after = doc[conj.i + 1] if conj.i + 1 < len(doc) else None
    return conj.lower_ in ("en", "of") and after is not None and after.pos_ in ("ADP", "ADV", "ADJ", "NUM")


def _main_order(doc: Any, tokens: list, new: list[str]) -> str | None:
    """'met dien verstande dat wij ... zijn afgeweken' -> 'maar wij ... zijn afgeweken': word order of a main clause."""
    if new[-1] not in COORDINATORS or tokens[-1].lower_ not in SUBORDINATORS | {"dat"} or tokens[-1].lower_ in COORDINATORS:
        return None
    return f"na '{new[-1]}' komt het werkwoord op de tweede plaats; schrijf een nieuwe zin"


def _loose_preposition(doc: Any, tokens: list, new: list[str]) -> str | None:
    """'niet voor aftrek in aanmerking komen.' -> '... recht hebben op.': nothing follows the preposition."""
    if new[-1] not in PREPOSITIONS or tokens[-1].lower_ in PREPOSITIONS:
        return None
    after = _after(doc, tokens)
    if after is not None and not after.is_punct and after.lower_ not in _CLAUSE_STOPS:
        return None
    return f"'{new[-1]}' hangt dan los aan het eind"


def _article_left(doc: Any, tokens: list, new: list[str]) -> str | None:
    """'u moet de verklaring afleggen' -> 'u moet de antwoorden': the article of the old noun stays."""
    if len(new) != 1 or len(tokens) < 2 or tokens[0].pos_ != "NOUN":
        return None
    before = _before(doc, tokens[0])
    if before is None or before.lower_ not in DETERMINERS or before.lower_ in AUXILIARIES:
        return None
    return f"'{before.text}' blijft dan staan voor '{new[0]}'"


CLAUSE_CHECKS = (_whose, _participle_lost, _main_order, _loose_preposition, _article_left)
