"""Check the sense test set without printing any sentence.

Run from the worktree root:  python corpus/betekenis/controleer.py
Checks field names and values, that zin[start:end] == woord, unique ids,
no sentence in both halves, and that every lemma has both senses in both
halves. Prints counts only (so the blind half stays blind).
"""

import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
KEYS = ["id", "zin", "woord", "start", "end", "lemma", "betekenis", "stijl", "vorm", "bron"]
HALVES = ("ontwikkel", "blind")


def load(name):
    rows = []
    with open(HERE / f"{name}.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            row = json.loads(line)
            rows.append((n, row))
    return rows


def main():
    errors = []
    seen_ids = set()
    seen_zin = {}
    per_half = {}
    for half in HALVES:
        rows = load(half)
        per_half[half] = [r for _, r in rows]
        for n, r in rows:
            where = f"{half}.jsonl:{n}"
            if list(r) != KEYS:
                errors.append(f"{where}: keys {list(r)}")
                continue
            if r["zin"][r["start"] : r["end"]] != r["woord"]:
                errors.append(f"{where}: zin[start:end] != woord")
            if r["betekenis"] not in ("officieel", "alledaags"):
                errors.append(f"{where}: betekenis {r['betekenis']!r}")
            if r["stijl"] not in ("brief", "eenvoudig"):
                errors.append(f"{where}: stijl {r['stijl']!r}")
            if not r["vorm"] or not r["lemma"] or not r["bron"]:
                errors.append(f"{where}: empty vorm/lemma/bron")
            if r["id"] in seen_ids:
                errors.append(f"{where}: duplicate id")
            seen_ids.add(r["id"])
            if r["zin"] in seen_zin:
                errors.append(f"{where}: same sentence as {seen_zin[r['zin']]}")
            seen_zin[r["zin"]] = where
    lemmas = sorted({r["lemma"] for rows in per_half.values() for r in rows})
    for half, rows in per_half.items():
        have = {(r["lemma"], r["betekenis"]) for r in rows}
        for lemma in lemmas:
            for sense in ("officieel", "alledaags"):
                if (lemma, sense) not in have:
                    errors.append(f"{half}: {lemma} has no {sense} sentence")
    for half, rows in per_half.items():
        c = collections.Counter((r["betekenis"], r["stijl"]) for r in rows)
        real = sum(r["bron"] != "geschreven" for r in rows)
        print(
            f"{half}: {len(rows)} zinnen, {len({r['lemma'] for r in rows})} woorden; "
            + ", ".join(f"{b}/{s} {c[(b, s)]}" for b in ("officieel", "alledaags") for s in ("brief", "eenvoudig"))
            + f"; uit echte bronnen {real}"
        )
    for e in errors:
        print("FOUT:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
