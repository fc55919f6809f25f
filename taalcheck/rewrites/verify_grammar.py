"""More proofs for a safe fix: the grammar around the edited words (issue 17, audit classes).

Each check answers why the fix is not safe, or None. They read the words
themselves where the parser is not sure of a stiff sentence:

- after 'wordt', 'is', 'heeft' the verb is a participle: 'wordt bezien' ->
  'wordt bekeken', never 'wordt bekijken'; 'hebben doen toekomen' -> never
  'hebben sturen';
- 'welke' after a preposition asks a question ('in welke staat'): 'die' breaks it;
- an adjective after its noun is part of a fixed name ('verblijfsvergunning regulier');
- 'herhaalde verzoeken' is no 'herhaalde vragen': a verb's plain word as a noun means something else;
- 'X alsmede Y is' takes a singular verb; 'X en Y is' does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from taalcheck.core.findings import Edit
from taalcheck.nl.inflection import load_forms
from taalcheck.nl.word_classes import DETERMINERS, QUANTIFIERS

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# forms of hebben, zijn and worden: the verb next to them is a participle
PERFECT_PASSIVE = frozenset("heb hebt heeft hebben had hadden ben bent is zijn was waren word wordt worden werd werden".split())
PREPOSITIONS = frozenset("in op aan van met voor bij naar uit over door om tot onder tegen na volgens vanaf".split())
SINGULAR_FINITE = frozenset("is was heeft had wordt werd kan mag moet zal wil blijft geldt".split())


@lru_cache(maxsize=1)
def _infinitives() -> frozenset[str]:
    """Verbs of the inflection table in their infinitive: a plain word that is no participle."""
    return frozenset(e.lemma for e in load_forms().values() if e.kind == "werkwoord" and e.lemma != e.forms.get("vd"))


def _words_before(text: str, pos: int, n: int = 1) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[:pos])][-n:]


def _words_after(text: str, pos: int, n: int = 1) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[pos:])][:n]


_CLAUSE_STOP = re.compile(r"[,;:()]|\b(?:dat|of|en|maar|omdat|als|nadat|voordat|zodat|die|wat|waarin|waarna|om|te)\b", re.I)


def _clause_before(text: str, pos: int) -> list[str]:
    """The words before ``pos`` in its clause, at most eight ('wordt volgend jaar opnieuw')."""
    head = text[:pos]
    stops = list(_CLAUSE_STOP.finditer(head))
    start = stops[-1].end() if stops else 0
    if stops and stops[-1].end() == len(head.rstrip()) and stops[-1].group().lower() == "te":
        return []  # 'te' + infinitive
    return [w.lower() for w in _WORD.findall(head[start:])][-8:]


def participle_lost(old_doc: Any, new_text: str, edits: Sequence[Edit], regions: Sequence[tuple[int, int]]) -> str | None:
    """'wordt bezien' -> 'wordt bekijken', 'hebben doen toekomen' -> 'hebben sturen'."""
    for edit, (start, end) in zip(sorted(edits, key=lambda e: (e.start, e.end)), regions, strict=True):
        new_words = _WORD.findall(new_text[start:end].lower())
        if not new_words or new_words[-1] not in _infinitives():
            continue
        old_verbs = [t for t in old_doc if t.idx < edit.end and edit.start < t.idx + len(t.text) and t.pos_ in ("VERB", "AUX")]
        if not old_verbs:
            continue  # 'er zijn verzoeken' -> 'vragen': a noun after 'zijn'
        if "te" in new_words or _words_before(new_text, start) in (["te"], ["het"]):  # 'het doen van arbeid': a noun
            continue  # 'te betalen', 'terug te sturen': a te-infinitive, no participle needed
        clause = _clause_before(new_text, start)
        near = clause[-1:] + _words_after(new_text, end)
        around = [w for w in clause if w not in ("zijn", "haar")] + near  # other edits may drop the aux; 'zijn werk' owns
        if any(w in PERFECT_PASSIVE for w in around):
            return f"na '{next(w for w in around if w in PERFECT_PASSIVE)}' hoort een voltooid deelwoord, niet '{new_words[-1]}'"
    return None


def interrogative_welke(text: str, edits: Sequence[Edit]) -> str | None:
    """'beoordeelt in welke staat u ...': after a preposition 'welke' mostly asks a question."""
    for edit in edits:
        if text[edit.start : edit.end].lower() in ("welke", "welk") and set(_words_before(text, edit.start)) & PREPOSITIONS:
            return f"'{text[edit.start : edit.end]}' is hier een vraagwoord"
    return None


def postnominal_adjective(old_doc: Any, edits: Sequence[Edit]) -> str | None:
    """'verblijfsvergunning regulier': an adjective after its noun names a kind of thing."""
    table = load_forms()
    for edit in edits:
        tokens = [t for t in old_doc if not t.is_space and t.idx < edit.end and edit.start < t.idx + len(t.text)]
        if len(tokens) != 1 or tokens[0].i == 0:
            continue
        token, before = tokens[0], old_doc[tokens[0].i - 1]
        entry, new = table.get(token.lower_), table.get(edit.replacement.lower())
        adjectives = entry is not None and new is not None and entry.kind == new.kind == "bijvoeglijk"
        following = old_doc[token.i + 1] if token.i + 1 < len(old_doc) else None
        # 'toeslag verschuldigd is' -> 'te betalen': a predicate, no name
        named = following is not None and not following.is_punct and " " not in edit.replacement.strip()
        if adjectives and before.pos_ in ("NOUN", "PROPN") and named:
            return f"'{before.text} {token.text}' is een vaste naam"
    return None


def coordinated_singular(text: str, edits: Sequence[Edit]) -> str | None:
    """'Uw aanwezigheid alsmede die van Noah is verplicht' -> 'en ... is': 'en' makes the subject plural."""
    for edit in edits:
        if edit.replacement.lower() != "en" or text[edit.start : edit.end].lower() != "alsmede":
            continue
        before = _words_before(text, edit.start, 40)
        if any(w in SINGULAR_FINITE or w in PERFECT_PASSIVE for w in before):
            continue  # 'alsmede' comes after the verb: not in the subject
        after = _WORD.findall(text[edit.end :].lower())
        verb = next((w for w in after if w in SINGULAR_FINITE or w in PERFECT_PASSIVE), None)
        if verb in SINGULAR_FINITE:
            return f"met 'en' hoort een meervoud bij '{verb}'"
    return None


def compound_broken(text: str, edits: Sequence[Edit]) -> str | None:
    """'jeugd-GGZ' -> 'jeugd-geestelijke gezondheidszorg (GGZ)': words spelled out inside a compound."""
    for edit in edits:
        glued = (edit.start > 0 and text[edit.start - 1] == "-") or text[edit.end : edit.end + 1] == "-"
        if glued and " " in edit.replacement.strip():
            return f"'{text[edit.start : edit.end]}' is deel van een samengesteld woord"
    return None


def verb_as_noun(old_doc: Any, new_text: str, edits: Sequence[Edit], regions: Sequence[tuple[int, int]]) -> str | None:
    """'Ondanks herhaalde verzoeken' -> 'vragen': a verb's plain word used as a noun may mean something else."""
    for edit, (start, end) in zip(sorted(edits, key=lambda e: (e.start, e.end)), regions, strict=True):
        old = [t for t in old_doc if not t.is_space and t.idx < edit.end and edit.start < t.idx + len(t.text)]
        new = _WORD.findall(new_text[start:end].lower())
        before = old_doc[old[0].i - 1] if len(old) == 1 and old[0].i > 0 else None
        noun_phrase = before is not None and (
            before.pos_ in ("DET", "ADJ") or before.dep_ in ("amod", "det", "nmod:poss") or before.lower_ in ("uw", "ons", "onze", "hun")
        )
        after = old_doc[old[0].i + 1] if noun_phrase and old[0].i + 1 < len(old_doc) else None
        plural = noun_phrase and old[0].lower_.endswith("en")
        if plural and after is not None and not after.is_punct and len(new) == 1 and old[0].pos_ == "NOUN" and new[0] in _infinitives():
            return f"'{new[0]}' als zelfstandig naamwoord betekent iets anders dan '{old[0].text}'"
    return None


