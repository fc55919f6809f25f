"""Tag and parse plain sentences (one a line) and print CoNLL-U, as a first draft to correct by hand.

Why: annotating letter sentences from scratch is slow; correcting a model's draft is faster.
The draft is never gold until a person has checked every line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc


def doc_to_conllu(doc: Doc, sent_id: str) -> str:
    """One CoNLL-U block for the whole Doc, treated as a single sentence."""
    lines = [f"# sent_id = {sent_id}", f"# text = {doc.text}"]
    for tok in doc:
        head = 0 if tok.dep_ == "ROOT" or tok.head.i == tok.i else tok.head.i + 1
        dep = "root" if head == 0 else tok.dep_
        feats = str(tok.morph) or "_"
        misc = "_" if tok.whitespace_ or tok.i == len(doc) - 1 else "SpaceAfter=No"
        lines.append("\t".join([str(tok.i + 1), tok.text, tok.lemma_ or tok.text, tok.pos_ or "X", "_", feats, str(head), dep, "_", misc]))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("model", type=Path)
    ap.add_argument("sentences", type=Path, help="UTF-8 file, one sentence a line; '#' lines skipped")
    ap.add_argument("--prefix", default="letter")
    args = ap.parse_args(argv)
    nlp = spacy.load(args.model)
    lines = [ln.strip() for ln in args.sentences.read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    for i, line in enumerate(lines, start=1):
        doc = nlp.make_doc(line)
        # Mark one sentence before parsing: the parser respects preset boundaries.
        for tok in doc:
            tok.is_sent_start = tok.i == 0
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        sys.stdout.write(doc_to_conllu(doc, f"{args.prefix}-{i:03d}") + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
