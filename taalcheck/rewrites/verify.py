"""Prove a safe fix before anyone sees it.

A safe fix promises the same meaning and the same sentence structure. The
checker applies each safe fix to its own segment, analyses the edited
segment again and asks the questions below. A fix that fails one of them is
no longer safe: it becomes a proposal, and the answer is kept as its reason
(``Fix.reason``, ``fix.reden`` in JSON).

- The edit touches no data: postcodes, company forms, names of laws and
  account holders, dates, amounts, reference numbers, IBANs, licence plates,
  e-mail and web addresses (placeholders and markup are blocked before).
- A separable verb changes as a whole: its particle is not swapped on its own
  ('delen wij u mede' -> 'ook'), its stem not without its particle, and a new
  separable verb after 'te' is split ('terug te sturen', never 'te terugsturen').
- The edited words keep their role: the head of the new words has the word
  class of the head of the old ones.
- The number of finite verbs stays the same, and no 'te' is left dangling
  after a new modal in a coordinated clause.
- No new finding of any kind appears in the segment.

Text outside the edits stays byte-identical; ``outside_identical`` proves it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from taalcheck.core.findings import Edit, Finding
from taalcheck.core.fixes import apply_edits, map_offset, replaced_regions
from taalcheck.nl.inflection import attributive, load_forms
from taalcheck.nl.word_classes import (
    AUXILIARIES,
    AUXILIARY_INFINITIVES,
    DIENEN_TO_MOETEN,
    MODALS,
    PERSONS,
    WENSEN_TO_WILLEN,
)
from taalcheck.rewrites import verify_grammar, verify_modal
from taalcheck.rewrites.data import data_hit, data_spans

# -- the checks on the analysed sentence -----------------------------------------------


def _separable(particle: str, verb_lemma: str, verb_form: str = "") -> str | None:
    """The separable verb of the inflection table that particle + verb make ('mede' + 'delen', 'mede' + 'deelden')."""
    for candidate in (verb_lemma, verb_form):
        entry = load_forms().get(particle + candidate) if candidate else None
        if entry is not None and entry.kind == "werkwoord" and entry.tail == particle:
            return entry.lemma  # 'mede' + 'delen' (the infinitive, whatever the lemmatiser says)
    return _split_heads().get(particle, {}).get(verb_form) if verb_form else None


@lru_cache(maxsize=1)
def _split_heads() -> dict[str, dict[str, str]]:
    """particle -> finite head -> its separable verb ('mede' -> 'deelden' -> 'mededelen')."""
    heads: dict[str, dict[str, str]] = {}
    for entry in load_forms().values():
        if entry.kind == "werkwoord" and entry.tail:
            for slot in ("stam", "t", "ovt_ev", "ovt_mv"):
                head, _, tail = entry.forms.get(slot, "").partition(" ")
                if tail == entry.tail:
                    heads.setdefault(tail, {})[head] = entry.lemma
    return heads


def _covered(token: Any, edits: Sequence[Edit]) -> bool:
    start, end = token.idx, token.idx + len(token.text)
    return any(e.start < end and start < e.end for e in edits if e.start < e.end)


def _touched(doc: Any, edits: Sequence[Edit]) -> list[Any]:
    return [t for t in doc if not t.is_space and _covered(t, edits)]


def separable_split(doc: Any, edits: Sequence[Edit]) -> str | None:
    """A particle swapped without its verb, or a verb without its particle."""
    touched = _touched(doc, edits)
    for token in touched:
        alone = any(e.start == token.idx and e.end == token.idx + len(token.text) for e in edits)
        for verb in doc if alone else ():
            if verb.i == token.i or verb.is_punct:
                continue  # any word class: the parser may take 'delen' in 'mede te delen' for a noun
            whole = _separable(token.lower_, verb.lemma_.lower(), verb.lower_)
            if whole and not _covered(verb, edits):
                return f"'{token.text}' hoort bij het werkwoord '{whole}'; alleen het hele werkwoord mag anders"
        if token.pos_ in ("VERB", "AUX"):
            for child in token.children:
                if (
                    child.dep_ == "compound:prt"
                    and not _covered(child, edits)
                    and _separable(child.lower_, token.lemma_.lower(), token.lower_)
                ):
                    if child.i > token.i:
                        return f"'{child.text}' blijft achter, maar het werkwoord '{child.lower_}{token.lemma_.lower()}' is vervangen"
    return None


def te_before_whole_separable(new_doc: Any, regions: Sequence[tuple[int, int]]) -> str | None:
    """'te terugsturen': after 'te' a separable verb is split ('terug te sturen')."""
    table = load_forms()
    for token in new_doc:
        if token.lower_ != "te" or token.i + 1 >= len(new_doc):
            continue
        verb = new_doc[token.i + 1]
        start, end = verb.idx, verb.idx + len(verb.text)
        if not any(s < end and start < e for s, e in regions):
            continue
        entry = table.get(verb.lower_)
        if entry is not None and entry.kind == "werkwoord" and entry.tail and verb.lower_.startswith(entry.tail):
            return f"na 'te' komt '{entry.tail} te {verb.lower_[len(entry.tail) :]}', niet 'te {verb.lower_}'"
    return None


@lru_cache(maxsize=1)
def _finite_forms() -> frozenset[str]:
    """Word forms that are finite verbs whatever the parser says ('moet', 'stuurt', 'gaf')."""
    known = (*MODALS, *AUXILIARIES, *DIENEN_TO_MOETEN, *DIENEN_TO_MOETEN.values(), *WENSEN_TO_WILLEN, *WENSEN_TO_WILLEN.values(), "wenst")
    forms = {w for w in known if not w.endswith("en") and w not in AUXILIARY_INFINITIVES}
    participles = set()
    for entry in load_forms().values():
        if entry.kind == "werkwoord":
            for slot in ("t", "ovt_ev"):
                head, _, tail = entry.forms.get(slot, "").partition(" ")
                forms.update({head, tail + head} if tail else {head})  # 'stuurt' and 'terugstuurt'
            participles.add(entry.forms.get("vd", ""))
    # 'verzocht' is also the participle; 'verstrekte' mostly an adjective ('de verstrekte gegevens')
    return frozenset(w for w in forms - participles if not (w.endswith(("te", "de")) and w not in MODALS | AUXILIARIES))


def _finite_in(tokens: Iterable[Any]) -> int:
    """Finite verbs, by their spelling ('moet', 'stuurt', 'wenst'): the parser is not sure of every word class."""
    forms = _finite_forms()
    return sum(1 for t in tokens if t.lower_ in forms)


def finite_changed(old_doc: Any, new_doc: Any, edits: Sequence[Edit], regions: Sequence[tuple[int, int]]) -> bool:
    """The edit changes the number of finite verbs among the edited words.

    Only the edited words count: the parser's view of the untouched words may
    differ between two parses, the words themselves do not.
    """
    new = [t for t in new_doc if not t.is_space and any(t.idx < e and s < t.idx + len(t.text) for s, e in regions if s < e)]
    old = _touched(old_doc, edits)
    if any(t.lower_ in _ambiguous_forms() for t in (*old, *new)):
        return False  # 'verstrekt', 'diende': finite or not, the spelling does not say
    return _finite_in(old) != _finite_in(new)


@lru_cache(maxsize=1)
def _ambiguous_forms() -> frozenset[str]:
    """Forms that are finite in one sentence and not in another ('verstrekt' is also the participle)."""
    out = set()
    for entry in load_forms().values():
        if entry.kind == "werkwoord":
            finite = {entry.forms.get(slot, "").partition(" ")[0] for slot in ("t", "ovt_ev")}
            out.update(f for f in finite if f == entry.forms.get("vd") or f.endswith(("te", "de")))
    return frozenset(out - MODALS - AUXILIARIES)


# a relative clause ('die voldoet aan ...') does not end the row of infinitives after the modal
_CLAUSE_END = re.compile(r"[.;:!?](?=\s|$)|\b(?:dat|omdat|zodat|waarna)\b")


def dangling_te(new_text: str, edits: Sequence[Edit], regions: Sequence[tuple[int, int]]) -> str | None:
    """'U moet zich melden ... en uw cv mee te nemen': a new modal, and a coordinated 'te' stays."""
    for edit, (_, end) in zip(sorted(edits, key=lambda e: (e.start, e.end)), regions, strict=True):
        if edit.replacement.lower() not in MODALS:
            continue
        rest = new_text[end:]
        stop = _CLAUSE_END.search(rest)
        clause = rest[: stop.start()] if stop else rest
        words = re.findall(r"[\w'’]+|,", re.sub(r"\bdan wel\b", "of", clause.lower()))
        stops = PERSONS | _finite_forms() | set(DIENEN_TO_MOETEN) | MODALS
        for k, word in enumerate(words):
            if (k and word in PERSONS) or (k and word in stops and words[k - 1] in ("en", "of", ",", "maar")):
                break  # 'en u dient ervoor te zorgen', ', dienen deze ...': another clause with its own verb
            if word == "te" and k + 1 < len(words) and not {"om", "zonder", "door"} & set(words[:k]):
                if "en" in words[:k] or "of" in words[:k] or "," in words[:k]:
                    return f"na '{edit.replacement}' blijft 'te' staan in het tweede deel van de zin"
    return None


def head_class(tokens: Sequence[Any]) -> str | None:
    """The word class of the head of ``tokens``: the token whose head lies outside them."""
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if not heads:
        return None
    return _CLASS.get(heads[0].pos_, heads[0].pos_)


_CLASS = {
    "VERB": "werkwoord",
    "AUX": "werkwoord",
    "NOUN": "naamwoord",
    "PROPN": "naamwoord",
    "PRON": "naamwoord",
    "ADJ": "bijwoord",
    "ADV": "bijwoord",
    "ADP": "voorzetsel",
    "SCONJ": "voegwoord",
    "CCONJ": "voegwoord",
    "DET": "lidwoord",
    "NUM": "naamwoord",
}
# classes a plain word may take for a stiff one: 'middels' (ADP) -> 'met', 'derhalve' (ADV) -> 'daarom'
_INTERCHANGEABLE = [{"bijwoord", "voorzetsel", "voegwoord"}, {"lidwoord", "naamwoord"}]


def role_changed(old_doc: Any, new_doc: Any, edits: Sequence[Edit], regions: Sequence[tuple[int, int]]) -> str | None:
    """The new words do a different job in the sentence than the old ones."""
    for edit, (start, end) in zip(sorted(edits, key=lambda e: (e.start, e.end)), regions, strict=True):
        if edit.start == edit.end or start == end:
            continue
        old = [t for t in old_doc if not t.is_space and t.idx < edit.end and edit.start < t.idx + len(t.text)]
        new = [t for t in new_doc if not t.is_space and t.idx < end and start < t.idx + len(t.text)]
        a, b = head_class(old), head_class(new)
        if a is None or b is None or a == b or any(a in group and b in group for group in _INTERCHANGEABLE):
            continue
        # the parser is not sure of every word class ('Ingevolge' a noun); only a particle is proof
        if not any(t.dep_ == "compound:prt" for t in old):
            continue
        old_text, new_text = old_doc.text[edit.start : edit.end], new_doc.text[start:end]
        return f"'{new_text}' is een {b}, '{old_text}' een {a}: de zinsbouw verandert"
    return None


def new_findings(fixed: Finding, before: Sequence[Finding], after: Sequence[Finding], edits: Sequence[Edit]) -> list[Finding]:
    """Findings in the edited segment that no finding of the original accounts for.

    An old finding accounts for a new one of its category with the same words,
    or whose span, moved through the edits, overlaps it (a long sentence stays
    the same long sentence).
    """
    edits = sorted(edits, key=lambda e: (e.start, e.end))
    free = [(f.category, f.text.lower(), map_offset(edits, f.start), map_offset(edits, f.end, end=True)) for f in before if f is not fixed]
    out = []
    for exact in (True, False):
        left = []
        for finding in after if exact else out:
            match = next(
                (
                    old
                    for old in free
                    if old[0] == finding.category
                    and (old[1] == finding.text.lower() if exact else old[2] < finding.end and finding.start < old[3])
                ),
                None,
            )
            if match is None:
                left.append(finding)
            else:
                free.remove(match)
        out = left
    return out


def verify(
    old_doc: Any,
    new_doc: Any,
    fixed: Finding,
    before: Sequence[Finding],
    after: Sequence[Finding],
    new_abbreviations: int = 0,
    data: Sequence[tuple[int, int, str]] | None = None,
) -> str | None:
    """Why the safe fix ``fixed`` (offsets relative to ``old_doc``) is not safe, or None when it is.

    ``new_doc`` is the analysed text with the fix applied; ``before`` and
    ``after`` the findings of both texts; ``new_abbreviations`` the number of
    unexplained abbreviations the fix brought in; ``data`` the ``data_spans``
    of the old text, when the caller has them already.
    """
    edits = sorted(fixed.edits, key=lambda e: (e.start, e.end))
    text = old_doc.text
    kind = data_hit(edits, data_spans(text) if data is None else data, text)
    if kind is not None:
        return f"de aanpassing verandert gegevens ({kind})"
    if not outside_identical(text, new_doc.text, edits):
        return "de tekst buiten de aanpassing verandert"
    broken = broken_grammar(old_doc, new_doc, edits)
    if broken:
        return broken
    glued = verify_grammar.compound_broken(text, edits)
    if glued:
        return glued
    repeated = _repeated(text, edits)
    if repeated:
        return f"'{repeated}' staat dan twee keer in de zin"
    extra = new_findings(fixed, before, after, edits)
    if extra:
        return f"de nieuwe tekst geeft een nieuwe opmerking: '{extra[0].text}' ({extra[0].category})"
    if new_abbreviations:
        return "de nieuwe tekst bevat een afkorting zonder uitleg, of een woord dat in deze brief misleidend kan zijn"
    return None


class Broken(str):
    """A reason that the edited sentence is wrong Dutch or says something else: no rewrite at all, only advice."""


def broken_grammar(old_doc: Any, new_doc: Any, edits: Sequence[Edit]) -> Broken | None:
    """Why the edited sentence is broken (a separable verb torn, a participle lost, ...), or None."""
    edits = sorted(edits, key=lambda e: (e.start, e.end))
    regions = replaced_regions(edits)
    for check in (
        lambda: separable_split(old_doc, edits),
        lambda: te_before_whole_separable(new_doc, regions),
        lambda: dangling_te(new_doc.text, edits, regions),
        lambda: role_changed(old_doc, new_doc, edits, regions),
        lambda: verify_grammar.check_all(old_doc, new_doc.text, edits, regions),
        lambda: verify_modal.check_all(old_doc, new_doc, edits, regions),
    ):
        reason = check()
        if reason:
            return Broken(reason)
    bare = _bare_attributive(old_doc, edits)
    if bare:
        return Broken(f"'{bare}' staat voor een zelfstandig naamwoord en moet dan op -e eindigen")
    explained = all("(" in e.replacement for e in edits)  # an explanation in brackets brings its own verb
    if not explained and finite_changed(old_doc, new_doc, edits, regions):
        return Broken("het aantal persoonsvormen in de zin verandert")
    return None


def advice(finding: Finding, reason: str) -> Finding:
    """The finding without a rewrite; why there is none stays in its message."""
    from dataclasses import replace

    return replace(finding, fix=None, message=f"{finding.message} (Geen voorstel: {reason}.)")


def _bare_attributive(doc: Any, edits: Sequence[Edit]) -> str | None:
    """'te weinig geheven belasting' -> 'gevraagd belasting', 'geconstateerde gedraging' -> 'gezien gedraging'.

    A new participle before its noun takes -e where the old word had one or
    could not show it ('geheven'), unless it ends in an unstressed -en itself.
    """
    for edit in edits:
        old = [t for t in _touched(doc, [edit])]
        new = edit.replacement.split()
        if len(old) != 1 or len(new) != 1 or not (new[0].lower() in _participles() or new[0].endswith(("d", "t"))):
            continue
        word, before = new[0].lower(), old[0].lower_
        bare = word == attributive(word) or word.endswith("e")
        if bare or not (before.endswith("e") or (not before.endswith(("d", "t")) and word.endswith(("d", "t")))):
            continue
        head = old[0].head
        if head.i == old[0].i + 1 and head.pos_ in ("NOUN", "PROPN") and old[0].dep_ in ("amod", "acl"):
            return new[0]
    return None


@lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    """Every participle of the table of forms ('verstrekt', 'gezien')."""
    return frozenset(e.forms["vd"] for e in load_forms().values() if e.kind == "werkwoord" and e.forms.get("vd"))


def _repeated(text: str, edits: Sequence[Edit]) -> str | None:
    """A new word that the sentence already has elsewhere ('geven wij u de kans uw zienswijze te geven')."""
    rest = apply_edits(text, [Edit(e.start, e.end, " ") for e in edits]).lower()
    others = set(re.findall(r"[^\W\d_]+", rest))
    old = set(re.findall(r"[^\W\d_]+", " ".join(text[e.start : e.end] for e in edits).lower()))
    for edit in edits:
        for word in re.findall(r"[^\W\d_]+", edit.replacement.lower()):
            if len(word) > 4 and word in others and word not in old:
                return word
    return None


def outside_identical(old: str, new: str, edits: Sequence[Edit]) -> bool:
    """Every character outside the edits is the same, in the same order."""
    edits = sorted(edits, key=lambda e: (e.start, e.end))
    if apply_edits(old, edits) != new:
        return False
    regions = replaced_regions(edits)
    cursor_old = cursor_new = 0
    for edit, (start, end) in zip(edits, regions, strict=True):
        if old[cursor_old : edit.start] != new[cursor_new:start]:
            return False
        cursor_old, cursor_new = edit.end, end
    return old[cursor_old:] == new[cursor_new:]


def downgraded(finding: Finding, reason: str) -> Finding:
    """The same finding, its fix now a proposal with ``reason``."""
    from dataclasses import replace

    return replace(finding, fix=finding.fix.proposal(reason)) if finding.fix is not None else finding


def edited_text(text: str, finding: Finding) -> str:
    return apply_edits(text, sorted(finding.edits, key=lambda e: (e.start, e.end)))
