"""Plurals, diminutives and inflected compounds find their word-list entry (first-day issue, problem 3)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import taalcheck
from taalcheck.nl.matching import noun_singulars

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "plural, singular",
    [
        ("keukentafelgesprekken", "keukentafelgesprek"),
        ("aanvragen", "aanvraag"),
        ("brieven", "brief"),
        ("indicaties", "indicatie"),
        ("mogelijkheden", "mogelijkheid"),
        ("gesprekjes", "gesprek"),
        ("beschikkingen", "beschikking"),
    ],
)
def test_singular_candidates(plural, singular):
    assert singular in noun_singulars(plural)


def test_plural_of_a_compound_in_the_list_is_flagged():
    report = taalcheck.check("De gemeente voert keukentafelgesprekken met u. Daarna volgen er nog twee keukentafelgesprekken.")
    flagged = [f.text for f in report.findings if f.category == "misleidend"]
    assert flagged.count("keukentafelgesprekken") == 2, report.findings


def test_a_known_verb_is_not_read_as_a_plural():
    """'indienen' must not become the jargon word 'indien'."""
    report = taalcheck.check("U kunt een bezwaarschrift indienen bij de gemeente.")
    assert not [f for f in report.findings if f.text == "indienen" and f.category == "jargon"], report.findings


def test_organisation_word_from_the_meldpunt_is_found_in_the_plural(tmp_path):
    extra = tmp_path / "organisatie.csv"
    extra.write_text(
        "woord,alternatieven,uitleg,veilig,bron\nzorgtrajectplan,plan voor uw zorg,Moeilijk woord uit het meldpunt.,nee,meldpunt\n",
        encoding="utf-8",
    )
    report = taalcheck.check("Wij maken twee zorgtrajectplannen voor u.", woordenlijsten=[str(extra)])
    assert [f.text for f in report.findings if f.category == "jargon"] == ["zorgtrajectplannen"], report.findings


@pytest.mark.slow
def test_generated_plurals_and_diminutives_of_every_list_noun_resolve():
    spec = importlib.util.spec_from_file_location("plural_lemmas", ROOT / "benchmarks" / "plural_lemmas.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    _, cases, misses = module.measure()
    assert len(cases) > 500
    assert 1 - len(misses) / len(cases) >= 0.98, misses
