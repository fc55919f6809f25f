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

from typing import Any, Sequence

from taalcheck.findings import Edit
from taalcheck.inflection import KINDS, PARTICLES, VERB_SLOTS, Forms, data_path, load_forms  # noqa: F401 (re-exported)
from taalcheck.rules.base import match_case

AUXILIARIES = frozenset(
    "heb hebt heeft hebben had hadden ben bent is zijn was waren word wordt worden werd werden zal zult zullen".split()
)
SUBORDINATORS = frozenset(
    """als indien omdat dat die wanneer zodat nadat voordat terwijl doordat zodra totdat tenzij hoewel alvorens
    sinds waarin waarmee waarbij waardoor waarvoor waarop waarna wat wie welke of""".split()
)
COORDINATORS = frozenset("en maar of want dus".split())
# Conjunctions that open a clause with its own subject and verb ('voordat u betaalt').
CLAUSE_CONJUNCTIONS = frozenset("als wanneer omdat zodat nadat voordat terwijl doordat zodra totdat tenzij hoewel".split())
DETERMINERS = frozenset("de het een uw onze ons deze dit die dat mijn zijn haar hun elke ieder alle geen".split())
SUBJECT_SINGULAR = frozenset("u ik je jij hij zij ze het men".split())
PERSONS = frozenset("u ik je jij hij zij ze wij we jullie".split())
CLAUSE_PUNCT = frozenset(",;:.!?()")
SENTENCE_END = frozenset(".!?")


# -- reading the sentence around a word ---------------------------------------


def _words(doc: Any) -> list[Any]:
    return [t for t in doc if not t.is_space]


def clause_bounds(doc: Any, i: int) -> tuple[int, int]:
    """Token range [start, end) of the clause holding token ``i`` (punctuation and conjunctions bound it)."""
    start = i
    while start > 0 and doc[start - 1].text not in CLAUSE_PUNCT and doc[start].lower_ not in SUBORDINATORS | COORDINATORS:
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].text not in CLAUSE_PUNCT and doc[end].lower_ not in SUBORDINATORS | COORDINATORS:
        end += 1
    return start, end


def _first_word(doc: Any, start: int, end: int) -> Any | None:
    for token in doc[start:end]:
        if not token.is_space:
            return token
    return None


SUBORDINATE_DEPS = frozenset({"advcl", "ccomp", "acl", "acl:relcl", "csubj"})


def _parsed_order(doc: Any, i: int) -> str | None:
    """With a dependency parse: a verb with a 'mark' child or a subordinate relation is 'sub'."""
    if not getattr(doc, "has_annotation", lambda _: False)("DEP"):
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
    return doc[start - 1] if start > 0 and doc[start - 1].lower_ in conjunctions else _first_word(doc, start, end)


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
        for slot in (("ovt_ev", "ovt_mv") if past else ("t", "stam")):
            if slot in slots:
                return slot
    return None


def _slot_from_sentence(doc: Any, i: int, slots: set[str]) -> tuple[str | None, bool]:
    words = _words(doc)
    position = next((k for k, t in enumerate(words) if t.i == i), 0)
    before = words[position - 1].lower_ if position > 0 else ""
    after = words[position + 1].lower_ if position + 1 < len(words) else ""
    start, end = clause_bounds(doc, i)
    aux_in_clause = any(t.lower_ in AUXILIARIES for t in doc[start:end] if t.i != i)
    aux_in_sentence = any(t.lower_ in AUXILIARIES for t in doc if t.i != i)
    two_before = words[position - 2].lower_ if position > 1 else ""
    if "vd_e" in slots and (before in DETERMINERS or two_before == "door" and after.isalpha()):
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
    from taalcheck.noun_phrases import has_tags

    return not has_tags(doc) or not any("Fin" in t.morph.get("VerbForm") for t in words)


def _plural_subject(doc: Any, i: int) -> bool:
    """'wij retourneren' / 'retourneren zij': a plural subject right next to the verb."""
    words = _words(doc)
    position = next((k for k, t in enumerate(words) if t.i == i), 0)
    near = {words[k].lower_ for k in (position - 1, position + 1) if 0 <= k < len(words)}
    return bool(near & {"wij", "we", "zij", "jullie"})


def _te_removed_by_dienen(doc: Any, te_index: int) -> bool:
    from taalcheck.rules.jargon import DIENEN_TO_MOETEN

    for token in doc[:te_index]:
        if token.lower_ in DIENEN_TO_MOETEN:
            later_te = [t for t in doc[token.i + 1 : te_index] if t.lower_ == "te"]
            return not later_te
    return False


# -- the rewrite of one word ---------------------------------------------------


