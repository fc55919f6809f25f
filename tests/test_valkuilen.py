"""Every trap sentence passes: a fix never writes a forbidden string, and gives the
original sentence or one of its accepted rewrites.

Safe traps run through ``taalcheck.rewrite`` (safe fixes only); the proposal traps
(``helper-voorstellen.jsonl``, ``eigen-voorstellen.jsonl``, ``eigen-woordvoorstellen.jsonl``
for word swaps, ``eigen-dekking.jsonl`` for the wider split and passive proposals) with the proposals as well. ``eigen-goed.jsonl`` adds
accepted rewrites that a trap's ``goed`` list misses, each with its reason.
"""

import json
from pathlib import Path

import pytest

import taalcheck

HERE = Path(__file__).parent / "data" / "valkuilen"
FILES = {
    "helper.jsonl": True,
    "helper-voorstellen.jsonl": False,
    "eigen.jsonl": True,
    "eigen-audit3.jsonl": True,  # the classes of the third blind audit
    "eigen-audit4.jsonl": True,  # the classes of the fourth blind audit
    "eigen-audit5.jsonl": True,  # the classes of the fifth blind audit
    "eigen-audit5-voorstellen.jsonl": False,  # its proposal classes
    "eigen-audit6.jsonl": True,  # the classes of the sixth blind audit
    "eigen-audit6-voorstellen.jsonl": False,  # its proposal classes (data kept)
    "eigen-voorstellen.jsonl": False,
    "eigen-woordvoorstellen.jsonl": False,
    "eigen-dekking.jsonl": False,  # issue 17: more long sentences and passives get a proposal, and where they must not
}


def _load(name):
    path = HERE / name
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


EXTRA = {row["id"]: row["goed"] for row in _load("eigen-goed.jsonl")}
TRAPS = [(name, safe, trap) for name, safe in FILES.items() for trap in _load(name)]


def test_enough_traps_of_our_own():
    own = [t for name, _, t in TRAPS if name.startswith("eigen")]
    assert len(own) >= 130
    assert len({t["soort"] for t in own}) >= 10


def test_every_extra_accepted_rewrite_has_a_reason_and_a_trap():
    ids = {t["id"] for _, _, t in TRAPS}
    for row in _load("eigen-goed.jsonl"):
        assert row["id"] in ids and row["reden"].strip() and row["goed"]
        trap = next(t for _, _, t in TRAPS if t["id"] == row["id"])
        assert not any(bad in good for bad in trap["verboden"] for good in row["goed"])


@pytest.mark.parametrize("name,safe,trap", TRAPS, ids=[t["id"] for _, _, t in TRAPS])
def test_trap(name, safe, trap):
    out = taalcheck.rewrite(trap["zin"], safe_only=safe)
    forbidden = [bad for bad in trap["verboden"] if bad in out]
    assert not forbidden, f"{trap['id']}: {out!r} contains {forbidden}"
    accepted = {trap["zin"], *trap["goed"], *EXTRA.get(trap["id"], [])}
    assert out in accepted, f"{trap['id']} ({trap['soort']}): {out!r} is neither the sentence nor an accepted rewrite"
