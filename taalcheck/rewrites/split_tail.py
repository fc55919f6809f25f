"""A phrase at the end of a long sentence becomes a sentence of its own (issue 17).

'U kunt het bedrag overmaken op rekening NL12 ..., onder vermelding van het kenmerk 1234.'
-> '... op rekening NL12 ... . Vermeld daarbij het kenmerk 1234.'
'..., vermeerderd met rente en kosten.' -> '... . Daar komen rente en kosten bij.'

'onder vermelding van' (or 'o.v.v.') after a comma, at the very end, with
only a noun phrase after it. The new sentence tells the reader what to do,
so the sentence must be about the reader's act: 'u' in it, or a command,
or a payment ('Het bedrag dient ... te zijn bijgeschreven'), and no sender
acting on its own ('Wij hebben het bedrag overgemaakt, o.v.v. ...').
"""

from __future__ import annotations

from typing import Any

from taalcheck.core.findings import Edit
from taalcheck.nl.tokens import next_word
from taalcheck.nl.word_classes import PERSONS

_ABBREVIATED = frozenset({"o.v.v.", "ovv", "o.v.v"})
# a payment or a sending by the reader, also without 'u' ('Betaling kan geschieden op ...')
_READER_ACTS = frozenset("betaling bedrag bedragen termijn termijnen bijgeschreven voldaan overmaken overgemaakt betalen gestort".split())
_ASKING = frozenset("verzoeken vragen verzoek vraag".split())
# a duty or a possibility for the reader, in a sentence without 'u' ('Betaling kan geschieden op ...')
_DUTY = frozenset("dient dienen moet moeten kan kunnen".split())
# marks that end a noun phrase ('-' and '/' belong to a reference: 'PO-SUB-2026/04817')
_BREAKS = frozenset(",;:()?!")


def _verb(token: Any) -> bool:
    """A verb of a clause; 'het bovenstaande kenmerk' has none."""
    return token.pos_ == "AUX" or (token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm"))


def _mention_start(doc: Any, comma: Any) -> Any | None:
    """The first word of the mentioned thing after ', onder vermelding van' or ', o.v.v.', else None."""
    first = next_word(doc, comma.i + 1)
    if first is None:
        return None
    if first.lower_ in _ABBREVIATED:
        return next_word(doc, first.i + 1)
    words = [first, *(next_word(doc, first.i + k) for k in (1, 2))]
    if None in words or [w.lower_ for w in words] != ["onder", "vermelding", "van"]:
        return None
    return next_word(doc, words[2].i + 1)


def _about_the_reader(words: list[Any]) -> bool:
    """The sentence is about something the reader does: he pays, sends, calls.

    Not when the sender acts ('Wij hebben het bedrag overgemaakt') or a
    passive hides who acts ('Het bedrag wordt teruggestort'): then
    'Vermeld daarbij' would order the reader to do what he does not do.
    """
    lower = {t.lower_ for t in words}
    if lower & {"wij", "we", "ik"} and not lower & _ASKING:
        return False
    if lower & {"wordt", "worden", "werd", "werden"}:
        return False
    command = words[0].pos_ == "VERB" and len(words) > 1 and words[1].lower_ not in PERSONS  # 'Stuur uw bezwaarschrift ...'
    duty = bool(lower & _DUTY) and bool(lower & _READER_ACTS)  # 'Het bedrag dient ... te zijn bijgeschreven'
    return "u" in lower or command or duty


def mention_split(doc: Any) -> tuple[int, list[Edit]] | None:
    """(token where the new sentence starts, edits) for ', onder vermelding van X.' at the end, or None."""
    words = [t for t in doc if not t.is_space]
    if len(words) < 8 or words[-1].text != ".":
        return None
    for comma in (t for t in words if t.text == ","):
        start = _mention_start(doc, comma)
        if start is None:
            continue
        tail = [t for t in words if t.i >= start.i and t.i != words[-1].i]
        if not tail or any(t.text in _BREAKS or _verb(t) or t.lower_ in ("die", "dat", "welke") for t in tail):
            return None  # more than a noun phrase follows: where the new sentence ends is not clear
        if not _about_the_reader([t for t in words if t.i < comma.i]):
            return None
        before = doc[comma.i - 1]
        mark = "" if before.text.endswith(".") else "."
        return comma.i + 1, [Edit(comma.idx, start.idx, f"{mark} Vermeld daarbij ")]
    return None


def _noun_phrase_after(doc: Any, comma: Any, opening: tuple[str, ...]) -> tuple[Any, list[Any]] | None:
    """(first word, words) of the noun phrase after ', <opening words>' that ends the sentence, or None."""
    words = [t for t in doc if not t.is_space]
    if words[-1].text != ".":
        return None
    k = comma.i + 1
    for expected in opening:
        word = next_word(doc, k)
        if word is None or word.lower_ != expected:
            return None
        k = word.i + 1
    start = next_word(doc, k)
    if start is None:
        return None
    tail = [t for t in words if t.i >= start.i and t.i != words[-1].i]
    if not tail or any(t.text in _BREAKS or _verb(t) or t.lower_ in ("die", "dat", "welke", "waarvan") for t in tail):
        return None
    return start, tail


def _number(tail: list[Any]) -> str | None:
    """'komt' or 'komen' for the thing added: two things joined by 'en' are plural."""
    if any(t.lower_ == "en" for t in tail):
        return "komen"
    noun = next((t for t in tail if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        return None
    number = noun.morph.get("Number")
    return "komen" if "Plur" in number else "komt" if "Sing" in number else None


def tail_phrase_split(doc: Any) -> tuple[int, list[Edit]] | None:
    """', vermeerderd met X.' at the end made a sentence of its own.

    (', als bedoeld in artikel 3' is left alone: 'Dit staat in artikel 3'
    would say the reader's situation is in the law, not what a word means.)
    """
    for comma in (t for t in doc if t.text == ","):
        before = doc[comma.i - 1]
        mark = "" if before.text.endswith(".") else "."
        added = _noun_phrase_after(doc, comma, ("vermeerderd", "met"))
        if added is not None:
            start, tail = added
            verb = _number(tail)
            if verb is None:
                return None
            last = tail[-1]
            return comma.i + 1, [
                Edit(comma.idx, start.idx, f"{mark} Daar {verb} "),
                Edit(last.idx + len(last.text), last.idx + len(last.text), " bij"),
            ]
    return None
