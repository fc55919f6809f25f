"""Copy a trained pipeline into taalcheck/model/ with our name, version, license and credits.

Why: the package ships the model as plain files that `spacy.load(path)` reads; the
meta must say what it is and that it is CC BY-SA 4.0 (an adaptation of the UD treebanks).
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

from thinc.api import Config

HERE = Path(__file__).resolve().parent
TARGET = HERE.parent / "taalcheck" / "model"
KEEP = ("LICENSE", "README.md")
NEEDED = {"tok2vec", "morphologizer", "parser", "trainable_lemmatizer"}


def scrub_config(path: Path) -> None:
    """Drop the machine-specific training paths from the shipped config (not needed to load)."""
    cfg = Config().from_disk(path, interpolate=False)
    cfg["paths"]["train"] = None
    cfg["paths"]["dev"] = None
    cfg["training"]["logger"]["output_file"] = None
    cfg.to_disk(path)


def ship(source: Path, version: str, scores: dict | None) -> Path:
    meta = json.loads((source / "meta.json").read_text(encoding="utf-8"))
    missing = NEEDED - set(meta.get("pipeline", []))
    if missing:
        raise SystemExit(f"model lacks components: {sorted(missing)}")
    for item in TARGET.iterdir() if TARGET.exists() else []:
        if item.name in KEEP:
            continue
        shutil.rmtree(item) if item.is_dir() else item.unlink()
    TARGET.mkdir(parents=True, exist_ok=True)
    for item in source.iterdir():
        dest = TARGET / item.name
        shutil.copytree(item, dest) if item.is_dir() else shutil.copy2(item, dest)
    meta.update(
        {
            "name": "nl_taalcheck",
            "lang": "nl",
            "version": version,
            "description": "Dutch pipeline for taalcheck: morphology, lemmas, dependencies. "
            "Trained on UD Dutch Alpino/LassySmall plus letter sentences written for taalcheck.",
            "author": "taalcheck",
            "license": "CC BY-SA 4.0",
            "sources": [
                {"name": "UD Dutch Alpino", "author": "Gosse Bouma, Gertjan van Noord", "license": "CC BY-SA 4.0"},
                {"name": "UD Dutch LassySmall", "author": "Gosse Bouma, Gertjan van Noord", "license": "CC BY-SA 4.0"},
            ],
        }
    )
    if scores:
        meta["taalcheck_scores"] = scores
    scrub_config(TARGET / "config.cfg")
    (TARGET / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return TARGET


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("source", type=Path, help="a model-best directory")
    ap.add_argument("--version", required=True)
    ap.add_argument("--scores", type=Path, help="scores.json from evaluate.py, summarised into meta")
    args = ap.parse_args(argv)
    scores = None
    if args.scores:
        full = json.loads(args.scores.read_text(encoding="utf-8"))
        scores = {k: full["scores"][k] for k in ("tests_together", "letters_test") if k in full["scores"]}
    print(ship(args.source, args.version, scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
