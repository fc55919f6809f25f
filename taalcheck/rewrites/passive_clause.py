"""Passive -> active for one clause whose actor is certain (issue 17).

Main clause, the finite verb second:
'Dit bedrag zal door de SVB worden teruggevorderd.' -> 'De SVB zal dit bedrag terugvorderen.'
'Derhalve wordt u een boete opgelegd.' -> 'Derhalve leggen wij u een boete op.'
Verb-final clause: '..., nadat het bedrag door de Douane is ontvangen.' ->
'..., nadat de Douane het bedrag heeft ontvangen.'

The actor is named after 'door' (one 'door' in the sentence, a short noun
phrase whose number is certain), or it is the sender: a decision verb
(``SENDER_VERBS``) in a clause about the reader ('u', 'uw'), with no other
actor, and not inside a condition ('Indien het formulier is ontvangen' may
mean anyone). Only the clause's own words move; everything else stays as
it is. Where the verb group, the clause or the actor is not clear, there
is no proposal.
"""

from __future__ import annotations

from typing import Any

from taalcheck.core.findings import Edit
from taalcheck.nl.keys import dictionary_lemma
from taalcheck.nl.verb_forms import finite_of, is_finite_modal, verb_of_participle
from taalcheck.nl.word_classes import DETERMINERS, RELATIVES, SUBORDINATORS

_WORDEN = frozenset("wordt worden word".split())
_ZIJN = frozenset("is zijn".split())
# a verb-final clause about something that may not happen: the sender is not certainly the actor
_CONDITIONS = frozenset("als indien wanneer mits tenzij zolang mocht ingeval".split())
_OPENERS = (SUBORDINATORS | RELATIVES | _CONDITIONS | {"waarvan", "waaraan", "waaruit", "waarover"}) - {"of", "wat", "wie"}
# 'door ons' -> ('wij', plural)
_AGENT_PRONOUNS = {"ons": ("wij", "pl"), "u": ("u", "u"), "hen": ("zij", "pl"), "hem": ("hij", "sg")}
# front words that are the patient itself, and their form after the verb
_FRONT_PRONOUNS = {"u": "u", "het": "het", "dit": "dit", "dat": "dat", "deze": "deze", "die": "die"}
_SENDER = frozenset("wij we ons ik mij me".split())
# words that open an adverbial front whatever the tagger says ('Gelet op', 'Ingevolge artikel 34')
_ADVERBIAL_FRONT = frozenset(
    "gelet ingevolge krachtens conform overeenkomstig volgens derhalve daarom dientengevolge tevens voorts daarnaast hierbij".split()
)


def _is_verb_word(token: Any) -> bool:
    return token.lower_ in _WORDEN | _ZIJN | {"te"} or is_finite_modal(token.text)


def _run(doc: Any, participle: Any) -> tuple[int, int]:
    """Token range [lo, hi) of the verb group around the participle ('zal worden opgelegd', 'is ontvangen')."""
    lo = participle.i
    while lo > 0 and _is_verb_word(doc[lo - 1]):
        lo -= 1
    hi = participle.i + 1
    while hi < len(doc) and _is_verb_word(doc[hi]):
        hi += 1
    return lo, hi


def _opens(doc: Any, token: Any) -> bool:
    """The word opens a verb-final clause: not 'dat' before its noun, not 'als' meaning 'as' ('als vermist')."""
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.lower_ not in _OPENERS or nxt is None:
        return False
    if token.lower_ in DETERMINERS and nxt.pos_ == "NOUN":
        return False
    return token.lower_ != "als" or nxt.pos_ in ("PRON", "DET", "PROPN")


def _inside_phrase(before: Any, after: Any) -> bool:
    """'en'/'of' between these two words joins words, not clauses."""
    if before.lower_ == "tot" and after.lower_ == "met":
        return True
    if before.pos_ in ("ADJ", "ADV") and (after.pos_ in ("ADJ", "ADV") or (after.is_alpha and after.lower_.endswith("end"))):
        return True  # 'tijdelijk of blijvend' (the tagger may call 'blijvend' a verb)
    return before.pos_ == "NOUN" and (after.pos_ == "NOUN" or after.lower_ in ("de", "het", "uw")) and not after.is_sent_start


