"""Fill and verify the gold annotations of the letter corpus.

Annotators write entries by text and occurrence (``"n"``, 1-based, counted
on whole-word matches); this script adds ``start``/``end`` so nobody has to
count characters by hand, and checks every entry against its letter. For
``lange-zin`` an entry may give only ``"begin"`` (the first words of the
sentence); the script expands it to the whole sentence. Entries in
``negeren`` (borderline) and ``valkuilen`` (looks wrong, is fine) need a
``reden``.

    python corpus/tools/gold.py            fill missing offsets, verify all
    python corpus/tools/gold.py --check    verify only, never write
    python corpus/tools/gold.py --refill   recompute all offsets from text + n
    python corpus/tools/gold.py --zinnen NAME   show sentences with word counts

Exit status 0 when every file verifies, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

CATEGORIES = (
    "lange-zin",
    "jargon",
    "afkorting",
    "misleidend",
    "moeilijk-woord",
    "passief",
    "nominalisatie",
)
MAX_WORDS = 20
# findings: what an editor flags. negeren: borderline, neither rewarded nor
# punished. valkuilen: looks like a problem but is not (documentation for
# checker authors and for tools/consistency.py; the scorer counts a hit as FP).
PARTS = ("findings", "negeren", "valkuilen")
CORPUS = Path(__file__).resolve().parent.parent
LETTERS = CORPUS / "brieven"
GOLD = CORPUS / "gold"

# Abbreviations after which a full stop does not end a sentence.
_NO_END = {"mr", "dr", "drs", "dhr", "mevr", "nr", "ir", "ing", "prof", "tel", "jl", "ca", "bijv", "St", "st"}
_ABBREVIATION = re.compile(r"[^\W\d_]{1,3}(\.[^\W\d_]{1,3})+")
_END = re.compile(r"[.?!](?=[\"')\]]?\s+[A-Z\u00C0-\u00DE\"'(])")


class GoldError(Exception):
    """A gold entry that does not match its letter."""


def count_words(text: str) -> int:
    """Words as the checker counts them: whitespace tokens with a letter or digit."""
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


def is_list_item(line: str) -> bool:
    return bool(re.match(r"\s*([-*\u2022]|\d+[.)])\s", line))


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: lines are split at end punctuation followed by a capital.

    Good enough for this corpus (one paragraph per line); it is an annotation
    aid, not the checker's sentence splitter.
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        start = offset
        for match in _END.finditer(line):
            before = line[: match.start()].split()
            last = before[-1] if before else ""
            if last in _NO_END or _ABBREVIATION.fullmatch(last) or (len(last) == 1 and last.isupper()):
                continue
            spans.append((start, offset + match.end()))
            start = offset + match.end()
            while start < offset + len(line) and text[start] == " ":
                start += 1
        end = offset + len(line.rstrip())
        if end > start:
            spans.append((start, end))
        offset += len(line) + 1
    return [(s, e) for s, e in spans if text[s:e].strip()]


def long_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences over the limit; list items without end punctuation never count."""
    result = []
    for start, end in sentences(text):
        line_start = text.rfind("\n", 0, start) + 1
        line = text[line_start : text.find("\n", start) if "\n" in text[start:] else len(text)]
        piece = text[start:end]
        if is_list_item(line) and not piece.rstrip().endswith((".", "?", "!")):
            continue
        if count_words(piece) > MAX_WORDS:
            result.append((start, end))
    return result


def find_occurrence(letter: str, text: str, n: int) -> tuple[int, int]:
    """Offsets of the n-th whole-word occurrence of ``text`` in ``letter``."""
    pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    matches = list(pattern.finditer(letter))
    if len(matches) < n:
        raise GoldError(f"{text!r}: occurrence {n} not found ({len(matches)} found)")
    match = matches[n - 1]
    return match.start(), match.end()


def fill_entry(entry: dict, letter: str, refill: bool = False) -> dict:
    """Return the entry with ``text``, ``start`` and ``end`` set."""
    entry = dict(entry)
    if "begin" in entry:
        start, _ = find_occurrence(letter, entry.pop("begin"), entry.get("n", 1))
        span = next(((s, e) for s, e in sentences(letter) if s <= start < e), None)
        if span is None or span[0] != start:
            raise GoldError(f"begin at {start} is not the start of a sentence")
        entry["text"] = letter[span[0] : span[1]]
        entry["start"], entry["end"] = span
        entry.pop("n", None)
    elif refill or "start" not in entry or "end" not in entry:
        if "text" not in entry:
            raise GoldError(f"entry without text: {entry}")
        entry["start"], entry["end"] = find_occurrence(letter, entry["text"], entry.get("n", 1))
    order = ["category", "text", "n", "start", "end", "alternatieven", "reden"]
    return {k: entry[k] for k in order if k in entry} | {k: v for k, v in entry.items() if k not in order}


