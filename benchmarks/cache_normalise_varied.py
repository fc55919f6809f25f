"""Normalised numbers in the cache on real letters with other numbers: does a shared result ever differ?

    python benchmarks/cache_normalise_varied.py            # ~5 minutes on 2 busy cores
    python benchmarks/cache_normalise_varied.py --variants 4 --seed 2

Every example letter with digits (corpus/brieven, corpus/toets/brieven,
corpus/echt/ontwikkel/brieven) is checked as written and with its numbers
replaced by random digits (same length), one after the other by one checker
with ``normalise=True``, so the variants hit the shared result. Each report is
compared with the uncached analysis of the same text. Prints and writes the
reports that differ (benchmarks/results-cache-normalise-varied.json).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

FOLDERS = ("corpus/brieven", "corpus/toets/brieven", "corpus/echt/ontwikkel/brieven")
NUMBER = re.compile(r"[0-9]+")


def findings(report: dict) -> set[str]:
    return {json.dumps(f, sort_keys=True, ensure_ascii=False) for f in report["findings"]}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--variants", type=int, default=2, help="brieven met andere getallen per voorbeeldbrief")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", default=str(HERE / "results-cache-normalise-varied.json"))
    args = parser.parse_args()
    from taalcheck.engine.checker import Checker
    from taalcheck.nl import pipeline

    rng = random.Random(args.seed)
    nlp = pipeline.shared()
    shared, real = Checker(nlp=nlp, cache=True, normalise=True), Checker(nlp=nlp, cache=False)
    paths = [p for folder in FOLDERS for p in sorted((ROOT / folder).glob("*.txt"))]
    texts = [(p, p.read_text(encoding="utf-8")) for p in paths]
    texts = [(p, t) for p, t in texts if NUMBER.search(t)]
    differing = []
    compared = 0
    for path, text in texts:
        versions = [text] + [NUMBER.sub(lambda m: "".join(rng.choice("0123456789") for _ in m.group()), text) for _ in range(args.variants)]
        for number, (got, want) in enumerate(zip(shared.check_many(versions), real.check_many(versions), strict=True)):
            compared += 1
            got_d, want_d = got.to_dict(), want.to_dict()
            if got_d != want_d:
                differing.append(
                    {
                        "brief": str(path.relative_to(ROOT)),
                        "versie": number,
                        "alleen_met_cache": sorted(findings(got_d) - findings(want_d)),
                        "alleen_echt": sorted(findings(want_d) - findings(got_d)),
                        "meetwaarden_gelijk": got_d["metrics"] == want_d["metrics"],
                    }
                )
                print("ANDERS", path.name, number, flush=True)
    result = {"letters": len(texts), "reports": compared, "differing": len(differing), "seed": args.seed, "cases": differing}
    Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(differing)} van {compared} rapporten anders ({len(texts)} brieven met getallen)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
