"""Print each gold span with a little context, to check annotations by eye."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for name in sys.argv[1:]:
    gold = json.loads((ROOT / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    letter = (ROOT / "brieven" / gold["brief"]).read_text(encoding="utf-8")
    for key in ("findings", "negeren"):
        for f in gold[key]:
            assert letter[f["start"] : f["end"]] == f["text"]
            left = letter[max(0, f["start"] - 25) : f["start"]].replace("\n", "⏎")
            right = letter[f["end"] : f["end"] + 15].replace("\n", "⏎")
            t = f["text"] if len(f["text"]) < 70 else f["text"][:30] + " … " + f["text"][-30:]
            print(f"{key[:3]} {f['category']:13s} {left}[{t}]{right}")
