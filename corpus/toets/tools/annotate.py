"""Turn hand annotations (text + occurrence index) into gold JSON with verified offsets.

Each annotation finds its span by searching the letter, never by typed offsets:
  F(cat, text, occ=0)            the occ-th whole-word, case-sensitive match of text
  S(cat, first, last, occ=0)     from the occ-th match of `first` to the first `last` after it
  N(...)/NS(...)                 the same, for the `negeren` list, with a reason
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CATEGORIES = {"lange-zin", "jargon", "afkorting", "misleidend", "passief", "nominalisatie"}
WORDCHAR = re.compile(r"\w")


def F(cat, text, occ=0):
    return {"category": cat, "first": text, "last": None, "occ": occ}


def S(cat, first, last, occ=0):
    return {"category": cat, "first": first, "last": last, "occ": occ}


def N(cat, text, reden, occ=0):
    return {**F(cat, text, occ), "reden": reden}


def NS(cat, first, last, reden, occ=0):
    return {**S(cat, first, last, occ), "reden": reden}


def _pattern(text):
    pre = r"(?<!\w)" if WORDCHAR.match(text[0]) else ""
    post = r"(?!\w)" if WORDCHAR.match(text[-1]) else ""
    return re.compile(pre + re.escape(text) + post)


def locate(letter, ann):
    hits = list(_pattern(ann["first"]).finditer(letter))
    if len(hits) <= ann["occ"]:
        raise ValueError(f"{ann['first']!r}: only {len(hits)} matches, wanted index {ann['occ']}")
    m = hits[ann["occ"]]
    start, end = m.start(), m.end()
    if ann["last"] is not None:
        m2 = _pattern(ann["last"]).search(letter, end)
        if not m2:
            raise ValueError(f"{ann['last']!r} not found after {ann['first']!r}")
        end = m2.end()
    return start, end


def word_count(s):
    return sum(1 for t in s.split() if WORDCHAR.search(t))


def build(name, anns):
    letter = (ROOT / "brieven" / f"{name}.txt").read_text(encoding="utf-8")
    out = {"brief": f"{name}.txt", "findings": [], "negeren": []}
    seen = set()
    for ann in anns:
        cat = ann["category"]
        assert cat in CATEGORIES, cat
        start, end = locate(letter, ann)
        text = letter[start:end]
        assert letter[start:end] == text
        key = (cat, start, end)
        if key in seen:
            raise ValueError(f"{name}: duplicate {key} {text!r}")
        seen.add(key)
        if cat == "lange-zin" and "reden" not in ann:
            n = word_count(text)
            if n <= 20:
                raise ValueError(f"{name}: lange-zin has only {n} words: {text[:60]!r}")
            if "\n" in text:
                raise ValueError(f"{name}: lange-zin crosses a line: {text[:60]!r}")
        item = {"category": cat, "text": text, "start": start, "end": end}
        if "reden" in ann:
            item["reden"] = ann["reden"]
            out["negeren"].append(item)
        else:
            out["findings"].append(item)
    for key in ("findings", "negeren"):
        out[key].sort(key=lambda f: (f["start"], f["end"], f["category"]))
    return out


def main():
    sys.path.insert(0, str(HERE))
    from annotations import ANNOTATIONS

    totals = {}
    for name, anns in ANNOTATIONS.items():
        gold = build(name, anns)
        (ROOT / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        counts = {}
        for f in gold["findings"]:
            counts[f["category"]] = counts.get(f["category"], 0) + 1
            totals[f["category"]] = totals.get(f["category"], 0) + 1
        print(f"{name:32s} findings={len(gold['findings']):3d} negeren={len(gold['negeren']):2d} {counts}")
    print("totaal", totals, sum(totals.values()))


if __name__ == "__main__":
    main()
