"""Word swaps that break the sentence around them (issue 17, proposals worth reading).

A jargon or sense word swapped for a plain one must still fit its sentence:
the preposition its old verb governed ('beschikken over' -> 'hebben'), a
repeated preposition in a row ('betrekking hebben op X of op Y'), the
article of a noun whose gender taalcheck does not know ('het object' ->
'het woning'), a pronoun after a preposition ('van ik'), an article before a
pointing word ('het vorenstaande' -> 'het dit'), a word that is already
there ('te verkopen of anderszins te verkopen'), a finite verb or
participle that loses its form ('zulks vereist' -> 'zulks nodig', 'wordt
herzien' -> 'wordt opnieuw berekenen'), a conjunction before a
te-infinitive ('voordat tot afsluiting over te gaan'), and a lone 'van'
left by a dropped phrase ('ter hoogte van hectometerpaal'). Each check
gives the reason in Dutch; the proposal then becomes advice.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from taalcheck.core.findings import Edit
from taalcheck.nl.clauses import clause_bounds, clause_is_te_infinitive
from taalcheck.nl.inflection import load_forms
from taalcheck.nl.word_classes import (
    AUXILIARIES,
    CLAUSE_CONJUNCTIONS,
    DE_TO_HET,
    FUNCTION_WORDS,
    GOVERNED_PREPOSITIONS,
    HET_TO_DE,
    MODALS,
    PREPOSITIONS,
    TAKES_PREPOSITION,
    WORDEN,
)
from taalcheck.rewrites.swap_clause import CLAUSE_CHECKS

TE_OPENERS = frozenset({"alvorens", "teneinde"})  # words that open a te-infinitive ('alvorens ... te nemen')
_SUBJECT_ONLY = frozenset({"ik", "wij", "we", "hij", "zij"})
_POINTERS = frozenset({"dit", "dat", "deze", "die"}) | {"ik", "wij", "hij"}
_GENDERED = frozenset(DE_TO_HET) | frozenset(HET_TO_DE)
_COMMON = FUNCTION_WORDS | frozenset("is zijn wordt worden niet geen ook u uw wij ons dan als dat die deze dit er".split())


def one_swap(doc: Any, edits: Sequence[Edit]) -> tuple[Edit, list[Any], list[str]] | None:
    """A one-part word swap: the edit, the tokens it replaces and its new words (lower case), or None."""
    if len(edits) != 1:
        return None
    edit = edits[0]
    tokens = [t for t in doc if not t.is_space and t.idx < edit.end and edit.start < t.idx + len(t.text)]
    new = edit.replacement.lower().split()
    return (edit, tokens, new) if tokens and new else None


def swap_wrong(doc: Any, edits: Sequence[Edit]) -> str | None:
    """Why a one-part word swap does not fit where the old words stood, or None."""
    swap = one_swap(doc, edits)
    if swap is None:
        return None
    _, tokens, new = swap
    for check in (
        _lone_preposition,
        _governed,
        _coordinated,
        _pronoun,
        _gender,
        _twice,
        _verb_form,
        _te_clause,
        _in_cluster,
        _ellipsis,
        *CLAUSE_CHECKS,
    ):
        reason = check(doc, tokens, new)
        if reason:
            return reason
    return None


def _before(doc: Any, first: Any) -> Any:
    k = first.i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return doc[k] if k >= 0 else None


def _lone_preposition(doc: Any, tokens: list, new: list[str]) -> str | None:
    """'op de A2 ter hoogte van hectometerpaal 12' -> 'op de A2 van hectometerpaal': 'van' needs a noun before it."""
    if len(tokens) < 2 or len(new) != 1 or new[0] not in PREPOSITIONS or tokens[-1].lower_ != new[0]:
        return None
    before = _before(doc, tokens[0])
    if before is not None and before.pos_ == "NOUN" and not before.is_punct:
        return None  # 'een bedrag ter hoogte van € 50' -> 'een bedrag van € 50'
    return f"zonder '{' '.join(t.text for t in tokens[:-1])}' hangt '{new[0]}' los"


def _clause(doc: Any, token: Any) -> Any:
    start, stop = clause_bounds(doc, token.i)
    return doc[start:stop]


def _governed(doc: Any, tokens: list, new: list[str]) -> str | None:
    """'die over een volmacht dient te beschikken' -> '... dient te hebben': 'over' stays behind."""
    head = tokens[-1]
    wanted = GOVERNED_PREPOSITIONS.get(head.lemma_.lower()) or GOVERNED_PREPOSITIONS.get(head.lower_)
    if wanted is None or head.pos_ not in ("VERB", "AUX") or wanted in new:
        return None
    if TAKES_PREPOSITION.get(new[-1]) == wanted or any(TAKES_PREPOSITION.get(w) == wanted for w in new):
        return None
    own = {t.i for t in tokens}
    if any(t.lower_ == wanted and t.i not in own for t in _clause(doc, head)):
        return f"'{wanted}' hoort bij '{head.text}' en past niet bij '{' '.join(new)}'"
    return None


def _coordinated(doc: Any, tokens: list, new: list[str]) -> str | None:
    """'betrekking hebben op de kosten of op de vraag' -> 'gaan over de kosten of op de vraag'."""
    after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if new[-1] in PREPOSITIONS and after is not None and after.lower_ in ("dat", "of"):
        return f"'{new[-1]} {after.text}' kan niet; schrijf 'ervoor {after.text}'"  # 'te zorgen voor dat u'
    old = tokens[-1].lower_
    if old not in PREPOSITIONS or new[-1] == old or new[-1] not in PREPOSITIONS:
        return None
    rest = [t for t in doc[tokens[-1].i + 1 :] if not t.is_space]
    for k, t in enumerate(rest[:-1]):
        if t.is_punct and t.text != ",":
            break
        if t.lower_ in ("en", "of") and rest[k + 1].lower_ == old:
            return f"'{t.text} {old}' verderop past dan niet meer bij '{new[-1]}'"
    return None


def _pronoun(doc: Any, tokens: list, new: list[str]) -> str | None:
    """'ten overstaan van ondergetekende' -> 'van ik'; 'het vorenstaande' -> 'het dit'."""
    before = _before(doc, tokens[0])
    if before is None or len(new) != 1:
        return None
    if new[0] in _SUBJECT_ONLY and before.lower_ in PREPOSITIONS:
        return f"na '{before.text}' hoort geen '{new[0]}'"
    if new[0] in _POINTERS and before.lower_ in ("de", "het", "een"):
        return f"'{before.text} {new[0]}' is geen goed Nederlands"
    return None


def _determiner(doc: Any, first: Any) -> Any:
    """The article or pointing word of the noun phrase ending at ``first`` (adjectives in between)."""
    k = first.i - 1
    while k >= 0 and (doc[k].is_space or doc[k].pos_ in ("ADJ", "ADV") or (doc[k].pos_ == "VERB" and doc[k].lower_.endswith("e"))):
        k -= 1
    return doc[k] if k >= 0 and doc[k].lower_ in _GENDERED else None


def _gender(doc: Any, tokens: list, new: list[str]) -> str | None:
    """A noun swap behind 'de'/'het'/'deze'/'dit' where taalcheck does not know both genders.

    'het object' -> 'het woning': the table of nouns (vervoegingen.csv) gives
    'de' or 'het'; a noun that is not in it cannot be checked.
    """
    if len(tokens) != 1 or len(new) != 1 or tokens[0].pos_ in ("VERB", "AUX", "ADV", "ADP") or "Plur" in tokens[0].morph.get("Number"):
        return None
    after = doc[tokens[0].i + 1] if tokens[0].i + 1 < len(doc) else None
    if (
        (tokens[0].pos_ == "ADJ" and after is not None and after.pos_ == "NOUN")
        or new[0] in _verb_words()
        or tokens[0].lower_.endswith(("en", "s"))
    ):
        return None  # 'de desbetreffende regel': an adjective before its noun; a plural has 'de' anyway
    table = load_forms()
    source, target = table.get(tokens[0].lower_), table.get(new[0])
    determiner = _determiner(doc, tokens[0])
    if determiner is None or determiner.pos_ != "DET" or determiner.head.i != tokens[0].i:
        return None  # 'u heeft het onjuist ingevuld': 'het' is no article here
    known = source is not None and target is not None and source.gender and target.gender
    if not known:
        return f"taalcheck weet niet of het '{determiner.text} {new[0]}' moet zijn"
    return None


def _twice(doc: Any, tokens: list, new: list[str]) -> str | None:
    """'te verkopen, weg te geven of anderszins te vervreemden' -> '... te verkopen': the word is there already."""
    own = {t.i for t in tokens}
    near = [t for t in doc[max(0, tokens[0].i - 15) : tokens[-1].i + 15] if t.i not in own]
    for word in new:
        if len(word) > 3 and word not in _COMMON and any(t.lower_ == word for t in near):
            return f"'{word}' staat dan twee keer in de zin"
    return None


@lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    """Every form of every verb in the table ('geeft', 'gaf', 'gegeven', 'zorgen')."""
    table = load_forms()
    out = set(AUXILIARIES) | set(MODALS)
    for entry in table.values():
        if entry.kind == "werkwoord":
            out.update(w for form in entry.forms.values() for w in form.split() if w != entry.tail)
    # 'nodig' is a form of 'uitnodigen' ('ik nodig u uit'), but above all an adjective
    return frozenset(w for w in out if w not in table or table[w].kind == "werkwoord")


def _left(doc: Any, head: Any) -> list:
    """The words before ``head`` up to a punctuation mark ('wordt ... met ingang van die datum herzien')."""
    out = []
    for t in reversed(doc[max(0, head.i - 15) : head.i]):
        if t.is_punct:
            break
        out.append(t)
    return out


def _right(doc: Any, head: Any) -> Any:
    for t in doc[head.i + 1 : head.i + 15]:
        if t.is_punct:
            return
        yield t


def _attributive(doc: Any, token: Any) -> bool:
    """'onverwijlde spoed': a verb form with -e before its noun is an adjective, not the finite verb."""
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.lower_.endswith("e") and after is not None and after.pos_ in ("NOUN", "PROPN")


def _verb_form(doc: Any, tokens: list, new: list[str]) -> str | None:
    """'zulks vereist' -> 'zulks nodig' (no finite verb left); 'wordt herzien' -> 'wordt opnieuw berekenen'."""
    head = tokens[-1] if len(tokens) == 1 else None
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return None
    clause = _left(doc, head) + list(_right(doc, head))
    if not any(w in _verb_words() or w.endswith(("en", "t")) for w in new):
        finite = [t for t in clause if t.lower_ in AUXILIARIES | MODALS or ("Fin" in t.morph.get("VerbForm") and not _attributive(doc, t))]
        if not finite:
            return f"'{head.text}' is het werkwoord van de zin; zonder werkwoord klopt de zin niet"
        return None
    auxiliary = next((t for t in _left(doc, head) if t.lower_ in WORDEN | _HEBBEN), None)  # 'heeft ... herzien' too
    if auxiliary is None or not new[-1].endswith("en") or (head.i > 0 and doc[head.i - 1].lower_ == "te"):
        return None
    if any(t.lower_ in MODALS and auxiliary.i < t.i < head.i for t in clause):
        return None  # 'wordt u gevraagd ... te kunnen ...': not the participle's place ('moet ... worden herzien' is)
    table = load_forms()
    last = table.get(" ".join(new)) or table.get(new[-1])
    participle = last.form("vd") if last is not None and last.kind == "werkwoord" else None
    if participle is None or participle.split()[-1] != new[-1]:
        return f"na '{auxiliary.text}' hoort een voltooid deelwoord, geen '{new[-1]}'"
    return None


_HEBBEN = frozenset({"heb", "hebt", "heeft", "hebben", "had", "hadden"})


def _te_clause(doc: Any, tokens: list, new: list[str]) -> str | None:
    """'alvorens tot afsluiting over te gaan' -> 'voordat tot afsluiting over te gaan': a clause needs a subject."""
    if new[0] in CLAUSE_CONJUNCTIONS and tokens[0].lower_ in TE_OPENERS and clause_is_te_infinitive(doc, tokens[0].i):
        return f"na '{new[0]}' moet een hele bijzin komen, met onderwerp en werkwoord"
    return None


def _in_cluster(doc: Any, tokens: list, new: list[str]) -> str | None:
    """'laten schorsen' -> 'laten tijdelijk stopzetten', 'te herzien' -> 'te opnieuw berekenen': a longer
    phrase lands inside the verb cluster (third audit); its first word belongs before the cluster."""
    head = tokens[-1] if len(tokens) == 1 else None
    if head is None or len(new) < 2 or head.pos_ not in ("VERB", "AUX"):
        return None
    before = _before(doc, head)
    if before is not None and (before.pos_ in ("VERB", "AUX") or before.lower_ == "te"):  # 'te opnieuw berekenen' too
        return f"'{' '.join(new)}' komt midden tussen de werkwoorden '{before.text} {head.text}'"
    return None


def _ellipsis(doc: Any, tokens: list, new: list[str]) -> str | None:
    """'woon- of verblijfplaats' -> 'woon- of adres': 'woon-' shares the second part of the compound."""
    conj = _before(doc, tokens[0])
    if conj is None or conj.lower_ not in ("of", "en", "en/of"):
        return None
    part = _before(doc, conj)
    if part is not None and (part.text.endswith("-") or (part.text == "-" and part.i > 0)):
        return f"'{tokens[0].text}' hoort bij het afgebroken woord ervoor ('{part.text}')"
    return None
