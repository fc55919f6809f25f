"""The sentence cache on generated letters, with and without normalised numbers (engine.normalise).

    python benchmarks/cache_normalise.py                # 2,000 letters, ~3 minutes on 2 cores
    python benchmarks/cache_normalise.py --letters 500

Three runs over the same letters (benchmarks/letters.py, every letter
different, per-letter lines included): no cache (the reference), the cache,
and the cache with numbers and initials normalised. Reports CPU seconds,
the speed-ups over the reference, and whether the reports are identical.
Writes benchmarks/results-cache-normalise.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from letters import letters


def run(texts: list[str], nlp, **settings) -> tuple[float, float, list[dict]]:
    from taalcheck.engine.checker import Checker

    checker = Checker(nlp=nlp, **settings)
    cpu, wall = time.process_time(), time.perf_counter()
    reports = [report.to_dict() for report in checker.check_many(texts)]
    return time.process_time() - cpu, time.perf_counter() - wall, reports


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=2000)
    parser.add_argument("--json", default=str(HERE / "results-cache-normalise.json"))
    args = parser.parse_args()
    from taalcheck.nl import pipeline

    nlp = pipeline.shared()
    texts = list(letters(args.letters))
    run(texts[:5], nlp, cache=False)  # warm
    ref_cpu, ref_wall, reference = run(texts, nlp, cache=False)
    cache_cpu, cache_wall, cached = run(texts, nlp, cache=True)
    norm_cpu, norm_wall, normalised = run(texts, nlp, cache=True, normalise=True)
    result = {
        "letters": len(texts),
        "cpu_s": {"no_cache": round(ref_cpu, 2), "cache": round(cache_cpu, 2), "cache_normalised": round(norm_cpu, 2)},
        "wall_s": {"no_cache": round(ref_wall, 2), "cache": round(cache_wall, 2), "cache_normalised": round(norm_wall, 2)},
        "speedup_cpu": {"cache": round(ref_cpu / cache_cpu, 2), "cache_normalised": round(ref_cpu / norm_cpu, 2)},
        "speedup_wall": {"cache": round(ref_wall / cache_wall, 2), "cache_normalised": round(ref_wall / norm_wall, 2)},
        "identical_to_no_cache": {"cache": cached == reference, "cache_normalised": normalised == reference},
        "findings": sum(len(r["findings"]) for r in reference),
    }
    Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
