"""List running sentences with their word counts, to check lange-zin annotations by hand."""

import re
import sys
from pathlib import Path

WORD = re.compile(r"\w", re.UNICODE)
# split after . ! ? (and ; is NOT a sentence end) when followed by space + capital/digit/quote
SPLIT = re.compile(r"(?<![ .][A-Z]\.)(?<=[.!?])\s+(?=[A-Z0-9'\"(€ÀÉ])")


def words(s: str) -> int:
    return sum(1 for t in s.split() if WORD.search(t.replace("_", "")))


def sentences(text: str):
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        off = 0
        for part in SPLIT.split(line):
            i = line.index(part, off)
            off = i + len(part)
            yield start + i, start + i + len(part), part


if __name__ == "__main__":
    minw = int(sys.argv[2]) if len(sys.argv) > 2 else 18
    for p in sorted(Path(sys.argv[1]).glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        print(f"== {p.name}")
        for s, e, part in sentences(text):
            n = words(part)
            if n >= minw:
                print(f"  {n:3d} [{s}:{e}] {part[:90]}")