def _clause_start(doc: Any, before: int) -> tuple[int, Any | None, Any | None]:
    """(first token, opener or None, finite verb before the group or None), scanning back from ``before``.

    The first token is -1 when the clause is not clear (a clause or a
    te-infinitive inside the front).
    """
    finite = None
    for k in range(before - 1, -1, -1):
        token = doc[k]
        if token.lower_ in ("en", "of") and 0 < k < len(doc) - 1 and _inside_phrase(doc[k - 1], doc[k + 1]):
            continue  # 'tot en met', 'tijdelijk of blijvend', 'uw zorgtoeslag en huurtoeslag'
        if token.text in (",", ";", ":", "(", ")") or token.lower_ in ("en", "of", "maar", "doch", "dan"):
            return k + 1, None, finite
        if token.lower_ in ("welke", "welk") and k + 1 < len(doc) and doc[k + 1].pos_ == "NOUN":
            return -1, None, None  # 'welke inkomsten ... zijn opgegeven': the relative word owns a noun
        if finite is None and _opens(doc, token):
            return k, token, None
        if finite is None and (token.lower_ in _WORDEN | _ZIJN or is_finite_modal(token.text)):
            finite = token
        elif _opens(doc, token):
            return -1, None, None  # a clause inside the front
        elif token.lower_ == "te" and k + 1 < len(doc) and doc[k + 1].lower_ not in ("veel", "weinig"):
            return -1, None, None  # a te-infinitive
    return 0, None, finite


def _door_phrase(doc: Any, lo: int, hi: int) -> tuple[int, int, str, str] | bool | None:
    """The 'door'-phrase in tokens [lo, hi): (start, end, subject, person); False when there is none."""
    doors = [t for t in doc[lo:hi] if t.lower_ == "door"]
    if not doors:
        return False
    if len(doors) > 1:
        return None
    door = doors[0]
    words = [t for t in doc[door.i + 1 : hi] if not t.is_space]
    if not words:
        return None
    first = words[0]
    if first.lower_ in _AGENT_PRONOUNS and (len(words) == 1 or words[1].pos_ not in ("NOUN", "ADJ", "PROPN")):
        subject, person = _AGENT_PRONOUNS[first.lower_]
        return door.i, first.i + 1, subject, person
    end, head = _noun_phrase(words)
    if end is None:
        return None
    person = _number(head)
    if person is None:
        return None
    last = words[end - 1]
    phrase = doc.text[first.idx : last.idx + len(last.text)]
    return door.i, last.i + 1, phrase, person


def _noun_phrase(words: list[Any]) -> tuple[int | None, Any]:
    """(length, head noun) of 'de controleurs van DUO', 'het CAK', 'onze installateur', 'Zorgzaam'."""
    k = 0
    if words[0].lower_ in ("de", "het", "onze", "ons"):
        k = 1
    while k < len(words) and words[k].pos_ == "ADJ" and _word(words[k]):
        k += 1
    start = k
    while k < len(words) and words[k].pos_ in ("NOUN", "PROPN") and _word(words[k]):
        k += 1
    if k == start or k - start > 3 or (start == 0 and words[0].pos_ != "PROPN"):
        return None, None
    head = words[start]
    if k + 1 < len(words) and words[k].lower_ == "van":  # 'de controleurs van DUO', 'van het Wmo-loket'
        tail = k + 1 + (words[k + 1].lower_ in ("de", "het"))
        if tail < len(words) and words[tail].pos_ in ("NOUN", "PROPN") and _word(words[tail]):
            k = tail + 1
    if k < len(words) and words[k].lower_ in ("van", "voor", "uit", "te", "in") and words[k].pos_ == "ADP":
        return None, None  # a phrase that belongs to the actor and is not read: where the actor ends is not certain
    return k, head


def _word(token: Any) -> bool:
    """Letters, maybe with a hyphen ('Wmo-loket')."""
    return token.is_alpha or (token.text.replace("-", "").isalpha() and not token.text.startswith("-"))


def _number(noun: Any) -> str | None:
    """'sg' or 'pl' for the head of an actor, or None when not certain."""
    lower = noun.lower_
    number = noun.morph.get("Number")
    plural_by_form = lower.endswith(("en", "s")) and dictionary_lemma(lower) != lower
    if noun.pos_ == "PROPN" and not plural_by_form:
        return "sg"
    if "Plur" in number or plural_by_form:
        return "pl" if lower.endswith(("en", "s")) else None
    if "Sing" in number:
        return "sg"
    return None


