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


def formal_pron_rate(nlp, examples: list[Example]) -> dict:
    """Share of gold "u"/"uw" tokens that the pipeline tags PRON (tokens aligned by offset)."""
    total = hits = 0
    for doc in nlp.pipe((eg.reference.text for eg in examples), batch_size=64):
        for tok in doc:
            if tok.lower_ in FORMAL:
                total += 1
                hits += tok.pos_ == "PRON"
    return {"formal_u_uw": total, "formal_u_uw_pron": hits,
            "formal_u_uw_pron_rate": round(hits / total, 4) if total else None}


def words_per_second(nlp, texts: list[str], repeats: int = 2) -> float:
    """Best of `repeats` passes of nlp.pipe over raw texts on the current thread settings."""
    best = 0.0
    for _ in range(repeats):
        start = time.perf_counter()
        n = sum(len(doc) for doc in nlp.pipe(texts, batch_size=256))
        best = max(best, n / (time.perf_counter() - start))
    return round(best, 1)


def dir_size_mb(path: Path) -> float:
    total = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return round(total / 1_000_000, 2)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("model", type=Path)
    ap.add_argument("--corpus", type=Path, default=Path(__file__).parent / "corpus")
    ap.add_argument("--out", type=Path, help="write the scores here as JSON")
    ap.add_argument("--extra", type=json.loads, default={}, help="JSON merged into the result")
    args = ap.parse_args(argv)

    nlp = spacy.load(args.model)
    result: dict = {"model": args.model.name, "pipeline": nlp.pipe_names,
                    "spacy": spacy.__version__, "python": platform.python_version(),
                    "omp_num_threads": os.environ.get("OMP_NUM_THREADS")}
    sets = {name: load_examples(nlp, args.corpus / f"{name}.spacy")
            for name in ("dev", "test_alpino", "test_lassy", "letters_test")
            if (args.corpus / f"{name}.spacy").exists()}
    if "test_alpino" in sets and "test_lassy" in sets:
        sets["tests_together"] = sets["test_alpino"] + sets["test_lassy"]
    result["scores"] = {name: score(nlp, egs) for name, egs in sets.items()}
    for name in ("tests_together", "letters_test"):
        if name in sets:
            result["scores"][name].update(formal_pron_rate(nlp, sets[name]))
    texts = [eg.reference.text for name in ("test_alpino", "test_lassy") for eg in sets.get(name, [])]
    result["words_per_second"] = words_per_second(nlp, texts)
    result["size_mb"] = dir_size_mb(args.model)
    result.update(args.extra)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
