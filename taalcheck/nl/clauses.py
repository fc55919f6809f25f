"""Reading the clause around a word: its bounds, the verb order, which form a word takes."""

from __future__ import annotations

from typing import Any

from taalcheck.nl.tokens import first_word, has_parse, has_tags, previous_word
from taalcheck.nl.tokens import words as word_tokens
from taalcheck.nl.word_classes import (
    AUXILIARIES,
    CLAUSE_CONJUNCTIONS,
    CLAUSE_PUNCT,
    COORDINATORS,
    DETERMINERS,
    DIENEN_TO_MOETEN,
    FIRST_PERSON,
    PERSONS,
    SENTENCE_END,
    SUBJECT_SINGULAR,
    SUBORDINATORS,
)


def clause_bounds(doc: Any, i: int) -> tuple[int, int]:
    """Token range [start, end) of the clause holding token ``i`` (punctuation and conjunctions bound it)."""
    start = i
    while start > 0 and doc[start - 1].text not in CLAUSE_PUNCT and doc[start].lower_ not in SUBORDINATORS | COORDINATORS:
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].text not in CLAUSE_PUNCT and doc[end].lower_ not in SUBORDINATORS | COORDINATORS:
        end += 1
    return start, end


SUBORDINATE_DEPS = frozenset({"advcl", "ccomp", "acl", "acl:relcl", "csubj"})


def _parsed_order(doc: Any, i: int) -> str | None:
    """With a dependency parse: a verb with a 'mark' child or a subordinate relation is 'sub'."""
    if not has_parse(doc):
        return None
    token = doc[i]
    head = token if token.dep_ not in ("aux", "aux:pass", "cop") else token.head
    if any(child.dep_ == "mark" for child in head.children) or head.dep_ in SUBORDINATE_DEPS:
        return "sub"
    return "main"


def verb_order(doc: Any, i: int) -> tuple[str, bool]:
    """('main' | 'sub', certain) for a finite verb at token ``i``; a parse, when there, must agree."""
    order, certain = _heuristic_order(doc, i)
    parsed = _parsed_order(doc, i)
    if parsed is not None and parsed != order:
        return parsed, False
    return order, certain


def _clause_opener(doc: Any, start: int, end: int, conjunctions: frozenset[str]) -> Any | None:
    """The conjunction just before the clause [start, end), else its first word."""
    return doc[start - 1] if start > 0 and doc[start - 1].lower_ in conjunctions else first_word(doc, start, end)


def _heuristic_order(doc: Any, i: int) -> tuple[str, bool]:
    start, end = clause_bounds(doc, i)
    opener = _clause_opener(doc, start, end, SUBORDINATORS)
    last = [t for t in doc[start:end] if not t.is_space][-1]
    subordinate = opener is not None and opener.lower_ in SUBORDINATORS and opener.i != i
    if subordinate:
        # "als u het formulier retourneert": the verb ends the clause
        return "sub", last.i == i and opener.lower_ not in DETERMINERS
    return "main", True


def choose_slot(doc: Any, i: int, slots: set[str], has_tags: bool = False) -> tuple[str | None, bool]:
    """Which form the word at ``i`` is, and whether that is certain.

    The sentence decides (an auxiliary, a determiner, the subject). Where it
    is not sure, a tagger's morphology may choose, but only as a proposal:
    the shipped model's tags are not reliable enough for --fix.
    """
    if len(slots) == 1:
        return next(iter(slots)), True
    slot, certain = _slot_from_sentence(doc, i, slots)
    if certain or not has_tags:
        return slot, certain
    # the sentence alone is not sure: the tagger may pick the form, as a proposal only
    tagged = _slot_from_tags(doc[i], slots)
    return (tagged, False) if tagged is not None else (slot, False)


def _slot_from_tags(token: Any, slots: set[str]) -> str | None:
    verb_form = token.morph.get("VerbForm")
    if "Part" in verb_form:
        for slot in ("vd_e", "vd"):
            if slot in slots and (slot == "vd" or token.lower_.endswith("e")):
                return slot
    if "Fin" in verb_form:
        past = "Past" in token.morph.get("Tense")
        for slot in ("ovt_ev", "ovt_mv") if past else ("t", "stam"):
            if slot in slots:
                return slot
    return None


