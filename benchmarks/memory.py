"""Peak memory of checking N generated letters, in a fresh process.

Run by ``benchmarks/run.py`` as a subprocess (so each count starts from zero):

    python benchmarks/memory.py 10000 [--model DIR] [--cache-size N]

Prints one JSON object: RSS after loading, RSS every ``--every`` letters, the
peak (VmHWM), and how many entries the sentence cache holds. Memory must stay
flat apart from the cache filling up to its bound.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from letters import letters
from measure import peak_rss_mb, rss_mb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int)
    parser.add_argument("--model", default=None)
    parser.add_argument("--cache-size", type=int, default=None)
    parser.add_argument("--every", type=int, default=1000)
    args = parser.parse_args(argv)

    from taalcheck.engine.checker import DEFAULT_CACHE_SIZE, Checker

    checker = Checker(model=args.model, cache_size=args.cache_size or DEFAULT_CACHE_SIZE)
    checker.check("Dit is een korte brief. Hierbij ontvangt u de aanslag middels de post.")
    loaded = rss_mb()
    samples = []
    findings = 0
    for i, report in enumerate(checker.check_many(letters(args.count)), start=1):
        findings += len(report.findings)
        if i % args.every == 0 or i == args.count:
            samples.append({"letters": i, "rss_mb": round(rss_mb(), 1), "cache_entries": len(checker._cache)})
    print(
        json.dumps(
            {
                "letters": args.count,
                "cache_size": checker.cache_size,
                "rss_after_load_mb": round(loaded, 1),
                "peak_rss_mb": round(peak_rss_mb(), 1),
                "samples": samples,
                "findings": findings,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
