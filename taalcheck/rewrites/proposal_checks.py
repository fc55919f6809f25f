"""Proposals worth reading (issue 17): checks on a proposal before anyone sees it.

A sentence split must give full sentences in main-clause order (no 'Dat u
...' or 'U geen bijstand ontvangt' on its own, no question that starts with
a broken verb); a noun turned into a verb must not bring in an actor the
sentence does not name ('Bij de beoordeling van uw aanvraag' is no 'Als u uw
aanvraag beoordeelt'), nor lose 'niet'. A proposal that fails becomes advice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from taalcheck.core.findings import Edit
from taalcheck.nl.inflection import load_forms
from taalcheck.nl.verb_cluster import CLUSTER_WORDS, main_clause_parts
from taalcheck.nl.word_classes import PARTICLES, PERSONS, RELATIVES, SUBORDINATORS
from taalcheck.rewrites.doubled import DOUBLED, doubled_at_edge
from taalcheck.rewrites.swap_checks import one_swap
from taalcheck.rewrites.verify import _finite_forms

SUBORDINATORS_AND_RELATIVES = SUBORDINATORS | RELATIVES | {"dat"}

_SUBJECTS = ("u", "wij", "we", "ik", "zij", "hij")


def new_actor(text: str, edits: Sequence[Edit]) -> str | None:
    """A noun turned into a verb with an actor the sentence does not name ('Bij de beoordeling' -> 'Als u beoordeelt').

    Also refuses a rewrite that drops 'niet' ('Bij het niet nakomen' -> 'Als u nakomt').
    """
    old = " ".join(text[e.start : e.end] for e in edits).lower()
    new = " ".join(e.replacement for e in edits).lower()
    old_words, new_words = set(re.findall(r"[^\W\d_]+", old)), re.findall(r"[^\W\d_]+", new)
    added = [w for w in new_words if w in _SUBJECTS and w not in old_words]
    if added:
        return f"wie '{added[0]}' is, staat niet in de zin; taalcheck raadt niet wie het doet"
    if "niet" in old_words and "niet" not in new_words:
        return "'niet' zou wegvallen"
    if old.startswith("voor ") and not any(text[e.start : e.start + 4] == "Voor" for e in edits):
        return "'voor' hoort hier bij het woord ervoor ('gevolgen voor'); 'om ... te' verandert de betekenis"
    return None


def split_sentences_ok(doc: Any) -> str | None:
    """Each sentence of a split is a full sentence in main-clause order, or why not."""
    forms = _finite_forms()
    for sent in _sentences(doc):
        words = [t for t in sent if not t.is_punct and not t.is_space]
        if len(words) < 3:
            return f"'{sent.text.strip()}' is geen hele zin"
        first = words[0].lower_
        question = sent.text.rstrip().endswith("?")
        finite = [
            t
            for k, t in enumerate(words)
            if t.lower_ in forms
            or (t.lower_ in CLUSTER_WORDS and t.pos_ in ("VERB", "AUX"))  # 'worden', tagged as an infinitive
            or ("Fin" in t.morph.get("VerbForm") and t.pos_ in ("VERB", "AUX"))
            or (t.pos_ in ("VERB", "AUX") and k + 1 < len(words) and words[k + 1].lower_ in PERSONS)  # 'Dan sturen wij'
            or (k == 0 and question and (t.pos_ in ("VERB", "AUX") or t.lower_.endswith("t")))  # "Schikt dit tijdstip u niet?"
        ]
        demonstrative = len(words) > 1 and finite and finite[0].i == words[1].i  # 'Dat komt doordat ...'
        if first in SUBORDINATORS - RELATIVES - {"dat", "of", "wat", "wie", "waar"} and _main_after_comma(sent, finite):
            continue  # 'Als u ... bent, wordt u ...': the main clause follows the comma
        if first in SUBORDINATORS_AND_RELATIVES and not demonstrative:
            return f"'{sent.text.strip()[:40]}…' begint als bijzin"
        if not finite:
            return f"'{sent.text.strip()[:40]}…' heeft geen persoonsvorm"
        position = next(i for i, t in enumerate(words) if t.i == finite[0].i)
        if first in PERSONS and position > 1:
            return f"'{sent.text.strip()[:40]}…' heeft de woordvolgorde van een bijzin"
        if sent.text.rstrip().endswith("?"):
            if position != 0 or _torn_verb(words[0]):
                return f"'{sent.text.strip()[:40]}…' is geen goede vraag"
        elif position == len(words) - 1 or (position > 8 and not _long_first_phrase(words[:position])):
            return f"'{sent.text.strip()[:40]}…' heeft de woordvolgorde van een bijzin"
    return None


def _torn_verb(token: Any) -> bool:
    """A question that opens with a separable verb in one piece ('Uitblijft betaling?'); 'Ondervindt u' is whole."""
    first = token.lower_
    if not any(first.startswith(p) and first != p and len(first) > len(p) + 3 for p in PARTICLES):
        return False
    parts = main_clause_parts(token)
    return parts is None or parts[1] != ""


def _long_first_phrase(front: list[Any]) -> bool:
    """A long prepositional phrase before the finite verb ('Bij een onderzoek naar ... van uw uitkering is ...').

    No subject pronoun and no verb in it: then a late finite verb is still in second place.
    """
    return front[0].pos_ == "ADP" and not any(t.lower_ in PERSONS or t.pos_ in ("VERB", "AUX") for t in front)


def _main_after_comma(sent: Any, finite: list[Any]) -> bool:
    """A leading subordinate clause, a comma, then the finite verb of the main clause ('..., wordt u ...')."""
    comma = next((t for t in sent if t.text == ","), None)
    if comma is None:
        return False
    after = next((t for t in sent if t.i > comma.i and not t.is_space), None)
    return after is not None and any(t.i == after.i for t in finite)


def _abbreviation(token: Any) -> bool:
    """'t.n.v' before its last full stop, or one letter ('mr. J. Jansen')."""
    return not token.whitespace_ and ("." in token.text or (len(token.text) == 1 and token.is_alpha))


def _sentences(doc: Any) -> list[Any]:
    """The parts of a split sentence: cut after '.', '?' or '!' followed by a capital."""
    out, start = [], 0
    for t in doc:
        if t.text == "." and t.i > 0 and _abbreviation(doc[t.i - 1]):
            continue  # 't.n.v. CJIB': the full stop of an abbreviation ends no sentence
        if t.text in (".", "?", "!") and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper():
            out.append(doc[start : t.i + 1])
            start = t.i + 1
    out.append(doc[start:])
    return [s for s in out if s.text.strip()]


_OPENERS = re.compile(
    r"\b(?:dat|omdat|als|indien|wanneer|zodat|nadat|voordat|terwijl|doordat|zodra|totdat|tenzij|hoewel|of|aangezien|alvorens|"
    r"waardoor|waarbij|waarna|waarmee|waarin|waarop|waarvoor|die|welke)\b",
    re.I,
)


def split_inside_clause(text: str, edits: Sequence[Edit]) -> str | None:
    """A cut at 'en'/'of' after a subordinate clause opened in the same sentence ('dat u, als u ... maakt. De ...').

    Where the coordinator joins two parts of a subordinate clause, neither half
    is a main clause: no proposal.
    """
    for edit in edits:
        removed = text[edit.start : edit.end].lower()
        if re.search(r"\b(?:en|of|maar)\b", removed) and _OPENERS.search(text[: edit.start]):
            return "de zin wordt geknipt binnen een bijzin"
    return None


_MAIN_CONJUNCTIONS = frozenset({"maar", "want", "en", "of"})
_DOEN = frozenset("doe doet doen deed deden".split())
_PREPOSITIONS = frozenset("op voor van aan met in bij naar over door om tot uit".split())
_DETERMINERS = frozenset("de het een dit dat deze die uw ons onze zo'n elk ieder geen".split())


def _plural_to_singular(doc: Any, edits: Sequence[Edit]) -> str | None:
    """'de werkzaamheden zijn' -> 'het werk zijn': a plural noun swapped for a singular one."""
    for part in edits:
        nouns = [t for t in doc if not t.is_space and t.idx < part.end and part.start < t.idx + len(t.text)]
        if len(nouns) == 1 and nouns[0].pos_ == "NOUN" and "Plur" in nouns[0].morph.get("Number"):
            if part.replacement and not part.replacement.lower().endswith(("en", "s", "n")):
                return f"'{nouns[0].text}' is meervoud, '{part.replacement}' enkelvoud"
    return None


def _verb_place(doc: Any, first: Any, tokens: list[Any], new: list[str], after: Any) -> str | None:
    """A verb that cannot stand where the old word stood."""
    if len(new) == 1 and after is not None and after.lower_ in PERSONS and new[0].endswith("en"):
        if any(new[0].startswith(p) and len(new[0]) > len(p) + 3 for p in PARTICLES):
            return f"'{new[0]}' is een scheidbaar werkwoord en past hier niet"  # 'Wij wijzen u erop' -> 'Wij uitspreken u'
    if tokens[0].lower_.endswith("en") and any(t.lower_ in _DOEN for t in doc[max(0, first.i - 8) : first.i]):
        return f"'{first.text}' hoort bij 'doen'; vervang ze samen"  # 'doen wij u ... toekomen' -> '... sturen'
    verb = load_forms().get(new[-1])
    if verb is not None and verb.tail and new[-1].startswith(verb.tail) and after is not None and after.lower_ in PERSONS:
        return f"'{new[-1]}' is een scheidbaar werkwoord en past hier niet"  # 'Wij wijzen u' -> 'Wij uitspreken u'
    if len(new) == 1 and verb is not None and verb.kind == "werkwoord" and not any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return f"'{new[0]}' heeft hier geen persoonsvorm"  # 'zijn wij van oordeel' -> 'zijn wij vinden'
    return None


def swap_breaks(doc: Any, edits: Sequence[Edit]) -> str | None:
    """A word swap that cannot stand where the old word stood.

    'U bent echter niet verplicht' -> 'U bent maar niet': 'maar' and 'want'
    only open a clause. 'Derhalve herzien wij' -> 'opnieuw berekenen wij': a
    finite verb in second place cannot become two words.
    """
    number = mechanical_fault(doc.text, edits) or _plural_to_singular(doc, edits)
    if number:
        return number
    swap = one_swap(doc, edits)
    if swap is None:
        return None
    edit, tokens, new = swap
    first = tokens[0]
    before = doc[first.i - 1] if first.i > 0 else None
    if new[0] in _MAIN_CONJUNCTIONS and first.lower_ not in _MAIN_CONJUNCTIONS:
        if before is not None and not before.is_punct:
            return f"'{new[0]}' kan alleen vooraan in de zin staan"
    after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    if len(tokens) == 1 and len(new) > 1 and after is not None and after.lower_ in PERSONS:
        return f"'{edit.replacement}' past niet op de plaats van '{first.text}'"  # 'herzien wij' -> 'opnieuw berekenen wij'
    before_words = [t.lower_ for t in doc[: first.i] if not t.is_space]
    doubled = doubled_at_edge(before_words, new, longest=len(new) - 1)
    if doubled:
        return doubled  # 'kosten van levensonderhoud' -> 'kosten van kosten van ...'
    placed = _verb_place(doc, first, tokens, new, after)
    if placed:
        return placed
    if after is not None and after.pos_ == "ADP" and new[-1] in _PREPOSITIONS and tokens[-1].lower_ not in _PREPOSITIONS:
        return f"'{new[-1]} {after.text}': twee voorzetsels na elkaar"  # 'in aanmerking komen voor' -> 'recht hebben op voor'
    kept = _kept_behind(doc, first, tokens, new, after) or _het_word_ending(doc, first, tokens, new)
    if kept:
        return kept
    last = tokens[-1]
    if after is not None and after.pos_ == "NOUN" and last.lower_.endswith("e") and not new[-1].endswith("e"):
        if new[-1] not in _DETERMINERS:
            return f"'{new[-1]}' kan zo niet voor '{after.text}' staan"  # 'het hieronder vermelde bedrag' -> 'het hieronder bedrag'
    return None


def active_broken(text: str, finding_text: str, edits: Sequence[Edit]) -> str | None:
    """A passive made active that still holds its passive verb, or shows a visible flaw.

    'wordt ... teruggevorderd' -> 'vorderen ... terug': the 'wordt' (or 'is',
    'worden') of the finding must be gone from the sentence, and no word may
    stand twice in a row.
    """
    fault = mechanical_fault(text, edits)
    if fault:
        return fault
    words = re.findall(r"[^\W\d_]+", finding_text.lower())
    aux = next((w for w in words if w in ("wordt", "worden", "word", "is", "zijn")), None)
    if aux is None:
        return None
    before = len(re.findall(rf"\b{aux}\b", text.lower()))
    after = len(re.findall(rf"\b{aux}\b", _apply(text, edits).lower()))
    if after >= before:
        return f"'{aux}' blijft staan: de zin wordt geen goede actieve zin"
    return None


_PLACEHOLDER = ("…", "...")
_SPACE_BEFORE_MARK = re.compile(r"\s+[,.;:!?]")
_POINTER_ADVERBS = re.compile(
    r"\b(?:hier|daar|er|waar)(?:aan|bij|door|in|mee|na|naar|om|op|over|tegen|toe|uit|van|voor)\s+"
    r"(?:hier|daar|er|waar)(?:aan|bij|door|in|mee|na|naar|om|op|over|tegen|toe|uit|van|voor)\b",
    re.I,
)


def mechanical_fault(text: str, edits: Sequence[Edit]) -> str | None:
    """A proposal that leaves a visible flaw, whatever the grammar (fourth audit).

    A placeholder ('om ... te bestrijden') is for the writer to fill in, never
    text to insert; a space before a comma, a word twice in a row ('de de')
    and two pointer words in a row ('hierover daarvan') are new flaws.
    """
    if any(mark in e.replacement and mark not in text[e.start : e.end] for e in edits for mark in _PLACEHOLDER):
        return "het alternatief heeft puntjes ('...'): die vult de schrijver zelf in"
    new = _apply(text, edits)
    for pattern, reason in (
        (_SPACE_BEFORE_MARK, "er komt een spatie voor een leesteken"),
        (DOUBLED, "er staat dan een woord twee keer achter elkaar"),
        (_POINTER_ADVERBS, "er staan dan twee verwijswoorden achter elkaar"),
    ):
        if len(pattern.findall(new)) > len(pattern.findall(text)):
            return reason
    return None


def _apply(text: str, edits: Sequence[Edit]) -> str:
    """The text with the edits made (edits do not overlap)."""
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: e.start] + e.replacement + text[e.end :]
    return text


_DEFINITE_START = frozenset("de het uw deze dit die dat zijn haar hun mijn onze ons elke iedere".split())


def _kept_behind(doc: Any, first: Any, tokens: list, new: list[str], after: Any) -> str | None:
    """A word of the old verb's construction that stays behind and no longer fits.

    'zich wenden tot de gemeente' -> 'contact opnemen tot'; 'u zich niet kunt
    verenigen met' -> 'u zich niet kunt het eens zijn'; 'gedurende drie weken'
    -> 'tijdens drie weken' ('tijdens' needs an event, not a length of time).
    """
    if after is not None and after.lower_ == "tot" and tokens[-1].pos_ in ("VERB", "AUX") and "tot" not in new:
        return f"'tot' past niet bij '{' '.join(new)}'"
    if "zich" not in new and any(t.lower_ == "zich" for t in doc[max(0, first.i - 8) : first.i]):
        return f"'zich' blijft dan staan en past niet bij '{' '.join(new)}'"
    if new == ["tijdens"] and after is not None and after.lower_ not in _DEFINITE_START and after.pos_ != "PROPN":
        return "'tijdens' past niet voor een tijdsduur; schrijf bijvoorbeeld 'voor drie weken' of 'drie weken lang'"
    return None


def _het_word_ending(doc: Any, first: Any, tokens: list, new: list[str]) -> str | None:
    """A de-word swapped for a het-word after an adjective with -e and no definite word.

    'passende arbeid' -> 'passende werk' must be 'passend werk'; 'uw passende
    werk' and 'het passende werk' are fine.
    """
    if len(new) != 1 or len(tokens) != 1 or first.i == 0:
        return None
    table = load_forms()
    target, source = table.get(new[0]), table.get(tokens[0].lower_)
    if target is None or source is None or getattr(target, "gender", None) != "het" or getattr(source, "gender", None) != "de":
        return None
    adjective = doc[first.i - 1]
    if adjective.pos_ not in ("ADJ", "VERB") or not adjective.lower_.endswith("e"):
        return None
    before = doc[first.i - 2] if first.i > 1 else None
    if before is not None and before.lower_ in _DEFINITE_START - {"de", "die", "deze"} and before.pos_ in ("DET", "PRON"):
        return None
    return f"'{adjective.text} {new[0]}' klopt niet: bij een het-woord zonder 'het' of 'uw' valt de -e weg"
