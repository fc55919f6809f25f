"""Dutch word forms: which form of a word fills which slot of a sentence.

The table itself is read by ``taalcheck.lexicon.inflection``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from taalcheck.lexicon.inflection import KINDS, VERB_SLOTS, read_table
from taalcheck.nl.word_classes import PARTICLES


@dataclass(frozen=True)
class Forms:
    """The forms of one word: for a verb stam|t|ovt_ev|ovt_mv|vd ("stuur terug|stuurt terug|...")."""

    lemma: str
    kind: str
    forms: dict[str, str]
    gender: str | None = None  # a noun's article in the singular: 'de' or 'het'
    countable: bool = True

    @property
    def tail(self) -> str:
        """The part that moves in a main clause: 'terug' in 'stuur terug'."""
        _, _, tail = self.forms.get("t", "").partition(" ")
        return tail

    def tail_before(self) -> bool:
        """'terug' and 'kenbaar' go before the verb in a verb-final clause; 'weten' (laten weten) after."""
        return bool(self.tail) and self.lemma.startswith(self.tail)

    def finite(self, slot: str, order: str) -> str:
        """A finite form; ``order`` is 'main' (head only) or 'sub' (head with its tail in place)."""
        head, _, tail = self.forms[slot].partition(" ")
        if order == "main" or not tail:
            return head
        if not self.tail_before():
            return f"{head} {tail}"
        return f"{tail}{head}" if tail in PARTICLES and " " not in self.lemma else f"{tail} {head}"

    def te_infinitive(self) -> str:
        tail = self.tail
        if tail and self.tail_before():
            rest = self.lemma[len(tail) :].strip()
            return f"{tail} te {rest}"
        return f"te {self.lemma}"

    def form(self, slot: str, order: str = "sub") -> str | None:
        if slot in ("inf", "bn", "ev") and slot not in self.forms:
            return self.lemma
        if slot == "te_inf":
            return self.te_infinitive()
        if slot == "vd_e":
            participle = self.forms.get("vd", "")
            if not participle or " " in participle:
                return None
            return attributive(participle)
        if slot in VERB_SLOTS and slot != "vd":
            return self.finite(slot, order)
        return self.forms.get(slot)

    def surfaces(self) -> dict[str, set[str]]:
        """Contiguous surface form (lowercase) -> the slots it can fill."""
        out: dict[str, set[str]] = {}

        def add(surface: str | None, slot: str) -> None:
            if surface:
                out.setdefault(surface.lower(), set()).add(slot)

        if self.kind == "werkwoord":
            add(self.lemma, "inf")
            add(self.te_infinitive(), "te_inf")
            add(self.form("vd"), "vd")
            add(self.form("vd_e"), "vd_e")
            for slot in ("stam", "t", "ovt_ev", "ovt_mv"):
                if not self.tail:  # a bare head ("stuurt") is not "terugsturen"
                    add(self.finite(slot, "main"), slot)
                add(self.finite(slot, "sub"), slot)
        else:
            for slot in KINDS[self.kind]:
                add(self.form(slot), slot)
        return out


def attributive(participle: str) -> str:
    """The participle before a de-word: 'gemeld' -> 'gemelde', 'gezien' -> 'geziene', 'gedaan' -> 'gedane'.

    A participle that ends in an unstressed -en after a consonant takes no -e
    ('de gegeven antwoorden'); 'gezien' and 'gedaan' end in a full vowel and
    do. A doubled vowel before the last consonant is written single then.
    """
    if re.search(r"[^aeiouy]en$", participle):
        return participle
    doubled = re.search(r"([aou])\1([^aeiouy])$", participle)
    if doubled:
        return participle[: doubled.start()] + doubled.group(1) + doubled.group(2) + "e"
    return participle + "e"


@lru_cache(maxsize=4)
def load_forms(path: str | None = None) -> dict[str, Forms]:
    """lemma (lowercase) -> Forms. A missing file means: no inflection data."""
    return {lemma: Forms(row.lemma, row.kind, row.forms, row.gender, row.countable) for lemma, row in read_table(path).items()}
