"""Score misleidend (M101) on the sense test set: is the official sense flagged, the everyday one not?

    python corpus/betekenis/score.py               the ontwikkel half (totals)
    python corpus/betekenis/score.py --verbose     ... and every sentence scored wrong
    python corpus/betekenis/score.py --blind       the blind half: totals only, logged
    python corpus/betekenis/score.py --file F      another development file in the same format

Each sentence is checked on its own, as a letter of one sentence. A sentence
counts as flagged when an M101 finding overlaps its marked word; for a split
verb ('Sluit u een verzekering af?') a finding on its loose particle counts
too. Figures per half:

- accuracy: official sense flagged or everyday sense silent, over all sentences;
- recall: official sentences flagged, over official sentences;
- false alarms: everyday sentences flagged, over everyday sentences.

The blind half never shows a sentence; every run that scores it is appended
to ``blind-log.jsonl`` (time, git commit, totals).

Not a package module: load it by path.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
HALVES = {"ontwikkel": HERE / "ontwikkel.jsonl", "blind": HERE / "blind.jsonl"}
BLIND_LOG = HERE / "blind-log.jsonl"
PARTICLES = frozenset("aan af bij door in mee na om onder op over toe uit voor weg terug".split())


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def flagged(row: dict, findings: Iterable[Any]) -> bool:
    start, end = row["start"], row["end"]
    for f in findings:
        if f.rule != "M101":
            continue
        if f.start < end and start < f.end:
            return True
        if f.text.lower() in PARTICLES:  # the loose part of a split verb
            return True
    return False


def score(rows: Sequence[dict], check_many: Callable[[list[str]], Iterable[Any]]) -> dict:
    """Totals for one half, and the sentences scored wrong (``errors``)."""
    counts = {"officieel": 0, "alledaags": 0, "tp": 0, "fa": 0}
    errors = []
    for row, report in zip(rows, check_many([row["zin"] for row in rows]), strict=False):
        hit = flagged(row, report.findings)
        official = row["betekenis"] == "officieel"
        counts["officieel" if official else "alledaags"] += 1
        counts["tp"] += hit and official
        counts["fa"] += hit and not official
        if hit != official:
            errors.append({"id": row["id"], "lemma": row["lemma"], "betekenis": row["betekenis"], "woord": row["woord"], "zin": row["zin"]})
    n_off, n_every = counts["officieel"], counts["alledaags"]
    correct = counts["tp"] + (n_every - counts["fa"])
    return {
        "zinnen": n_off + n_every,
        "officieel": n_off,
        "alledaags": n_every,
        "juist": correct,
        "accuracy": correct / (n_off + n_every) if rows else None,
        "recall": counts["tp"] / n_off if n_off else None,
        "vals_alarm": counts["fa"] / n_every if n_every else None,
        "gemeld_officieel": counts["tp"],
        "gemeld_alledaags": counts["fa"],
        "errors": errors,
    }


def totals(result: dict) -> dict:
    return {k: v for k, v in result.items() if k != "errors"}


def format_totals(half: str, result: dict) -> str:
    return (
        f"{half}: {result['zinnen']} zinnen ({result['officieel']} officieel, {result['alledaags']} alledaags)\n"
        f"  accuracy     {result['accuracy']:.3f}  ({result['juist']} juist)\n"
        f"  recall       {result['recall']:.3f}  (officieel gemeld: {result['gemeld_officieel']} van {result['officieel']})\n"
        f"  vals alarm   {result['vals_alarm']:.3f}  (alledaags gemeld: {result['gemeld_alledaags']} van {result['alledaags']})"
    )


def _git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=HERE, capture_output=True, text=True, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=HERE, capture_output=True, text=True, check=True)
        return out.stdout.strip() + ("-dirty" if dirty.stdout.strip() else "")
    except (OSError, subprocess.CalledProcessError):
        return None


def log_blind_run(result: dict, log: Path = BLIND_LOG) -> None:
    entry = {"tijd": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "commit": _git_commit(), "totalen": totals(result)}
    with open(log, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, ensure_ascii=False) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score M101 (misleidend) on the sense test set.")
    parser.add_argument("--blind", action="store_true", help="score the blind half (totals only, logged)")
    parser.add_argument("--verbose", action="store_true", help="ontwikkel only: every sentence scored wrong")
    parser.add_argument("--file", type=Path, help="another development file in the same format (not the blind half)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.blind and args.verbose:
        parser.error("--verbose toont zinnen; dat mag niet voor de blinde helft.")
    sys.path.insert(0, str(HERE.parents[1]))
    import taalcheck

    if args.file is not None and (args.blind or args.file.resolve() == HALVES["blind"]):
        parser.error("--file is voor een ontwikkelbestand, niet voor de blinde helft.")
    half = "blind" if args.blind else "ontwikkel"
    path = args.file if args.file is not None else HALVES[half]
    if args.file is not None:
        half = args.file.stem
    result = score(load(path), lambda texts: taalcheck.check_many(texts))
    if args.blind:
        log_blind_run(result)
    if args.json:
        print(json.dumps(totals(result), ensure_ascii=False, indent=2))
    else:
        print(format_totals(half, result))
    if args.verbose:
        for e in result["errors"]:
            wrong = "gemist" if e["betekenis"] == "officieel" else "vals alarm"
            print(f"{wrong:<10} {e['id']} {e['lemma']:<18} {e['woord']!r}: {e['zin']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
