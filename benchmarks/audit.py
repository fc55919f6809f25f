"""Audit the fixes: every changed sentence, before and after, for a person to judge.

    python benchmarks/audit.py corpus/brieven                 # benchmarks/audit/brieven.jsonl + .md
    python benchmarks/audit.py MAP --uit /tmp/blind           # another folder, another place

For each letter (.txt, .md) the fix loop runs twice, as ``--fix`` and as
``--fix --unsafe-fixes`` do (``taalcheck.rewrite``). Every fix that stays in the
text is one edit, with all its parts: the audit shows its sentence before and
after that one fix, the rule, whether it is safe or a proposal, and why a
proposal is not safe. A fix that is safe in both runs is listed once, as safe;
the second run adds the proposals.

The reviewer fills in ``oordeel`` per edit with one of the classes of the trap
set: goed (correct Dutch, same meaning, plainer), stroef (grammatical but
clumsy), fout (ungrammatical), betekenis (meaning changed or information
lost), schade (data damaged). ``--tel FILE.jsonl`` counts a judged file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CLASSES = ("goed", "stroef", "fout", "betekenis", "schade")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The segment (sentence or line) of ``text`` around [start, end)."""
    from taalcheck.nl.segment import segments

    segs = segments(text)
    first = next((seg for seg in segs if seg.start <= start < seg.end or start == seg.end), None)
    last = next((seg for seg in segs if seg.start < end <= seg.end), first)
    if first is None:
        return start, end
    return first.start, max(last.end if last else first.end, end)


def edits_of(path: Path, text: str, checker) -> list[dict]:
    """Every fix that stays in the text: safe ones, then proposals."""
    from taalcheck.core.fixes import apply_edits
    from taalcheck.engine.checker import as_document
    from taalcheck.engine.fix_loop import fix_document

    rows, seen = [], set()
    for safe_only in (True, False):
        applied: list = []
        fix_document(as_document(text, str(path)), checker, safe_only=safe_only, applied=applied)
        for before_text, finding in applied:
            start, end = _sentence(before_text, min(e.start for e in finding.edits), max(e.end for e in finding.edits))
            sentence = before_text[start:end]
            local = [type(e)(e.start - start, e.end - start, e.replacement) for e in finding.edits]
            after = apply_edits(sentence, sorted(local, key=lambda e: (e.start, e.end)))
            key = (sentence, after, finding.rule)
            if key in seen:
                continue
            seen.add(key)
            rows.append(
                {
                    "brief": path.name,
                    "regel": finding.rule,
                    "categorie": finding.category,
                    "woorden": finding.text,
                    "soort": "veilig" if finding.fix.safe else "voorstel",
                    "reden": finding.fix.reason or "",
                    "voor": sentence,
                    "na": after,
                    "oordeel": "",
                }
            )
    return rows


def markdown(rows: list[dict], counts: dict) -> str:
    lines = [
        "# Audit van de verbeteringen",
        "",
        f"{counts['brieven']} brieven, {counts['veilig']} veilige aanpassingen, {counts['voorstel']} voorstellen "
        "(één aanpassing = één verbetering met al haar delen).",
        "",
        "Oordeel per aanpassing: " + ", ".join(CLASSES) + ".",
        "",
    ]
    for i, row in enumerate(rows, 1):
        lines += [
            f"## {i}. {row['brief']} · {row['regel']} {row['categorie']} · {row['soort']}",
            "",
            f"- voor: {row['voor']}",
            f"- na: {row['na']}",
        ]
        if row["reden"]:
            lines.append(f"- waarom een voorstel: {row['reden']}")
        lines += ["- oordeel: ", ""]
    return "\n".join(lines)


def count_judged(path: Path) -> dict:
    """Per soort (veilig/voorstel): how many edits in each class, and the share of 'goed'."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = {}
    for soort in ("veilig", "voorstel"):
        mine = [r for r in rows if r["soort"] == soort]
        per = Counter(r["oordeel"] or "niet beoordeeld" for r in mine)
        out[soort] = {"aanpassingen": len(mine), **per, "goed_aandeel": round(per["goed"] / len(mine), 3) if mine else None}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("map", nargs="?", default=str(ROOT / "corpus" / "brieven"))
    parser.add_argument("--uit", help="basename for .jsonl and .md (default: benchmarks/audit/<folder>)")
    parser.add_argument("--tel", help="count the judged classes of an audit .jsonl")
    args = parser.parse_args(argv)
    if args.tel:
        print(json.dumps(count_judged(Path(args.tel)), ensure_ascii=False, indent=1))
        return 0
    import taalcheck

    checker = taalcheck._checker(None)
    letters = sorted(p for p in Path(args.map).rglob("*") if p.suffix in (".txt", ".md") and not p.stem.upper().startswith("README"))
    rows = []
    for path in letters:
        rows += edits_of(path, path.read_text(encoding="utf-8"), checker)
    counts = {
        "brieven": len(letters),
        "veilig": sum(r["soort"] == "veilig" for r in rows),
        "voorstel": sum(r["soort"] == "voorstel" for r in rows),
    }
    out = Path(args.uit) if args.uit else ROOT / "benchmarks" / "audit" / Path(args.map).resolve().name
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out.with_suffix(".md").write_text(markdown(rows, counts), encoding="utf-8")
    print(json.dumps(counts), f"-> {out.with_suffix('.jsonl')} en {out.with_suffix('.md')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
