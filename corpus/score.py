"""Score the checker against the gold annotations of the letter corpus.

Runs ``taalcheck.check`` on every letter, matches its findings to the gold
findings (same category, overlapping spans, one to one, largest overlap
first) and reports precision, recall and F1 per category. Predictions that
match no gold entry but overlap a ``negeren`` entry of their category are
borderline cases: neither rewarded nor punished.

    python corpus/score.py [--categories jargon,passief] [--json] [--verbose]
    python corpus/score.py --sets      every set side by side (blind half: totals only)
    python corpus/score.py --set toets,echt-ontwikkel    only these sets

Plain letters get two rows: findings of any kind per letter, and warnings
per letter (severity "warning"; info-level hints such as passief are not
warnings). Issue 15's target of at most 0.5 per plain letter counts warnings.

The blind half of the real letters (``echt/blind``) is never shown letter by
letter: only its totals are printed, and every run that scores it is logged
to ``echt/blind-log.jsonl`` (time, commit, totals), so the first figure after
a freeze can be found again.

Not a package module: load it by path (see tests/test_corpus_gold.py).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _load_gold_tool():
    spec = importlib.util.spec_from_file_location("corpus_gold_tool", HERE / "tools" / "gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CATEGORIES: tuple[str, ...] = _load_gold_tool().CATEGORIES

Span = tuple[int, int]

# name: (letters, gold). The blind half prints totals only.
SETS: dict[str, tuple[Path, Path]] = {
    "corpus": (HERE / "brieven", HERE / "gold"),
    "toets": (HERE / "toets" / "brieven", HERE / "toets" / "gold"),
    "echt-ontwikkel": (HERE / "echt" / "ontwikkel" / "brieven", HERE / "echt" / "ontwikkel" / "gold"),
    "echt-blind": (HERE / "echt" / "blind" / "brieven", HERE / "echt" / "blind" / "gold"),
}
BLIND = frozenset({"echt-blind"})
BLIND_LOG = HERE / "echt" / "blind-log.jsonl"
CORE = ("lange-zin", "jargon", "afkorting", "misleidend")
PLAIN_MAX_GOLD = 2


def is_plain(name: str, gold: dict) -> bool:
    """A plain (B1) letter: named ``-b1``, or its annotator flagged at most two things in it."""
    return Path(name).stem.endswith("-b1") or len(gold.get("findings", [])) <= PLAIN_MAX_GOLD


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


WARNING = "warning"


def _findings(result: Any) -> list[tuple[str, int, int]]:
    findings = getattr(result, "findings", result)
    return [(f.category, f.start, f.end) for f in findings]


def _warnings(result: Any) -> int:
    """How many findings are warnings (severity "warning"), not info-level hints."""
    findings = getattr(result, "findings", result)
    return sum(1 for f in findings if getattr(f, "severity", WARNING) == WARNING)


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
    categories), with ``meldingen`` (findings of any kind) and
    ``waarschuwingen`` (findings with severity "warning"; a finding without
    a severity counts as one).
    """
    if check is None:
        import taalcheck

        check = taalcheck.check
    cats = tuple(categories) if categories else CATEGORIES
    stats = {c: {"gold": 0, "predicted": 0, "ignored": 0, "tp": 0, "fp": 0, "fn": 0, "fp_items": [], "fn_items": []} for c in cats}
    for gold in load_gold(Path(gold_dir)):
        name = gold["brief"]
        letter = (Path(letters_dir) / name).read_text(encoding="utf-8")
        result = check(letter)
        predictions = _findings(result)
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
            s["fn_items"] += [(name, letter[a:b]) for i, (a, b) in enumerate(gold_spans) if i not in matched_g]
        if per_letter is not None:
            per_letter[name] = {k: sum(stats[c][k] for c in cats) - v for k, v in before.items()}
            per_letter[name]["meldingen"] = len(predictions)
            per_letter[name]["waarschuwingen"] = _warnings(result)
            per_letter[name]["eenvoudig"] = is_plain(name, gold)
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
    easy = [c for c in per_letter.values() if c.get("eenvoudig")]
    if easy:
        counts = plain_counts(per_letter)
        lines.append(
            f"eenvoudige brieven: {counts['brieven']}, per brief {counts['meldingen'] / counts['brieven']:.2f} meldingen"
            f" waarvan {counts['waarschuwingen'] / counts['brieven']:.2f} waarschuwingen"
        )
    return "\n".join(lines)


def micro(stats: dict[str, dict], categories: Iterable[str] = CORE) -> dict[str, float | None]:
    """Precision, recall and F1 over several categories together (micro average)."""
    tp, fp, fn = (sum(stats[c][k] for c in categories if c in stats) for k in ("tp", "fp", "fn"))
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = (2 * p * r / (p + r) if p + r else 0.0) if p is not None and r is not None else None
    return {"precision": p, "recall": r, "f1": f1}


def plain_warnings(per_letter: dict[str, dict]) -> tuple[int, int]:
    """(plain letters, findings of any kind taalcheck gave on them). See ``plain_counts`` for warnings."""
    counts = plain_counts(per_letter)
    return counts["brieven"], counts["meldingen"]