def replace_word(
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
        from taalcheck.noun_phrases import replace_noun

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
        if not any(t.lower_ in PERSONS for t in doc[start:stop]):
            return [Edit(span.start_char, span.end_char, match_case(surface, target.lemma))], True
        return _person_must(doc, start, stop, span, target.lemma)
    if surface.lower() == lemma.lower() and (target is None or target.kind != "werkwoord" or not target.tail):
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
    if slot == "inf" and target.tail and _plural_subject(doc, head_index):
        # "Wij retourneren het formulier": a finite plural, not an infinitive
        order, order_certain = verb_order(doc, head_index)
        head = target.lemma[len(target.tail) :].strip() if target.tail_before() else target.lemma.split()[0]
        if order == "sub":
            return [Edit(start_char, end_char, match_case(surface, target.lemma))], certain and order_certain
        at, tail_safe = clause_end_for_tail(doc, head_index)
        edits = [Edit(start_char, end_char, match_case(surface, head)), Edit(at, at, f" {target.tail}")]
        return edits, certain and tail_safe
    if slot == "inf" and target.tail_before() and i > 0 and doc[i - 1].lower_ == "te":
        if not _te_removed_by_dienen(doc, i - 1):
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


# 'u bent ... verschuldigd' -> 'u moet ... betalen': the finite 'zijn' becomes 'moeten'.
ZIJN_TO_MOETEN = {"ben": "moet", "bent": "moet", "is": "moet", "was": "moest", "waren": "moesten"}


def _person_must(doc: Any, start: int, stop: int, span: Any, phrase: str) -> tuple[list[Edit], bool]:
    """'bent u griffierecht verschuldigd' -> 'moet u griffierecht betalen' ('te betalen' after a person).

    Only with one finite form of 'zijn' in the clause; otherwise a proposal
    ('u bent ... te betalen') that a human rewrites.
    """
    plain = [Edit(span.start_char, span.end_char, match_case(span.text, phrase))]
    finite = [t for t in doc[start:stop] if t.lower_ in ZIJN_TO_MOETEN]
    if not phrase.startswith("te ") or len(finite) != 1:
        return plain, False
    verb = finite[0]
    return [
        Edit(verb.idx, verb.idx + len(verb.text), match_case(verb.text, ZIJN_TO_MOETEN[verb.lower_])),
        Edit(span.start_char, span.end_char, phrase[len("te ") :]),
    ], True


def replace_split_verb(doc: Any, i: int, particle_index: int, lemma: str, alternative: str, has_tags: bool = False) -> tuple[list[Edit], bool] | None:
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


def with_safety(edits: Sequence[Edit], safe: bool) -> tuple[Edit | None, list[Edit]]:
    """(main edit, extra edits) all marked ``safe``."""
    marked = [Edit(e.start, e.end, e.replacement, safe) for e in edits]
    if not marked:
        return None, []
    return marked[0], marked[1:]


# -- whole texts ------------------------------------------------------------------


def shifted_document(document: Any, edits: Sequence[Edit], text: str) -> Any:
    """The same Document after ``edits``: placeholders, markup and suppressions moved along."""
    from dataclasses import replace as dc_replace

    from taalcheck.document import Suppression
    from taalcheck.fixes import map_offset

    def span(s: int, e: int) -> tuple[int, int]:
        return map_offset(edits, s), map_offset(edits, e, end=True)

    return dc_replace(
        document,
        text=text,
        placeholders=[span(s, e) for s, e in document.placeholders],
        masked=[span(s, e) for s, e in document.masked],
        breaks=[map_offset(edits, b) for b in document.breaks],
        suppressions=[
            Suppression(*span(x.start, x.end), x.codes, tuple((w, *span(ws, we)) for w, ws, we in x.words))
            for x in document.suppressions
        ],
        position=None,
        locate=None,
    )


def fix_document(document: Any, checker: Any, safe_only: bool = True, report: Any = None, passes: int = 4) -> tuple[str, Any]:
    """Apply fixes until nothing changes; a fix that would add a new finding is left out.

    Returns (fixed text, report of the fixed text). Placeholders and markup
    are never touched.
    """
    from taalcheck.fixes import fix_until_stable

    first = report or checker.check(document)
    # text -> (document, report): each pass shifts the placeholders of the text it started from
    states: dict[str, tuple[Any, Any]] = {document.text: (document, first)}

    def recheck(old_text: str, new_text: str, edits: Sequence[Edit]) -> list[Any]:
        candidate = shifted_document(states[old_text][0], edits, new_text)
        new_report = checker.check(candidate)
        states[new_text] = (candidate, new_report)
        return new_report.findings

    protected = [*document.placeholders, *document.masked]
    text, _ = fix_until_stable(document.text, first.findings, recheck, safe_only, protected, passes)
    return text, states[text][1]


def rewrite(source: Any, options: Any = None, *, safe_only: bool = True, **kwargs: Any) -> str:
    """The text with its fixes applied until nothing more changes (what ``taalcheck.rewrite`` calls)."""
    from taalcheck import _checker, _options
    from taalcheck.checker import as_document

    checker = _checker(_options(options, kwargs))
    text, _ = fix_document(as_document(source), checker, safe_only=safe_only)
    return text


# -- "Mocht u ... zijn" -> "Als u ... bent" ------------------------------------------

IRREGULAR_PRESENT = {  # infinitive -> (form with 'u', form with a third person)
    "zijn": ("bent", "is"), "hebben": ("heeft", "heeft"), "kunnen": ("kunt", "kan"), "willen": ("wilt", "wil"),
    "zullen": ("zult", "zal"), "mogen": ("mag", "mag"), "gaan": ("gaat", "gaat"), "doen": ("doet", "doet"),
    "staan": ("staat", "staat"), "zien": ("ziet", "ziet"), "slaan": ("slaat", "slaat"),
}
THIRD_PERSON = frozenset("deze dit er het".split())
AUXILIARY_INFINITIVES = frozenset("hebben zijn worden kunnen willen moeten mogen gaan laten zullen".split())


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
    infinitives = [t for t in cluster if t.lower_.endswith("en") and not t.lower_.startswith("ge") or t.lower_ in IRREGULAR_PRESENT]
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
