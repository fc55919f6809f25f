"""List the safe edits the fourth blind audit judged fout or betekenis.

The judgements are development data now; this list is the work queue
for the safe-fix classes (run: python corpus/audit4/fouten.py).
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BAD = {"fout", "betekenis"}


def bad_safe_edits():
    """Yield every safe edit of both halves that a judge rejected."""
    for half in ("a", "b"):
        path = HERE / half / "oordeel-veilig.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if row and row["oordeel"] in BAD:
                yield half, row


def main():
    rows = list(bad_safe_edits())
    for half, row in rows:
        print(f"[{half}] {row['oordeel']:9} {row['regel']:5} {row['woorden']!r} ({row['brief']})")
        print(f"    voor: {row['voor']}")
        print(f"    na:   {row['na']}")
        print(f"    reden: {row['reden']}")
    print(f"totaal: {len(rows)}", file=sys.stderr)


if __name__ == "__main__":
    main()
