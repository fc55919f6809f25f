"""False alarms on plain (B1) letters: warnings per letter, and which words cause them.

    PYTHONPATH=. python benchmarks/plain_alarms.py [--write]

Two sets: the plain letters of the own corpus (``corpus/brieven/*-b1.txt``)
and six plain letters written for this benchmark (``benchmarks/eenvoudig/``:
works in the street, new year's wishes, waste collection, an appointment,
a library reminder, a sports day). Every jargon, abbreviation and
misleading-word finding on such a letter counts as a false alarm: a plain
letter should get almost none. The corpus gold says which of its findings
are real; this script only counts, so a true finding in a b1 letter (rare)
is counted too. ``--write`` saves the table as benchmarks/plain_alarms.md.
"""

from __future__ import annotations

import collections
import sys
from pathlib import Path

import taalcheck

HERE = Path(__file__).resolve().parent

CATEGORIES = ("jargon", "afkorting", "misleidend")
SETS = {
    "corpus/brieven/*-b1.txt": sorted((HERE.parent / "corpus" / "brieven").glob("*-b1.txt")),
    "benchmarks/eenvoudig": sorted((HERE / "eenvoudig").glob("*.txt")),
}


def measure() -> dict[str, dict]:
    result = {}
    for name, paths in SETS.items():
        words: collections.Counter[str] = collections.Counter()
        total = 0
        for path in paths:
            report = taalcheck.check(path.read_text(encoding="utf-8"))
            alarms = [f for f in report.findings if f.category in CATEGORIES]
            total += len(alarms)
            words.update(f"{f.category}: {f.text}" for f in alarms)
        result[name] = {"letters": len(paths), "alarms": total, "per_letter": total / max(1, len(paths)), "words": words}
    return result


def main() -> None:
    lines = ["# False alarms on plain letters", "", "Measured with `PYTHONPATH=. python benchmarks/plain_alarms.py --write`.", ""]
    lines += ["| set | letters | jargon + afkorting + misleidend | per letter |", "|---|---|---|---|"]
    result = measure()
    for name, row in result.items():
        lines.append(f"| {name} | {row['letters']} | {row['alarms']} | {row['per_letter']:.2f} |")
    lines.append("")
    for name, row in result.items():
        lines.append(f"Findings on {name}: " + (", ".join(f"{w} ({n})" for w, n in row["words"].most_common()) or "none"))
        lines.append("")
    print("\n".join(lines))
    if "--write" in sys.argv:
        (HERE / "plain_alarms.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
