"""Compute offsets for the hand annotations, check them, write the gold files.

For every letter in corpus/echt/{ontwikkel,blind}/brieven/a-*.txt there must be an entry in
annotations.A.  (tools-c/annotate.py runs the same code for annotator c's c-*.txt.)  Checks: every snippet is found (as a whole word where it starts/ends with a
word character), letter[start:end] == text, a lange-zin has more than 20 words (tokens with a
letter or digit) and stays on one line, a negeren lange-zin too, no duplicate findings.
Usage: python annotate.py   (writes gold/*.json; exits 1 on any problem)
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def nwords(s):
    return sum(1 for t in s.split() if re.search(r"[^\W_]", t))


def find(text, snippet, occ, start_at=0):
    pat = re.escape(snippet)
    if re.match(r"\w", snippet):
        pat = r"(?<!\w)" + pat
    if re.search(r"\w$", snippet):
        pat = pat + r"(?!\w)"
    hits = [m.start() for m in re.finditer(pat, text[start_at:])]
    if len(hits) <= occ:
        raise ValueError(f"occurrence {occ} of {snippet!r} not found ({len(hits)} found)")
    return start_at + hits[occ]


def span(text, first, last, occ):
    s = find(text, first, occ)
    e = text.find(last, s)
    if e < 0:
        raise ValueError(f"end {last!r} not found after {first!r}")
    e += len(last)
    if "\n" in text[s:e]:
        raise ValueError(f"sentence {first!r}..{last!r} crosses a line end")
    return s, e


def build(key, text, A):
    findings, negeren, problems = [], [], []
    for ent in A[key]:
        kind = ent[0]
        try:
            if kind == "F":
                _, cat, snip, occ, alt = ent
                s = find(text, snip, occ)
                item = {"category": cat, "text": snip, "start": s, "end": s + len(snip)}
                if alt:
                    item["alternatieven"] = alt
                findings.append(item)
            elif kind == "L":
                _, first, last, occ = ent
                s, e = span(text, first, last, occ)
                if nwords(text[s:e]) <= 20:
                    raise ValueError(f"lange-zin of {nwords(text[s:e])} words: {text[s:e]!r}")
                findings.append({"category": "lange-zin", "text": text[s:e], "start": s, "end": e})
            elif kind == "N":
                _, cat, snip, occ, reden = ent
                s = find(text, snip, occ)
                negeren.append({"category": cat, "text": snip, "start": s, "end": s + len(snip), "reden": reden})
            elif kind == "NL":
                _, first, last, occ, reden = ent
                s, e = span(text, first, last, occ)
                negeren.append(
                    {"category": "lange-zin", "text": text[s:e], "start": s, "end": e, "reden": f"{reden} ({nwords(text[s:e])} woorden)"}
                )
        except ValueError as exc:
            problems.append(f"{key}: {exc}")
    for item in findings + negeren:
        assert text[item["start"] : item["end"]] == item["text"]
    seen = set()
    for f in findings:
        k = (f["category"], f["start"], f["end"])
        if k in seen:
            problems.append(f"{key}: duplicate {k}")
        seen.add(k)
    findings.sort(key=lambda f: (f["start"], f["end"]))
    negeren.sort(key=lambda f: (f["start"], f["end"]))
    return findings, negeren, problems


def main(prefix="a", A=None):
    if A is None:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from annotations import A
    problems, keys = [], set()
    totals = {}
    for letter in sorted(ROOT.glob(f"*/brieven/{prefix}-*.txt")):
        half = letter.parent.parent.name
        key = f"{half}/{letter.stem}"
        keys.add(key)
        if key not in A:
            problems.append(f"{key}: no annotations")
            continue
        text = letter.read_text(encoding="utf-8")
        findings, negeren, probs = build(key, text, A)
        problems += probs
        gold = {"brief": letter.name, "findings": findings, "negeren": negeren}
        out = letter.parent.parent / "gold" / (letter.stem + ".json")
        out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for f in findings:
            totals.setdefault(half, {}).setdefault(f["category"], 0)
            totals[half][f["category"]] += 1
    for k in set(A) - keys:
        problems.append(f"{k}: annotations for a letter that does not exist")
    for half in sorted(totals):
        print(half, dict(sorted(totals[half].items())), "total", sum(totals[half].values()))
    if problems:
        print("\n".join(problems))
        sys.exit(1)


if __name__ == "__main__":
    main()
