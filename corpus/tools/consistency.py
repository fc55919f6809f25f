"""List places where an annotated word or phrase occurs without annotation.

If "middels" is jargon in one letter, every other "middels" in the corpus
should be a finding too, or sit in ``negeren`` with a reason. This script
prints the occurrences that are neither, so annotators stay consistent.
Also lists abbreviation-like tokens (BSN, i.v.m.) that nobody looked at.

    python corpus/tools/consistency.py [--categories jargon,misleidend]

Exit status 1 when something is listed, so it can guard the corpus in tests.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("corpus_gold_tool", HERE / "gold.py")
gold_tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gold_tool)

# Phrase-level categories: lange-zin, passief and nominalisatie spans depend
# on the sentence, so only word-level categories are compared.
WORD_CATEGORIES = ("jargon", "afkorting", "misleidend", "moeilijk-woord")
ABBREVIATION = re.compile(r"(?<![\w.])(?:[A-Z]{2,5}|[A-Z][a-z]{1,2}[A-Z]|(?:[a-zA-Z]{1,3}\.){2,4})(?![\w])")
# Tokens that look like abbreviations but are part of the letter layout.
LAYOUT_LINE = re.compile(r"^(Kenmerk|Datum|Zaaknummer|Aanslagnummer|Relatienummer|Beschikkingsnummer):|^\d{4} [A-Z]{2} ")
# Account numbers, licence plates, initials, web and mail addresses.
NOT_PROSE = re.compile(
    r"\bNL\d{2}(?: [A-Z0-9]{4}){3,4}(?: \d{1,2})?|\b\d{1,3}-[A-Z]{1,3}-\d{1,3}\b|\b\d+-[A-Z]{1,3}\b"
    r"|\b\d{4} [A-Z]{2}\b|\b(?:[A-Z]\.)+(?=\s)|\S+@\S+|\S+\.nl\S*"
)


def _covered(entries: list[dict], start: int, end: int) -> bool:
    return any(e["start"] < end and start < e["end"] for e in entries)


def check(letters: Path, gold_dir: Path, categories: Sequence[str]) -> list[str]:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    texts = {g["brief"]: (letters / g["brief"]).read_text(encoding="utf-8") for g in golds}
    vocab: dict[str, set[str]] = {c: set() for c in categories}
    for g in golds:
        for e in g["findings"]:
            if e["category"] in vocab:
                vocab[e["category"]].add(e["text"])
    report = []
    for g in golds:
        text = texts[g["brief"]]
        everything = g["findings"] + g["negeren"] + g.get("valkuilen", [])
        for category, words in vocab.items():
            same = [e for e in everything if e["category"] == category]
            for word in sorted(words):
                if category == "afkorting":
                    continue  # only the first use counts; handled below
                forms = {word, word[:1].upper() + word[1:], word[:1].lower() + word[1:]}
                pattern = "|".join(re.escape(f) for f in sorted(forms))
                for m in re.finditer(r"(?<!\w)(?:" + pattern + r")(?!\w)", text):
                    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
                    if LAYOUT_LINE.match(line):
                        continue
                    if not _covered(same, m.start(), m.end()):
                        report.append(f"{g['brief']}: {category} {m.group()!r} at {m.start()} not annotated ({line[-30:]!r})")
        if "afkorting" in vocab:
            same = [e for e in everything if e["category"] == "afkorting"]
            seen = set()
            masked = [(n.start(), n.end()) for n in NOT_PROSE.finditer(text)]
            for m in ABBREVIATION.finditer(text):
                line_start = text.rfind("\n", 0, m.start()) + 1
                if LAYOUT_LINE.match(text[line_start:]) or m.group() in seen:
                    continue
                if any(s <= m.start() < e for s, e in masked):
                    continue
                seen.add(m.group())
                if text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")":
                    continue  # written out just before: "Wet langdurige zorg (Wlz)"
                if not _covered(same, m.start(), m.end()) and not any(e["text"] == m.group() for e in same):
                    report.append(f"{g['brief']}: afkorting? {m.group()!r} at {m.start()} not looked at")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Find unannotated occurrences of annotated words.")
    parser.add_argument("--categories", default=",".join(WORD_CATEGORIES))
    parser.add_argument("--gold", type=Path, default=gold_tool.GOLD)
    parser.add_argument("--brieven", type=Path, default=gold_tool.LETTERS)
    args = parser.parse_args(argv)
    report = check(args.brieven, args.gold, [c.strip() for c in args.categories.split(",")])
    print("\n".join(report) if report else "consistent")
    return 1 if report else 0


if __name__ == "__main__":
    sys.exit(main())
