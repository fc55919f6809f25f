"""Agreement between two hand-made answer files for the same letters.

Usage (from the repository root):
    python corpus/samenvatting/overeenstemming.py [A] [B] [--verschillen]

A defaults to ontwikkel.jsonl (first annotator), B to ontwikkel-b.jsonl (second
annotator, made without seeing A). Per field (afzender, actie, datum, bedrag,
telefoon) it counts the letters where both say absent, both answer and match,
both answer but differ, only A answers, only B answers. "Match" uses the same
rules as benchmarks/samenvatting.py (`expected` and `right`), so a datum that is
only a term without a day (datum null) counts as absent. --verschillen also
lists every letter and field where the two do not agree.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
KINDS = ("beide leeg", "gelijk", "anders", "alleen A", "alleen B")


def _benchmark():
    spec = importlib.util.spec_from_file_location("samenvatting_benchmark", ROOT / "benchmarks" / "samenvatting.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _load(path: Path) -> dict[str, dict]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["brief"]: row for row in rows}


def _path(arg: str) -> Path:
    path = Path(arg)
    return path if path.is_file() else HERE / arg


def kind(bench, field: str, a: str | None, b: str | None) -> str:
    if a is None and b is None:
        return "beide leeg"
    if a is None:
        return "alleen B"
    if b is None:
        return "alleen A"
    # `right` is not symmetric for an action without its sentence ("?"), so try both ways.
    return "gelijk" if bench.right(field, a, b) or bench.right(field, b, a) else "anders"


def compare(path_a: Path, path_b: Path):
    bench = _benchmark()
    rows_a, rows_b = _load(path_a), _load(path_b)
    letters = [brief for brief in rows_a if brief in rows_b]
    table = {field: dict.fromkeys(KINDS, 0) for field in bench.FIELDS}
    differences = []
    for brief in letters:
        exp_a, exp_b = bench.expected(rows_a[brief]), bench.expected(rows_b[brief])
        for field in bench.FIELDS:
            found = kind(bench, field, exp_a[field], exp_b[field])
            table[field][found] += 1
            if found not in ("beide leeg", "gelijk"):
                differences.append((brief, field, found, exp_a[field], exp_b[field]))
    return len(letters), table, differences


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    show = "--verschillen" in args
    files = [arg for arg in args if not arg.startswith("--")]
    path_a = _path(files[0] if files else "ontwikkel.jsonl")
    path_b = _path(files[1] if len(files) > 1 else "ontwikkel-b.jsonl")
    count, table, differences = compare(path_a, path_b)
    print(f"{count} brieven in {path_a.name} (A) en {path_b.name} (B)")
    print("| veld | " + " | ".join(KINDS) + " | eens |")
    print("|---|" + "---:|" * (len(KINDS) + 1))
    for field, counts in table.items():
        agree = counts["beide leeg"] + counts["gelijk"]
        cells = " | ".join(str(counts[k]) for k in KINDS)
        print(f"| {field} | {cells} | {agree}/{count} ({100 * agree / max(count, 1):.0f}%) |")
    if show:
        for brief, field, found, a, b in differences:
            print(f"{brief}: {field} {found}: A {a!r}, B {b!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
