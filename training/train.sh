#!/usr/bin/env bash
# One command: prepare the data, train on one core, score the best model.
#   training/train.sh [RUN_NAME]        (run from anywhere; needs spaCy 3.8 in $PYTHON)
# Output: training/output/RUN_NAME/{model-best,model-last,train.out,scores.json,SCORES.md}
# Ship a run with training/ship.py and copy its scores.json / SCORES.md to training/.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
RUN="${1:-run}"
PY="${PYTHON:-python}"
OUT="$HERE/output/$RUN"
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
mkdir -p "$OUT"
cd "$ROOT"

PYTHON="$PY" "$HERE/prepare.sh"
start=$(date +%s)
"$PY" -m spacy train "$HERE/config.cfg" --output "$OUT" \
  --paths.train "$HERE/corpus/train.spacy" --paths.dev "$HERE/corpus/dev.spacy" \
  --training.logger.output_file "$OUT/train_log.jsonl" 2>&1 | tee "$OUT/train.out"
wall=$(( $(date +%s) - start ))
seed=$(awk -F' = ' '/^seed = [0-9]/{print $2; exit}' "$HERE/config.cfg")
"$PY" "$HERE/evaluate.py" "$OUT/model-best" --corpus "$HERE/corpus" --out "$OUT/scores.json" \
  --markdown "$OUT/SCORES.md" \
  --extra "{\"run\": \"$RUN\", \"train_wall_seconds\": $wall, \"seed\": $seed}"
