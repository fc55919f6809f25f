"""Where one process spends its CPU time: per rule and per stage, as ratios to the bare parse.

    python benchmarks/profile_rules.py                  # 300 generated letters, sentence cache off
    python benchmarks/profile_rules.py --letters 150 --profile 40
    python benchmarks/profile_rules.py --runs 3 --json uitkomst.json

The baseline is measured in the same run: the same segments of the same
letters through ``nlp.pipe`` of the same model, no rules ("kaal parsen").
Every figure is CPU time of this process (``time.process_time``): the
machine is shared, wall time says more about the neighbours than about us.
The bare parse and the check take turns, a few letters at a time, so a
neighbour's busy minute slows both: their ratio is the figure to compare
between two versions of taalcheck (the parse is the same model in both).
A last pass wraps every rule and the verification stages to split the time
up (the wrappers add a little time; the split is a share, not a stopwatch).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from letters import letters


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def cpu(func: Callable[[], object]) -> float:
    start = time.process_time()
    func()
    return time.process_time() - start


def segment_texts(texts: list[str]) -> list[str]:
    """The texts the checker hands to the model: the same segments and pieces."""
    from taalcheck.core.document import Document
    from taalcheck.engine.checker import _chunks, masked_text
    from taalcheck.nl.segment import segments

    out = []
    for text in texts:
        doc = Document(text=text)
        masked = masked_text(doc)
        out.extend(masked[p.start : p.end] for seg in segments(masked, doc.breaks) for p in _chunks(seg, masked))
    return out


def bare_parse(nlp: Any, segs: list[str]) -> None:
    """spaCy's own ``nlp.pipe`` with its default batch size: the same baseline for every version of taalcheck."""
    from taalcheck.nl import pipeline

    with pipeline.memory_zone(nlp):
        for _ in nlp.pipe(segs):
            pass


