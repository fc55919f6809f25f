"""Character error rate of taalcheck's OCR on letters rendered here (clean and phone-like).

    python benchmarks/ocr.py                 # all corpus letters, writes benchmarks/results-ocr.json
    python benchmarks/ocr.py --limit 10 --json /tmp/ocr.json

Each letter of ``corpus/brieven/`` is drawn as A4 pages by
``render_letters.py`` and read back with ``taalcheck.readers.ocr`` (the same
clean-up and Tesseract call as ``taalcheck check foto.jpg``). The error rate
is edit distance / length of the drawn text, both with runs of whitespace made
one space. The edit distance is summed over the differing stretches found by
difflib, each measured with Levenshtein: an upper bound of the true distance,
so the rate is never flattered. Targets (issue 18): clean at most 2%,
phone-like at most 6%.
"""

from __future__ import annotations

import argparse
import difflib
import io
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import render_letters

TARGETS = {"schoon": 0.02, "telefoon": 0.06, "zwaar": None}  # "zwaar": no target, for information


def normal(text: str) -> str:
    return " ".join(text.split())


def levenshtein(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def edit_distance(reference: str, found: str) -> int:
    """Sum of Levenshtein over the stretches where difflib finds a difference (an upper bound)."""
    matcher = difflib.SequenceMatcher(None, reference, found, autojunk=False)
    total = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and (i2 - i1) * (j2 - j1) <= 4_000_000:
            total += levenshtein(reference[i1:i2], found[j1:j2])
        else:
            total += max(i2 - i1, j2 - j1)
    return total


def read_page(image) -> str:
    from taalcheck.readers.ocr import open_image, read_image

    buffer = io.BytesIO()
    image.save(buffer, format="PNG")  # lossless: the JPEG damage of a phone page is already in it
    return read_image(open_image(buffer.getvalue()))


def measure(limit: int | None, kinds: list[str]) -> dict:
    from taalcheck.readers.ocr import available

    if not available():
        raise SystemExit("Tesseract met Nederlandse taaldata ontbreekt: apt-get install tesseract-ocr tesseract-ocr-nld")
    results: dict = {"targets": TARGETS, "seed": render_letters.SEED, "kinds": {}}
    for kind in kinds:
        letters = []
        chars = errors = 0
        seconds = 0.0
        for path in render_letters.letter_files(limit):
            letter_chars = letter_errors = 0
            for image, lines in render_letters.render(path, kind):
                reference = normal(" ".join(lines))
                started = time.perf_counter()
                found = normal(read_page(image))
                seconds += time.perf_counter() - started
                letter_chars += len(reference)
                letter_errors += edit_distance(reference, found)
            letters.append(
                {"brief": path.name, "tekens": letter_chars, "fouten": letter_errors, "cer": round(letter_errors / max(letter_chars, 1), 4)}
            )
            chars += letter_chars
            errors += letter_errors
            print(f"{kind:9} {path.name:55} {letters[-1]['cer']:.2%}", file=sys.stderr)
        cer = errors / max(chars, 1)
        results["kinds"][kind] = {
            "brieven": len(letters),
            "tekens": chars,
            "fouten": errors,
            "cer": round(cer, 4),
            "doel": TARGETS[kind],
            "gehaald": None if TARGETS[kind] is None else cer <= TARGETS[kind],
            "slechtste": sorted(letters, key=lambda r: -r["cer"])[:5],
            "seconden_per_brief": round(seconds / max(len(letters), 1), 2),
        }
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Foutpercentage (CER) van de OCR op getekende brieven.")
    parser.add_argument("--limit", type=int, default=None, help="alleen de eerste N brieven")
    parser.add_argument("--kind", choices=sorted(TARGETS), action="append", help="alleen deze soort (standaard schoon en telefoon)")
    parser.add_argument("--json", default=str(HERE / "results-ocr.json"), help="waar de cijfers heen gaan")
    args = parser.parse_args(argv)
    results = measure(args.limit, args.kind or ["schoon", "telefoon"])
    target = Path(args.json)
    if target.exists():  # keep the figures of the kinds not measured this time
        earlier = json.loads(target.read_text(encoding="utf-8")).get("kinds", {})
        results["kinds"] = {**{k: v for k, v in earlier.items() if k not in results["kinds"]}, **results["kinds"]}
    Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for kind, row in results["kinds"].items():
        if row["doel"] is None:
            print(f"{kind}: CER {row['cer']:.2%} over {row['brieven']} brieven ({row['tekens']} tekens), geen doel")
            continue
        verdict = "gehaald" if row["gehaald"] else "NIET gehaald"
        print(f"{kind}: CER {row['cer']:.2%} over {row['brieven']} brieven ({row['tekens']} tekens), doel {row['doel']:.0%}: {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