def verify(gold: dict, letter: str) -> list[str]:
    """Every problem in one gold file, as readable messages."""
    problems: list[str] = []
    seen: dict[tuple[str, int, int], str] = {}
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for part in PARTS:
        for entry in gold.get(part, []):
            cat, start, end, text = entry.get("category"), entry.get("start"), entry.get("end"), entry.get("text")
            label = f"{part} {cat} {text!r}"
            if cat not in CATEGORIES:
                problems.append(f"{label}: unknown category")
            if not isinstance(start, int) or not isinstance(end, int):
                problems.append(f"{label}: start/end missing")
                continue
            if letter[start:end] != text:
                problems.append(f"{label}: letter[{start}:{end}] is {letter[start:end]!r}")
            if part != "findings" and not entry.get("reden"):
                problems.append(f"{label}: {part} needs a reden")
            if cat == "lange-zin" and part == "findings" and count_words(text or "") <= MAX_WORDS:
                problems.append(f"{label}: only {count_words(text or '')} words")
            key = (cat, start, end)
            if key in seen:
                problems.append(f"{label}: duplicate span (also in {seen[key]})")
            seen[key] = part
            for s, e, other in spans.get(cat, []):
                if s < end and start < e and other != part and "findings" in (part, other):
                    problems.append(f"{label}: overlaps a {other} entry of the same category")
            spans.setdefault(cat, []).append((start, end, part))
    return problems


def unannotated_long(gold: dict, letter: str) -> list[str]:
    """Long sentences that are neither a finding nor in negeren."""
    covered = [(e["start"], e["end"]) for part in PARTS for e in gold.get(part, []) if e.get("category") == "lange-zin" and "start" in e]
    return [letter[s:e] for s, e in long_sentences(letter) if not any(cs < e and s < ce for cs, ce in covered)]


def dump(gold: dict) -> str:
    """JSON with one entry a line, so diffs stay readable."""
    lines = ["{", f'  "brief": {json.dumps(gold["brief"], ensure_ascii=False)},']
    parts = [p for p in PARTS if p != "valkuilen" or gold.get(p)]
    for part in parts:
        entries = sorted(gold.get(part, []), key=lambda e: (e.get("start", 0), e.get("category", "")))
        body = ",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in entries)
        sep = "," if part != parts[-1] else ""
        lines.append(f'  "{part}": [\n{body}\n  ]{sep}' if entries else f'  "{part}": []{sep}')
    lines.append("}")
    return "\n".join(lines) + "\n"


def process(path: Path, letters: Path, write: bool, refill: bool) -> list[str]:
    """Fill and verify one gold file; returns problems (empty when fine)."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"invalid JSON: {exc}"]
    letter_path = letters / gold.get("brief", "")
    if not gold.get("brief") or not letter_path.is_file():
        return [f"letter {gold.get('brief')!r} not found in {letters}"]
    letter = letter_path.read_text(encoding="utf-8")
    problems: list[str] = []
    for part in PARTS:
        if part not in gold:
            continue
        filled = []
        for entry in gold.get(part, []):
            try:
                filled.append(fill_entry(entry, letter, refill))
            except GoldError as exc:
                problems.append(f"{part} {entry.get('category')}: {exc}")
                filled.append(entry)
        gold[part] = filled
    problems += verify(gold, letter)
    problems += [f"long sentence not annotated: {s[:60]!r}..." for s in unannotated_long(gold, letter)]
    if write and not problems:
        text = dump(gold)
        if text != path.read_text(encoding="utf-8"):
            path.write_text(text, encoding="utf-8")
    return problems


def show_sentences(letter: str) -> None:
    for start, end in sentences(letter):
        print(f"{count_words(letter[start:end]):3d} {start:5d} {letter[start:end][:90]}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fill and verify corpus gold annotations.")
    parser.add_argument("--check", action="store_true", help="verify only, do not write")
    parser.add_argument("--refill", action="store_true", help="recompute offsets from text and n")
    parser.add_argument("--zinnen", metavar="NAME", help="print the sentences of one letter with word counts")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--brieven", type=Path, default=LETTERS)
    args = parser.parse_args(argv)
    if args.zinnen:
        show_sentences((args.brieven / f"{Path(args.zinnen).stem}.txt").read_text(encoding="utf-8"))
        return 0
    failed = 0
    gold_names = set()
    for path in sorted(args.gold.glob("*.json")):
        gold_names.add(path.stem)
        problems = process(path, args.brieven, write=not args.check, refill=args.refill)
        for problem in problems:
            print(f"{path.name}: {problem}")
        failed += bool(problems)
    for letter in sorted(args.brieven.glob("*.txt")):
        if letter.stem not in gold_names:
            print(f"{letter.name}: no gold file")
            failed += 1
    print(f"{len(gold_names)} gold files, {failed} with problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
