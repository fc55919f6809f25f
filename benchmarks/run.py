"""taalcheck benchmarks: one command, prints the ratios the targets are set in.

    sh benchmarks/setup.sh          # once: frog and the Dutch Debian FAQ (Debian packages)
    python benchmarks/run.py        # everything, ~10 minutes on 2 cores
    python benchmarks/run.py --quick

All ratios come from one run on one machine, so they are comparable even when
the absolute numbers depend on the machine. Output is Markdown, ready for
benchmarks/RESULTS.md; ``--json FILE`` also writes the raw numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import peers
from letters import letters
from measure import best_of, count_words, machine, subprocess_runs, subprocess_times, timed

TARGETS = {
    "full_vs_bare": ("≤", 1.3),
    "cache_speedup": ("≥", 10.0),
    "startup_ratio": ("≤", 1.3),
    "peak_rss_2000_mb": ("≤", 500.0),
    "vs_frog": ("≥", 10.0),
}
LONG_VOCAB = (
    "de het een en van in op voor met aan u uw wij brief geld gemeente huis jaar maand week dag werk school kind "
    "ouder betalen krijgen maken lezen schrijven bellen wonen vragen helpen sturen komen gaan nieuw oud groot klein "
    "goed snel later eerst daarna samen thuis buiten vandaag morgen adres formulier afspraak rekening bedrag"
).split()


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def verdict(name: str, value: float) -> str:
    if name not in TARGETS:
        return ""
    op, limit = TARGETS[name]
    ok = value <= limit if op == "≤" else value >= limit
    return f"doel {op} {limit:g}: {'gehaald' if ok else 'NIET gehaald'}"


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        from taalcheck.engine.checker import Checker
        from taalcheck.nl import pipeline

        self.args = args
        shipped = pipeline.model_path()
        self.model = args.model or (str(shipped) if shipped else None)
        shown = self.model.replace(str(ROOT) + os.sep, "") if self.model else "blank nl + simplemma (geen model)"
        self.results: dict[str, object] = {"machine": machine(), "model": shown}  # no machine paths in the results
        say(f"model: {self.results['model']}")
        load = timed(lambda: pipeline.shared(self.model))
        self.nlp = pipeline.shared(self.model)
        self.results["model_components"] = list(self.nlp.pipe_names)
        self.results["model_load_in_process_s"] = round(load.wall, 3)
        self.Checker = Checker
        Checker(nlp=self.nlp).check("Hierbij ontvangt u de brief. Indien u vragen heeft, kunt u bellen.")  # word lists, wordfreq

    def checker(self, cache: bool = True):
        return self.Checker(nlp=self.nlp, cache=cache)

    # -- generated letters --------------------------------------------------

    def generated(self) -> None:
        count = self.args.letters
        texts = list(letters(count, variations=max(1, count // 5)))
        words = sum(count_words(t) for t in texts)
        say(f"{count} gegenereerde brieven ({words} woorden): met cache, zonder cache, n_process=2 ...")
        with_cache = timed(lambda: list(self.checker(cache=True).check_many(texts)))
        without = timed(lambda: list(self.checker(cache=False).check_many(texts)))
        from taalcheck.core.options import CheckOptions
        from taalcheck.engine.parallel import check_parallel

        parallel = timed(lambda: list(check_parallel(texts, CheckOptions(), n_process=2, model=self.model)))
        self.results["letters"] = {
            "count": count,
            "words": words,
            "cache_s": with_cache.wall,
            "cache_cpu_s": with_cache.cpu,
            "nocache_s": without.wall,
            "nocache_cpu_s": without.cpu,
            "n_process_2_s": parallel.wall,
            "letters_per_s_cache": count / with_cache.wall,
            "letters_per_s_nocache": count / without.wall,
            "letters_per_s_n_process_2": count / parallel.wall,
        }
        self.results["cache_speedup"] = without.wall / with_cache.wall

    # -- corpus and FAQ: full check against the bare pipeline ---------------

    def throughput(self, name: str, texts: list[str], repeat: int) -> dict[str, float]:
        import spacy

        words = sum(count_words(t) for t in texts)
        blank = spacy.blank("nl")
        blank.max_length = 2_000_000
        say(f"{name}: {words} woorden, {repeat}x volledige check / kaal spaCy / spacy.blank ...")
        full = best_of(lambda: list(self.checker().check_many(texts)), repeat)
        bare = best_of(lambda: list(self.nlp.pipe(texts)), repeat)
        tokens = best_of(lambda: list(blank.pipe(texts)), repeat)
        return {
            "words": words,
            "full_s": full.wall,
            "full_cpu_s": full.cpu,
            "bare_s": bare.wall,
            "bare_cpu_s": bare.cpu,
            "blank_s": tokens.wall,
            "words_per_s_full": words / full.wall,
            "words_per_s_bare": words / bare.wall,
            "words_per_s_blank": words / tokens.wall,
            "full_vs_bare": full.wall / bare.wall,
            "full_vs_bare_cpu": full.cpu / bare.cpu,
            "full_vs_blank": full.wall / tokens.wall,
        }

    def corpus(self) -> None:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "brieven").glob("*.txt"))]
        self.results["corpus"] = self.throughput("corpus", texts, self.args.repeat)
        self.results["full_vs_bare"] = self.results["corpus"]["full_vs_bare"]

    def faq(self) -> None:
        text, source = peers.faq_text()
        if text is None:
            self.results["faq"] = {"skipped": source}
            return
        self.results["faq"] = {"source": source, **self.throughput("Debian FAQ", [text], max(1, self.args.repeat // 2))}

    def frog(self) -> None:
        text, source = peers.faq_text()
        version = peers.frog_version()
        if text is None or version is None:
            self.results["frog"] = {"skipped": source if text is None else peers.FROG_SKIP_NOTE}
            return
        sample = peers.first_words(text, self.args.frog_words)
        words = count_words(sample)
        say(f"frog ({version}) op {words} woorden van de FAQ, 1 thread ...")
        ours = best_of(lambda: list(self.checker().check_many([sample])), 2)
        frog = peers.frog_throughput(sample, words, threads=1)
        assert frog is not None
        if frog["tokens"] < words // 2:
            raise RuntimeError(f"frog gaf maar {frog['tokens']} regels uitvoer voor {words} woorden")
        ours_wps = words / ours.wall
        self.results["frog"] = {
            "version": version,
            "words": words,
            "taalcheck_s": ours.wall,
            "taalcheck_cpu_s": ours.cpu,
            "taalcheck_words_per_s": ours_wps,
            **{f"frog_{k}": v for k, v in frog.items()},
        }
        self.results["vs_frog"] = ours_wps / frog["words_per_s_wall"]
        self.results["vs_frog_cpu"] = (words / ours.cpu) / frog["words_per_s_cpu"]

    # -- start-up, memory, one very long sentence ---------------------------

    def startup(self) -> None:
        import tempfile

        from taalcheck.nl import pipeline

        letters = sorted((ROOT / "corpus" / "brieven").glob("*.txt"))
        repeat = self.args.startup_repeat
        chosen = [letters[i * len(letters) // repeat] for i in range(repeat)]  # a different short letter each run
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")]))}
        shipped = pipeline.model_path()
        load = f"import spacy; spacy.load({str(shipped)!r})" if shipped else "import spacy; spacy.blank('nl')"
        say(f"opstarten: taalcheck check (één brief, {repeat} verschillende) tegen `{load}`, {repeat}x ...")
        check = [sys.executable, "-m", "taalcheck", "check"]
        with tempfile.TemporaryDirectory() as empty:  # the first run ever: tables still to build
            cold = subprocess_runs([[*check, str(chosen[0])]], {**env, "TAALCHECK_TABLES": empty})
        ours = subprocess_runs([[*check, str(letter)] for letter in chosen], env)
        bare = subprocess_times([sys.executable, "-c", load], repeat, env)
        helptime = subprocess_times([sys.executable, "-m", "taalcheck", "--help"], repeat, env)
        self.results["startup"] = {
            "reference": load.replace(str(ROOT) + os.sep, ""),
            "letters": [letter.name for letter in chosen],
            "taalcheck_check": ours,
            "taalcheck_check_first_run": cold,
            "model_load": bare,
            "taalcheck_help": helptime,
        }
        self.results["startup_ratio"] = ours["wall_min"] / bare["wall_min"]
        self.results["startup_ratio_cpu"] = ours["cpu_min"] / bare["cpu_min"]
        self.results["startup_ratio_cpu_median"] = ours["cpu_median"] / bare["cpu_median"]

    def memory(self) -> None:
        out = {}
        small = max(100, self.args.letters * 2)  # a bound the 10,000 letters fill early: RSS must then stay flat
        for count, bound in ((self.args.letters, None), (self.args.memory_letters, None), (self.args.memory_letters, small)):
            say(f"geheugen: {count} brieven in een nieuw proces (cachegrens {bound or 'standaard'}) ...")
            argv = [sys.executable, str(HERE / "memory.py"), str(count), "--every", str(max(1, count // 10))]
            if self.model:
                argv += ["--model", self.model]
            if bound:
                argv += ["--cache-size", str(bound)]
            env = {**os.environ, "PYTHONPATH": str(ROOT)}
            done = subprocess.run(argv, capture_output=True, text=True, env=env, check=True)
            out[f"{count}" + (f"/{bound}" if bound else "")] = json.loads(done.stdout)
        self.results["memory"] = out
        self.results["peak_rss_2000_mb"] = out[str(self.args.letters)]["peak_rss_mb"]

    def long_sentence(self) -> None:
        rng = random.Random(9)
        rows = []
        for words in self.args.long_words:
            text = " ".join(rng.choice(LONG_VOCAB) for _ in range(words))
            say(f"één zin van {words} woorden zonder leestekens ...")
            took = timed(lambda text=text: self.checker(cache=False).check(text))
            rows.append({"words": words, "s": took.wall, "cpu_s": took.cpu, "us_per_word": took.wall / words * 1e6})
        self.results["long_sentence"] = rows


def markdown(r: dict) -> str:
    m = r["machine"]
    lines = [
        f"Machine: {m['cpu']}, {m['cores']} kernen, Python {m['python']}, spaCy {m['spacy']}, {m['os']}; "
        f"load bij start {m['load_at_start']}.",
        f"Model: `{r['model']}` ({', '.join(r['model_components'])}).",
        "",
        "| meting | waarde | verhouding | doel |",
        "|---|---|---|---|",
    ]

    def row(name: str, value: str, ratio: float | None = None, key: str = "") -> None:
        lines.append(
            f"| {name} | {value} | {'' if ratio is None else f'{ratio:.2f}'} | {verdict(key, ratio) if ratio is not None else ''} |"
        )

    if "letters" in r:
        L = r["letters"]
        row(f"{L['count']} brieven, met cache", f"{L['letters_per_s_cache']:.0f} brieven/s")
        row(f"{L['count']} brieven, zonder cache", f"{L['letters_per_s_nocache']:.1f} brieven/s")
        row("cache: sneller met factor", "", r["cache_speedup"], "cache_speedup")
        row(
            f"{L['count']} brieven, cache, n_process=2 (incl. start workers)",
            f"{L['letters_per_s_n_process_2']:.0f} brieven/s",
            L["letters_per_s_n_process_2"] / L["letters_per_s_cache"],
        )
    for key, label in (("corpus", "corpus"), ("faq", "Debian FAQ")):
        c = r.get(key)
        if c is None:
            continue
        if "skipped" in c:
            lines.append(f"| {label} | overgeslagen: {c.get('skipped', '')} | | |")
            continue
        row(f"{label}: volledige check ({c['words']} woorden)", f"{c['words_per_s_full']:.0f} woorden/s")
        row(f"{label}: kaal spaCy (`nlp.pipe`, zelfde model)", f"{c['words_per_s_bare']:.0f} woorden/s")
        row(f'{label}: `spacy.blank("nl")` tokeniseren', f"{c['words_per_s_blank']:.0f} woorden/s")
        row(
            f"{label}: check ÷ kaal spaCy (tijd; cpu {c['full_vs_bare_cpu']:.2f})",
            "",
            c["full_vs_bare"],
            "full_vs_bare" if key == "corpus" else "",
        )
        row(f"{label}: check ÷ blank tokeniseren (tijd)", "", c["full_vs_blank"])
    f = r.get("frog", {})
    if "skipped" in f:
        lines.append(f"| Frog | overgeslagen: {f['skipped']} | | |")
    elif f:
        row(
            f"Frog ({f['version']}, 1 thread), {f['words']} woorden FAQ, zonder opstarttijd",
            f"{f['frog_words_per_s_wall']:.0f} woorden/s (opstarten {f['frog_startup_wall']:.1f} s)",
        )
        row("taalcheck, zelfde tekst", f"{f['taalcheck_words_per_s']:.0f} woorden/s")
        row(f"taalcheck ÷ Frog (woorden/s; cpu {r['vs_frog_cpu']:.2f})", "", r["vs_frog"], "vs_frog")
    if "startup" in r:
        s = r["startup"]
        c, m = s["taalcheck_check"], s["model_load"]
        row("`taalcheck check` één brief (min)", f"{c['wall_min']:.2f} s (cpu {c['cpu_min']:.2f} s; mediaan cpu {c['cpu_median']:.2f} s)")
        row(f"`{s['reference']}` (min)", f"{m['wall_min']:.2f} s (cpu {m['cpu_min']:.2f} s; mediaan cpu {m['cpu_median']:.2f} s)")
        ratios = f"cpu {r['startup_ratio_cpu']:.2f}; mediaan cpu {r['startup_ratio_cpu_median']:.2f}"
        row(f"opstarten ÷ model laden (tijd; {ratios})", "", r["startup_ratio"], "startup_ratio")
        first = s["taalcheck_check_first_run"]
        row("`taalcheck check`, allereerste keer (tabellen bouwen)", f"{first['wall_min']:.2f} s (cpu {first['cpu_min']:.2f} s)")
        row("`taalcheck --help` (min)", f"{s['taalcheck_help']['wall_min']:.2f} s")
    for count, mem in r.get("memory", {}).items():
        samples = ", ".join(f"{x['letters']}: {x['rss_mb']:.0f} MB/{x['cache_entries']}" for x in mem["samples"])
        key = "peak_rss_2000_mb" if mem["letters"] == r.get("letters", {}).get("count") else ""
        row(
            f"piekgeheugen {count} brieven (cachegrens {mem['cache_size']})",
            f"{mem['peak_rss_mb']:.0f} MB (na laden {mem['rss_after_load_mb']:.0f} MB)",
            mem["peak_rss_mb"] if key else None,
            key,
        )
        lines.append(f"| &nbsp;&nbsp;verloop (brieven: RSS/cache-items) | {samples} | | |")
    rows = r.get("long_sentence", [])
    if rows:
        base = rows[0]
        for x in rows:
            row(f"één zin zonder leestekens, {x['words']} woorden", f"{x['s']:.1f} s ({x['us_per_word']:.0f} µs/woord)", x["s"] / base["s"])
        lines.append(f"| &nbsp;&nbsp;(verhouding t.o.v. {base['words']} woorden; lineair = woorden ÷ {base['words']}) | | | |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="taalcheck benchmarks")
    parser.add_argument("--model", help="spaCy-model (map); standaard het meegeleverde model")
    parser.add_argument("--quick", action="store_true", help="kleinere aantallen, voor een snelle controle")
    parser.add_argument(
        "--only", nargs="*", default=None, choices=["generated", "corpus", "faq", "frog", "startup", "memory", "long_sentence"]
    )
    parser.add_argument("--json", help="schrijf de ruwe cijfers ook naar dit bestand")
    args = parser.parse_args(argv)
    args.letters, args.memory_letters = (200, 1000) if args.quick else (2000, 10000)
    args.repeat, args.startup_repeat = (2, 3) if args.quick else (5, 7)
    args.frog_words = 800 if args.quick else 3000
    args.long_words = (5_000, 10_000, 20_000) if args.quick else (50_000, 100_000, 200_000)

    started = time.perf_counter()
    bench = Bench(args)
    for step in args.only or ["generated", "corpus", "faq", "frog", "startup", "memory", "long_sentence"]:
        getattr(bench, step)()
    bench.results["total_s"] = time.perf_counter() - started
    print(markdown(bench.results))
    if args.json:
        Path(args.json).write_text(json.dumps(bench.results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
