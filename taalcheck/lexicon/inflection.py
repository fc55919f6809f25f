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

from taalcheck.lexicon.wordlists import shipped_dir

VERB_SLOTS = ("stam", "t", "ovt_ev", "ovt_mv", "vd")
KINDS = {"werkwoord": VERB_SLOTS, "bijvoeglijk": ("bn", "bn_e"), "zelfstandig": ("ev", "mv")}


def data_path() -> Path:
    return shipped_dir() / "grammatica" / "vervoegingen.csv"


@dataclass(frozen=True)
class FormsRow:
    """One checked row of the table."""

    lemma: str
    kind: str
    forms: dict[str, str]
    gender: str | None
    countable: bool


@lru_cache(maxsize=4)
def read_table(path: str | None = None) -> dict[str, FormsRow]:
    """lemma (lowercase) -> its row. A missing file means: no inflection data."""
    file = Path(path) if path else data_path()
    if not file.is_file():
        return {}
    text = file.read_text(encoding="utf-8-sig")
    table: dict[str, FormsRow] = {}
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
        table[lemma] = FormsRow(lemma, kind, dict(zip(slots, values, strict=False)), gender, countable != "nee")
    return table
