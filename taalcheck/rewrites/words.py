"""Grammar-aware rewrites: replace a word and keep the Dutch sentence right.

A word swap is only safe when the new word takes the same grammatical form
as the old one ("verstrekt" -> "geeft", "geretourneerd" -> "teruggestuurd")
and stands where Dutch word order wants it: a separable verb splits in a
main clause ("U stuurt het formulier terug") and stays whole in a
subordinate clause ("als u het formulier terugstuurt"). The verb forms come
from ``woordenlijsten/grammatica/vervoegingen.csv``; without an entry there
an inflected word gets no automatic fix. When the form or the word order is
not certain, the edit is a proposal (unsafe), never a safe fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from taalcheck.core.findings import Edit
from taalcheck.core.text import match_case
from taalcheck.nl.clauses import (
    bare_noun_heads,
    choose_slot,
    clause_bounds,
    clause_end_for_tail,
    plural_subject,
    te_removed_by_dienen,
    verb_order,
)
from taalcheck.nl.inflection import load_forms
from taalcheck.nl.noun_phrases import replace_noun
from taalcheck.nl.word_classes import (
    AUXILIARY_INFINITIVES,
    OBJECT_PRONOUNS,
    PERSONS,
    PREPOSITIONS,
    SUBORDINATORS,
    THIRD_PERSON,
    ZIJN_TO_MOETEN,
)

NEGATIONS = frozenset({"geen", "niet", "niets", "nooit"})
ZIJN_TO_HOEVEN = {"ben": "hoef", "bent": "hoeft", "is": "hoeft", "was": "hoefde", "waren": "hoefden"}


def replace_word(  # noqa: C901 - one decision table per word kind; issue 17 (fix verification) reworks it
    doc: Any, i: int, end: int, lemma: str, alternative: str, has_tags: bool = False
) -> tuple[list[Edit], bool] | None:
    """Edits that put ``alternative`` in the form of ``doc[i:end]`` (lemma ``lemma``).

    Returns (edits, certain) or None when no grammatical rewrite is known.
    Offsets are relative to ``doc``.
    """
    table = load_forms()
    source = table.get(lemma.lower())
    target = table.get(alternative.lower())
    span = doc[i:end]
    surface = span.text
    if source is not None and target is not None and source.kind == target.kind == "zelfstandig":
        return replace_noun(doc, i, end, source, target)
    if source is not None and target is not None and source.kind == target.kind == "bijvoeglijk" and " " in target.lemma:
        # 'het verschuldigde bedrag' -> 'het te betalen bedrag' is fine; 'u bent € 50 verschuldigd'
        # -> 'u bent € 50 te betalen' is not: after 'zijn' the sentence must change
        slots = source.surfaces().get(" ".join(surface.lower().split()), set())
        if slots == {"bn_e"} and target.form("bn_e"):
            return [Edit(span.start_char, span.end_char, match_case(surface, target.form("bn_e")))], True
        if not slots:
            return None
        start, stop = clause_bounds(doc, i)
        if any(t.lower_ in PERSONS for t in doc[start:stop]):
            return _person_must(doc, start, stop, span, target.lemma)
        if len(bare_noun_heads(doc, start, stop)) < 2:
            return [Edit(span.start_char, span.end_char, match_case(surface, target.lemma))], True  # 'Het bedrag is te betalen'
        # 'De verhuurder is leges verschuldigd': someone owes something; 'is ... te betalen' breaks
        if not any(t.lower_ in ZIJN_TO_MOETEN for t in doc[start:i]):
            return None  # 'dat de werkgever premie verschuldigd is': the verb order must change
        return _person_must(doc, start, stop, span, target.lemma)
    if surface.lower() == lemma.lower() and (target is None or target.kind != "werkwoord" or not target.tail):
        if i > 0 and doc[i - 1].lower_ in PREPOSITIONS:  # 'ten overstaan van ondergetekende' -> 'van mij', not 'van ik'
            alternative = OBJECT_PRONOUNS.get(alternative.lower(), alternative)
        return [Edit(span.start_char, span.end_char, match_case(surface, alternative))], True
    if source is None or target is None or source.kind != target.kind:
        return None
    slots = source.surfaces().get(" ".join(surface.lower().split()))
    if not slots:
        return None
    head_index = end - 1 if source.tail_before() and source.kind == "werkwoord" else i
    slot, certain = choose_slot(doc, head_index, slots, has_tags)
    if slot is None:
        return None
    start_char, end_char = span.start_char, span.end_char
    if slot == "inf" and target.tail and plural_subject(doc, head_index):
        # "Wij retourneren het formulier": a finite plural, not an infinitive
        order, order_certain = verb_order(doc, head_index)
        head = target.lemma[len(target.tail) :].strip() if target.tail_before() else target.lemma.split()[0]
        if order == "sub":
            return [Edit(start_char, end_char, match_case(surface, target.lemma))], certain and order_certain
        at, tail_safe = clause_end_for_tail(doc, head_index)
        edits = [Edit(start_char, end_char, match_case(surface, head)), Edit(at, at, f" {target.tail}")]
        return edits, certain and tail_safe
    if slot == "inf" and target.tail_before() and i > 0 and doc[i - 1].lower_ == "te":
        if not te_removed_by_dienen(doc, i - 1):
            slot, start_char = "te_inf", doc[i - 1].idx
    if slot in ("stam", "t", "ovt_ev", "ovt_mv"):
        order, order_certain = verb_order(doc, head_index)
        certain = certain and order_certain
        head = target.finite(slot, order)
        edits = [Edit(start_char, end_char, match_case(surface, head))]
        if order == "main" and target.tail:
            at, tail_safe = clause_end_for_tail(doc, head_index)
            certain = certain and tail_safe
            edits.append(Edit(at, at, f" {target.tail}"))
        return edits, certain
    form = target.form(slot)
    if form is None:
        return None
    original = doc.text[start_char:end_char]
    return [Edit(start_char, end_char, match_case(original, form))], certain


def replace_phrase_verb(
    doc: Any, start: int, end: int, extra: Sequence[int], words: Sequence[str], alternative: str
) -> tuple[list[Edit], bool] | None:
    """'in de gelegenheid stellen' -> 'de kans geven': the fixed words swap, the verb keeps its form.

    'Wij stellen u in de gelegenheid' -> 'Wij geven u de kans'; 'wordt u in
    de gelegenheid gesteld' -> 'wordt u de kans gegeven'. Both verbs must be in
    the table and have no separable part; otherwise no rewrite is known.
    """
    table = load_forms()
    new_words = alternative.split()
    source, target = table.get(words[-1]), table.get(new_words[-1])
    if source is None or target is None or source.kind != "werkwoord" or target.kind != "werkwoord" or source.tail:
        return None
    if target.tail and len(new_words) > 1:
        return None
    fixed = [t for t in doc[start:end] if not t.is_space][: len(words) - 1]
    # 'derden in de gelegenheid te stellen': the 'te' stays where it is
    verbs = [doc[k] for k in extra] if extra else [t for t in doc[start:end] if not t.is_space and t.lower_ != "te"][len(words) - 1 :]
    if len(fixed) != len(words) - 1 or len(verbs) != 1:
        return None
    verb = verbs[0]
    slot, certain = choose_slot(doc, verb.i, source.surfaces().get(verb.lower_, set()))
    form = target.form(slot, "main") if slot is not None else None
    if form is None:
        return None
    if len(new_words) == 1:
        # 'in mindering gebracht' -> 'afgetrokken': only where the verb closes the phrase
        if extra or slot not in ("inf", "vd"):
            return None
        if slot == "inf" and any(t.lower_ == "te" for t in doc[fixed[-1].i : verb.i]):
            form = target.te_infinitive()  # 'uit handen te geven' -> 'over te dragen'
        return [Edit(fixed[0].idx, verb.idx + len(verb.text), match_case(fixed[0].text, form))], certain
    return [
        Edit(fixed[0].idx, fixed[-1].idx + len(fixed[-1].text), match_case(fixed[0].text, " ".join(new_words[:-1]))),
        Edit(verb.idx, verb.idx + len(verb.text), match_case(verb.text, form)),
    ], certain


def _person_must(doc: Any, start: int, stop: int, span: Any, phrase: str) -> tuple[list[Edit], bool]:
    """'bent u griffierecht verschuldigd' -> 'moet u griffierecht betalen' ('te betalen' after a person).

    Only with one finite form of 'zijn' in the clause; otherwise a proposal
    ('u bent ... te betalen') that a human rewrites.
    """
    plain = [Edit(span.start_char, span.end_char, match_case(span.text, phrase))]
    finite = [t for t in doc[start:stop] if t.lower_ in ZIJN_TO_MOETEN]
    if not phrase.startswith("te ") or len(finite) != 1:
        return plain, False
    if any(t.lower_ == "door" for t in doc[start:stop]):
        return plain, False  # 'is door u een bijdrage verschuldigd' is passive: 'moet door u ... betalen' mixes voices
    verb = finite[0]
    negated = any(t.lower_ in NEGATIONS for t in doc[start:stop])
    # 'bent u geen belasting verschuldigd' -> 'hoeft u geen belasting te betalen' ('moet u geen' is wrong)
    modal, rest = (ZIJN_TO_HOEVEN[verb.lower_], phrase) if negated else (ZIJN_TO_MOETEN[verb.lower_], phrase[len("te ") :])
    if verb.i == span.end and doc[span.end - 1].whitespace_ == " ":
        # 'welke bijdrage u verschuldigd bent' -> '... u moet betalen', not the old order '... betalen moet'
        return [Edit(span.start_char, verb.idx + len(verb.text), f"{match_case(span.text, modal)} {rest}")], True
    return [
        Edit(verb.idx, verb.idx + len(verb.text), match_case(verb.text, modal)),
        Edit(span.start_char, span.end_char, rest),
    ], True


def replace_split_verb(
    doc: Any, i: int, particle_index: int, lemma: str, alternative: str, has_tags: bool = False
) -> tuple[list[Edit], bool] | None:
    """'zendt u het formulier toe' (toezenden) -> 'stuurt u het formulier' / '... terug'."""
    table = load_forms()
    source, target = table.get(lemma.lower()), table.get(alternative.lower())
    if source is None or target is None or target.kind != "werkwoord" or source.kind != "werkwoord":
        return None
    token, particle = doc[i], doc[particle_index]
    slots = {slot for slot in ("stam", "t", "ovt_ev", "ovt_mv") if source.forms[slot].partition(" ")[0] == token.lower_}
    slot, certain = choose_slot(doc, i, slots, has_tags)
    if slot is None:
        return None
    edits = [Edit(token.idx, token.idx + len(token.text), match_case(token.text, target.finite(slot, "main")))]
    if target.tail:
        edits.append(Edit(particle.idx, particle.idx + len(particle.text), target.tail))
    else:
        previous = doc[particle_index - 1]
        gap_start = previous.idx + len(previous.text)
        edits.append(Edit(gap_start, particle.idx + len(particle.text), ""))
    return edits, certain


# -- "Mocht u ... zijn" -> "Als u ... bent" ------------------------------------------

IRREGULAR_PRESENT = {  # infinitive -> (form with 'u', form with a third person)
    "zijn": ("bent", "is"),
    "hebben": ("heeft", "heeft"),
    "kunnen": ("kunt", "kan"),
    "willen": ("wilt", "wil"),
    "zullen": ("zult", "zal"),
    "mogen": ("mag", "mag"),
    "gaan": ("gaat", "gaat"),
    "doen": ("doet", "doet"),
    "staan": ("staat", "staat"),
    "zien": ("ziet", "ziet"),
    "slaan": ("slaat", "slaat"),
}


def _present(infinitive: str, subject: str) -> str | None:
    """'zijn' with 'u' -> 'bent'; 'betalen' -> 'betaalt' (from the table)."""
    if infinitive in IRREGULAR_PRESENT:
        with_u, third = IRREGULAR_PRESENT[infinitive]
        return with_u if subject == "u" else third
    forms = load_forms().get(infinitive)
    if forms is not None and forms.kind == "werkwoord" and not forms.tail:
        return forms.forms["t"]
    return None


def replace_modal_condition(doc: Any, start: int, end: int, alternative: str) -> tuple[list[Edit], bool] | None:
    """'Mocht u van mening zijn, dan ...' -> 'Als u van mening bent, dan ...'.

    'mocht' carries the tense; without it the clause's first infinitive at
    the end becomes the finite verb. The subject stays.
    """
    words = [t for t in doc[start:end] if not t.is_space]
    if len(words) != 2 or words[0].lower_ != "mocht" or alternative.lower() != "als":
        return None
    subject = words[1].lower_
    if subject not in THIRD_PERSON | {"u"}:
        return None
    _, clause_end = clause_bounds(doc, words[1].i)
    # the verb cluster at the clause end: the last word, and auxiliary infinitives before it
    k = clause_end - 1
    while k > words[1].i and (doc[k].is_space or doc[k].is_punct):
        k -= 1
    cluster = [doc[k]]
    while k - 1 > words[1].i and doc[k - 1].lower_ in AUXILIARY_INFINITIVES:
        k -= 1
        cluster.insert(0, doc[k])
    infinitives = [t for t in cluster if (t.lower_.endswith("en") and not t.lower_.startswith("ge")) or t.lower_ in IRREGULAR_PRESENT]
    if not infinitives:
        return None
    verb = infinitives[0]
    finite = _present(verb.lower_, "u" if subject == "u" else "het")
    if finite is None:
        return None
    # certain only for one verb that closes its clause: 'Mocht u vragen hebben, ...'
    closer = doc[clause_end] if clause_end < len(doc) else None
    certain = len(cluster) == 1 and closer is not None and (closer.text == "," or closer.lower_ in SUBORDINATORS)
    return [
        Edit(words[0].idx, words[0].idx + len(words[0].text), match_case(words[0].text, "als")),
        Edit(verb.idx, verb.idx + len(verb.text), finite),
    ], certain


def later_te(doc: Any, start: int) -> bool:
    """Another 'te' before the next punctuation: 'het terug te betalen bedrag toch te voldoen'."""
    for token in doc[start : start + 13]:
        if token.is_punct:
            return False
        if token.lower_ == "te":
            return True
    return False