class Stages:
    """CPU seconds per stage, from wrappers around rules and verification (restored afterwards)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.where = "regels"  # "regels" (first pass) or "controle" (rules on edited sentences)

    def wrap(self, name: str, func: Callable, by_stage: bool = False) -> Callable:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                result = func(*args, **kwargs)
                return list(result) if by_stage else result  # a generator's work happens here, not later
            finally:
                self.seconds[f"{self.where}: {name}" if by_stage else name] += time.process_time() - start

        return timed

    @contextmanager
    def installed(self) -> Iterator[None]:
        from taalcheck import rules as registry
        from taalcheck.engine import checker, verification

        saved: list[tuple[Any, str, Any]] = []

        def patch(owner: Any, attr: str, new: Any) -> None:
            saved.append((owner, attr, owner.__dict__.get(attr)))
            setattr(owner, attr, new)

        for rule in registry.RULES.values():
            patch(rule, "check", self.wrap(rule.code, rule.check, by_stage=True))
            if rule.document_level:
                patch(rule, "collect", self.wrap(f"{rule.code} collect", rule.collect, by_stage=True))
        verify_fixes = verification.verify_fixes

        def verify_all(*args: Any) -> Any:
            self.where = "controle"
            try:
                return self.wrap("controle veilige verbeteringen (totaal)", verify_fixes)(*args)
            finally:
                self.where = "regels"

        patch(verification, "verify_fixes", verify_all)
        patch(verification, "_check_proposals", self.wrap("controle voorstellen (totaal)", verification._check_proposals))
        pipe = verification._pipe
        patch(verification, "_pipe", self.wrap("controle: parsen", lambda *a: list(pipe(*a))))
        patch(checker.Checker, "_assemble", self.wrap("brief samenstellen (documentregels)", checker.Checker._assemble))
        try:
            yield
        finally:
            for owner, attr, old in reversed(saved):
                if old is None:
                    delattr(owner, attr)
                else:
                    setattr(owner, attr, old)


def interleaved(nlp: Any, texts: list[str], chunk: int) -> tuple[float, float]:
    """CPU seconds of the bare parse and of the full check, measured chunk by chunk in turn.

    On a shared machine the speed of a core changes from minute to minute;
    small alternating steps give both sides the same conditions, so their
    ratio holds even when the absolute figures drift.
    """
    from taalcheck.engine.checker import Checker

    checker = Checker(nlp=nlp, cache=False)
    bare = full = 0.0
    for start in range(0, len(texts), chunk):
        part = texts[start : start + chunk]
        segs = segment_texts(part)
        bare += cpu(lambda segs=segs: bare_parse(nlp, segs))
        full += cpu(lambda part=part: list(checker.check_many(part)))
    return bare, full


def measure(args: argparse.Namespace) -> dict[str, Any]:
    from taalcheck.engine.checker import Checker
    from taalcheck.nl import pipeline

    nlp = pipeline.shared()
    texts = list(letters(args.letters))
    list(Checker(nlp=nlp, cache=False).check_many(texts[:10]))  # word lists and tables loaded before the clock
    segs = segment_texts(texts)
    say(f"{len(texts)} brieven, {len(segs)} stukken tekst; {args.runs}x kaal parsen en volledige check, om en om ...")
    bare, full = [], []
    for _ in range(args.runs):
        b, f = interleaved(nlp, texts, args.chunk)
        bare.append(b)
        full.append(f)
    stages = Stages()
    with stages.installed() if args.stages else nullcontext():
        profiler = cProfile.Profile() if args.profile else None
        total = cpu(lambda: _check(Checker(nlp=nlp, cache=False), texts, profiler)) if args.stages or profiler else 0.0
    if profiler is not None:
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(args.profile)
    base = statistics.median(bare)
    return {
        "letters": len(texts),
        "segments": len(segs),
        "bare_parse_cpu_s": bare,
        "check_cpu_s": full,
        "check_vs_parse_runs": [f / b for b, f in zip(bare, full, strict=True)],
        "bare_parse_cpu_median_s": base,
        "check_cpu_median_s": statistics.median(full),
        "check_vs_parse": statistics.median(f / b for b, f in zip(bare, full, strict=True)),
        "instrumented_cpu_s": total,
        "stages_cpu_s": dict(sorted(stages.seconds.items(), key=lambda kv: -kv[1])),
    }


def _check(checker: Any, texts: list[str], profiler: cProfile.Profile | None) -> None:
    if profiler is None:
        list(checker.check_many(texts))
        return
    profiler.enable()
    list(checker.check_many(texts))
    profiler.disable()


def num(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def markdown(r: dict[str, Any]) -> str:
    base = r["bare_parse_cpu_median_s"]
    runs = "; ".join(num(x) for x in r["check_vs_parse_runs"])
    lines = [
        f"{r['letters']} gegenereerde brieven ({r['segments']} stukken tekst), zonder cache; cpu-tijd, mediaan van "
        f"{len(r['check_cpu_s'])} runs.",
        "",
        "| onderdeel | cpu (s) | × kaal parsen |",
        "|---|---|---|",
        f"| kaal parsen (`nlp.pipe`, geen regels) | {num(base)} | 1,00 |",
        f"| volledige check (verhouding per run: {runs}) | {num(r['check_cpu_median_s'])} | {num(r['check_vs_parse'])} |",
    ]
    if r["instrumented_cpu_s"]:
        lines.append(f"| volledige check met meetpunten | {num(r['instrumented_cpu_s'])} | {num(r['instrumented_cpu_s'] / base)} |")
    for name, seconds in r["stages_cpu_s"].items():
        lines.append(f"| &nbsp;&nbsp;{name} | {num(seconds)} | {num(seconds / base)} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3, help="zo vaak kaal parsen en volledige check meten")
    parser.add_argument("--chunk", type=int, default=10, help="brieven per stap; parsen en check wisselen elkaar af")
    parser.add_argument("--profile", type=int, default=0, help="ook cProfile: de N duurste functies (naar stderr)")
    parser.add_argument("--no-stages", dest="stages", action="store_false", help="alleen de verhouding, zonder meetpunten")
    parser.add_argument("--json", help="schrijf de ruwe cijfers ook naar dit bestand")
    args = parser.parse_args(argv)
    results = measure(args)
    print(markdown(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
