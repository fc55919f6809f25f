"""Proofs for the classes the third blind audit found (issue 17, audit3).

Each check answers why an edit breaks the sentence, or None:

- a 'te' that goes with 'dienen te' -> 'moeten' must be the marker of an
  infinitive of that verb: never 'te veel', 'te laat' or 'te Harlingen', and
  never the 'te' of 'om/teneinde ... te' ('dient u teneinde een wijziging te
  bewerkstelligen een verzoek in te dienen');
- a verb that shares its neighbour ('verschuldigd is of zal worden') cannot
  change on its own;
- 'voordat', 'nadat', 'omdat' need a clause with a finite verb ('voordat
  dagvaarding' is no Dutch);
- a word of the new text may not repeat the word right next to it ('de Wet
  Wet op de ...'; the comparison lives in rewrites.doubled);
- an inflected word before its noun keeps its -e ('het navolgende' ->
  'het volgend', 'iedere geconstateerde' -> 'iedere gezien').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from taalcheck.core.findings import Edit
from taalcheck.nl.word_classes import MODALS, SEPARABLE_PARTICLES, VERB_PREFIX_WORDS
from taalcheck.rewrites.doubled import doubled_at_edge
from taalcheck.rewrites.verify_grammar import _infinitives

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# 'om 9 uur' is a time, 'om een wijziging te ...' a purpose: the 'te' belongs to 'om'
_PURPOSE = frozenset({"om", "teneinde", "alvorens"})
_SHORT_INFINITIVES = frozenset("zijn doen gaan staan slaan zien".split())
_AUX = r"(?:zal|zullen|wordt|worden|kan|kunnen|is|zijn|was|waren|werd|werden|heeft|hebben|moet|moeten)"
# 'is of zal worden,': the second verb group has nothing of its own ('en kan u een boete ...' has)
_SHARED_VERB = re.compile(rf"^\s*(?:of|en|dan wel)\s+{_AUX}(?:\s+{_AUX})*\s*(?:[,.;:!?)]|$)", re.I)
_NEEDS_CLAUSE = frozenset("voordat nadat omdat zodat doordat totdat terwijl".split())
_DETERMINERS = frozenset("de het deze die dit dat iedere ieder elke elk per alle uw onze hun haar welke geen".split())
# particles that also start verbs that never split ('voorkomen', 'ondertekenen', 'overwegen')
_AMBIGUOUS_PARTICLES = frozenset("door om over voor onder achter".split())
_SPLIT_PARTICLES = tuple(
    sorted({*SEPARABLE_PARTICLES, *VERB_PREFIX_WORDS, "recht", "terecht"} - _AMBIGUOUS_PARTICLES, key=len, reverse=True)
)


def _tokens(doc: Any, start: int, end: int) -> list[Any]:
    return [t for t in doc if not t.is_space and t.idx < end and start < t.idx + len(t.text)]


def _is_infinitive(token: Any) -> bool:
    """An infinitive by spelling or by the tagger; 'veel', 'laat' and names are not."""
    low = token.lower_
    if low in _infinitives() or low in _SHORT_INFINITIVES:
        return True
    tagged = token.pos_ in ("VERB", "AUX") and ("Inf" in token.morph.get("VerbForm") or low.endswith("en"))
    return tagged and token.text[:1].islower()


def _time(doc: Any, token: Any) -> bool:
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return nxt is not None and any(c.isdigit() for c in nxt.text)


def te_not_of_modal(old_doc: Any, edits: Sequence[Edit]) -> str | None:
    """'dient het te veel betaalde bedrag ... terug te betalen' -> 'moet het veel betaalde': a 'te' that was not its marker."""
    modal = next((e for e in edits if e.replacement.strip().lower() in MODALS), None)
    if modal is None:
        return None
    for edit in edits:
        if edit.replacement or _WORD.findall(old_doc.text[edit.start : edit.end].lower()) != ["te"]:
            continue
        te = next(t for t in _tokens(old_doc, edit.start, edit.end) if t.lower_ == "te")
        nxt = old_doc[te.i + 1] if te.i + 1 < len(old_doc) else None
        if nxt is None or not _is_infinitive(nxt):
            return f"'te {nxt.text if nxt is not None else ''}'".rstrip() + " is geen werkwoord na 'te': die 'te' moet blijven"
        between = [t for t in old_doc if modal.end <= t.idx < te.idx]
        purpose = next((t for t in between if t.lower_ in _PURPOSE and not (t.lower_ == "om" and _time(old_doc, t))), None)
        if purpose is not None:
            return f"die 'te' hoort bij '{purpose.text}', niet bij '{old_doc.text[modal.start : modal.end]}'"
    return None


def shared_verb(old_doc: Any, edits: Sequence[Edit]) -> str | None:
    """'die deze bank aan u verschuldigd is of zal worden': 'is' and 'zal worden' share 'verschuldigd'."""
    for edit in edits:
        old = _tokens(old_doc, edit.start, edit.end)
        if any(t.pos_ in ("VERB", "AUX") for t in old) and _SHARED_VERB.match(old_doc.text[edit.end :]):
            return f"'{old_doc.text[edit.start : edit.end]}' hoort ook bij het werkwoord dat erna komt"
    return None


def clause_without_verb(new_doc: Any, edits: Sequence[Edit], regions: Sequence[tuple[int, int]]) -> str | None:
    """'laatste sommatie voordat dagvaarding': a conjunction without a clause."""
    for edit, (_, end) in zip(edits, regions, strict=True):
        if edit.replacement.strip().lower() not in _NEEDS_CLAUSE:
            continue
        rest = [t for t in new_doc if t.idx >= end]  # 'omdat bij controles op 12, 19 en 26 maart ... is': commas do not end it
        stop = next((k for k, t in enumerate(rest) if t.text in (";", ":", ".", "!", "?")), len(rest))
        if not any(t.pos_ in ("VERB", "AUX") and "Inf" not in t.morph.get("VerbForm") for t in rest[:stop]):
            return f"na '{edit.replacement.strip()}' komt een zin met een werkwoord"
    return None


def doubled_word(text: str, edits: Sequence[Edit]) -> str | None:
    """'conform de Wet BIG' -> 'de Wet Wet op de beroepen ...': a word twice in a row."""
    for edit in edits:
        new = _WORD.findall(edit.replacement)  # with capitals: 'op naam van Van Leeuwen' is a name
        if not new:
            continue
        reason = doubled_at_edge(_WORD.findall(text[: edit.start])[-1:], new, _WORD.findall(text[edit.end :])[:1])
        if reason:
            return reason
    return None


def lost_inflection(old_doc: Any, edits: Sequence[Edit]) -> str | None:
    """'het navolgende' -> 'het volgend', 'iedere geconstateerde overtreding' -> 'iedere gezien overtreding'."""
    for edit in edits:
        old = _tokens(old_doc, edit.start, edit.end)
        new = _WORD.findall(edit.replacement)
        if len(old) != 1 or len(new) != 1 or old[0].i == 0:
            continue
        word, before = old[0], old_doc[old[0].i - 1]
        inflected = word.lower_.endswith("e") and not word.lower_.endswith("ee") and word.pos_ in ("ADJ", "VERB", "NOUN")
        if inflected and before.lower_ in _DETERMINERS and not new[0].lower().endswith("e"):
            return f"'{before.text} {new[0]}' mist de -e: de vorm van het nieuwe woord klopt niet"
    return None


def whole_separable_after_te(new_doc: Any, regions: Sequence[tuple[int, int]]) -> str | None:
    """'te rechtzetten': a separable verb the inflection table does not know, split after 'te' ('recht te zetten')."""
    from taalcheck.lexicon.frequency import zipf

    for token in new_doc:
        if token.lower_ != "te" or token.i + 1 >= len(new_doc):
            continue
        verb = new_doc[token.i + 1]
        if not any(s < verb.idx + len(verb.text) and verb.idx < e for s, e in regions):
            continue
        low = verb.lower_
        particle = next((p for p in _SPLIT_PARTICLES if low.startswith(p) and len(low) - len(p) >= 4), None)
        rest = low[len(particle) :] if particle else ""
        if particle and rest.endswith("en") and (rest in _infinitives() or zipf(rest) >= 3.0):
            return f"na 'te' komt '{particle} te {rest}', niet 'te {low}'"
    return None


def check_all(old_doc: Any, new_doc: Any, edits: Sequence[Edit], regions: Sequence[tuple[int, int]]) -> str | None:
    """The first reason one of these proofs gives, or None."""
    return (
        te_not_of_modal(old_doc, edits)
        or shared_verb(old_doc, edits)
        or clause_without_verb(new_doc, edits, regions)
        or doubled_word(old_doc.text, edits)
        or lost_inflection(old_doc, edits)
        or whole_separable_after_te(new_doc, regions)
    )
