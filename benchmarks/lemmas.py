"""Lemma accuracy on letter words: the model's lemma, and what word-list matching sees.

Reads the held-out letter sentences of ``training/letters/letters_test.conllu``
(hand-checked lemmas; never trained on), runs the shipped pipeline on each
sentence and compares, per token aligned by character offsets:

- ``model``: the model's lemma (separable-verb '_' removed) equals the gold lemma;
- ``matching``: the gold lemma is among the keys word-list matching uses
  (text, model lemma, dictionary lemma, singulars of a plural).

    python benchmarks/lemmas.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "training" / "letters" / "letters_test.conllu"


def sentences(path: Path):
    """(text, [(start, end, form, lemma, upos, feats)]) per sentence."""
    text, rows = None, []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            rows.append(cols)
        elif not line and text is not None:
            spans, cursor = [], 0
            for cols in rows:
                start = text.find(cols[1], cursor)
                if start < 0:
                    break
                cursor = start + len(cols[1])
                spans.append((start, cursor, cols[1], cols[2], cols[3], cols[5]))
            yield text, spans
            text, rows = None, []


def main() -> int:
    import taalcheck
    from taalcheck.nl.matching import token_keys

    nlp = taalcheck.load()
    groups = {"alle woorden": [0, 0, 0], "meervoud (NOUN)": [0, 0, 0], "werkwoorden": [0, 0, 0]}
    data = list(sentences(GOLD))
    for (_text, spans), doc in zip(data, nlp.pipe(text for text, _ in data), strict=True):
        by_start = {t.idx: t for t in doc}
        for start, end, _form, lemma, upos, feats in spans:
            token = by_start.get(start)
            if token is None or token.idx + len(token.text) != end or upos == "PUNCT":
                continue
            gold = lemma.lower().replace("_", "")
            model_ok = (token.lemma_ or "").lower().replace("_", "") == gold
            keys_ok = gold in {key.lower() for key in token_keys(token)}
            names = ["alle woorden"]
            if upos == "NOUN" and "Number=Plur" in feats:
                names.append("meervoud (NOUN)")
            if upos in ("VERB", "AUX"):
                names.append("werkwoorden")
            for name in names:
                groups[name][0] += 1
                groups[name][1] += model_ok
                groups[name][2] += keys_ok
    result = {
        name: {"woorden": n, "lemma model": round(m / n, 3) if n else None, "lemma voor woordenlijsten": round(k / n, 3) if n else None}
        for name, (n, m, k) in groups.items()
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
