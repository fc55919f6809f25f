"""Validate the helper trap files in this folder.

Usage (from the repository root):
    python tests/data/valkuilen/valideer.py [file.jsonl ...]

Conventions of the trap files:
- one JSON object per line with the keys id, zin, soort, verboden, goed, uitleg;
- `verboden` strings are case-sensitive substrings that must never appear in
  the output of a fix for `zin`;
- `goed` lists full correct rewrites; leaving `zin` unchanged is always
  accepted, so no `verboden` string may occur in `zin` either.
Exit status 0 when every check passes, 1 otherwise.
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FILES = [HERE / "helper.jsonl", HERE / "helper-voorstellen.jsonl"]
KEYS = {"id", "zin", "soort", "verboden", "goed", "uitleg"}
PROPOSAL_CLASSES = {"zin-splitsen", "passief-actief"}
MIN_TRAPS = 150
MIN_CLASSES = 15
MIN_PROPOSALS = 20


def _strings(value):
    return isinstance(value, list) and value and all(isinstance(s, str) and s.strip() for s in value)


def check_file(path, seen_ids, errors):
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{number}"
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: invalid JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != KEYS:
            errors.append(f"{where}: keys must be exactly {sorted(KEYS)}")
            continue
        rid = rec["id"]
        if not isinstance(rid, str) or not rid:
            errors.append(f"{where}: id must be a non-empty string")
        elif rid in seen_ids:
            errors.append(f"{where}: duplicate id {rid!r} (first in {seen_ids[rid]})")
        else:
            seen_ids[rid] = where
        for key in ("zin", "soort", "uitleg"):
            if not isinstance(rec[key], str) or not rec[key].strip():
                errors.append(f"{where}: {key} must be a non-empty string")
        if not _strings(rec["verboden"]):
            errors.append(f"{where}: verboden must be a non-empty list of strings")
            continue
        if not _strings(rec["goed"]):
            errors.append(f"{where}: goed must be a non-empty list of strings")
            continue
        for bad in rec["verboden"]:
            if bad in rec["zin"]:
                errors.append(f"{where}: verboden {bad!r} occurs in the original sentence")
            for good in rec["goed"]:
                if bad in good:
                    errors.append(f"{where}: verboden {bad!r} occurs in goed {good!r}")
        records.append(rec)
    return records


def main(argv):
    files = [Path(a) for a in argv] or DEFAULT_FILES
    errors, seen_ids, by_file = [], {}, {}
    for path in files:
        by_file[path.name] = check_file(path, seen_ids, errors)
    sentences = Counter(r["zin"] for recs in by_file.values() for r in recs)
    errors += [f"sentence appears {n} times: {z!r}" for z, n in sentences.items() if n > 1]
    if not argv:
        traps = by_file["helper.jsonl"]
        proposals = by_file["helper-voorstellen.jsonl"]
        classes = Counter(r["soort"] for r in traps)
        if len(traps) < MIN_TRAPS:
            errors.append(f"helper.jsonl: {len(traps)} traps, need at least {MIN_TRAPS}")
        if len(classes) < MIN_CLASSES:
            errors.append(f"helper.jsonl: {len(classes)} classes, need at least {MIN_CLASSES}")
        if len(proposals) < MIN_PROPOSALS:
            errors.append(f"helper-voorstellen.jsonl: {len(proposals)} traps, need {MIN_PROPOSALS}")
        for rec in proposals:
            if rec["soort"] not in PROPOSAL_CLASSES:
                errors.append(f"helper-voorstellen.jsonl: {rec['id']}: soort {rec['soort']!r} not in {sorted(PROPOSAL_CLASSES)}")
        print(f"helper.jsonl: {len(traps)} traps in {len(classes)} classes")
        for name, count in sorted(classes.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {name}: {count}")
        print(f"helper-voorstellen.jsonl: {len(proposals)} traps", dict(Counter(r['soort'] for r in proposals)))
    for err in errors:
        print("FOUT:", err)
    print("OK" if not errors else f"{len(errors)} fouten")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
