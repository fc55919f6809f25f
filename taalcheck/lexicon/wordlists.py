"""Load and validate the word lists (woordenlijsten) that editors keep in CSV.

Communication advisers edit these files in Excel or LibreOffice, so the
loader accepts what those programs write (``;`` as separator, a BOM, blank
rows) and reports every problem as ``file:row: what is wrong`` in Dutch, with
rows counted as a spreadsheet shows them (the header is row 1). No spaCy
import: the CLI, the meldpunt and the tests can load lists cheaply.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import pathlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from taalcheck.lexicon.files import Fingerprint, stat_fingerprint
from taalcheck.lexicon.senses import SENSE_COLUMNS, SenseEntry, as_misleading, build_entries

KINDS = ("jargon", "afkortingen", "misleidend", "toegestaan", "vaktermen", "betekenissen")
JARGON_HEADER = ("woord", "alternatieven", "uitleg", "veilig", "bron", "meldingen")

# Columns a file of each kind must have. Optional: bron, meldingen, and
# niet_als (also in jargon lists: cues that mark a harmless use, as in
# "voldoen aan de voorwaarden"), and in jargon lists veilig_als (words after
# the entry that make the swap safe: "op grond van artikel 4" -> "volgens
# artikel 4"). Unknown columns ("opmerking") are ignored.
_REQUIRED = {
    "jargon": ("woord", "alternatieven", "uitleg", "veilig"),
    "misleidend": ("woord", "alternatieven", "uitleg", "veilig", "wel_als"),
    "afkortingen": ("afkorting", "voluit", "uitleg"),
    "toegestaan": ("woord",),
    "vaktermen": ("vakterm", "uitleg"),
    "betekenissen": SENSE_COLUMNS,
}
_ENTRY_KIND = {"jargon": "jargon", "misleidend": "misleidend", "afkortingen": "afkorting", "vaktermen": "vakterm"}
_WORD_COLUMN = {"afkortingen": "afkorting", "vaktermen": "vakterm"}


class WordListError(ValueError):
    """A word list that cannot be used; ``str(e)`` is ``file:row: reason``."""

    def __init__(self, file: str, row: int, reason: str) -> None:
        super().__init__(f"{file}:{row}: {reason}")
        self.file = file
        self.row = row
        self.reason = reason


@dataclass(frozen=True)
class Entry:
    """One row of a list. For an abbreviation ``woord`` is the abbreviation
    and ``alternatieven`` holds its full form."""

    woord: str
    alternatieven: tuple[str, ...]
    uitleg: str
    veilig: bool
    bron: str
    kind: str  # "jargon" | "afkorting" | "misleidend" | "vakterm"
    wel_als: tuple[str, ...] = ()
    niet_als: tuple[str, ...] = ()
    veilig_als: tuple[str, ...] = ()
    meldingen: int = 0
    file: str = ""
    row: int = 0
    # for a word from betekenissen.csv: all its senses (a SenseEntry)
    betekenissen: Any = None
    # column ``veilig`` = advies: no rewrite at all, not even a proposal; the finding keeps its advice
    voorstel: bool = True


@dataclass(frozen=True)
class WordLists:
    jargon: tuple[Entry, ...]
    afkortingen: tuple[Entry, ...]
    misleidend: tuple[Entry, ...]
    toegestaan: frozenset[str]  # lowercase
    # Terms a reader needs but may not know (griffierecht, zienswijze): no
    # plain swap exists, so the writer should explain them (moeilijk-woord).
    vaktermen: tuple[Entry, ...] = ()
    # Words with an official and an everyday sense (betekenissen.csv); each is
    # also in ``misleidend`` as an entry whose ``betekenissen`` holds the senses.
    betekenissen: tuple[SenseEntry, ...] = ()


@functools.lru_cache(maxsize=1)
def shipped_dir() -> pathlib.Path:
    """The lists inside the installed package, or ``<repo>/woordenlijsten``
    when running from a checkout (the wheel copies them into the package)."""
    here = pathlib.Path(__file__).resolve().parents[1]  # the taalcheck package
    installed = here / "woordenlijsten"
    if installed.is_dir():
        return installed
    return here.parent / "woordenlijsten"


def key(woord: str, kind: str = "jargon") -> str:
    """How entries are compared for duplicates and overrides.

    Case does not matter, except for abbreviations without a dot: those are
    matched with exact case ("OM" is not "om"), so "Wmo" and "WMO" may both
    be listed.
    """
    woord = " ".join(woord.split())
    if kind in ("afkortingen", "afkorting") and not any(c in woord for c in "./"):
        return woord
    return woord.casefold()


def split_cell(value: str) -> tuple[str, ...]:
    """Several values in one cell are separated by ``|``."""
    return tuple(part.strip() for part in value.split("|") if part.strip())


# --- reading -----------------------------------------------------------------


@dataclass
class _Table:
    header: list[str]
    rows: list[list[str]]
    delimiter: str
    bom: bool
    newline: str


def _decode(path: pathlib.Path, display: str) -> tuple[str, bool]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise WordListError(display, 1, "Het bestand bestaat niet.") from None
    except OSError as exc:
        raise WordListError(display, 1, f"Het bestand kan niet worden gelezen ({exc.strerror}).") from None
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        return data.decode("utf-8-sig"), bom
    except UnicodeDecodeError as exc:
        row = data[: exc.start].count(b"\n") + 1
        raise WordListError(
            display,
            row,
            "Het bestand is niet in UTF-8 opgeslagen. Kies in Excel 'CSV UTF-8' bij 'Opslaan als'.",
        ) from None


def _sniff_delimiter(first_line: str) -> str:
    return ";" if first_line.count(";") > first_line.count(",") else ","


def _read_table(path: pathlib.Path, display: str) -> _Table:
    text, bom = _decode(path, display)
    newline = "\r\n" if "\r\n" in text else "\n"
    first_line = text.split("\n", 1)[0]
    delimiter = _sniff_delimiter(first_line)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise WordListError(display, 1, f"Het bestand is geen geldige CSV ({exc}).") from None
    if not records or not any(cell.strip() for cell in records[0]):
        raise WordListError(display, 1, "De eerste rij moet de kolomnamen bevatten.")
    header = [cell.strip().lower() for cell in records[0]]
    while header and not header[-1]:
        header.pop()  # Excel adds empty columns at the end
    return _Table(header, records[1:], delimiter, bom, newline)


def _detect_kind(header: Sequence[str], display: str) -> str:
    cols = set(header)
    if "betekenis" in cols and "soort" in cols:
        return "betekenissen"
    if "afkorting" in cols:
        return "afkortingen"
    if "vakterm" in cols:
        return "vaktermen"
    if "wel_als" in cols:
        return "misleidend"
    if "woord" in cols and "alternatieven" in cols:
        return "jargon"
    if "woord" in cols:
        return "toegestaan"
    raise WordListError(
        display,
        1,
        "Onbekende kolommen. De eerste kolom heet 'woord', 'afkorting' of 'vakterm'. Zie de README bij de woordenlijsten.",
    )


def _check_header(header: Sequence[str], kind: str, display: str) -> None:
    for name in _REQUIRED[kind]:
        if name not in header:
            raise WordListError(display, 1, f"De kolom '{name}' ontbreekt.")
    seen: set[str] = set()
    for name in header:
        if name and name in seen:
            raise WordListError(display, 1, f"De kolom '{name}' staat er twee keer in.")
        seen.add(name)


def _cells(row: list[str], header: Sequence[str], display: str, rownum: int) -> dict[str, str] | None:
    """Map a row onto the header; ``None`` for a blank row."""
    if not any(cell.strip() for cell in row):
        return None
    extra = row[len(header) :]
    if any(cell.strip() for cell in extra):
        raise WordListError(
            display,
            rownum,
            f"Deze rij heeft {len(row)} cellen, maar er zijn {len(header)} kolommen. "
            "Staat er een komma of puntkomma te veel in? Zet de tekst dan tussen aanhalingstekens.",
        )
    if len(row) < len(header):
        raise WordListError(
            display,
            rownum,
            f"Deze rij heeft {len(row)} cellen, maar er zijn {len(header)} kolommen.",
        )
    return {name: cell.strip() for name, cell in zip(header, row, strict=False) if name}


def _parse_veilig(value: str, display: str, rownum: int) -> bool:
    lowered = value.lower()
    if lowered not in ("ja", "nee", "advies"):
        raise WordListError(display, rownum, f"In de kolom 'veilig' staat '{value}'. Schrijf 'ja', 'nee' of 'advies'.")
    return lowered == "ja"


def _parse_meldingen(value: str, display: str, rownum: int) -> int:
    if not value:
        return 0
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise WordListError(display, rownum, f"In de kolom 'meldingen' staat '{value}'. Schrijf een heel getal, zoals 3.")
    return number


def _cues(value: str) -> tuple[str, ...]:
    return tuple(cue.lower() for cue in split_cell(value))


def _entry(kind: str, cells: dict[str, str], display: str, rownum: int) -> Entry:
    word_col = _WORD_COLUMN.get(kind, "woord")
    alt_col = "voluit" if kind == "afkortingen" else "alternatieven"
    woord = " ".join(cells[word_col].split())
    if not woord:
        raise WordListError(display, rownum, f"De kolom '{word_col}' is leeg.")
    alternatieven = split_cell(cells.get(alt_col, ""))
    if kind == "vaktermen":
        if not cells["uitleg"]:
            raise WordListError(display, rownum, f"De kolom 'uitleg' is leeg bij '{woord}'. Leg de vakterm kort uit.")
        veilig = False
    elif not alternatieven:
        raise WordListError(display, rownum, f"De kolom '{alt_col}' is leeg bij '{woord}'.")
    elif kind == "afkortingen":
        alternatieven = (" ".join(cells[alt_col].split()),)
        veilig = True
    else:
        veilig = _parse_veilig(cells["veilig"], display, rownum)
    veilig_als = _cues(cells.get("veilig_als", ""))
    if veilig and veilig_als:
        raise WordListError(
            display,
            rownum,
            f"Bij '{woord}' staat veilig = ja én 'veilig_als'. Zet veilig op nee als het alleen soms veilig is.",
        )
    return Entry(
        woord=woord,
        alternatieven=alternatieven,
        uitleg=cells["uitleg"],
        veilig=veilig,
        bron=cells.get("bron", ""),
        kind=_ENTRY_KIND[kind],
        wel_als=_cues(cells.get("wel_als", "")),
        niet_als=_cues(cells.get("niet_als", "")),
        veilig_als=veilig_als,
        meldingen=_parse_meldingen(cells.get("meldingen", ""), display, rownum),
        voorstel=cells.get("veilig", "").lower() != "advies",
        file=display,
        row=rownum,
    )


def read_list(path: str | os.PathLike[str]) -> tuple[str, list[Entry] | list[SenseEntry] | frozenset[str]]:
    """Read and validate one list; the kind comes from the header.

    Returns ``(kind, data)`` with kind one of :data:`KINDS`; data is a list of
    entries, or for ``toegestaan`` a frozenset of lowercase words. A file
    whose first column is ``vakterm`` holds terms to explain (``vaktermen``);
    one with the columns ``betekenis`` and ``soort`` is a sense inventory
    (``betekenissen``: a list of :class:`SenseEntry`).
    """
    display = os.fspath(path)
    table = _read_table(pathlib.Path(path), display)
    kind = _detect_kind(table.header, display)
    _check_header(table.header, kind, display)
    word_col = _WORD_COLUMN.get(kind, "woord")
    if kind == "betekenissen":
        rows = [(n, cells) for n, row in enumerate(table.rows, start=2) if (cells := _cells(row, table.header, display, n))]
        return kind, build_entries(rows, display, WordListError)  # type: ignore[return-value]
    seen: dict[str, int] = {}
    entries: list[Entry] = []
    words: set[str] = set()
    for rownum, row in enumerate(table.rows, start=2):
        cells = _cells(row, table.header, display, rownum)
        if cells is None:
            continue
        woord = " ".join(cells[word_col].split())
        if not woord:
            raise WordListError(display, rownum, f"De kolom '{word_col}' is leeg.")
        k = key(woord, kind)
        if k in seen:
            raise WordListError(display, rownum, f"'{woord}' staat al in rij {seen[k]}. Haal een van beide weg.")
        seen[k] = rownum
        if kind == "toegestaan":
            words.add(woord.lower())
        else:
            entries.append(_entry(kind, cells, display, rownum))
    return (kind, frozenset(words)) if kind == "toegestaan" else (kind, entries)


# --- loading shipped + organisation lists -------------------------------------


def fingerprint(extra: Sequence[str | os.PathLike[str]] = ()) -> Fingerprint:
    """What identifies the lists in use now: every file with its modification time and size.

    Cheap (a ``stat`` per file): long-lived checkers ask it before each check
    and load the lists again only when it changed.
    """
    return stat_fingerprint([shipped_dir()]), stat_fingerprint(extra)


def load_wordlists(extra: Sequence[str | os.PathLike[str]] = ()) -> WordLists:
    """The shipped lists plus organisation lists (files or folders of CSV).

    An extra entry replaces a shipped jargon or misleidend entry with the same
    word (and an extra abbreviation a shipped one); extra allowed words are
    added. Results are cached per set of files and their modification times.
    """
    return load_fingerprinted(fingerprint(extra))


def load_fingerprinted(print_: Fingerprint) -> WordLists:
    """The lists a ``fingerprint`` describes (cached per fingerprint)."""
    return _load(*print_)


@functools.lru_cache(maxsize=16)
def _load(shipped: tuple[tuple[str, int, int], ...], extra: tuple[tuple[str, int, int], ...]) -> WordLists:
    jargon: dict[str, Entry] = {}
    misleidend: dict[str, Entry] = {}
    afkortingen: dict[str, Entry] = {}
    vaktermen: dict[str, Entry] = {}
    toegestaan: set[str] = set()
    senses: dict[str, SenseEntry] = {}
    for group in (shipped, extra):
        tables = [read_list(path) for path, _mtime, _size in group]
        # a sense entry wins over a jargon or misleidend entry of the same word in its own group
        for kind, data in sorted(tables, key=lambda table: table[0] == "betekenissen"):
            if kind == "betekenissen":
                for sense_entry in cast("list[SenseEntry]", data):
                    senses[key(sense_entry.woord)] = sense_entry
                    if sense_entry.reported:  # 'melden = nee': known to readers, the other lists decide
                        jargon.pop(key(sense_entry.woord), None)
                        misleidend[key(sense_entry.woord)] = as_misleading(sense_entry, Entry)
                continue
            if kind == "toegestaan":
                toegestaan.update(cast("frozenset[str]", data))
                continue
            for entry in cast("list[Entry]", data):
                k = key(entry.woord, kind)
                if kind in ("afkortingen", "vaktermen"):
                    (afkortingen if kind == "afkortingen" else vaktermen)[k] = entry
                    continue
                target, other = (jargon, misleidend) if kind == "jargon" else (misleidend, jargon)
                other.pop(k, None)
                target[k] = entry
    return WordLists(
        jargon=tuple(jargon.values()),
        afkortingen=tuple(afkortingen.values()),
        misleidend=tuple(misleidend.values()),
        toegestaan=frozenset(toegestaan),
        vaktermen=tuple(vaktermen.values()),
        betekenissen=tuple(senses.values()),
    )
