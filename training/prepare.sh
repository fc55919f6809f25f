#!/usr/bin/env bash
# Build training/corpus/*.spacy from ../shared/ud/split and the letter sentences.
# Test files are converted for evaluation only; they never enter train.spacy.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
SPLIT="${UD_SPLIT:-$ROOT/../shared/ud/split}"
PY="${PYTHON:-python}"
LETTER_COPIES="${LETTER_COPIES:-3}"
OUT="$HERE/corpus"
mkdir -p "$OUT"

"$PY" "$HERE/harmonise.py" "$SPLIT/train.conllu" "$OUT/train.conllu"
if [ -f "$HERE/letters/letters_train.conllu" ] && [ "$LETTER_COPIES" -gt 0 ]; then
  for _ in $(seq "$LETTER_COPIES"); do
    printf '\n' >> "$OUT/train.conllu"
    cat "$HERE/letters/letters_train.conllu" >> "$OUT/train.conllu"
  done
fi
cp "$SPLIT/dev.conllu" "$SPLIT/test_alpino.conllu" "$SPLIT/test_lassy.conllu" "$OUT/"
[ -f "$HERE/letters/letters_test.conllu" ] && cp "$HERE/letters/letters_test.conllu" "$OUT/"

for f in "$OUT"/*.conllu; do
  "$PY" -m spacy convert "$f" "$OUT" --converter conllu --n-sents 10 >/dev/null
done
ls -l "$OUT"/*.spacy