def _slot_from_sentence(doc: Any, i: int, slots: set[str]) -> tuple[str | None, bool]:
    words = word_tokens(doc)
    position = next((k for k, t in enumerate(words) if t.i == i), 0)
    before = words[position - 1].lower_ if position > 0 else ""
    after = words[position + 1].lower_ if position + 1 < len(words) else ""
    start, end = clause_bounds(doc, i)
    aux_in_clause = any(t.lower_ in AUXILIARIES for t in doc[start:end] if t.i != i)
    aux_in_sentence = any(t.lower_ in AUXILIARIES for t in doc if t.i != i)
    two_before = words[position - 2].lower_ if position > 1 else ""
    if "vd_e" in slots and (before in DETERMINERS or (two_before == "door" and after.isalpha())):
        # 'de verstrekte gegevens', 'de door u verstrekte gegevens': a participle before its noun
        return "vd_e", True
    if "vd" in slots and aux_in_clause:
        return "vd", True
    finite = [s for s in slots if s in ("t", "ovt_ev", "ovt_mv", "stam")]
    if set(finite) == {"stam", "t"} and not slots - {"stam", "t"}:
        # "acht" is both: the subject decides ("u acht" -> t, "ik acht" -> stam)
        if "ik" in (before, after):
            finite = ["stam"]
        elif before in SUBJECT_SINGULAR - {"je", "jij"} or after in SUBJECT_SINGULAR - {"je", "jij"}:
            finite = ["t"]
    if len(finite) == 1 and (before in SUBJECT_SINGULAR | {"wij", "we", "zij"} or after in SUBJECT_SINGULAR | {"wij", "we"}):
        return finite[0], not aux_in_sentence
    if finite == ["t"] and not aux_in_clause and _ends_subclause_with_u(doc, start, end, i):
        # 'Als u de gegevens niet verstrekt, kan ...': a participle would need an auxiliary here
        return "t", True
    if len(finite) == 1 and not aux_in_sentence and "vd_e" not in slots:
        return finite[0], False
    return None, False


def _ends_subclause_with_u(doc: Any, start: int, end: int, i: int) -> bool:
    """Token ``i`` closes a clause opened by a conjunction, with 'u' as its only person."""
    opener = _clause_opener(doc, start, end, CLAUSE_CONJUNCTIONS)
    if opener is None or opener.lower_ not in CLAUSE_CONJUNCTIONS:
        return False
    last = [t for t in doc[start:end] if not t.is_space][-1]
    persons = {t.lower_ for t in doc[start:end]} & PERSONS
    return last.i == i and persons == {"u"}


def clause_end_for_tail(doc: Any, i: int) -> tuple[int, bool]:
    """Character offset where a moved tail ('terug') goes after verb ``i``, and whether that is safe."""
    _, end = clause_bounds(doc, i)
    last = doc[end - 1]
    while last.is_space and last.i > i:
        last = doc[last.i - 1]
    stop = doc[end] if end < len(doc) else None
    safe = stop is None or stop.text in SENTENCE_END
    return last.idx + len(last.text), safe


def clause_is_te_infinitive(doc: Any, i: int) -> bool:
    """'alvorens een besluit te nemen': the clause after token ``i`` has 'te' + infinitive and no finite verb.

    'Indien u niet in staat bent het te betalen' has one ('bent'). Without
    tags any 'te' counts, so the answer errs on the side of a human check.
    """
    _, end = clause_bounds(doc, i)
    words = doc[i + 1 : end]
    if not any(t.lower_ == "te" and t.i + 1 < end and doc[t.i + 1].lower_.endswith("n") for t in words):
        return False
    return not has_tags(doc) or not any("Fin" in t.morph.get("VerbForm") for t in words)


def plural_subject(doc: Any, i: int) -> bool:
    """'wij retourneren' / 'retourneren zij': a plural subject right next to the verb."""
    words = word_tokens(doc)
    position = next((k for k, t in enumerate(words) if t.i == i), 0)
    near = {words[k].lower_ for k in (position - 1, position + 1) if 0 <= k < len(words)}
    return bool(near & {"wij", "we", "zij", "jullie"})


