"""Check the hand-made summary gold in corpus/samenvatting/gold.jsonl.

Usage (from the repository root):
    python corpus/samenvatting/controleer.py [FILE]

FILE defaults to gold.jsonl; pass ontwikkel.jsonl (or any path) to check
another answer file in the same format.

Checks every line against its letter: quoted text (actie_zin, datum_tekst,
bedrag, bedragen, telefoon, afzender) must occur in the letter, dates must be
ISO dates, datum_basis must be the letter's own date, and `bedragen` must list
every money amount of the letter once, in order. Exit status 1 on any error.
"""

import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = Path(__file__).resolve().parent / "gold.jsonl"
KEYS = ["brief", "afzender", "actie", "actie_zin", "datum", "datum_tekst", "datum_basis", "bedrag", "bedragen", "telefoon"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
AMOUNT = re.compile(r"(?:€|EUR|USD)\s?\d{1,3}(?:\.\d{3})*(?:,\d{2}|,-)?")
MIN_LETTERS = 40


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def letter_date(text):
    # "Datum: 2 maart 2026", "Dagtekening: 2 maart 2026" or a place line "Assen, 2 maart 2026"
    m = re.search(r"^(?:Datum:|Dagtekening:|[A-Z][\w'.-]*(?: [\w'.-]+)*,)\s*(\d{1,2}) (\w+) (\d{4})\s*$", text, re.M)
    if m and m.group(2) in MONTHS:
        return dt.date(int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1)))
    m = re.search(r"^Datum:\s*(\d{2})-(\d{2})-(\d{4})\s*$", text, re.M)
    if m:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def iso(value):
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def check(rec, where, errors):
    if list(rec) != KEYS:
        errors.append(f"{where}: keys must be {KEYS} in this order")
        return
    path = ROOT / rec["brief"]
    if not path.is_file():
        errors.append(f"{where}: no letter at {rec['brief']}")
        return
    raw = path.read_text(encoding="utf-8")
    text = norm(raw)
    for key in ("afzender", "actie_zin", "datum_tekst", "bedrag", "telefoon"):
        value = rec[key]
        if value is not None and norm(value) not in text:
            errors.append(f"{where}: {key} {value!r} is not in the letter")
    if (rec["actie"] is None) != (rec["actie_zin"] is None):
        errors.append(f"{where}: actie and actie_zin must both be null or both be set")
    if rec["datum"] is not None and rec["datum_tekst"] is None:
        errors.append(f"{where}: a datum needs its datum_tekst")
    for key in ("datum", "datum_basis"):
        if rec[key] is not None and iso(rec[key]) is None:
            errors.append(f"{where}: {key} {rec[key]!r} is not an ISO date")
    if rec["datum_basis"] is not None:
        own = letter_date(raw)
        if own is None or iso(rec["datum_basis"]) != own:
            errors.append(f"{where}: datum_basis {rec['datum_basis']} is not the letter's date {own}")
        if rec["datum"] is not None and iso(rec["datum"]) and iso(rec["datum"]) <= own:
            errors.append(f"{where}: a relative deadline must fall after the letter's date")
    if not isinstance(rec["bedragen"], list):
        errors.append(f"{where}: bedragen must be a list")
        return
    expected = list(dict.fromkeys(m.group(0) for m in AMOUNT.finditer(raw)))
    if rec["bedragen"] != expected:
        errors.append(f"{where}: bedragen {rec['bedragen']} != amounts in the letter {expected}")
    if rec["bedrag"] is not None and rec["bedrag"] not in rec["bedragen"]:
        errors.append(f"{where}: bedrag {rec['bedrag']!r} is not one of bedragen")


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    path = Path(args[0]) if args else GOLD
    if not path.is_file():
        path = GOLD.parent / args[0]
    errors, seen = [], set()
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        where = f"{path.name}:{number}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: invalid JSON ({exc})")
            continue
        if rec.get("brief") in seen:
            errors.append(f"{where}: letter {rec.get('brief')} appears twice")
        seen.add(rec.get("brief"))
        check(rec, where, errors)
    if len(seen) < MIN_LETTERS:
        errors.append(f"{len(seen)} letters, need at least {MIN_LETTERS}")
    for err in errors:
        print("FOUT:", err)
    print(f"{len(lines)} brieven;", "OK" if not errors else f"{len(errors)} fouten")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
