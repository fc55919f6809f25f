"""How many long-sentence and passive findings come with a proposal (issue 17).

Issue 17 wants proposals (``--unsafe-fixes``) for at least half of the long
sentences (Z101) and of the passive sentences (G101) whose actor is known:
named in a 'door'-phrase, or certainly the sender (a decision such as
'afgewezen' or 'vastgesteld' in a sentence without another actor). This
script counts, per letter folder, the findings and the share with a
proposal (a fix with edits; advice text alone does not count).

    python benchmarks/proposal_coverage.py [--json] [--show N] [--missing z101|g101]

``--show N`` prints N proposals (before -> after) to judge by hand;
``--missing`` prints the findings without a proposal. Run by hand; the
numbers go into benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FOLDERS = ("corpus/brieven", "corpus/toets/brieven", "corpus/audit2/brieven", "corpus/audit2/brieven-b")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a finding: back to the previous end mark or line break, on to the next."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start))
    lo = 0 if lo < 0 else lo + 1
    stop = re.compile(r"[.!?](?=\s|$)|\n").search(text, max(end - 1, start))
    hi = stop.end() if stop else len(text)
    return lo, hi


def _apply(text: str, edits: Any) -> str:
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


def known_actor(doc_text: str, finding: Any) -> str | None:
    """'door' when the passive names its actor, 'zender' when the sender certainly acts, else None."""
    from taalcheck.rewrites.passive_front import SENDER_VERBS

    lo, hi = _sentence(doc_text, finding.start, finding.end)
    sentence = doc_text[lo:hi]
    if re.search(r"\bdoor (?!de door|het door)(?:ons|mij|u|wij|de|het|uw|onze|[A-Z])", sentence):
        # 'de door u opgegeven giften': that 'door' belongs to an adjective
        if not re.search(r"\b(?:de|het|een|uw|die) door\b", sentence):
            return "door"
    words = set(re.findall(r"\w+", finding.text.lower()))
    if words & SENDER_VERBS and not re.search(r"\bdoor\b", sentence):
        return "zender"
    return None


def measure(folders: tuple[str, ...] = FOLDERS) -> dict[str, Any]:
    import taalcheck

    checker = taalcheck._checker(None, cache=False)
    out: dict[str, Any] = {}
    examples: list[dict[str, str]] = []
    missing: list[dict[str, str]] = []
    for folder in folders:
        counts = {"z101": 0, "z101_voorstel": 0, "g101_door": 0, "g101_door_voorstel": 0, "g101_zender": 0, "g101_zender_voorstel": 0}
        for path in sorted((ROOT / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            report = checker.check(text)
            for finding in report.findings:
                has = finding.fix is not None and bool(finding.fix.edits)
                if finding.rule == "Z101":
                    key = "z101"
                elif finding.rule == "G101":
                    actor = known_actor(text, finding)
                    if actor is None:
                        continue
                    key = f"g101_{actor}"
                else:
                    continue
                counts[key] += 1
                counts[f"{key}_voorstel"] += has
                lo, hi = (finding.start, finding.end) if finding.rule == "Z101" else _sentence(text, finding.start, finding.end)
                row = {"map": folder, "brief": path.name, "regel": finding.rule, "voor": text[lo:hi].strip()}
                if has:
                    edits = [e for e in finding.fix.edits]
                    row["na"] = _apply(text, edits)[lo : hi + sum(len(e.replacement) - (e.end - e.start) for e in edits)].strip()
                    examples.append(row)
                else:
                    missing.append(row)
        out[folder] = counts
    return {"mappen": out, "voorbeelden": examples, "zonder": missing}


def _share(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.0f}%)" if d else "0/0"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--missing", choices=("z101", "g101"))
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    result = measure()
    if args.json:
        print(json.dumps(result["mappen"], indent=2))
        return
    total = dict.fromkeys(next(iter(result["mappen"].values())), 0)
    for folder, counts in result["mappen"].items():
        for key, value in counts.items():
            total[key] += value
        print(
            f"{folder:28} Z101 {_share(counts['z101_voorstel'], counts['z101']):14} "
            f"G101 door {_share(counts['g101_door_voorstel'], counts['g101_door']):12} "
            f"G101 zender {_share(counts['g101_zender_voorstel'], counts['g101_zender'])}"
        )
    g = total["g101_door"] + total["g101_zender"]
    gv = total["g101_door_voorstel"] + total["g101_zender_voorstel"]
    print(f"{'totaal':28} Z101 {_share(total['z101_voorstel'], total['z101']):14} G101 (actor bekend) {_share(gv, g)}")
    rows = result["voorbeelden"]
    for row in random.Random(args.seed).sample(rows, min(args.show, len(rows))):
        print(f"\n[{row['regel']}] {row['map']}/{row['brief']}\n  voor: {row['voor']}\n  na:   {row['na']}")
    if args.missing:
        for row in result["zonder"]:
            if row["regel"].lower() == args.missing:
                print(f"\n[{row['regel']}] {row['brief']}: {row['voor']}")


if __name__ == "__main__":
    main()
