"""Review aid: every jargon/misleidend/afkorting text annotated in one letter is looked up in
all letters; occurrences that are neither a finding nor in `negeren` are printed.
(afkorting: only letters where the abbreviation has no finding at all are reported.)"""

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
golds = {}
for g in sorted(ROOT.glob("*/gold/a-*.json")):
    gold = json.loads(g.read_text(encoding="utf-8"))
    text = (g.parent.parent / "brieven" / gold["brief"]).read_text(encoding="utf-8")
    golds[g] = (gold, text)

terms = {}
for gold, _ in golds.values():
    for f in gold["findings"]:
        if f["category"] in ("jargon", "misleidend", "afkorting"):
            terms.setdefault(f["text"].lower(), f["category"])

for g, (gold, text) in golds.items():
    covered = [(f["start"], f["end"]) for f in gold["findings"] + gold["negeren"]]
    for term, cat in sorted(terms.items()):
        pat = (r"(?<!\w)" if re.match(r"\w", term) else "") + re.escape(term) + (r"(?!\w)" if re.search(r"\w$", term) else "")
        hits = [m.start() for m in re.finditer(pat, text, flags=re.I)]
        if cat == "afkorting":
            if hits and not any(f["category"] == "afkorting" and f["text"].lower() == term for f in gold["findings"]):
                if not any(n["text"].lower() == term for n in gold["negeren"]):
                    print(f"{g.name}: afkorting {term!r} never annotated")
            continue
        for h in hits:
            if not any(s <= h < e and True for s, e in covered if e - s < 80 or True):
                pass
            if not any(
                s <= h and h + len(term) <= e
                for s, e in covered
                if (s, e) not in [(f["start"], f["end"]) for f in gold["findings"] if f["category"] == "lange-zin"]
            ):
                print(f"{g.name}: {cat} {term!r} at {h} not annotated: ...{text[max(0, h - 30) : h + 40]!r}")
