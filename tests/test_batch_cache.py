"""Batch API and sentence cache: same reports with the cache on or off, in 1 or 2 processes.

The cache may only make checking faster, never change a report: the proof is
an exact comparison of ``Report.to_dict()`` on the corpus and on generated
letters (which repeat most of their sentences, like a letter factory).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import taalcheck
from taalcheck.core.document import Document
from taalcheck.engine.checker import Checker

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "brieven"
LETTERS_PY = ROOT / "benchmarks" / "letters.py"


def _generated(count: int, variations: int) -> list[str]:
    if not LETTERS_PY.is_file():
        pytest.skip(f"{LETTERS_PY} ontbreekt (de generator van de benchmarks)")
    spec = importlib.util.spec_from_file_location("taalcheck_bench_letters", LETTERS_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.letters(count, variations=variations))


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    paths = sorted(CORPUS.glob("*.txt"))
    if not paths:
        pytest.skip(f"geen brieven in {CORPUS}")
    return [p.read_text(encoding="utf-8") for p in paths]


@pytest.fixture(scope="module")
def nlp():
    from taalcheck.nl import pipeline

    return pipeline.shared()


def dicts(reports) -> list[dict]:
    return [r.to_dict() for r in reports]


@pytest.mark.slow
def test_cache_on_and_off_give_identical_reports_on_the_corpus(corpus, nlp):
    cached = dicts(Checker(nlp=nlp, cache=True).check_many(corpus, batch_size=4))
    uncached = dicts(Checker(nlp=nlp, cache=False).check_many(corpus))
    assert cached == uncached
    assert sum(len(r["findings"]) for r in cached) > 0  # the comparison is about something


@pytest.mark.slow
def test_cache_on_and_off_identical_on_generated_letters_also_with_eviction(nlp):
    texts = _generated(60, variations=12)  # 5 templates x 12: most sentences repeat
    uncached = dicts(Checker(nlp=nlp, cache=False).check_many(texts))
    cached = dicts(Checker(nlp=nlp, cache=True).check_many(texts, batch_size=7))
    tiny = Checker(nlp=nlp, cache=True, cache_size=5)  # evicts all the time
    evicting = dicts(tiny.check_many(texts, batch_size=3))
    assert cached == uncached
    assert evicting == uncached
    assert len(tiny._cache) <= 5
    assert {f["category"] for r in uncached for f in r["findings"]} >= {"jargon", "lange-zin"}


def test_cache_reuses_segments_and_stays_bounded(nlp):
    texts = _generated(20, variations=4)
    checker = Checker(nlp=nlp, cache=True, cache_size=10_000)
    analysed: list[tuple] = []
    original = checker._analyse_each

    def counting(keys):
        analysed.extend(keys)
        return original(keys)

    checker._analyse_each = counting
    first = dicts(checker.check_many(texts))
    analysed_first = len(analysed)
    assert len(analysed) == len(set(analysed))  # each distinct segment once
    second = dicts(checker.check_many(texts))
    assert len(analysed) == analysed_first  # nothing analysed twice
    assert first == second
    small = Checker(nlp=nlp, cache=True, cache_size=7)
    list(small.check_many(texts))
    assert len(small._cache) == 7


def test_document_level_rule_is_not_frozen_by_the_cache(nlp):
    """The same cached sentence is fine after the abbreviation was written out, and flagged when it was not."""
    sentence = "Uw AOW gaat in op 1 mei."
    explained = f"U krijgt een Algemene Ouderdomswet (AOW)-pensioen.\n\n{sentence}\n"
    bare = f"U krijgt bericht.\n\n{sentence}\n"
    checker = Checker(nlp=nlp, cache=True)
    first, second = checker.check_many([explained, bare])
    again = checker.check(explained)

    def abbreviations(report):
        return [f.text for f in report.findings if f.category == "afkorting"]

    assert "AOW" in abbreviations(second)
    assert abbreviations(first) == abbreviations(again)
    assert len(abbreviations(second)) > len([t for t in abbreviations(first) if t == "AOW"])


def test_placeholders_are_part_of_the_cache_key(nlp):
    text = "Wij verzoeken u om het bedrag middels een overschrijving te betalen.\n"
    start = text.index("middels")
    masked = Document(text=text, placeholders=[(start, start + len("middels"))])
    checker = Checker(nlp=nlp, cache=True)
    plain, templated = checker.check(text), checker.check(masked)
    assert any(f.text == "middels" for f in plain.findings)
    assert not any(f.text == "middels" for f in templated.findings)
    assert dicts([checker.check(text)]) == dicts([plain])


def test_check_many_streams_in_input_order():
    texts = _generated(12, variations=3)
    consumed = []

    def source():
        for text in texts:
            consumed.append(text)
            yield text

    stream = taalcheck.check_many(source(), batch_size=4)
    first = next(stream)
    assert len(consumed) == 4  # one batch read, not the whole input
    rest = list(stream)
    assert [r.text for r in [first, *rest]] == texts


@pytest.mark.slow
def test_two_processes_give_the_same_reports_as_one(corpus):
    texts = corpus[:3] + _generated(5, variations=1)
    one = dicts(taalcheck.check_many(texts, batch_size=2))
    two = dicts(taalcheck.check_many(texts, n_process=2, batch_size=2))
    assert two == one


@pytest.mark.slow
def test_cli_jobs_two_gives_the_same_json_as_one(corpus, tmp_path):
    import json

    from click.testing import CliRunner

    from taalcheck.cli import main

    for i, text in enumerate(corpus[:3]):
        (tmp_path / f"brief{i}.txt").write_text(text, encoding="utf-8")
    runner = CliRunner()
    one = runner.invoke(main, ["check", str(tmp_path), "--format", "json"])
    two = runner.invoke(main, ["check", str(tmp_path), "--format", "json", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1, (one.output[-500:], two.output[-500:])
    assert json.loads(two.output) == json.loads(one.output)
    assert len(json.loads(one.output)["files"]) == 3


def test_new_letters_do_not_grow_the_vocabulary(nlp):
    """A letter factory runs for days: names, amounts and numbers must not pile up in the StringStore."""
    checker = Checker(nlp=nlp, cache=False)
    list(checker.check_many(_generated(10, variations=2)))
    before = len(nlp.vocab.strings)
    fresh = [f"{text}\nKenmerk: XY/{n * 7919}/{n}\nMevrouw Q. Zwxlqvist{n}\n" for n, text in enumerate(_generated(15, variations=3))]
    reports = list(checker.check_many(fresh))
    assert len(nlp.vocab.strings) == before
    assert all(r.text == t for r, t in zip(reports, fresh, strict=True))


def test_numbers_and_initials_share_one_analysis_with_identical_reports(nlp, corpus):
    """Letters that differ only in numbers and initials share the cache (engine.normalise, opt-in)."""
    assert dicts(Checker(nlp=nlp, cache=True, normalise=True).check_many(corpus, batch_size=4)) == dicts(
        Checker(nlp=nlp, cache=False).check_many(corpus)
    )
    texts = _generated(150, variations=30)
    uncached = dicts(Checker(nlp=nlp, cache=False).check_many(texts))
    checker = Checker(nlp=nlp, cache=True, normalise=True)
    analysed: list[tuple] = []
    original = checker._analyse_each

    def counting(keys):
        analysed.extend(keys)
        return original(keys)

    checker._analyse_each = counting
    assert dicts(checker.check_many(texts, batch_size=16)) == uncached
    plain = Checker(nlp=nlp, cache=True)
    plain_analysed: list[tuple] = []
    plain_original = plain._analyse_each
    plain._analyse_each = lambda keys: (plain_analysed.extend(keys), plain_original(keys))[1]
    assert dicts(plain.check_many(texts, batch_size=16)) == uncached
    assert len(analysed) < 0.6 * len(plain_analysed)  # the numbers no longer make sentences new


def test_a_result_that_carries_a_number_is_not_shared(nlp):
    """Where a long sentence is split follows the parse: such a sentence is analysed as written, per letter."""
    sentence = (
        "Wij hebben besloten dat u het bedrag van {} euro dat wij u in het afgelopen jaar te veel hebben betaald "
        "binnen zes weken na de datum van deze brief aan ons moet terugbetalen, omdat u geen recht had op de toeslag."
    )
    texts = [sentence.format(amount) for amount in ("1.234,56", "987,10", "1.234,56")]
    checker = Checker(nlp=nlp, cache=True, normalise=True)
    cached = dicts(checker.check_many(texts))
    assert cached == dicts(Checker(nlp=nlp, cache=False).check_many(texts))
    assert [f for f in cached[1]["findings"] if f["category"] == "lange-zin"]
    assert checker._volatile.keys  # the shared key was refused, the sentence analysed as written
    assert len(checker._cache) == 2  # the two amounts, each as written


def test_normalise_keeps_length_and_leaves_codes_alone():
    from taalcheck.engine.normalise import normalise

    cases = {
        "De heer J. Jansen": "De heer A. Jansen",
        "1234 AB Lindebroek": "0000 AB Lindebroek",
        "Kerkstraat 123b": "Kerkstraat 000b",
        "€ 1.234,56 op 12 maart 2026": "€ 0.000,00 op 00 maart 0000",
        "BEL/2026/123456": "BEL/0000/000000",
        "NT2-les, COVID-19, 3D-printer, de 12de dag, 1234AB": "NT2-les, COVID-19, 3D-printer, de 12de dag, 1234AB",
    }
    for text, expected in cases.items():
        assert normalise(text) == expected
        assert len(normalise(text)) == len(text)