def _sender_sure(doc: Any, lo: int, hi: int, participle: Any, opener: Any | None) -> bool:
    """The sender is certainly the actor of the clause [lo, hi)."""
    from taalcheck.rewrites.passive_front import SENDER_VERBS

    if participle.lower_ not in SENDER_VERBS or any(t.lower_ == "door" for t in doc):
        return False
    words = {t.lower_ for t in doc[lo:hi]}
    if words & _SENDER or "er" in words:
        return False  # the sender already in the clause, or an 'er' sentence
    return bool(words & {"u", "uw"}) and (opener is None or opener.lower_ not in _CONDITIONS)


def _verbs(words: list[str], participle: Any, person: str) -> tuple[str, str, str] | None:
    """(finite verb, words at the clause end, the two in a verb-final clause) of the active clause, or None.

    ``words`` are the passive's verbs besides the participle. 'wordt' ->
    ('legt', 'op', 'oplegt'); 'is' -> ('heeft', 'opgelegd', 'heeft opgelegd');
    'zal worden' -> ('zal', 'opleggen', 'zal opleggen'); 'dient te worden' ->
    ('dient', 'op te leggen', ...).
    """
    verb = verb_of_participle(participle.lower_, participle.lemma_ or "")
    modal = next((w for w in words if is_finite_modal(w)), None)
    if not words or any(w in ("was", "waren", "werd", "werden") for w in words):
        return None
    if modal is not None:
        if verb is None or not set(words) - {modal} <= {"worden", "te"} or "worden" not in words:
            return None  # 'dient te zijn ontvangen': no plain active form
        finite = finite_of(modal, person)
        rest = verb.te_infinitive() if "te" in words else verb.lemma
        return (finite, rest, f"{finite} {rest}") if finite else None
    if set(words) <= _ZIJN and len(words) == 1:
        finite = finite_of("hebben", person) or ""
        return finite, participle.text, f"{finite} {participle.text}"
    if set(words) <= _WORDEN and len(words) == 1 and verb is not None:
        return verb.present(person), verb.particle, verb.present_final(person)
    return None


def _text(doc: Any, tokens: list[Any]) -> str:
    return " ".join(t.text for t in tokens if not t.is_space)


def _own_clause_follows(doc: Any, k: int) -> bool:
    """'dat uw aanvraag wordt beoordeeld en u geen bijstand ontvangt': after 'en' a clause with its own finite verb.

    Without one ('is ontvangen en de kosten betaald') the verbs are shared.
    """
    if doc[k].lower_ not in ("en", "of") or k + 1 >= len(doc) or not (doc[k + 1].pos_ in ("PRON", "DET") or doc[k + 1].lower_ == "u"):
        return False
    part = []
    for token in doc[k + 1 :]:
        if token.is_punct:
            break
        part.append(token)
    return any("Fin" in t.morph.get("VerbForm") and t.lower_ not in _WORDEN | _ZIJN for t in part)


def _agent_doors(doc: Any) -> list[Any]:
    """The 'door' tokens of the sentence that may name an actor ('de door u opgegeven giften' does not)."""
    return [t for t in doc if t.lower_ == "door" and not (t.i > 0 and doc[t.i - 1].lower_ in DETERMINERS)]


def _actor(doc: Any, inner: tuple[int, int], run_end: int, tail: bool, participle: Any, opener: Any, clause: tuple[int, int]) -> Any:
    """(subject, person, tokens to drop, end of the edit) or None.

    The 'door'-phrase stands between the verbs (``inner``), or right after
    the verb group of a main clause (``tail``).
    """
    doors = _agent_doors(doc)
    if not doors:
        if not _sender_sure(doc, clause[0], clause[1], participle, opener):
            return None
        return "wij", "pl", range(0), run_end
    door_at = doors[0].i
    after_group = tail and door_at == run_end
    if len(doors) > 1 or not (inner[0] <= door_at < inner[1] or after_group):
        return None  # another actor, or one in another clause
    door = _door_phrase(doc, door_at, len(doc) if after_group else inner[1])
    if not door:
        return None
    start, end, subject, person = door
    if after_group and not (end >= len(doc) or doc[end].text in (".", ",", ";")):
        return None  # 'wordt geïnd door het CJIB te Leeuwarden': where the actor ends is not clear
    return subject, person, range(start, end), max(run_end, end)


