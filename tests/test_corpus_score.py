"""The checker's precision and recall on the annotated letters: floors that are never lowered.

Two sets. `corpus/` (59 letters) is where the word lists and rules were
developed, so its floors guard against regressions. `corpus/toets/` (12
letters) was written and annotated blind, by someone who never saw the word
lists or the checker; its floors say how taalcheck does on letters it did not
grow up with. Numbers reached when these floors were set are in the README.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# category: (precision floor, recall floor)
CORPUS_FLOORS = {
    "lange-zin": (0.98, 0.98),
    "jargon": (0.95, 0.93),
    "afkorting": (0.93, 0.95),
    "misleidend": (0.95, 0.92),
    "passief": (0.92, 0.92),
    "nominalisatie": (0.90, 0.70),
}
TOETS_FLOORS = {
    "lange-zin": (0.95, 0.95),
    "jargon": (0.80, 0.75),
    "afkorting": (0.78, 0.82),
    "misleidend": (0.55, 0.45),
    "passief": (0.92, 0.90),
    "nominalisatie": (0.70, 0.55),
}


# The blind half of the real letters (corpus/echt/blind, 33 letters since session 4): floors just under the
# first run after the freeze at 5c6196b (README, "Hoe goed is taalcheck?"; corpus/echt/blind-log.jsonl).
# Only categories the annotators marked, with at least 5 gold items.
ECHT_BLIND_FLOORS = {
    "lange-zin": (0.90, 0.90),
    "jargon": (0.82, 0.44),
    "afkorting": (0.85, 0.65),
    "passief": (0.68, 0.88),
}


def _scorer():
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize(
    "folder, floors",
    [(CORPUS, CORPUS_FLOORS), (CORPUS / "toets", TOETS_FLOORS), (CORPUS / "echt" / "blind", ECHT_BLIND_FLOORS)],
    ids=["corpus", "toets", "echt-blind"],
)
def test_precision_and_recall_floors(folder, floors):
    import taalcheck

    if not (folder / "brieven").is_dir():
        pytest.skip(f"{folder} ontbreekt")
    stats = _scorer().score(folder / "brieven", folder / "gold", check=taalcheck.check, categories=list(floors))
    low = {
        category: (round(stats[category]["precision"], 3), round(stats[category]["recall"], 3))
        for category, (p_floor, r_floor) in floors.items()
        if stats[category]["precision"] < p_floor or stats[category]["recall"] < r_floor
    }
    assert not low, f"onder de grens: {low}"
