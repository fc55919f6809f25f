"""Fixed terms from ``woordenlijsten/vaste-termen/vaste-termen.csv``.

A fixed term is a name the reader meets again elsewhere: on a form, on the
website of the Belastingdienst, in the law. 'Inleidende beschikking' and
'grondslag sparen en beleggen' are such names. Swapping one of their words
('inleidende beslissing', 'basis sparen en beleggen') leaves a name that
exists nowhere, so no fix may edit part of one. Each row names a public
source (``bron``): a law with its article, or a page of the Belastingdienst
or another public body. Data, not rules: an editor adds a term without code.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from taalcheck.lexicon.wordlists import shipped_dir

COLUMNS = ("term", "uitleg", "bron")
MAX_UITLEG = 200
# a public source names a law or an article, or gives a web address
_SOURCE_MARKS = ("wet", "art.", "artikel", "besluit", "regeling", "http", "www.", ".nl", "ecli:")


@dataclass(frozen=True)
class FixedTerm:
    """One row: the term (lower case, single spaces), what it means, and where it is defined."""

    term: str
    uitleg: str
    bron: str


def data_path() -> Path:
    return shipped_dir() / "vaste-termen" / "vaste-termen.csv"


@lru_cache(maxsize=4)
def read_terms(path: str | None = None) -> tuple[FixedTerm, ...]:
    """The checked rows; a missing file means no fixed terms. A bad row raises ``ValueError('file:row: ...')``."""
    file = Path(path) if path else data_path()
    if not file.is_file():
        return ()
    reader = csv.DictReader(io.StringIO(file.read_text(encoding="utf-8-sig")))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise ValueError(f"{file.name}:1: de kolom '{missing[0]}' ontbreekt.")
    out: list[FixedTerm] = []
    seen: dict[str, int] = {}
    for rownum, row in enumerate(reader, start=2):
        term = " ".join((row.get("term") or "").split()).lower()
        if not term:
            continue
        uitleg, bron = (row.get("uitleg") or "").strip(), (row.get("bron") or "").strip()
        problem = _problem(term, uitleg, bron, seen)
        if problem:
            raise ValueError(f"{file.name}:{rownum}: {problem}")
        seen[term] = rownum
        out.append(FixedTerm(term, uitleg, bron))
    return tuple(out)


def _problem(term: str, uitleg: str, bron: str, seen: dict[str, int]) -> str | None:
    """What is wrong with a row, in Dutch, or None."""
    if term in seen:
        return f"'{term}' staat al in rij {seen[term]}. Haal een van beide weg."
    if len(term.split()) < 2:
        return f"'{term}' is één woord. Een vaste term heeft minstens twee woorden; zet één woord in jargon.csv met veilig = advies."
    if not uitleg or len(uitleg) > MAX_UITLEG:
        return f"De uitleg bij '{term}' is leeg of langer dan {MAX_UITLEG} tekens."
    lowered = bron.lower()
    if not bron or lowered == "taalcheck" or not any(mark in lowered for mark in _SOURCE_MARKS):
        return f"Bij '{term}' staat geen openbare bron. Noem een wet met artikel of een pagina van de overheid."
    return None
