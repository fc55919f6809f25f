"""Review aid: list sentences of the letters with their word counts.

Words are whitespace tokens containing a letter or digit (the toets convention).
Sentences end at . ! ? followed by whitespace/end, or at a line end (one paragraph per line).
Usage: python zinnen.py [min_words] [files...]
"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u00C0-\u024F0-9‘“'\"(-])")


def words(s):
    return [t for t in s.split() if re.search(r"[^\W_]", t)]


def sentences(text):
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        last = 0
        for m in END.finditer(line):
            yield start + last, line[last : m.start()]
            last = m.end()
        yield start + last, line[last:]


def main():
    args = sys.argv[1:]
    minw = int(args[0]) if args and args[0].isdigit() else 0
    files = [Path(a) for a in args[1:]] if len(args) > 1 else sorted(HERE.glob("*/brieven/*.txt"))
    for f in files:
        text = f.read_text(encoding="utf-8")
        print("==", f.name)
        for off, s in sentences(text):
            n = len(words(s))
            if n >= minw:
                print(f"{n:3d} @{off}: {s}")


if __name__ == "__main__":
    main()
