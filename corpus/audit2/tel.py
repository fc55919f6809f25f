"""Count the editor's judgments of the second blind fix audit.

Usage: python corpus/audit2/tel.py [folder]   (default: the folder of this script)
Reads oordeel-veilig.jsonl and oordeel-voorstel.jsonl and prints Markdown tables:
per map and in total, and for proposals the count per rule.
"""

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

CLASSES = ("goed", "stroef", "fout", "betekenis", "schade")


def load(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        if row["oordeel"] not in CLASSES:
            raise ValueError(f"unknown judgment {row['oordeel']!r} in {path}")
        if row["oordeel"] != "goed" and not row["reden"]:
            raise ValueError(f"judgment without reason in {path}: {row['voor'][:60]}")
    return rows


def cells(counter: Counter, total: int, percent: bool) -> list[str]:
    out = []
    for c in CLASSES:
        n = counter[c]
        out.append(f"{n} ({100 * n / total:.1f}%)".replace(".", ",") if percent and total else str(n))
    return out


def table(rows: list[dict], key: str, label: str) -> str:
    groups: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        groups[row[key]][row["oordeel"]] += 1
    lines = [f"| {label} | aantal | " + " | ".join(CLASSES) + " |", "|---" * (len(CLASSES) + 2) + "|"]
    for name in sorted(groups) if key == "regel" else groups:
        total = sum(groups[name].values())
        lines.append(f"| {name} | {total} | " + " | ".join(cells(groups[name], total, False)) + " |")
    total_counter = Counter(row["oordeel"] for row in rows)
    n = len(rows)
    lines.append(f"| **totaal** | **{n}** | " + " | ".join(f"**{c}**" for c in cells(total_counter, n, True)) + " |")
    return "\n".join(lines)


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    for soort in ("veilig", "voorstel"):
        rows = load(folder / f"oordeel-{soort}.jsonl")
        print(f"## {soort}\n")
        print(table(rows, "map", "map") + "\n")
        if soort == "voorstel":
            print(table(rows, "regel", "regel") + "\n")
        bad = sum(1 for r in rows if r["oordeel"] in ("fout", "betekenis"))
        share = f" ({100 * bad / len(rows):.1f}%)".replace(".", ",") if rows else ""
        print(f"fout + betekenis: {bad} van {len(rows)}{share}\n")


if __name__ == "__main__":
    main()
