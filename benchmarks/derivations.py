"""Would -ing nouns of listed verbs be jargon too? A measurement, not a rule.

    PYTHONPATH=. python benchmarks/derivations.py

For every one-word verb entry of woordenlijsten/jargon.csv (ends in -en,
every alternative ends in an infinitive) it forms the -ing noun (infinitive
minus -en, plus -ing: 'toekennen' -> 'toekenning') and keeps the nouns that
are real words (Zipf >= 2.5) and not listed already. Participles need no such
step: they are matched through their lemma ('verstrekt' -> 'verstrekken').

Result (session 5, all 34 read by hand): 34 of 194 verb entries gain a
noun, and 9 of those 34 are everyday words or mean something else
('uitkering' is a benefit, 'fundering' a foundation, 'kortsluiting' a short
circuit, 'verzoeking' a temptation, 'achting' esteem, 'poging', 'mededeling',
'lancering', 'managing'). One wrong finding in four is too many for a general
rule; the derived nouns stay a list editor's choice.
"""

from __future__ import annotations

import csv
from pathlib import Path

from taalcheck.lexicon.frequency import zipf

HERE = Path(__file__).resolve().parent
REAL_WORD = 2.5


def derived_nouns() -> tuple[int, int, list[tuple[str, str, float]]]:
    """(entries, verb entries, [(verb, noun, zipf)]) for the nouns a derivation rule would add."""
    with open(HERE.parent / "woordenlijsten" / "jargon.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    listed = {row["woord"].lower() for row in rows}
    verbs = [
        row
        for row in rows
        if " " not in row["woord"]
        and len(row["woord"]) > 4
        and row["woord"].endswith("en")
        and all(part.strip().split()[-1].endswith("en") for part in row["alternatieven"].split("|"))
    ]
    gained = []
    for row in verbs:
        noun = row["woord"][:-2] + "ing"
        if noun not in listed and zipf(noun) >= REAL_WORD:
            gained.append((row["woord"], noun, zipf(noun)))
    return len(rows), len(verbs), gained


def main() -> None:
    entries, verbs, gained = derived_nouns()
    print(f"{entries} entries, {verbs} verb entries, {len(gained)} gain an -ing noun (Zipf >= {REAL_WORD}, not listed)")
    for verb, noun, score in sorted(gained):
        print(f"  {verb:20} {noun:22} {score:.2f}")


if __name__ == "__main__":
    main()
