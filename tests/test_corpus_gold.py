"""The letter corpus: gold files match their letters, and the scorer counts right."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gold_tool = _load("corpus_gold_tool", CORPUS / "tools" / "gold.py")
scorer = _load("corpus_score", CORPUS / "score.py")
consistency = _load("corpus_consistency", CORPUS / "tools" / "consistency.py")

LETTERS = sorted((CORPUS / "brieven").glob("*.txt"))
GOLD = sorted((CORPUS / "gold").glob("*.json"))


def test_enough_letters():
    assert len(LETTERS) >= 30


def test_every_letter_has_gold_and_back():
    assert {p.stem for p in LETTERS} == {p.stem for p in GOLD}
    for path in GOLD:
        assert json.loads(path.read_text(encoding="utf-8"))["brief"] == f"{path.stem}.txt"


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_file_verifies(path):
    problems = gold_tool.process(path, CORPUS / "brieven", write=False, refill=False)
    assert problems == []


def test_gold_categories_are_the_rule_registry_categories():
    """The annotation scheme (and so the scorer's category list) follows the rules registry.

    Categories whose findings point into markup (an unknown code in a
    'taalcheck: negeer' comment) are about the file, not the letter: no annotator marks them.
    """
    from taalcheck.rules import RULES

    letter_categories = {rule.category for rule in RULES.values() if not rule.in_markup}
    assert set(gold_tool.CATEGORIES) == letter_categories
    assert set(scorer.CATEGORIES) == letter_categories


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_gold_categories_and_fields(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    for part in ("findings", "negeren"):
        for entry in gold[part]:
            assert entry["category"] in gold_tool.CATEGORIES
            assert isinstance(entry["start"], int) and entry["end"] > entry["start"]
    assert all(e.get("reden") for e in gold["negeren"])


@pytest.mark.slow
def test_annotations_are_consistent_across_letters():
    """A word flagged in one letter is flagged (or explicitly excused) everywhere."""
    assert consistency.check(CORPUS / "brieven", CORPUS / "gold", consistency.WORD_CATEGORIES) == []


def test_consistency_check_notices_a_missed_word(tmp_path):
    (tmp_path / "brieven").mkdir()
    (tmp_path / "gold").mkdir()
    for name, text in (("a", "Indien u wilt, bel ons."), ("b", "Indien het regent, blijf thuis.")):
        (tmp_path / "brieven" / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    findings = [{"category": "jargon", "text": "Indien", "start": 0, "end": 6}]
    (tmp_path / "gold" / "a.json").write_text(json.dumps({"brief": "a.txt", "findings": findings, "negeren": []}))
    (tmp_path / "gold" / "b.json").write_text(json.dumps({"brief": "b.txt", "findings": [], "negeren": []}))
    report = consistency.check(tmp_path / "brieven", tmp_path / "gold", ["jargon"])
    assert len(report) == 1 and report[0].startswith("b.txt: jargon 'Indien'")


@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.stem)
def test_letter_is_plain_utf8_with_newlines(path):
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    assert "\r" not in text and text.endswith("\n")
    assert 120 <= gold_tool.count_words(text) <= 650


def test_mix_of_bad_and_plain_letters():
    counts = [len(json.loads(p.read_text(encoding="utf-8"))["findings"]) for p in GOLD]
    plain = sum(1 for c in counts if c <= 3)
    assert len(counts) / 5 <= plain <= len(counts) / 2


def test_count_words_rules():
    assert gold_tool.count_words("Dat kost € 1.234,56 - echt.") == 4
    assert gold_tool.count_words("burgerservicenummer (BSN)") == 2


def test_sentences_do_not_split_at_abbreviations_or_initials():
    text = "Bel mevrouw S. El Amrani i.v.m. de zitting. Dat kost € 1.846,00. Daarna betaalt u."
    pieces = [text[s:e] for s, e in gold_tool.sentences(text)]
    assert pieces == ["Bel mevrouw S. El Amrani i.v.m. de zitting.", "Dat kost € 1.846,00.", "Daarna betaalt u."]


# --- scorer, with a fake check so it runs without the checker ---

LETTER = "Indien u vragen heeft, dient u te bellen. Wij verzoeken u tevens het formulier te retourneren.\n"


def _span(text: str, n: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(n):
        start = LETTER.index(text, start + 1)
    return start, start + len(text)


def _entry(category: str, text: str, **extra) -> dict:
    start, end = _span(text)
    return {"category": category, "text": text, "start": start, "end": end, **extra}


@pytest.fixture()
def mini_corpus(tmp_path):
    (tmp_path / "brieven").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "brieven" / "mini.txt").write_text(LETTER, encoding="utf-8")
    gold = {
        "brief": "mini.txt",
        "findings": [_entry("jargon", "Indien"), _entry("jargon", "dient"), _entry("jargon", "retourneren")],
        "negeren": [_entry("jargon", "tevens", reden="grensgeval")],
    }
    (tmp_path / "gold" / "mini.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def _fake_check(*texts_and_categories):
    def check(text):
        findings = []
        for category, word in texts_and_categories:
            start = text.index(word)
            findings.append(SimpleNamespace(category=category, start=start, end=start + len(word), text=word))
        return SimpleNamespace(findings=findings)

    return check


def _run(corpus, check, categories=("jargon",)):
    return scorer.score(corpus / "brieven", corpus / "gold", check=check, categories=categories)["jargon"]


def test_perfect_prediction(mini_corpus):
    stats = _run(mini_corpus, _fake_check(("jargon", "Indien"), ("jargon", "dient"), ("jargon", "retourneren")))
    assert (stats["tp"], stats["fp"], stats["fn"]) == (3, 0, 0)
    assert stats["precision"] == stats["recall"] == stats["f1"] == 1.0


def test_false_positive_lowers_precision(mini_corpus):
    stats = _run(
        mini_corpus,
        _fake_check(("jargon", "Indien"), ("jargon", "dient"), ("jargon", "retourneren"), ("jargon", "bellen")),
    )
    assert stats["fp"] == 1 and stats["recall"] == 1.0
    assert stats["precision"] == pytest.approx(0.75)
    assert stats["fp_items"] == [("mini.txt", "bellen")]


def test_per_letter_counts(mini_corpus):
    letters = {}
    scorer.score(
        mini_corpus / "brieven",
        mini_corpus / "gold",
        check=_fake_check(("jargon", "Indien"), ("jargon", "bellen")),
        categories=("jargon",),
        per_letter=letters,
    )
    assert letters == {
        "mini.txt": {"gold": 3, "predicted": 2, "tp": 1, "fp": 1, "fn": 2, "meldingen": 2, "waarschuwingen": 2, "eenvoudig": False}
    }


def test_plain_letters_count_warnings_apart_from_hints(tmp_path):
    # A plain letter (no gold findings): two hints (info) and one warning.
    (tmp_path / "brieven").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "brieven" / "kort-b1.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "gold" / "kort-b1.json").write_text(json.dumps({"brief": "kort-b1.txt", "findings": []}), encoding="utf-8")

    def check(text):
        def found(category, severity, word):
            start = text.index(word)
            return SimpleNamespace(category=category, severity=severity, start=start, end=start + len(word))

        return [found("passief", "info", "verzoeken"), found("moeilijk-woord", "info", "tevens"), found("jargon", "warning", "Indien")]

    letters = {}
    scorer.score(tmp_path / "brieven", tmp_path / "gold", check=check, per_letter=letters)
    assert letters["kort-b1.txt"]["meldingen"] == 3
    assert letters["kort-b1.txt"]["waarschuwingen"] == 1
    assert scorer.plain_counts(letters) == {"brieven": 1, "meldingen": 3, "waarschuwingen": 1}
    assert scorer.plain_warnings(letters) == (1, 3)


def test_missed_finding_lowers_recall(mini_corpus):
    stats = _run(mini_corpus, _fake_check(("jargon", "Indien")))
    assert stats["fn"] == 2 and stats["precision"] == 1.0
    assert stats["recall"] == pytest.approx(1 / 3)


def test_negeren_is_neither_rewarded_nor_punished(mini_corpus):
    stats = _run(
        mini_corpus,
        _fake_check(("jargon", "Indien"), ("jargon", "dient"), ("jargon", "retourneren"), ("jargon", "tevens")),
    )
    assert (stats["tp"], stats["fp"], stats["ignored"]) == (3, 0, 1)
    assert stats["precision"] == 1.0


def test_other_category_does_not_match(mini_corpus):
    stats = _run(mini_corpus, _fake_check(("afkorting", "Indien")))
    assert stats["tp"] == 0 and stats["predicted"] == 0 and stats["fn"] == 3


def test_matching_is_one_to_one_by_overlap():
    gold = [(0, 10)]
    predicted = [(0, 3), (2, 12)]
    assert scorer.match(gold, predicted) == [(0, 1)]


def test_matching_prefers_the_tighter_gold_span_on_a_tie():
    # "doe ik u een afschrift toekomen" (0, 31) contains "afschrift" (13, 22)
    gold = [(0, 31), (13, 22)]
    predicted = [(0, 3), (13, 22)]
    assert sorted(scorer.match(gold, predicted)) == [(0, 0), (1, 1)]


def test_gold_as_prediction_scores_perfect_on_real_corpus():
    by_letter = {}
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        by_letter[(CORPUS / "brieven" / gold["brief"]).read_text(encoding="utf-8")] = gold["findings"]

    def check(text):
        return SimpleNamespace(findings=[SimpleNamespace(**e) for e in by_letter[text]])

    stats = scorer.score(CORPUS / "brieven", CORPUS / "gold", check=check)
    for category, s in stats.items():
        assert s["fp"] == 0 and s["fn"] == 0, category
    assert sum(s["gold"] for s in stats.values()) > 300
