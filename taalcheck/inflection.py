"""Dutch word forms from ``woordenlijsten/grammatica/vervoegingen.csv``.

One row per word: a verb with its forms (stam|t|ovt_ev|ovt_mv|vd, a
separable verb written as 'stuur terug'), an adjective (bn|bn_e) or a noun
(ev|mv). A noun also has its article (``lidwoord``: de or het) and whether
it is countable (``telbaar``: nee for 'werk' or 'geld', which can stand
without an article). Data, not rules, so an editor can add a word without
code.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

VERB_SLOTS = ("stam", "t", "ovt_ev", "ovt_mv", "vd")
KINDS = {"werkwoord": VERB_SLOTS, "bijvoeglijk": ("bn", "bn_e"), "zelfstandig": ("ev", "mv")}
PARTICLES = frozenset(
    "aan af bij binnen door in mee na om op over terug toe uit vast voor weg samen tegen achter neer onder langs rond vrij kwijt".split()
)


def data_path() -> Path:
    from taalcheck.wordlists import shipped_dir

    return shipped_dir() / "grammatica" / "vervoegingen.csv"


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
        head, _, tail = self.forms.get("t", "").partition(" ")
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
            return participle if participle.endswith("en") else participle + "e"
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


@lru_cache(maxsize=4)
def load_forms(path: str | None = None) -> dict[str, Forms]:
    """lemma (lowercase) -> Forms. A missing file means: no inflection data."""
    file = Path(path) if path else data_path()
    if not file.is_file():
        return {}
    text = file.read_text(encoding="utf-8-sig")
    table: dict[str, Forms] = {}
    for rownum, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        lemma = " ".join((row.get("woord") or "").split()).lower()
        kind = (row.get("soort") or "").strip()
        values = [v.strip() for v in (row.get("vormen") or "").split("|")]
        slots = KINDS.get(kind)
        where = f"{file.name}:{rownum}"
        if not lemma or slots is None or len(values) != len(slots) or not all(values):
            raise ValueError(f"{where}: de rij voor '{lemma}' is niet goed (soort {kind!r}, {len(values)} vormen).")
        gender = (row.get("lidwoord") or "").strip().lower() or None
        countable = (row.get("telbaar") or "").strip().lower()
        if gender not in (None, "de", "het") or countable not in ("", "ja", "nee"):
            raise ValueError(f"{where}: bij '{lemma}' mag 'lidwoord' alleen de of het zijn, en 'telbaar' alleen ja of nee.")
        if gender and kind != "zelfstandig":
            raise ValueError(f"{where}: '{lemma}' is geen zelfstandig naamwoord, dus laat 'lidwoord' leeg.")
        table[lemma] = Forms(lemma, kind, dict(zip(slots, values)), gender, countable != "nee")
    return table
