"""What the fixes do to the letter corpus: metrics before and after.

Checks every letter in ``corpus/brieven``, applies the fixes the way
``taalcheck check --fix`` does (pass by pass; a fix that would bring a new
finding is left out), checks again and prints:

- the metrics of the corpus as a whole (all letters as one text): average
  sentence length, long sentences, jargon, Flesch-Douma, estimated level;
- findings per category before and after, summed over the letters;
- how many jargon findings kept an unsafe fix only because the word list
  marks the entry ``veilig = nee`` (the words an editor could look at).

    python benchmarks/fix_effect.py [--unsafe-fixes] [--json] [--brieven corpus/toets/brieven]

Run by hand; the numbers go into the README.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIELDS = ("woorden", "zinnen", "gemiddelde_zinslengte", "lange_zinnen", "jargon", "afkorting", "flesch_douma", "niveau")


def whole(metrics: dict[str, Any]) -> dict[str, Any]:
    counts = metrics.get("bevindingen_per_categorie", {})
    return {
        "woorden": metrics["woorden"],
        "zinnen": metrics["zinnen"],
        "gemiddelde_zinslengte": metrics["gemiddelde_zinslengte"],
        "lange_zinnen": round(metrics["aandeel_lange_zinnen"] * metrics["zinnen"]),
        "jargon": counts.get("jargon", 0),
        "afkorting": counts.get("afkorting", 0),
        "flesch_douma": metrics["flesch_douma"],
        "niveau": metrics["niveau"],
    }


def measure(safe_only: bool = True, folder: Path = ROOT / "corpus" / "brieven") -> dict[str, Any]:
    import taalcheck
    from taalcheck.engine.checker import as_document
    from taalcheck.engine.fix_loop import fix_document

    checker = taalcheck._checker(None)
    lexicon = checker.lexicon
    veilig = {e.woord.lower(): e.veilig for e in lexicon.lists.jargon}
    letters = sorted(folder.glob("*.txt"))
    before_counts: collections.Counter = collections.Counter()
    after_counts: collections.Counter = collections.Counter()
    grown: list[str] = []
    blocked: collections.Counter = collections.Counter()
    originals, fixed_texts = [], []
    started = time.perf_counter()
    for path in letters:
        text = path.read_text(encoding="utf-8")
        before = checker.check(text)
        fixed, after = fix_document(as_document(text), checker, safe_only=safe_only, report=before)
        b = collections.Counter(f.category for f in before.findings)
        a = collections.Counter(f.category for f in after.findings)
        before_counts += b
        after_counts += a
        grown += [f"{path.name}: {c} {b[c]} -> {a[c]}" for c in a if a[c] > b[c]]
        for f in after.findings:
            if f.category == "jargon" and f.fix is not None and not f.fix.safe:
                entry = lexicon_entry(lexicon, f)
                if entry is not None and not veilig.get(entry, True):
                    blocked[entry] += 1
        originals.append(text.strip())
        fixed_texts.append(fixed.strip())
    elapsed = time.perf_counter() - started
    corpus_before = whole(checker.check("\n\n\n".join(originals)).metrics)
    corpus_after = whole(checker.check("\n\n\n".join(fixed_texts)).metrics)
    targeted = ("jargon", "afkorting")
    removed = sum(before_counts[c] for c in targeted) - sum(after_counts[c] for c in targeted)
    total = sum(before_counts[c] for c in targeted)
    return {
        "letters": len(letters),
        "safe_only": safe_only,
        "seconds": round(elapsed, 1),
        "corpus_before": corpus_before,
        "corpus_after": corpus_after,
        "findings_before": dict(before_counts),
        "findings_after": dict(after_counts),
        "jargon_afkorting_removed": round(removed / total, 3) if total else 0.0,
        "categories_that_grew": grown,
        "unsafe_by_word_list": blocked.most_common(25),
    }


def lexicon_entry(lexicon: Any, finding: Any) -> str | None:
    """The jargon entry a finding came from: its alternatives and explanation match."""
    for entry in lexicon.lists.jargon:
        if tuple(entry.alternatieven) == tuple(finding.suggestions) and entry.uitleg in finding.message:
            return entry.woord.lower()
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unsafe-fixes", action="store_true", help="also apply the proposals")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--brieven", type=Path, default=ROOT / "corpus" / "brieven", help="folder with .txt letters")
    args = parser.parse_args(argv)
    result = measure(safe_only=not args.unsafe_fixes, folder=args.brieven)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"{result['letters']} letters, {'safe fixes' if result['safe_only'] else 'safe fixes and proposals'}, {result['seconds']} s\n")
    print(f"{'corpus as a whole':<24}{'before':>14}{'after':>14}")
    for field in FIELDS:
        print(f"{field:<24}{result['corpus_before'][field]!s:>14}{result['corpus_after'][field]!s:>14}")
    print(f"\n{'findings (sum of letters)':<28}{'before':>8}{'after':>8}")
    for category in sorted(result["findings_before"]):
        print(f"{category:<28}{result['findings_before'][category]:>8}{result['findings_after'].get(category, 0):>8}")
    print(f"\njargon + afkorting removed: {result['jargon_afkorting_removed']:.1%}")
    print(f"categories that grew in a letter: {result['categories_that_grew'] or 'none'}")
    if result["unsafe_by_word_list"]:
        print("\nstill flagged, fix is unsafe because the word list says veilig = nee:")
        for word, count in result["unsafe_by_word_list"]:
            print(f"  {count:>3}  {word}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
