"""The sense inventory (betekenissen.csv): words with an official and an everyday sense.

One row per sense. Rows of one word stand together; a word has at least one
``officieel`` sense (flagged by M101) and one ``alledaags`` sense (never
flagged). Each sense lists signals that show it is meant. The file is
validated on load; every problem is reported as ``file:row: what is wrong``
in Dutch, rows counted as a spreadsheet shows them (the header is row 1).
No spaCy import.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

SENSE_COLUMNS = ("woord", "betekenis", "soort", "voor_lezers", "uitleg", "alternatieven", "signalen", "voorbeeld", "bron")
SOORTEN = ("officieel", "alledaags")
SIGNAL_KINDS = ("obj", "bij", "samen", "domein", "lidwoord")
ARTICLES = ("de", "het")
DOMAINS = ("belasting", "rechtspraak", "wmo", "uitkering", "schuld", "wonen", "zorg", "onderwijs", "verkeer")
MIN_SIGNALS = 3
MAX_UITLEG = 200
# Words that say nothing about a sense on their own ("op", "van"): never a signal.
FUNCTION_SIGNALS = frozenset(
    "op van met aan bij in dus dat zich om mij niet zijn haar even dan tot voor de het een wat zo dit er ook nog "
    "ben maakt mee ok wel geen over onder per na als".split()
)


@dataclass(frozen=True)
class Signal:
    """``kind`` is "lemma" (a word in the sentence), "obj", "bij", "samen", "domein" or "lidwoord"
    (the article of the word in the singular: 'de cv' is the heating, 'het cv' the curriculum vitae)."""

    kind: str
    value: str


@dataclass(frozen=True)
class Sense:
    woord: str
    betekenis: str
    officieel: bool
    voor_lezers: str
    uitleg: str
    alternatieven: tuple[str, ...]
    signalen: tuple[Signal, ...]
    voorbeeld: str
    bron: str
    # meant when the sentence has no signal for any sense (column ``standaard``)
    standaard: bool = False
    row: int = 0
    # column ``melden`` = nee: readers know this official sense; M101 stays silent when it is meant
    # (and does not report the word at all when every official sense says so)
    melden: bool = True
    # column ``melden`` = advies: reported, but with advice only; the plain word does not fit in its
    # place ('de aanslag opleggen' is no 'belastingbrief opleggen'), so M101 proposes no swap
    voorstel: bool = True


@dataclass(frozen=True)
class SenseEntry:
    """All senses of one word, in file order."""

    woord: str
    senses: tuple[Sense, ...]
    file: str = ""
    row: int = 0

    @property
    def official(self) -> tuple[Sense, ...]:
        return tuple(s for s in self.senses if s.officieel)

    @property
    def everyday(self) -> tuple[Sense, ...]:
        return tuple(s for s in self.senses if not s.officieel)

    @property
    def reported(self) -> bool:
        """Whether M101 reports the word: at least one official sense without ``melden = nee``."""
        return any(s.melden for s in self.official)

    @property
    def default(self) -> Sense | None:
        return next((s for s in self.senses if s.standaard), None)


def parse_signal(text: str) -> Signal:
    if ":" in text:
        kind, value = text.split(":", 1)
        return Signal(kind.strip(), value.strip())
    return Signal("lemma", text.strip())


def _signals(value: str, woord: str, fail: Callable[[str], Exception]) -> tuple[Signal, ...]:
    parts = [p.strip() for p in value.split("|") if p.strip()]
    if len(parts) < MIN_SIGNALS:
        raise fail(f"Bij '{woord}' staan {len(parts)} signalen. Geef er minstens {MIN_SIGNALS}, met ' | ' ertussen.")
    out = []
    for part in parts:
        if part != part.lower():
            raise fail(f"Het signaal '{part}' bij '{woord}' heeft hoofdletters. Schrijf signalen met kleine letters.")
        signal = parse_signal(part)
        if ":" in part and (signal.kind not in SIGNAL_KINDS or not signal.value):
            raise fail(
                f"Het signaal '{part}' bij '{woord}' is onbekend. Begin met obj:, bij:, samen:, domein: of lidwoord:, of schrijf alleen een woord."
            )
        if signal.kind == "lidwoord" and signal.value not in ARTICLES:
            raise fail(f"Het signaal '{part}' bij '{woord}' is onbekend. Schrijf 'lidwoord:de' of 'lidwoord:het'.")
        if signal.kind == "domein" and signal.value not in DOMAINS:
            raise fail(f"Het onderwerp '{signal.value}' bij '{woord}' is onbekend. Kies uit: {', '.join(DOMAINS)}.")
        if signal.kind == "lemma" and signal.value in FUNCTION_SIGNALS:
            raise fail(f"Het signaal '{part}' bij '{woord}' is een klein woord dat overal staat. Kies een woord met betekenis.")
        if signal.value == woord:
            raise fail(f"Het woord '{woord}' staat zelf bij de signalen. Kies andere woorden.")
        out.append(signal)
    return tuple(out)


def _sense(cells: dict[str, str], rownum: int, fail: Callable[[str], Exception]) -> Sense:
    woord = cells["woord"]
    if woord != " ".join(woord.lower().split()):
        raise fail(f"Schrijf '{woord}' met kleine letters en zonder extra spaties.")
    if not cells["betekenis"]:
        raise fail(f"De kolom 'betekenis' is leeg bij '{woord}'. Geef de betekenis een kort label.")
    soort = cells["soort"].lower()
    if soort not in SOORTEN:
        raise fail(f"In de kolom 'soort' staat '{cells['soort']}'. Schrijf 'officieel' of 'alledaags'.")
    officieel = soort == "officieel"
    if officieel:
        for column in ("voor_lezers", "uitleg", "alternatieven", "bron"):
            if not cells[column]:
                raise fail(f"De kolom '{column}' is leeg bij '{woord}' ({cells['betekenis']}). Vul die in bij een officiële betekenis.")
        if "taalcheck" in cells["bron"].lower() or ".csv" in cells["bron"].lower():
            raise fail(f"Bij '{woord}' staat '{cells['bron']}' als bron. Noem waar de betekenis beschreven staat, niet taalcheck.")
        if len(cells["uitleg"]) > MAX_UITLEG:
            raise fail(f"De uitleg bij '{woord}' is {len(cells['uitleg'])} tekens. Maak die korter dan {MAX_UITLEG}.")
        if any(not a.strip() for a in cells["alternatieven"].split("|")):
            raise fail(f"Bij '{woord}' staat een leeg alternatief. Haal de extra ' | ' weg.")
    else:
        for column in ("voor_lezers", "uitleg", "alternatieven"):
            if cells[column]:
                raise fail(
                    f"Bij '{woord}' ({cells['betekenis']}) is de kolom '{column}' ingevuld. Laat die leeg bij een alledaagse betekenis."
                )
    if not cells["voorbeeld"]:
        raise fail(f"De kolom 'voorbeeld' is leeg bij '{woord}' ({cells['betekenis']}). Geef een zin met het woord.")
    standaard = cells.get("standaard", "").lower()
    if standaard not in ("", "ja", "nee"):
        raise fail(f"In de kolom 'standaard' staat '{cells['standaard']}'. Schrijf 'ja' of laat de cel leeg.")
    melden = cells.get("melden", "").lower()
    if melden not in ("", "ja", "nee", "advies"):
        raise fail(f"In de kolom 'melden' staat '{cells['melden']}'. Schrijf 'nee' of 'advies', of laat de cel leeg.")
    return Sense(
        woord=woord,
        betekenis=cells["betekenis"],
        officieel=officieel,
        voor_lezers=cells["voor_lezers"],
        uitleg=cells["uitleg"],
        alternatieven=tuple(a.strip() for a in cells["alternatieven"].split("|") if a.strip()),
        signalen=_signals(cells["signalen"], woord, fail),
        voorbeeld=cells["voorbeeld"],
        bron=cells["bron"],
        standaard=standaard == "ja",
        row=rownum,
        melden=melden != "nee",
        voorstel=melden != "advies",
    )


def build_entries(
    rows: Sequence[tuple[int, dict[str, str]]], display: str, error: Callable[[str, int, str], Exception]
) -> list[SenseEntry]:
    """Sense entries from ``(row number, cells)`` pairs, checked as a whole."""
    groups: dict[str, list[Sense]] = {}
    first_row: dict[str, int] = {}
    previous = ""
    for rownum, cells in rows:

        def fail(reason: str, rownum: int = rownum) -> Exception:
            return error(display, rownum, reason)

        sense = _sense(cells, rownum, fail)
        woord = sense.woord
        if woord in groups and previous != woord:
            raise fail(f"De rijen van '{woord}' staan niet onder elkaar (ook in rij {first_row[woord]}). Zet ze bij elkaar.")
        for other in groups.get(woord, ()):
            if other.betekenis == sense.betekenis:
                raise fail(f"'{woord}' heeft de betekenis '{sense.betekenis}' al in rij {other.row}. Kies een ander label.")
        groups.setdefault(woord, []).append(sense)
        first_row.setdefault(woord, rownum)
        previous = woord
    entries = []
    for woord, senses in groups.items():
        row = first_row[woord]
        if not any(s.officieel for s in senses) or all(s.officieel for s in senses):
            raise error(display, row, f"'{woord}' heeft minstens één officiële en één alledaagse betekenis nodig.")
        if sum(s.standaard for s in senses) > 1:
            raise error(display, row, f"Bij '{woord}' staat 'standaard' bij meer dan één betekenis. Kies er één.")
        official = {signal for s in senses if s.officieel for signal in s.signalen}
        for sense in senses:
            shared = sorted(x.value for x in sense.signalen if not sense.officieel and x in official)
            if shared:
                raise error(
                    display,
                    sense.row,
                    f"Het signaal '{shared[0]}' bij '{woord}' staat bij een officiële én een alledaagse betekenis. Houd het bij één.",
                )
        entries.append(SenseEntry(woord, tuple(senses), display, row))
    return entries


def as_misleading(entry: SenseEntry, entry_type: Any) -> Any:
    """A word-list entry (kind misleidend) for matching: the first official sense speaks for the word."""
    first = entry.official[0]
    return entry_type(
        woord=entry.woord,
        alternatieven=first.alternatieven,
        uitleg=first.uitleg,
        veilig=False,
        bron=first.bron,
        kind="misleidend",
        file=entry.file,
        row=entry.row,
        betekenissen=entry,
    )


__all__ = ["DOMAINS", "SENSE_COLUMNS", "Sense", "SenseEntry", "Signal", "as_misleading", "build_entries", "parse_signal"]