def plain_counts(per_letter: dict[str, dict]) -> dict[str, int]:
    """On the plain letters: how many letters, findings of any kind, and warnings.

    A warning is a finding with severity "warning" (jargon, afkorting,
    misleidend, lange-zin); hints such as passief, nominalisatie and
    moeilijk-woord are "info". Issue 15's target counts warnings.
    """
    plain = [c for c in per_letter.values() if c.get("eenvoudig")]
    return {
        "brieven": len(plain),
        "meldingen": sum(c["meldingen"] for c in plain),
        "waarschuwingen": sum(c.get("waarschuwingen", c["meldingen"]) for c in plain),
    }


def score_sets(check: Callable[[str], Any] | None = None, names: Iterable[str] | None = None) -> dict[str, dict]:
    """Score every set that exists; per set: stats per category, micro over CORE, plain letters."""
    results = {}
    for name in names or SETS:
        letters_dir, gold_dir = SETS[name]
        if not gold_dir.is_dir():
            continue
        per_letter: dict[str, dict] = {}
        stats = score(letters_dir, gold_dir, check=check, per_letter=per_letter)
        for s in stats.values():
            s.pop("fp_items"), s.pop("fn_items")
        results[name] = {
            "brieven": len(per_letter),
            "categories": stats,
            "kern": micro(stats),
            "eenvoudig": plain_counts(per_letter),
        }
    return results


def _git_commit() -> str | None:
    import subprocess

    try:
        out = subprocess.run(["git", "-C", str(HERE), "rev-parse", "HEAD"], capture_output=True, text=True)
        dirty = subprocess.run(["git", "-C", str(HERE), "status", "--porcelain"], capture_output=True, text=True)
    except OSError:
        return None
    if out.returncode:
        return None
    return out.stdout.strip() + ("+gewijzigd" if dirty.stdout.strip() else "")


def log_blind_run(result: dict) -> None:
    """Append the blind half's totals to the run log (never the letters' text)."""
    entry = {"tijd": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "commit": _git_commit(), **result}
    with BLIND_LOG.open("a", encoding="utf-8") as log:
        log.write(json.dumps(entry, ensure_ascii=False) + "\n")


def format_sets(results: dict[str, dict]) -> str:
    names = list(results)
    head = f"{'categorie':<15}" + "".join(f"{n + ' P/R/F1':>24}" for n in names)
    lines = [head]
    cats = list(next(iter(results.values()))["categories"]) if results else []
    for cat in cats:
        row = f"{cat:<15}"
        for n in names:
            s = results[n]["categories"][cat]
            cell = f"{_fmt(s['precision'])}/{_fmt(s['recall'])}/{_fmt(s['f1'])} ({s['gold']})"
            row += f"{cell:>24}"
        lines.append(row)
    row = f"{'kern (micro)':<15}"
    for n in names:
        k = results[n]["kern"]
        row += f"{_fmt(k['precision']) + '/' + _fmt(k['recall']) + '/' + _fmt(k['f1']):>24}"
    lines.append(row)
    # Plain letters: findings of any kind per letter, then warnings only.
    for label, key in (("B1: per brief", "meldingen"), ("B1: waarsch.", "waarschuwingen")):
        row = f"{label:<15}"
        for n in names:
            e = results[n]["eenvoudig"]
            cell = f"{e[key] / e['brieven']:.2f} ({e['brieven']} br.)" if e["brieven"] else "-"
            row += f"{cell:>24}"
        lines.append(row)
    lines.append("brieven: " + ", ".join(f"{n} {results[n]['brieven']}" for n in names))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score taalcheck against the corpus gold annotations.")
    parser.add_argument("--categories", help="comma-separated categories (default: all)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--verbose", action="store_true", help="list false positives and false negatives")
    parser.add_argument("--per-brief", action="store_true", help="also print the counts per letter")
    parser.add_argument("--brieven", type=Path, default=HERE / "brieven")
    parser.add_argument("--gold", type=Path, default=HERE / "gold")
    parser.add_argument("--sets", action="store_true", help="score every set side by side (blind: totals only)")
    parser.add_argument("--zonder-blind", action="store_true", help="with --sets: leave the blind half out (no run logged)")
    parser.add_argument("--set", dest="set_names", help="like --sets, only these sets (comma-separated, e.g. toets,echt-ontwikkel)")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.set_names.split(",")] if args.set_names else None
    if names and any(n not in SETS for n in names):
        parser.error(f"onbekende set; kies uit: {', '.join(SETS)}")
    if args.sets or names:
        import taalcheck

        if args.zonder_blind:
            names = [n for n in names or SETS if n not in BLIND]
        results = score_sets(check=taalcheck.check, names=names)
        if "echt-blind" in results:
            log_blind_run(results["echt-blind"])
        print(json.dumps(results, ensure_ascii=False, indent=2) if args.json else format_sets(results))
        return 0
    if any(args.gold.resolve() == SETS[n][1].resolve() for n in BLIND):
        parser.error("de blinde helft toont alleen totalen: gebruik --sets")
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
