"""Review aid: print every gold item with some context.  Usage: python show.py [name-part] [--prefix c]"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
args = sys.argv[1:]
prefix = "a"
if "--prefix" in args:
    at = args.index("--prefix")
    prefix = args[at + 1]
    del args[at : at + 2]
part = args[0] if args else ""
for g in sorted(ROOT.glob(f"*/gold/{prefix}-*.json")):
    if part not in g.name:
        continue
    gold = json.loads(g.read_text(encoding="utf-8"))
    text = (g.parent.parent / "brieven" / gold["brief"]).read_text(encoding="utf-8")
    print("==", g.parent.parent.name, gold["brief"])
    for kind in ("findings", "negeren"):
        for f in gold[kind]:
            ctx = text[max(0, f["start"] - 25) : f["start"]].replace("\n", "|")
            post = text[f["end"] : f["end"] + 25].replace("\n", "|")
            mark = "  " if kind == "findings" else "N "
            t = f["text"] if len(f["text"]) < 70 else f["text"][:30] + " ... " + f["text"][-30:]
            print(f"{mark}{f['category']:10s} {ctx}[{t}]{post}")