def quantifier_after_article(old_doc: Any, edits: Sequence[Edit]) -> str | None:
    """'een nader onderzoek' -> 'een meer onderzoek': 'meer' takes no article before a noun."""
    for edit in edits:
        new = edit.replacement.lower().split()
        old = [t for t in old_doc if not t.is_space and t.idx < edit.end and edit.start < t.idx + len(t.text)]
        if len(new) != 1 or new[0] not in QUANTIFIERS or len(old) != 1:
            continue
        k, j = old[0].i - 1, old[0].i + 1
        if k >= 0 and old_doc[k].lower_ in DETERMINERS and j < len(old_doc) and old_doc[j].pos_ in ("NOUN", "PROPN"):
            return f"'{old_doc[k].text} {new[0]}' kan niet voor een zelfstandig naamwoord"
    return None


def check_all(old_doc: Any, new_text: str, edits: Sequence[Edit], regions: Sequence[tuple[int, int]]) -> str | None:
    """The first reason the grammar around the edit breaks, or None."""
    text = old_doc.text
    return (
        participle_lost(old_doc, new_text, edits, regions)
        or interrogative_welke(text, edits)
        or postnominal_adjective(old_doc, edits)
        or coordinated_singular(text, edits)
        or verb_as_noun(old_doc, new_text, edits, regions)
        or quantifier_after_article(old_doc, edits)
    )
