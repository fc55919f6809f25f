"""Throughput and memory of taalcheck.check from 1 and from 4 threads, in one process.

The pipeline runs one batch at a time (spaCy is not thread-safe), so 4
threads give the same letters per second as 1: the point is that it works
and gives the same findings. Ratios are against the 1-thread run.

    python benchmarks/threads.py [--letters 200]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=200)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from letters import letters as generate  # the realistic generator of benchmarks/letters.py

    import taalcheck

    texts = list(generate(args.letters))
    taalcheck.check("Warm de pijplijn op.", cache=False)

    def run(threads: int) -> tuple[float, list]:
        began = time.perf_counter()
        with ThreadPoolExecutor(threads) as pool:
            reports = list(pool.map(lambda t: taalcheck.check(t, cache=False), texts))
        return time.perf_counter() - began, [[(f.rule, f.start, f.end) for f in r.findings] for r in reports]

    one_s, one = run(1)
    rss_one = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    four_s, four = run(4)
    rss_four = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {
        "brieven": len(texts),
        "1 thread brieven/s": round(len(texts) / one_s, 1),
        "4 threads brieven/s": round(len(texts) / four_s, 1),
        "snelheid 4 / 1": round(one_s / four_s, 2),
        "max RSS MB na 1 / na 4": [round(rss_one / 1024), round(rss_four / 1024)],
        "zelfde uitkomst": one == four,
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0 if one == four else 1


if __name__ == "__main__":
    sys.exit(main())
