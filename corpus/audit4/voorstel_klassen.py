"""List the proposals the fourth blind audit judged not 'goed', grouped by class.

Reads only corpus/audit4/{a,b}/oordeel-voorstel.jsonl. The class comes from
the judge's reason (keywords below); the list guides fixes in the word lists
and the proposal checks.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
CLASSES = (  # (class, words in the judge's reason)
    ("plaatshouder", ("puntjes",)),
    ("spatie-leesteken", ("spatie voor",)),
    ("dubbel-woord", ("dubbel",)),
    ("lidwoord", ("lidwoord",)),
    ("vaste-verbinding", ("ongrammaticaal", "laten weten", "breekt", "geen correct", "klopt niet", "geen goede zin", "geen gewone")),
    ("oorzaak-weg", ("alleen tijd", "naar aanleiding")),
    ("voor-als-tijd", ("vóór", "tijds")),
    ("vakterm", ("term", "betekent hier", "schikking", "onzin")),
    ("uitleg-haakjes", ("haakjes",)),
)


def classify(reason: str) -> str:
    """The first class whose keyword is in the reason, else 'overig'."""
    low = reason.lower()
    return next((name for name, words in CLASSES if any(w in low for w in words)), "overig")


def main() -> None:
    groups: dict[str, list[str]] = defaultdict(list)
    for half in ("a", "b"):
        for line in (HERE / half / "oordeel-voorstel.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["oordeel"] != "goed":
                groups[classify(row["reden"])].append(f"{row['oordeel']:9} {row['regel']} [{row['woorden'][:40]}] {row['reden']}")
    for name in sorted(groups):
        print(f"## {name} ({len(groups[name])})")
        for item in groups[name]:
            print(f"- {item}")


if __name__ == "__main__":
    main()
