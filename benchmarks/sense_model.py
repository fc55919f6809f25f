"""Does a small trained model decide a word's sense better than M101's rules?

Trains a logistic regression over the rules' own context features (best
official score, best everyday score, their difference, the word's standaard
sense, whether the sentence says anything) on sentences that are NOT the
sense test set: the example sentences of betekenissen.csv (one per sense) and
the phrasings written for tests/test_senses.py. Then compares model and rules
on corpus/betekenis/ontwikkel.jsonl (held out: never trained on). The blind
half is never read.

    python benchmarks/sense_model.py
    python benchmarks/sense_model.py --per-woord   trained on the development files, held out by word

With ``--per-woord`` the model is trained on all development files
(ontwikkel*.jsonl) and tested on words it never saw: the words are split in
two halves (by a hash of the lemma), each half tested once. Session 5: rules
0.940 / model 0.940 on one half (17 words), 0.962 / 0.962 on the other (15
words). The model only re-weighs the rules' scores, so it ties them; M101
keeps its rules.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))


def features(nlp, lexicon, text: str, word: str | None, span: tuple[int, int] | None):
    """(feature vector, rule decision) for the sense word in ``text``, or None when none is found."""
    from taalcheck.nl import senses
    from taalcheck.nl.domains import document_domains, domain_hits
    from taalcheck.nl.matching import find_phrases, token_keys

    doc = nlp(text)
    keys = senses.sense_keys(doc, [token_keys(t) for t in doc])
    candidates = [
        senses.Candidate(m.start, m.end, m.entry, m.extra_tokens)
        for m in find_phrases(doc, lexicon.misleading, lexicon.misleading_separable, True, keys)
        if m.entry.betekenissen is not None
    ]
    candidates += senses.compound_candidates(doc, keys, lexicon.sense_words, set())
    for c in candidates:
        tokens = doc[c.start : c.end]
        if word is not None and c.entry.woord != word:
            continue
        if (
            span is not None
            and not (tokens.start_char < span[1] and span[0] < tokens.end_char)
            and not any(span[0] <= doc[i].idx < span[1] for i in c.extra_tokens)
        ):
            continue
        entry = c.entry.betekenissen
        scores = senses.score_senses(entry, senses.context_of(doc, keys, c, True))
        domains = document_domains([domain_hits(keys)])
        totals = [b + senses.WEIGHT_DOMAIN * len(d & domains) for b, d in zip(scores.base, scores.domains, strict=False)]
        off = max(t for t, s in zip(totals, entry.senses, strict=False) if s.officieel)
        every = max(t for t, s in zip(totals, entry.senses, strict=False) if not s.officieel)
        default = 1.0 if entry.default is not None and entry.default.officieel else 0.0
        x = [1.0, off, every, off - every, default, float(off == every == 0.0), default * float(off == every)]
        return np.array(x), senses.decide(entry, scores, domains) is not None
    return None


def training_rows(lexicon):
    import test_senses

    rows = []
    for entry in lexicon.lists.betekenissen:
        if not entry.reported:
            continue
        for sense in entry.senses:
            rows.append((sense.voorbeeld, entry.woord, sense.officieel))
    for text in test_senses.CV + test_senses.KEUKENTAFELGESPREK + test_senses.AFSLUITEN:
        rows.append((text, None, True))
    for text in test_senses.LOOK_ALIKES:
        rows.append((text, None, False))
    return rows


def train(X: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 3000, rate: float = 0.1) -> np.ndarray:
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-X @ w))
        w -= rate * (X.T @ (p - y) / len(y) + l2 * w)
    return w


def main() -> int:
    from taalcheck.engine.checker import shared_checker

    checker = shared_checker()
    nlp, lexicon = checker.nlp, checker.lexicon
    X, y = [], []
    for text, word, label in training_rows(lexicon):
        found = features(nlp, lexicon, text, word, None)
        if found is not None:
            X.append(found[0])
            y.append(float(label))
    w = train(np.array(X), np.array(y))
    dev = [json.loads(line) for line in open(REPO / "corpus" / "betekenis" / "ontwikkel.jsonl", encoding="utf-8")]
    right = {"regels": 0, "model": 0}
    for row in dev:
        gold = row["betekenis"] == "officieel"
        found = features(nlp, lexicon, row["zin"], None, (row["start"], row["end"]))
        rule = found is not None and found[1]
        model = found is not None and float(1 / (1 + np.exp(-found[0] @ w))) > 0.5
        right["regels"] += rule == gold
        right["model"] += model == gold
    print(f"trainingszinnen: {len(y)} (officieel {int(sum(y))}), gewichten: {np.round(w, 2).tolist()}")
    for name, n in right.items():
        print(f"{name}: accuracy op ontwikkel {n / len(dev):.3f} ({n} van {len(dev)})")
    return 0


def per_word() -> int:
    """Train on the development files, test on the words of the other half (never seen in training)."""
    import zlib

    from taalcheck.engine.checker import shared_checker

    checker = shared_checker()
    rows = [
        json.loads(line)
        for path in sorted((REPO / "corpus" / "betekenis").glob("ontwikkel*.jsonl"))
        for line in open(path, encoding="utf-8")
        if line.strip()
    ]
    data = [
        (
            row["lemma"],
            features(checker.nlp, checker.lexicon, row["zin"], None, (row["start"], row["end"])),
            row["betekenis"] == "officieel",
        )
        for row in rows
    ]
    for half in (0, 1):
        train_rows = [d for d in data if zlib.crc32(d[0].encode()) % 2 != half and d[1] is not None]
        test_rows = [d for d in data if zlib.crc32(d[0].encode()) % 2 == half]
        w = train(np.array([d[1][0] for d in train_rows]), np.array([float(d[2]) for d in train_rows]))
        rules = sum((d[1] is not None and d[1][1]) == d[2] for d in test_rows)
        model = sum((d[1] is not None and float(1 / (1 + np.exp(-d[1][0] @ w))) > 0.5) == d[2] for d in test_rows)
        words = len({d[0] for d in test_rows})
        print(
            f"helft {half}: {len(test_rows)} zinnen, {words} woorden: regels {rules / len(test_rows):.3f}, model {model / len(test_rows):.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(per_word() if "--per-woord" in sys.argv else main())