def te_removed_by_dienen(doc: Any, te_index: int) -> bool:
    for token in doc[:te_index]:
        if token.lower_ in DIENEN_TO_MOETEN:
            later_te = [t for t in doc[token.i + 1 : te_index] if t.lower_ == "te"]
            return not later_te
    return False


def is_wish(doc: Any, i: int) -> bool:
    """'Wij wensen u fijne feestdagen', 'mijn wens': wishing someone well, not the stiff 'wensen' (willen).

    The stiff sense wants something: 'indien u wenst te reageren', 'wenst u
    een afspraak'. Wishing has the sender as subject ('ik', 'wij'), or the
    particle of 'toewensen', or is the noun ('uw wensen'); a te-infinitive
    in the clause (not one after 'om') makes it the stiff sense again.
    """
    start, end = clause_bounds(doc, i)
    for token in doc[i + 1 : end]:
        if token.lower_ == "om":
            break
        if token.lower_ == "te":
            return False
    before = previous_word(doc, i)
    if doc[i].lower_ in ("wens", "wensen"):  # the forms the noun shares with the verb
        if before is not None and (before.lower_ in DETERMINERS or before.pos_ == "ADJ"):
            return True  # 'mijn wens', 'goede wensen'
        if has_tags(doc) and doc[i].pos_ == "NOUN" and (before is None or before.lower_ not in PERSONS):
            return True
    words = {t.lower_ for t in doc[start:end]}
    return "toe" in words or bool(words & FIRST_PERSON)


def bare_noun_heads(doc: Any, start: int, stop: int) -> list[Any]:
    """Nouns and names in [start, stop) outside a prepositional phrase: the subject, the object.

    'De verhuurder is zelf leges verschuldigd aan de Huurcommissie' has two
    ('verhuurder', 'leges'); 'Over dit bedrag is rente verschuldigd' one.
    """
    out = []
    for token in doc[start:stop]:
        if token.pos_ not in ("NOUN", "PROPN") or (token.pos_ == "PROPN" and token.i + 1 < stop and doc[token.i + 1].pos_ == "PROPN"):
            continue  # the last word of 'CJIB Leeuwarden' is its head
        k = token.i - 1
        # 'een toegekende voorziening': a participle with -e before the noun is part of its phrase
        while k >= start and (
            doc[k].pos_ in ("DET", "ADJ", "NUM") or doc[k].is_space or (doc[k].pos_ == "VERB" and doc[k].lower_.endswith("e"))
        ):
            k -= 1
        if k < start or doc[k].pos_ != "ADP":
            out.append(token)
    return out


def is_full_clause(doc: Any, start: int) -> bool:
    """Whether the words from ``start`` up to the next punctuation are a clause: a subject or a finite verb.

    'indien u dat wilt' and 'indien de situatie dit vereist' are; 'indien
    herhaald', 'indien van toepassing' and 'indien nodig' are not: 'als'
    cannot take their place without a verb ('als ze worden herhaald').
    """
    stop = start
    while stop < len(doc) and not doc[stop].is_punct:
        stop += 1
    for token in doc[start:stop]:
        forms = token.morph.get("VerbForm")
        if token.lower_ in AUXILIARIES or (token.pos_ in ("VERB", "AUX") and "Part" not in forms and "Inf" not in forms):
            return True
        if token.pos_ == "PRON" or token.lower_ in PERSONS:
            return True
    return bool(bare_noun_heads(doc, start, stop))


def opens_clause(doc: Any, i: int) -> bool:
    """Whether the word at ``i`` can be a conjunction that opens a clause.

    'Nu u niet kwam, ...' and '..., nu u niet kwam' can; 'Wat gebeurt er
    nu?' and 'U kunt nu betalen' cannot: a conjunction stands first in its
    clause, or right before the subject, and never last.
    """
    before, after = previous_word(doc, i), first_word(doc, i + 1, len(doc))
    if after is None or after.is_punct:
        return False
    return before is None or before.is_punct or before.lower_ in COORDINATORS or after.lower_ in PERSONS
