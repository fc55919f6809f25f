"""Export meldingen as CSV or JSON for analysis in Excel or other tools.

Contact details are never exported; the column ``heeft_contact`` only says
whether the reader asked for an answer (``meldpunt contact ID`` shows how). CSV cells that a spreadsheet would run
as a formula (starting with = + - @ or a tab) get a leading apostrophe,
because a citizen's text must never become a formula on an adviser's PC.
"""

from __future__ import annotations

import csv
import io
import json

COLUMNS = ("id", "aangemaakt", "woord", "zin", "kenmerk", "organisatie", "toelichting", "kanaal", "status", "heeft_contact")
FORMATS = ("csv", "json")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def to_csv(rows: list[dict], excel: bool = False) -> str:
    """CSV with a comma; `excel`: semicolons and a BOM, which Dutch Excel
    opens in columns and with the right accents."""
    buffer = io.StringIO()
    if excel:
        buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";" if excel else ",", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_safe_cell(row.get(col)) for col in COLUMNS])
    return buffer.getvalue()


def to_json(rows: list[dict]) -> str:
    return json.dumps({"meldingen": [{c: r.get(c) for c in COLUMNS} for r in rows]}, ensure_ascii=False, indent=2)


def render(rows: list[dict], fmt: str, excel: bool = False) -> str:
    if fmt == "csv":
        return to_csv(rows, excel=excel)
    if fmt == "json":
        return to_json(rows)
    raise ValueError(f"Onbekend formaat '{fmt}'. Kies csv of json.")