def clause_passive_to_active(doc: Any, aux: Any, participle: Any) -> Edit | None:
    """The passive clause of ``aux`` and ``participle`` made active, or None."""
    lo, hi = _run(doc, participle)
    start, opener, finite = _clause_start(doc, lo)
    if start < 0:
        return None
    final = opener is not None
    if not final and finite is None:
        first = doc[lo]
        if not (first.lower_ in _WORDEN | _ZIJN or is_finite_modal(first.text)) or first.i == participle.i:
            return None
        finite, lo = first, lo + 1  # 'Uw aanvraag wordt afgewezen': the finite verb starts the group
    if aux.i not in range(lo, hi) and (finite is None or aux.i != finite.i):
        return None  # the finding's auxiliary is not in this verb group
    after = doc[hi] if hi < len(doc) else None
    if final and after is not None and not (after.is_punct or _own_clause_follows(doc, hi)):
        return None  # words after the verb group: the clause end is not clear
    if not final and after is not None and not (after.is_punct or after.pos_ == "ADP" or after.lower_ == "dat"):
        return None  # 'wordt vastgesteld en geïnd': the verb group is shared
    inner = (opener.i + 1, lo) if final else (finite.i + 1, lo)
    leading = not final and start > 0 and doc[start - 1].text == "," and doc[0].lower_ in SUBORDINATORS | _CONDITIONS
    # the reader in a leading clause counts ('Indien blijkt dat u ...'), not one with another actor ('Indien de inspecteur ...')
    about_reader = leading and len(doc) > 1 and (doc[1].lower_ == "u" or doc[1].pos_ in ("VERB", "AUX"))
    found = _actor(doc, inner, hi, not final, participle, opener, (0 if about_reader else start, hi))
    if found is None:
        return None
    actor, person, skip, span_end = found
    words = [t.lower_ for t in doc[lo:hi] if t.i != participle.i] + ([finite.lower_] if not final else [])
    verbs = _verbs(words, participle, person)
    if verbs is None or not verbs[0]:
        return None
    head, end_words, cluster = verbs
    last = doc[span_end - 1]
    middle = _text(doc, [t for t in doc[inner[0] : inner[1]] if t.i not in skip])
    if final:
        return Edit(opener.idx + len(opener.text), last.idx + len(last.text), " " + _join([actor, middle, cluster]))
    front = [t for t in doc[start : finite.i] if not t.is_space]
    if any(t.is_punct or "Fin" in t.morph.get("VerbForm") or t.lower_ == "door" for t in front):
        return None
    if not front:
        if not leading:
            return None  # no leading clause before the comma: the verb would stand first
    else:
        patient = _patient(front)
        if patient is not None:
            return Edit(front[0].idx, last.idx + len(last.text), _join([_capital(actor), head, patient, middle, end_words]))
        if front[0].pos_ not in ("ADP", "ADV", "SCONJ") and front[0].lower_ not in _ADVERBIAL_FRONT:
            return None  # a front that is neither the patient nor an adverbial: not certain
    return Edit(finite.idx, last.idx + len(last.text), _join([head, actor, middle, end_words]))


def _patient(front: list[Any]) -> str | None:
    """The front words as the object of the active clause ('Uw aanvraag' -> 'uw aanvraag'), or None."""
    first = front[0]
    if len(front) == 1 and first.lower_ in _FRONT_PRONOUNS:
        return _FRONT_PRONOUNS[first.lower_]
    if first.lower_ not in DETERMINERS or len(front) > 12:
        return None
    if any(_opens(t.doc, t) or t.lower_ == "door" for t in front[1:]):
        return None
    if any(t.lower_ == "te" and t.nbor().lower_ not in ("veel", "weinig") for t in front):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.i == front[-1].i for t in front):
        return None
    lowered = first.text.lower() if first.pos_ != "PROPN" else first.text
    return " ".join([lowered, *(t.text for t in front[1:])])


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _join(parts: list[str]) -> str:
    return " ".join(p for p in parts if p)
