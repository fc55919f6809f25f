"""Where one process spends its CPU time: per rule and per stage, as ratios to the bare parse.

    python benchmarks/profile_rules.py                  # 300 generated letters, sentence cache off
    python benchmarks/profile_rules.py --letters 150 --profile 40
    python benchmarks/profile_rules.py --runs 3 --json uitkomst.json

The baseline is measured in the same run: the same segments of the same
letters through ``nlp.pipe`` of the same model, no rules ("kaal parsen").
Every figure is CPU time of this process (``time.process_time``): the
machine is shared, wall time says more about the neighbours than about us.
A first pass times the whole check without instrumentation; a second pass
wraps every rule and the verification stages to split the time up (the
wrappers add a little time; the split is a share, not a stopwatch).
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
from contextlib import contextmanager
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
    from taalcheck.nl import pipeline

    with pipeline.memory_zone(nlp):
        for _ in nlp.pipe(segs, batch_size=pipeline.batch_size(segs)):
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


def measure(args: argparse.Namespace) -> dict[str, Any]:
    from taalcheck.engine.checker import Checker
    from taalcheck.nl import pipeline

    nlp = pipeline.shared()
    Checker(nlp=nlp, cache=False).check("Hierbij ontvangt u de brief. Indien u vragen heeft, kunt u bellen.")  # lists loaded
    texts = list(letters(args.letters))
    segs = segment_texts(texts)
    say(f"{len(texts)} brieven, {len(segs)} stukken tekst; {args.runs}x kaal parsen en volledige check ...")
    bare, full = [], []
    for _ in range(args.runs):  # alternately, so a busy moment hits both
        bare.append(cpu(lambda: bare_parse(nlp, segs)))
        full.append(cpu(lambda: list(Checker(nlp=nlp, cache=False).check_many(texts))))
    stages = Stages()
    with stages.installed():
        profiler = cProfile.Profile() if args.profile else None
        total = cpu(lambda: _check(Checker(nlp=nlp, cache=False), texts, profiler))
    if profiler is not None:
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(args.profile)
    base = statistics.median(bare)
    return {
        "letters": len(texts),
        "segments": len(segs),
        "bare_parse_cpu_s": bare,
        "check_cpu_s": full,
        "bare_parse_cpu_median_s": base,
        "check_cpu_median_s": statistics.median(full),
        "check_vs_parse": statistics.median(full) / base,
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
    runs = "; ".join(num(x) for x in r["check_cpu_s"])
    lines = [
        f"{r['letters']} gegenereerde brieven ({r['segments']} stukken tekst), zonder cache; cpu-tijd, mediaan van "
        f"{len(r['check_cpu_s'])} runs.",
        "",
        "| onderdeel | cpu (s) | × kaal parsen |",
        "|---|---|---|",
        f"| kaal parsen (`nlp.pipe`, geen regels) | {num(base)} | 1,00 |",
        f"| volledige check (runs: {runs}) | {num(r['check_cpu_median_s'])} | {num(r['check_vs_parse'])} |",
        f"| volledige check met meetpunten | {num(r['instrumented_cpu_s'])} | {num(r['instrumented_cpu_s'] / base)} |",
    ]
    for name, seconds in r["stages_cpu_s"].items():
        lines.append(f"| &nbsp;&nbsp;{name} | {num(seconds)} | {num(seconds / base)} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3, help="kaal parsen en volledige check, om en om")
    parser.add_argument("--profile", type=int, default=0, help="ook cProfile: de N duurste functies (naar stderr)")
    parser.add_argument("--json", help="schrijf de ruwe cijfers ook naar dit bestand")
    args = parser.parse_args(argv)
    results = measure(args)
    print(markdown(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
