"""Score the checker against the gold annotations of the letter corpus.

Runs ``taalcheck.check`` on every letter, matches its findings to the gold
findings (same category, overlapping spans, one to one, largest overlap
first) and reports precision, recall and F1 per category. Predictions that
match no gold entry but overlap a ``negeren`` entry of their category are
borderline cases: neither rewarded nor punished.

    python corpus/score.py [--categories jargon,passief] [--json] [--verbose]

Not a package module: load it by path (see tests/test_corpus_gold.py).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

HERE = Path(__file__).resolve().parent


def _load_gold_tool():
    spec = importlib.util.spec_from_file_location("corpus_gold_tool", HERE / "tools" / "gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CATEGORIES: tuple[str, ...] = _load_gold_tool().CATEGORIES

Span = tuple[int, int]


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: list[Span], predicted: list[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), greedy by overlap size."""
    # Largest overlap first; on a tie the tighter spans win, so a prediction
    # inside a nested gold phrase pairs with the smallest gold span around it.
    pairs = [
        (-_overlap(g, p), g[1] - g[0], p[1] - p[0], gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if _overlap(g, p) > 0
    ]
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    result = []
    for *_, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            result.append((gi, pi))
    return result


def load_gold(gold_dir: Path) -> list[dict]:
    """All gold files, sorted by name."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(gold_dir).glob("*.json"))]


def _findings(result: Any) -> list[tuple[str, int, int]]:
    findings = getattr(result, "findings", result)
    return [(f.category, f.start, f.end) for f in findings]


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def score(
    letters_dir: Path | str,
    gold_dir: Path | str,
    check: Callable[[str], Any] | None = None,
    categories: Iterable[str] | None = None,
    per_letter: dict[str, dict] | None = None,
) -> dict[str, dict]:
    """Per category: gold, predicted, ignored, tp, fp, fn, precision, recall, f1.

    ``fp_items``/``fn_items`` list ``(letter, text)`` for inspection.
    ``check`` defaults to ``taalcheck.check``; it gets the letter text and
    returns a Report (or any iterable of findings). Pass a dict as
    ``per_letter`` to get the counts per letter as well (summed over the
    categories).
    """
    if check is None:
        import taalcheck

        check = taalcheck.check
    cats = tuple(categories) if categories else CATEGORIES
    stats = {
        c: {"gold": 0, "predicted": 0, "ignored": 0, "tp": 0, "fp": 0, "fn": 0, "fp_items": [], "fn_items": []}
        for c in cats
    }
    for gold in load_gold(Path(gold_dir)):
        name = gold["brief"]
        letter = (Path(letters_dir) / name).read_text(encoding="utf-8")
        predictions = _findings(check(letter))
        before = {k: sum(stats[c][k] for c in cats) for k in ("gold", "predicted", "tp", "fp", "fn")}
        for cat in cats:
            s = stats[cat]
            gold_spans = [(e["start"], e["end"]) for e in gold.get("findings", []) if e["category"] == cat]
            skip = [(e["start"], e["end"]) for e in gold.get("negeren", []) if e["category"] == cat]
            pred = sorted({(a, b) for c, a, b in predictions if c == cat})
            pairs = match(gold_spans, pred)
            matched_g = {g for g, _ in pairs}
            matched_p = {p for _, p in pairs}
            unmatched = [p for i, p in enumerate(pred) if i not in matched_p]
            ignored = [p for p in unmatched if any(_overlap(p, n) > 0 for n in skip)]
            false_pos = [p for p in unmatched if p not in ignored]
            s["gold"] += len(gold_spans)
            s["predicted"] += len(pred) - len(ignored)
            s["ignored"] += len(ignored)
            s["tp"] += len(pairs)
            s["fp"] += len(false_pos)
            s["fn"] += len(gold_spans) - len(matched_g)
            s["fp_items"] += [(name, letter[a:b]) for a, b in false_pos]
            s["fn_items"] += [
                (name, letter[a:b]) for i, (a, b) in enumerate(gold_spans) if i not in matched_g
            ]
        if per_letter is not None:
            per_letter[name] = {k: sum(stats[c][k] for c in cats) - v for k, v in before.items()}
    for s in stats.values():
        s["precision"] = _ratio(s["tp"], s["tp"] + s["fp"])
        s["recall"] = _ratio(s["tp"], s["tp"] + s["fn"])
        p, r = s["precision"], s["recall"]
        s["f1"] = (2 * p * r / (p + r) if p + r else 0.0) if p is not None and r is not None else None
    return stats


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def format_table(stats: dict[str, dict], verbose: bool = False) -> str:
    lines = [f"{'categorie':<15}{'gold':>6}{'voorsp':>8}{'TP':>6}{'FP':>6}{'FN':>6}{'prec':>7}{'recall':>7}{'F1':>7}"]
    for cat, s in stats.items():
        lines.append(
            f"{cat:<15}{s['gold']:>6}{s['predicted']:>8}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}"
            f"{_fmt(s['precision']):>7}{_fmt(s['recall']):>7}{_fmt(s['f1']):>7}"
        )
    tp, fp, fn = (sum(s[k] for s in stats.values()) for k in ("tp", "fp", "fn"))
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = 2 * p * r / (p + r) if p and r else None
    lines.append(f"{'totaal':<15}{'':>6}{'':>8}{tp:>6}{fp:>6}{fn:>6}{_fmt(p):>7}{_fmt(r):>7}{_fmt(f1):>7}")
    if verbose:
        for cat, s in stats.items():
            for kind in ("fp", "fn"):
                for name, text in s[f"{kind}_items"]:
                    lines.append(f"{kind.upper()} {cat:<15} {name}: {text!r}")
    return "\n".join(lines)


def format_letters(per_letter: dict[str, dict]) -> str:
    """One row per letter, and how many findings the plain (-b1) letters got."""
    lines = [f"{'brief':<56}{'gold':>6}{'voorsp':>8}{'TP':>6}{'FP':>6}{'FN':>6}"]
    for name, c in per_letter.items():
        lines.append(f"{name:<56}{c['gold']:>6}{c['predicted']:>8}{c['tp']:>6}{c['fp']:>6}{c['fn']:>6}")
    plain = {n: c for n, c in per_letter.items() if Path(n).stem.endswith("-b1")}
    if plain:
        fp = sum(c["fp"] for c in plain.values())
        flagged = sum(1 for c in plain.values() if c["fp"])
        lines.append(f"B1-brieven: {len(plain)}, onterechte meldingen: {fp} in {flagged} brieven")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score taalcheck against the corpus gold annotations.")
    parser.add_argument("--categories", help="comma-separated categories (default: all)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--verbose", action="store_true", help="list false positives and false negatives")
    parser.add_argument("--per-brief", action="store_true", help="also print the counts per letter")
    parser.add_argument("--brieven", type=Path, default=HERE / "brieven")
    parser.add_argument("--gold", type=Path, default=HERE / "gold")
    args = parser.parse_args(argv)
    cats = [c.strip() for c in args.categories.split(",")] if args.categories else None
    unknown = [c for c in cats or [] if c not in CATEGORIES]
    if unknown:
        parser.error(f"unknown categories: {', '.join(unknown)}")
    began = time.perf_counter()
    letters: dict[str, dict] = {}
    stats = score(args.brieven, args.gold, categories=cats, per_letter=letters)
    seconds = time.perf_counter() - began
    if args.json:
        if not args.verbose:
            stats = {c: {k: v for k, v in s.items() if not k.endswith("_items")} for c, s in stats.items()}
        data = {"categories": stats, "seconds": round(seconds, 2)}
        if args.per_brief:
            data["brieven"] = letters
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(format_table(stats, args.verbose))
        if args.per_brief:
            print(format_letters(letters))
        print(f"{len(load_gold(args.gold))} brieven in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
