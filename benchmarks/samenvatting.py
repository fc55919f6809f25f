"""Score the summary of `taalcheck uitleg` against the hand-made answers.

    python benchmarks/samenvatting.py                       # corpus/samenvatting/gold.jsonl
    python benchmarks/samenvatting.py --per-brief           # also what went wrong, letter by letter
    python benchmarks/samenvatting.py --json uitkomst.json
    python benchmarks/samenvatting.py --gold corpus/samenvatting/ontwikkel.jsonl --per-brief
                                                            # the development answers: for error analysis
    python benchmarks/samenvatting.py --gold corpus/samenvatting/ontwikkel.jsonl --deel oefen --per-brief
                                                            # only the part to work on; ``--deel apart``
                                                            # is every third letter, kept aside to measure
                                                            # whether a change generalises

The answers (``corpus/samenvatting/gold.jsonl``, one letter a line, made by a
helper who did not write the extraction; see its README) give per letter:
``afzender``, ``actie_zin``, ``datum``, ``bedrag``, ``telefoon`` (``null`` when
the letter does not give it). Per field this prints how often taalcheck is right
where the field exists, and how often it fills in something where it does not
(invented). Work on the extraction is checked against the development answers
(``ontwikkel.jsonl``, other letters, same format); the test answers stay unseen.
The issue's targets: right in at least 90%, never invented.

When to count as right:
- ``datum``: the same day. A term that cannot become a date (``datum`` null,
  only ``datum_tekst``) counts as absent: taalcheck must then give no date.
- ``bedrag``, ``telefoon``: the same text (runs of whitespace as one space).
- ``actie``: taalcheck's action sentence holds the answer's sentence or the other
  way round, or they share at least 60% of their words.
- ``afzender``: the same name, or one holds the other (case ignored).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

GOLD = REPO / "corpus" / "samenvatting" / "gold.jsonl"
FIELDS = ("afzender", "actie", "datum", "bedrag", "telefoon")
TARGET = 0.90


def _norm(text: str | None) -> str:
    return " ".join((text or "").replace("\u00a0", " ").split())


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def predicted(summary) -> dict[str, str | None]:
    return {
        "afzender": summary.afzender.waarde if summary.afzender else None,
        "actie": summary.actie.zin if summary.actie else None,
        "datum": summary.datum.datum if summary.datum else None,
        "bedrag": summary.bedrag.waarde if summary.bedrag else None,
        "telefoon": summary.telefoon.waarde if summary.telefoon else None,
    }


def expected(row: dict) -> dict[str, str | None]:
    return {
        "afzender": row.get("afzender"),
        "actie": row.get("actie_zin") or (row.get("actie") and "?") or None,
        "datum": row.get("datum"),
        "bedrag": row.get("bedrag"),
        "telefoon": row.get("telefoon"),
    }


def right(field: str, gold: str, found: str) -> bool:
    gold, found = _norm(gold), _norm(found)
    if field in ("datum", "bedrag", "telefoon"):
        return gold == found
    if field == "afzender":
        g, f = gold.lower(), found.lower()
        return g == f or g in f or f in g
    if gold == "?":  # an action without its sentence: any action counts
        return True
    if gold in found or found in gold:
        return True
    g, f = _words(gold), _words(found)
    return len(g & f) / max(len(g | f), 1) >= 0.6


def in_part(index: int, part: str | None) -> bool:
    """``apart``: every third letter of the answers file (the 3rd, 6th, ...), kept aside; ``oefen``: the rest."""
    if part is None:
        return True
    aside = index % 3 == 2
    return aside if part == "apart" else not aside


def score(gold_path: Path, per_letter: bool, part: str | None = None) -> dict:
    from taalcheck.uitleg.summary import summarize

    table = {f: {"bestaat": 0, "goed": 0, "afwezig": 0, "verzonnen": 0} for f in FIELDS}
    letters = 0
    details = []
    index = -1
    for line_no, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        index += 1
        if not in_part(index, part):
            continue
        row = json.loads(line)
        letter = REPO / row["brief"]
        if not letter.is_file():
            print(f"let op: regel {line_no}: {row['brief']} bestaat niet; overgeslagen", file=sys.stderr)
            continue
        letters += 1
        found = predicted(summarize(letter.read_text(encoding="utf-8")))
        for field, gold in expected(row).items():
            cell = table[field]
            if gold is None:
                cell["afwezig"] += 1
                if found[field] is not None:
                    cell["verzonnen"] += 1
                    details.append((row["brief"], field, "verzonnen", None, found[field]))
            else:
                cell["bestaat"] += 1
                if found[field] is not None and right(field, gold, found[field]):
                    cell["goed"] += 1
                else:
                    details.append((row["brief"], field, "fout", gold, found[field]))
    for cell in table.values():
        cell["aandeel_goed"] = round(cell["goed"] / cell["bestaat"], 3) if cell["bestaat"] else None
    result = {"brieven": letters, "velden": table, "doel_goed": TARGET}
    if per_letter:
        result["per_brief"] = [dict(zip(("brief", "veld", "soort", "goud", "taalcheck"), d, strict=False)) for d in details]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Meet de samenvatting van taalcheck uitleg tegen de juiste antwoorden.")
    parser.add_argument("--gold", default=str(GOLD), help="de juiste antwoorden (JSON Lines)")
    parser.add_argument("--per-brief", action="store_true", help="toon ook per brief wat niet klopte")
    parser.add_argument("--deel", choices=("oefen", "apart"), default=None, help="alleen een deel: apart is elke derde brief")
    parser.add_argument("--json", default=None, help="schrijf de cijfers ook naar dit bestand")
    args = parser.parse_args(argv)
    gold = Path(args.gold)
    if not gold.is_file():
        print(f"De juiste antwoorden ontbreken nog: {gold} bestaat niet. Er is niets gemeten.")
        return 0
    result = score(gold, args.per_brief, args.deel)
    print(f"{result['brieven']} brieven")
    print(f"{'veld':10} {'goed':>12} {'verzonnen':>12}")
    for field, cell in result["velden"].items():
        share = f"{cell['aandeel_goed']:.0%}" if cell["aandeel_goed"] is not None else "-"
        print(f"{field:10} {cell['goed']:>3}/{cell['bestaat']:<3} {share:>4}   {cell['verzonnen']:>3}/{cell['afwezig']:<3}")
    for d in result.get("per_brief", []):
        print(f"  {d['brief']}: {d['veld']} {d['soort']}: goud {d['goud']!r}, taalcheck {d['taalcheck']!r}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
