"""A last clause after a comma becomes a sentence of its own, in main-clause order (issue 17).

', welke u niet aan ons heeft gemeld.' -> '. Die heeft u niet aan ons gemeld.'
', hetgeen kan betekenen dat ...' -> '. Dat kan betekenen dat ...'
', waarvoor een boete kan worden opgelegd.' -> '. Daarvoor kan een boete worden opgelegd.'

The relative word becomes a pointing word that keeps its reference ('die'
stays 'Die', 'waarvoor' becomes 'Daarvoor'); the finite verb moves to second
place, a separable verb leaves its particle in the cluster. Only for the
last clause of the sentence, with one clear finite verb and no clause inside
it; otherwise there is no proposal.
"""

from __future__ import annotations

from typing import Any

from taalcheck.core.findings import Edit
from taalcheck.nl.verb_cluster import main_clause_parts, subordinate_finite
from taalcheck.nl.word_classes import PARTICLES, PERSONS, SUBORDINATORS

# 'waar' + preposition -> 'daar' + preposition ('waarbij' -> 'Daarbij')
_WAAR = frozenset("waarbij waarna waardoor waarmee waaruit waarvoor waarop waarin waaraan waarover waarvan".split())
# a relative word for the whole clause before it
_WHOLE = {"hetgeen": "Dat", "wat": "Dat", "zodat": "Zo"}
# question words: a relative clause after an indirect question belongs to it
_QUESTION = frozenset("welke welk wie wat hoe waarom".split())
# words that open another clause inside the last one: then the verb to move is not certain
_INNER_CLAUSE = SUBORDINATORS | {"en", "of", "maar", "want", "te", "om", "dan"}


def _opens_inner(clause: list[Any], n: int) -> bool:
    """Whether the word at ``n`` opens another clause inside the last one.

    Not 'en'/'of' between two nouns ('de categorieën C en CE', 'van de ouders
    of van het kind'), not 'te' inside the verb group ('dient te beschikken'),
    not 'dan' after a comparative ('lager dan'), not 'als' before a noun
    ('als kentekenhouder').
    """
    token = clause[n]
    before = clause[n - 1] if n > 0 else None
    after = clause[n + 1] if n + 1 < len(clause) else None
    word = token.lower_
    if word not in _INNER_CLAUSE or before is None or after is None:
        return word in _INNER_CLAUSE
    if (
        word in ("en", "of")
        and before.pos_ not in ("VERB", "AUX")
        and after.pos_ not in ("VERB", "AUX", "SCONJ")
        and after.lower_ not in PERSONS
    ):
        return False  # 'C en CE', '€ 50,00 of meer': two words joined, no second clause
    if word == "te" and after.pos_ in ("VERB", "AUX") and (before.pos_ in ("VERB", "AUX") or before.lower_ in PARTICLES):
        return False
    if word in ("dat", "die") and after.pos_ == "NOUN":
        return False  # 'in dat geval'
    if word == "dan" and any(t.pos_ == "ADJ" and t.lower_.endswith("er") for t in clause[:n]):
        return False  # 'lager is dan de norm'
    return not (word == "als" and after.pos_ in ("NOUN", "PROPN"))


def opener(doc: Any, k: int) -> str | None:
    """The pointing word for the relative word at token ``k`` (after a comma), or None."""
    word = doc[k].lower_
    if k < 2 or doc[k - 1].text != ",":
        return None
    if word in _WAAR:
        return "Daar" + word[4:]
    if word in _WHOLE:
        return _WHOLE[word]
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if nxt is None or nxt.pos_ == "NOUN":
        return None  # 'welke kosten ...': a determiner, not a relative pronoun
    if word in ("die", "welke"):
        return "Die"  # 'die' and 'welke' point at a de-word or a plural: so does 'Die'
    noun = doc[k - 2]
    if doc[k].pos_ == "PRON" and doc[k].dep_ != "mark" and noun.pos_ == "NOUN" and "Neut" in noun.morph.get("Gender"):
        return "Dat"
    return None


def last_clause(doc: Any, k: int, cut: int) -> list[Edit] | None:
    """Edits that make the clause opened at token ``k`` a main clause, or None."""
    start = opener(doc, k)
    if start is None:
        return None
    end = len(doc)
    while end > k and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end < len(doc) and doc[end].text not in (".", "!"):
        return None
    stretch = doc[max(0, k - 12) : k - 1]
    if any(t.lower_ in _QUESTION for t in stretch) and not any(t.is_punct for t in stretch):
        return None  # 'uitgelegd welke hulp u kunt krijgen, die past ...': the clause narrows the question
    clause = [t for t in doc[k + 1 : end] if not t.is_space]
    inner = next((n for n, t in enumerate(clause) if _opens_inner(clause, n)), len(clause))
    follows = inner < len(clause) and (clause[inner].pos_ == "SCONJ" or clause[inner].lower_ in ("die", "welke"))
    if inner < len(clause) and not (follows and clause[inner].lower_ in ("dat", "of", "die", "welke")):
        return None  # only a 'dat'-clause or a relative clause may follow the verbs ('hetgeen betekent dat ...')
    clause = clause[:inner]
    if len(clause) < (1 if follows else 2) or any(t.is_punct and t.text != "-" for t in clause):
        return None
    finite = subordinate_finite(clause)
    if finite is None:
        return None
    if finite is clause[0] and start.startswith("Daar"):
        return None  # 'waarbij is gebleken': no subject between
    parts = main_clause_parts(finite)
    if parts is None:
        return None
    head, particle = parts
    previous = doc[finite.i - 1]
    mark = "" if doc.text[:cut].endswith(".") else "."  # 'B.V.' ends the sentence already
    joined = f"{mark} {start} {head}"
    if finite is clause[0]:
        # 'die kunnen leiden tot' -> 'Die kunnen leiden tot': the verb stays in place
        return [Edit(cut, doc[k].idx + len(doc[k].text), f"{mark} {start}")] + (
            [Edit(finite.idx, finite.idx + len(finite.text), f"{head} {particle}")] if particle else []
        )
    if particle:
        moved = Edit(finite.idx, finite.idx + len(finite.text), particle)
    else:
        moved = Edit(previous.idx + len(previous.text), finite.idx + len(finite.text), "")
    return [Edit(cut, doc[k].idx + len(doc[k].text), joined), moved]


def relative_points(doc: Any) -> list[int]:
    """Tokens after a comma that open a last clause this module can turn around."""
    return [t.i for t in doc if t.i >= 2 and doc[t.i - 1].text == "," and opener(doc, t.i) is not None]
