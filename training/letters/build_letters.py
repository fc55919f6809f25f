"""Build the letter CoNLL-U files from the hand-written compact annotation.

Why: writing ten CoNLL-U columns by hand is slow and error-prone. `gold.txt` holds one
sentence a line: `NNN tok tok ...`, each token `form[:lemma]/UPOS>head.deprel[{Feats}]`,
checked here against spaCy's own tokenization of the sentence text. FEATS come from the
annotation when given, else from the most frequent FEATS of (form, UPOS) in the UD train
file, else (optionally) from a draft model when it agrees on UPOS; the formal pronouns have
fixed values. Every 5th sentence (60 in all) is held out
as the letter test set; the rest is training data.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

import spacy

HERE = Path(__file__).resolve().parent
TOKEN = re.compile(r"^(?P<left>.+)/(?P<upos>[A-Z]+)>(?P<head>\d+)\.(?P<dep>[a-z:]+)(?:\{(?P<feats>[^}]*)\})?$")
FIXED_FEATS = {
    ("u", "PRON"): "Case=Nom|Person=2|PronType=Prs",
    ("uw", "PRON"): "Person=2|Poss=Yes|PronType=Prs",
}
UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}
KEEP_FORM = {"PROPN", "NUM", "SYM", "PUNCT", "X"}
FINITE_PRES_SING = "Number=Sing|Tense=Pres|VerbForm=Fin"


def lexicon(path: Path) -> tuple[dict, dict]:
    """Most frequent FEATS and LEMMA per (lowercased form, UPOS) in a CoNLL-U file."""
    feats: dict = collections.defaultdict(collections.Counter)
    lemmas: dict = collections.defaultdict(collections.Counter)
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            key = (cols[1].lower(), cols[3])
            feats[key][cols[5]] += 1
            lemmas[key][cols[2]] += 1
    return feats, lemmas


def default_lemma(form: str, upos: str) -> str:
    if upos in KEEP_FORM:
        return form
    return form.lower() if form[1:] == form[1:].lower() else form


def build_sentence(sid: str, text: str, toks: list[str], nlp, feats_lex, lemma_lex, warn, draft=None) -> str:
    doc = nlp.make_doc(text)
    guess = draft(text) if draft is not None else None
    if len(doc) != len(toks):
        raise ValueError(f"{sid}: {len(toks)} annotated tokens, tokenizer gives {len(doc)}: {[t.text for t in doc]}")
    rows = []
    for i, (tok, spec) in enumerate(zip(doc, toks, strict=False), start=1):
        m = TOKEN.match(spec)
        if not m:
            raise ValueError(f"{sid}: cannot read token {spec!r}")
        left, upos, head, dep = m["left"], m["upos"], int(m["head"]), m["dep"]
        if upos not in UPOS:
            raise ValueError(f"{sid}: bad UPOS in {spec!r}")
        if left == tok.text:
            lemma = default_lemma(tok.text, upos)
        elif left.startswith(tok.text + ":"):
            lemma = left[len(tok.text) + 1 :]
        else:
            raise ValueError(f"{sid}: token {i} is {tok.text!r} but annotation says {spec!r}")
        if head > len(doc) or head == i or (head == 0) != (dep == "root"):
            raise ValueError(f"{sid}: bad head/deprel in {spec!r}")
        key = (tok.text.lower(), upos)
        feats = m["feats"] if m["feats"] is not None else FIXED_FEATS.get(key)
        if feats is None:
            seen = feats_lex.get(key)
            feats = seen.most_common(1)[0][0] if seen else "_"
            if not seen and guess is not None and len(guess) == len(doc) and guess[i - 1].pos_ == upos:
                feats = str(guess[i - 1].morph) or "_"  # draft model's FEATS where the word is unseen
            if not seen and upos == "VERB" and i == 1 and dep == "root":
                feats = FINITE_PRES_SING  # imperative: finite present singular, as in Alpino
        known = lemma_lex.get(key)
        if known:
            best, n = known.most_common(1)[0]
            if best != lemma and n >= 0.8 * sum(known.values()) and dep != "root" and i != 1:
                warn(f"{sid}: lemma {tok.text}/{upos} = {lemma!r}, treebank mostly {best!r}")
        misc = "_" if tok.whitespace_ or i == len(doc) else "SpaceAfter=No"
        rows.append([str(i), tok.text, lemma, upos, "_", feats or "_", str(head), dep, "_", misc])
    roots = sum(r[7] == "root" for r in rows)
    if roots != 1:
        raise ValueError(f"{sid}: {roots} roots")
    check_tree(sid, rows)
    lines = [f"# sent_id = letters-{sid}", f"# text = {text}"] + ["\t".join(r) for r in rows]
    return "\n".join(lines) + "\n"


def check_tree(sid: str, rows: list[list[str]]) -> None:
    """Every token must reach the root without a cycle."""
    heads = {int(r[0]): int(r[6]) for r in rows}
    for start in heads:
        seen, node = set(), start
        while node != 0:
            if node in seen:
                raise ValueError(f"{sid}: cycle through token {start}")
            seen.add(node)
            node = heads[node]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--train-ud", type=Path, default=HERE.parents[2] / "shared" / "ud" / "split" / "train.conllu")
    ap.add_argument("--test-every", type=int, default=5)
    ap.add_argument("--draft-model", type=Path, help="trained pipeline whose FEATS fill unseen words")
    args = ap.parse_args(argv)
    texts = [ln.strip() for ln in (HERE / "sentences.txt").read_text(encoding="utf-8").splitlines()]
    texts = [t for t in texts if t and not t.startswith("#")]
    feats_lex, lemma_lex = lexicon(args.train_ud)
    nlp = spacy.blank("nl")
    draft = spacy.load(args.draft_model) if args.draft_model else None
    warnings: list[str] = []
    train, test = [], []
    for line in (HERE / "gold.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sid, *toks = line.split()
        text = texts[int(sid) - 1]
        block = build_sentence(sid, text, toks, nlp, feats_lex, lemma_lex, warnings.append, draft)
        (test if int(sid) % args.test_every == 0 else train).append(block)
    (HERE / "letters_train.conllu").write_text("\n".join(train), encoding="utf-8")
    (HERE / "letters_test.conllu").write_text("\n".join(test), encoding="utf-8")
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    print(f"letters: {len(train)} train, {len(test)} test sentences", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
