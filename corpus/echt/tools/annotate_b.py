"""Build the gold files of annotator b's real-letter set from hand annotations.

The hand annotations live in ``annotations_b.py`` as text snippets with an
occurrence index; this script turns them into Python str offsets, checks that
every span matches the letter, finds the sentences of more than 20 words
(reviewed by hand: exceptions are listed per letter), and writes
``<half>/gold/<name>.json`` in the format of ``corpus/toets/gold``.

Usage (from the repository root):
    python corpus/echt/tools/annotate_b.py            # write and check all gold files
    python corpus/echt/tools/annotate_b.py --zinnen   # list sentences with word counts
    python corpus/echt/tools/annotate_b.py --totals   # counts per category per half
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent  # corpus/echt
sys.path.insert(0, str(HERE))

from annotations_b import LETTERS

CATEGORIES = {"lange-zin", "jargon", "afkorting", "misleidend", "passief", "nominalisatie"}
LIMIT = 20

# Tokens that end with a full stop but do not end a sentence.
NO_END = {"mevr.", "dhr.", "mr.", "nr.", "tel.", "o.a.", "i.v.m.", "t.a.v.", "bijv.", "z.o.z.", "art.", "jl.", "d.d."}
INITIAL = re.compile(r"^[A-Z]\.$")


def word_count(sentence: str) -> int:
    """Words are whitespace tokens that contain a letter or a digit."""
    return sum(1 for tok in sentence.split() if re.search(r"[^\W_]", tok))


def sentences(text: str):
    """Yield (start, end) of sentences; a line break always ends a sentence."""
    pos = 0
    for line in text.split("\n"):
        tokens = [(m.start() + pos, m.end() + pos, m.group()) for m in re.finditer(r"\S+", line)]
        start = None
        for i, (s, e, tok) in enumerate(tokens):
            if start is None:
                start = s
            ends = tok[-1] in ".!?" or tok.endswith((".)", '."', ".'"))
            if ends and tok.endswith("..") and INITIAL.match(tok[:-1]):
                ends = True  # "M.." : initial plus sentence end
            elif ends and (tok.lower() in NO_END or INITIAL.match(tok)):
                ends = False
            if ends or i == len(tokens) - 1:
                yield start, e
                start = None
        pos += len(line) + 1


def find(text: str, snippet: str, occurrence: int, where: str) -> tuple[int, int]:
    idx = -1
    for _ in range(occurrence + 1):
        idx = text.find(snippet, idx + 1)
        if idx < 0:
            raise SystemExit(f"{where}: snippet {snippet!r} (occurrence {occurrence}) not found")
    return idx, idx + len(snippet)


def build(half: str, name: str, spec: dict) -> dict:
    path = ROOT / half / "brieven" / name
    text = path.read_text(encoding="utf-8")
    assert "\r" not in text, f"{path}: CR line ends"
    findings, negeren = [], []
    for item in spec.get("findings", []):
        cat, snippet, occ = item[0], item[1], item[2]
        alts = item[3] if len(item) > 3 else None
        assert cat in CATEGORIES and cat != "lange-zin", (name, item)
        s, e = find(text, snippet, occ, name)
        f = {"category": cat, "text": text[s:e], "start": s, "end": e}
        if alts:
            f["alternatieven"] = list(alts)
        findings.append(f)
    for cat, snippet, occ, reden in spec.get("negeren", []):
        s, e = find(text, snippet, occ, name)
        negeren.append({"category": cat, "text": text[s:e], "start": s, "end": e, "reden": reden})
    skip = dict(spec.get("lange_zin_negeren", {}))
    for s, e in sentences(text):
        sent = text[s:e]
        if word_count(sent) <= LIMIT:
            continue
        reden = next((r for head, r in skip.items() if sent.startswith(head)), None)
        rec = {"category": "lange-zin", "text": sent, "start": s, "end": e}
        if reden:
            rec["reden"] = reden
            negeren.append(rec)
        else:
            findings.append(rec)
    for f in findings + negeren:
        assert text[f["start"] : f["end"]] == f["text"], (name, f)
    findings.sort(key=lambda f: (f["start"], f["end"]))
    negeren.sort(key=lambda f: (f["start"], f["end"]))
    return {"brief": name, "findings": findings, "negeren": negeren}


def main(argv: list[str]) -> int:
    if "--zinnen" in argv:
        for (half, name), _spec in LETTERS.items():
            text = (ROOT / half / "brieven" / name).read_text(encoding="utf-8")
            print(f"== {half}/{name}")
            for s, e in sentences(text):
                n = word_count(text[s:e])
                mark = "*" if n > LIMIT else " "
                print(f"{mark}{n:3d} {text[s:e]}")
        return 0
    totals: dict[str, Counter] = {}
    letters: Counter = Counter()
    for (half, name), spec in LETTERS.items():
        gold = build(half, name, spec)
        letters[half] += 1
        totals.setdefault(half, Counter()).update(f["category"] for f in gold["findings"])
        if "--totals" not in argv:
            out = ROOT / half / "gold" / name.replace(".txt", ".json")
            out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    # every letter on disk must be annotated
    for half in ("ontwikkel", "blind"):
        for p in sorted((ROOT / half / "brieven").glob("b-*.txt")):
            if (half, p.name) not in LETTERS:
                raise SystemExit(f"{half}/{p.name} has no annotations")
    for half in sorted(totals):
        print(half, f"letters={letters[half]}", dict(sorted(totals[half].items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
