"""Writing a word list: the meldpunt's "overnemen" adds or updates a jargon entry or a word with senses."""

from __future__ import annotations

import csv
import io
import os
import pathlib
import tempfile
from collections.abc import Sequence

from taalcheck.lexicon.wordlists import (
    JARGON_HEADER,
    WordListError,
    _detect_kind,
    _read_table,
    _Table,
    key,
    read_list,
    split_cell,
)


def _jargon_table(target: pathlib.Path, display: str) -> _Table:
    """The jargon list at ``target`` (a new, empty one if missing), with every jargon column in its header."""
    if target.exists():
        table = _read_table(target, display)
        kind = _detect_kind(table.header, display)
        if kind != "jargon":
            raise WordListError(display, 1, "Dit is geen jargonlijst. Kies een bestand met de kolommen woord en alternatieven.")
        read_list(target)  # refuse to touch a broken file
    else:
        table = _Table(list(JARGON_HEADER), [], ",", False, "\n")
    for name in JARGON_HEADER:
        if name not in table.header:
            table.header.append(name)
    return table


def append_entry(
    path: str | os.PathLike[str],
    woord: str,
    alternatieven: str | Sequence[str],
    uitleg: str,
    meldingen: int = 0,
    bron: str = "meldpunt",
) -> None:
    """Add a word to an organisation's jargon list, or update it if present.

    Creates the file with a jargon header when it is missing. A listed word
    gets the given meldingen count, alternatives and uitleg; empty or zero
    values keep what the editor wrote. A new word needs an alternative and
    gets ``veilig`` = ``nee``: a person decides whether a swap is safe. The
    file's separator, BOM and line ends are kept.
    """
    target = pathlib.Path(path)
    display = os.fspath(path)
    woord = " ".join(woord.split())
    alts = split_cell(alternatieven) if isinstance(alternatieven, str) else tuple(a.strip() for a in alternatieven if a.strip())
    if not woord:
        raise WordListError(display, 0, "Het woord is leeg.")
    if meldingen < 0:
        raise WordListError(display, 0, "Het aantal meldingen kan niet negatief zijn.")
    table = _jargon_table(target, display)
    header = table.header
    rows = [(row + [""] * len(header))[: max(len(header), len(row))] for row in table.rows]
    rows = [row[: len(header)] if not any(c.strip() for c in row[len(header) :]) else row for row in rows]
    col = {name: i for i, name in enumerate(header)}
    values = {"alternatieven": " | ".join(alts), "uitleg": " ".join(uitleg.split()), "meldingen": str(meldingen) if meldingen else ""}
    for row in rows:
        if any(cell.strip() for cell in row) and key(row[col["woord"]]) == key(woord):
            for name, value in values.items():
                if value:  # an empty value keeps what is there
                    row[col[name]] = value
            break
    else:
        if not alts:
            raise WordListError(display, 0, f"Geef minstens één gewoon alternatief voor '{woord}'.")
        new = [""] * len(header)
        new[col["woord"]] = woord
        new[col["veilig"]] = "nee"
        new[col["bron"]] = bron
        for name, value in values.items():
            new[col[name]] = value
        rows.append(new)
    _write_table(target, _Table(header, rows, table.delimiter, table.bom, table.newline))


def _write_table(target: pathlib.Path, table: _Table) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=table.delimiter, lineterminator=table.newline)
    writer.writerow(table.header)
    writer.writerows(table.rows)
    data = ("\ufeff" if table.bom else "") + buffer.getvalue()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        pathlib.Path(tmp).unlink(missing_ok=True)
        raise


def append_senses(path: str | os.PathLike[str], woord: str, senses: Sequence[dict[str, str]]) -> None:
    """Add a word with its senses to an organisation's sense list (betekenissen.csv format).

    ``senses``: dicts with the columns of :data:`SENSE_COLUMNS` except ``woord``
    (``alternatieven`` and ``signalen`` as sequences or ``|``-separated text).
    Rows of a word already in the file are replaced, so its rows stay together.
    The new file is validated before it replaces the old one: a mistake is
    reported as ``file:row: what is wrong`` and the file stays as it was.
    """
    from taalcheck.lexicon.senses import SENSE_COLUMNS

    target = pathlib.Path(path)
    display = os.fspath(path)
    woord = " ".join(woord.lower().split())
    if not woord:
        raise WordListError(display, 0, "Het woord is leeg.")
    if target.exists():
        table = _read_table(target, display)
        if _detect_kind(table.header, display) != "betekenissen":
            raise WordListError(
                display, 1, "Dit is geen lijst met betekenissen. Kies een bestand met de kolommen woord, betekenis en soort."
            )
        read_list(target)  # refuse to touch a broken file
    else:
        table = _Table(list(SENSE_COLUMNS), [], ",", False, "\n")
    header = table.header
    col = {name: i for i, name in enumerate(header)}
    rows = [row for row in table.rows if any(c.strip() for c in row) and key(row[col["woord"]]) != key(woord)]
    for sense in senses:
        new = [""] * len(header)
        new[col["woord"]] = woord
        for name, value in sense.items():
            if name not in col:
                raise WordListError(display, 1, f"De kolom '{name}' ontbreekt in het bestand.")
            text = " | ".join(v.strip() for v in value if v.strip()) if isinstance(value, (list, tuple)) else str(value)
            new[col[name]] = " ".join(text.split())
        rows.append(new)
    fd, check = tempfile.mkstemp(dir=target.parent if target.parent.exists() else None, suffix=".csv")
    os.close(fd)
    try:
        _write_table(pathlib.Path(check), _Table(header, rows, table.delimiter, table.bom, table.newline))
        try:
            read_list(check)
        except WordListError as exc:
            raise WordListError(display, exc.row, exc.reason) from None
    finally:
        pathlib.Path(check).unlink(missing_ok=True)
    _write_table(target, _Table(header, rows, table.delimiter, table.bom, table.newline))
