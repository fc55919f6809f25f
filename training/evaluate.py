"""Score a trained pipeline on dev, each test file, both tests together and the letter test set.

Why a script of our own: `spacy evaluate` scores one file at a time and knows nothing of the
"u"/"uw" rate or of speed on one core; the README and SCORES.md need all of it from one run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

METRICS = ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
FORMAL = {"u", "uw"}


def load_examples(nlp, path: Path) -> list[Example]:
    docs = DocBin().from_disk(path).get_docs(nlp.vocab)
    return [Example(nlp.make_doc(doc.text), doc) for doc in docs]


def score(nlp, examples: list[Example]) -> dict:
    scores = nlp.evaluate(examples, batch_size=64)
    out = {m: round(float(scores[m]), 4) for m in METRICS if scores.get(m) is not None}
    out["words"] = sum(len(eg.reference) for eg in examples)
    return out


def per_sentence(nlp, examples: list[Example]) -> list[Example]:
    """One Example per gold sentence: scores with sentence boundaries given, as in the checker,
    which segments letters itself before the parser runs."""
    out = []
    for eg in examples:
        for sent in eg.reference.sents:
            ref = sent.as_doc()
            out.append(Example(nlp.make_doc(ref.text), ref))
    return out


def formal_pron_rate_raw(nlp, texts: list[str]) -> dict:
    """Share of "u"/"uw" tagged PRON in real letter texts (no gold needed: there they are always
    the formal pronoun)."""
    total = hits = 0
    for doc in nlp.pipe(texts, batch_size=16):
        for tok in doc:
            if tok.lower_ in FORMAL:
                total += 1
                hits += tok.pos_ == "PRON"
    return {"formal_u_uw": total, "formal_u_uw_pron": hits, "formal_u_uw_pron_rate": round(hits / total, 4) if total else None}


def formal_pron_rate(nlp, examples: list[Example]) -> dict:
    """Share of gold "u"/"uw" tokens that the pipeline tags PRON (tokens aligned by offset)."""
    total = hits = 0
    for doc in nlp.pipe((eg.reference.text for eg in examples), batch_size=64):
        for tok in doc:
            if tok.lower_ in FORMAL:
                total += 1
                hits += tok.pos_ == "PRON"
    return {"formal_u_uw": total, "formal_u_uw_pron": hits, "formal_u_uw_pron_rate": round(hits / total, 4) if total else None}


def words_per_second(nlp, texts: list[str], repeats: int = 2) -> tuple[float, float]:
    """Best of `repeats` passes of nlp.pipe over raw texts: words per wall-clock second and per
    CPU second of this process (the second is fairer on a busy shared machine)."""
    best_wall = best_cpu = 0.0
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        n = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
        best_wall = max(best_wall, n / (time.perf_counter() - wall))
        best_cpu = max(best_cpu, n / (time.process_time() - cpu))
    return round(best_wall, 1), round(best_cpu, 1)


def dir_size_mb(path: Path) -> float:
    total = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return round(total / 1_000_000, 2)


def markdown(result: dict) -> str:
    """A SCORES.md table of the measured numbers (percentages, as spaCy prints them)."""
    cols = ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f", "words")
    lines = [
        f"# Scores of `{result.get('run', result['model'])}`",
        "",
        "Measured by `training/evaluate.py` (written by `training/train.sh`); do not edit by hand.",
        "",
        "| set | POS | morph | lemma | UAS | LAS | sent F | words | u/uw PRON |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, sc in result["scores"].items():
        if "pos_acc" not in sc:
            continue
        cells = [f"{100 * sc[c]:.2f}" if c in sc and c != "words" else str(sc.get(c, "")) for c in cols]
        rate = sc.get("formal_u_uw_pron_rate")
        formal = f"{sc['formal_u_uw_pron']}/{sc['formal_u_uw']}" if rate is not None else ""
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {formal} |")
    raw = result["scores"].get("project_letters_u_uw")
    lines.append("")
    if raw:
        lines.append(
            f"u/uw tagged PRON in the {raw['files']} letters of `corpus/brieven/` (never trained on): "
            f"{raw['formal_u_uw_pron']}/{raw['formal_u_uw']} = {100 * (raw['formal_u_uw_pron_rate'] or 0):.1f}%."
        )
    lines += [
        "",
        f"- speed: {result['words_per_second']:.0f} words/s (nlp.pipe over both test files, one thread; "
        f"load average {result.get('load_average_1min', '?')} on the shared 2-core machine); "
        f"{result.get('words_per_cpu_second', 0):.0f} words per CPU second",
        f"- size: {result['size_mb']} MB",
        f"- spaCy {result['spacy']}, Python {result['python']}",
    ]
    for key in ("seed", "train_wall_seconds"):
        if key in result:
            lines.append(f"- {key.replace('_', ' ')}: {result[key]}")
    lines += [
        "",
        "`tests_together` scores the test files as written (10 sentences a document, the parser finds",
        "the sentence ends); `tests_together_gold_sentences` gives it one gold sentence at a time.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("model", type=Path, nargs="?", help="a trained pipeline directory")
    ap.add_argument("--render", type=Path, help="only turn an earlier scores JSON into --markdown")
    ap.add_argument("--corpus", type=Path, default=Path(__file__).parent / "corpus")
    ap.add_argument("--out", type=Path, help="write the scores here as JSON")
    ap.add_argument(
        "--letters-dir",
        type=Path,
        default=Path(__file__).parents[1] / "corpus" / "brieven",
        help="plain-text letters (never trained on) for the u/uw PRON rate",
    )
    ap.add_argument("--markdown", type=Path, help="also write a SCORES.md table here")
    ap.add_argument("--extra", type=json.loads, default={}, help="JSON merged into the result")
    args = ap.parse_args(argv)
    if args.render:
        args.markdown.write_text(markdown(json.loads(args.render.read_text(encoding="utf-8"))), encoding="utf-8")
        return 0
    if args.model is None:
        ap.error("give a model directory, or --render SCORES_JSON --markdown OUT")

    nlp = spacy.load(args.model)
    result: dict = {
        "model": args.model.name,
        "pipeline": nlp.pipe_names,
        "spacy": spacy.__version__,
        "python": platform.python_version(),
        "omp_num_threads": os.environ.get("OMP_NUM_THREADS"),
    }
    sets = {
        name: load_examples(nlp, args.corpus / f"{name}.spacy")
        for name in ("dev", "test_alpino", "test_lassy", "letters_test")
        if (args.corpus / f"{name}.spacy").exists()
    }
    if "test_alpino" in sets and "test_lassy" in sets:
        sets["tests_together"] = sets["test_alpino"] + sets["test_lassy"]
        sets["tests_together_gold_sentences"] = per_sentence(nlp, sets["tests_together"])
    result["scores"] = {name: score(nlp, egs) for name, egs in sets.items()}
    letter_files = sorted(args.letters_dir.glob("*.txt")) if args.letters_dir.is_dir() else []
    if letter_files:
        result["scores"]["project_letters_u_uw"] = formal_pron_rate_raw(nlp, [f.read_text(encoding="utf-8") for f in letter_files])
        result["scores"]["project_letters_u_uw"]["files"] = len(letter_files)
    for name in ("tests_together", "letters_test"):
        if name in sets:
            result["scores"][name].update(formal_pron_rate(nlp, sets[name]))
    texts = [eg.reference.text for name in ("test_alpino", "test_lassy") for eg in sets.get(name, [])]
    result["words_per_second"], result["words_per_cpu_second"] = words_per_second(nlp, texts)
    result["load_average_1min"] = round(os.getloadavg()[0], 2)  # the machine is shared: context for speed
    result["size_mb"] = dir_size_mb(args.model)
    result.update(args.extra)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(markdown(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
