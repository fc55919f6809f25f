"""A list word inside a written-out name of a law or an organisation is part of the name.

The names come from the full forms in afkortingen.csv ('WAM' -> 'Wet
aansprakelijkheidsverzekering motorrijtuigen'). The writer cannot change the
name of a law, so a word in it is no finding; the same word outside the name is.
"""

from __future__ import annotations

import pytest

from taalcheck.lexicon.wordlists import load_wordlists
from taalcheck.nl.matching import Lexicon


@pytest.fixture(scope="module")
def lexicon():
    return Lexicon(load_wordlists())


def test_name_spans_find_written_out_names(lexicon):
    text = "Volgens de Wet aansprakelijkheidsverzekering motorrijtuigen moet u verzekerd zijn."
    (span,) = lexicon.name_spans(text)
    assert text[span[0] : span[1]] == "Wet aansprakelijkheidsverzekering motorrijtuigen"


def test_a_name_starts_with_a_capital(lexicon):
    # 'wet' in lower case is not how the name is written: no name, the word stays a finding
    assert lexicon.name_spans("De wet aansprakelijkheidsverzekering motorrijtuigen geldt.") == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, category, word",
    [
        ("Volgens de Wet aansprakelijkheidsverzekering motorrijtuigen moet uw auto verzekerd zijn.", "jargon", None),
        ("Uw motorrijtuigen moeten verzekerd zijn.", "jargon", "motorrijtuigen"),
        ("U kunt in beroep gaan bij de Centrale Raad van Beroep.", "misleidend", "beroep"),
    ],
)
def test_words_in_names_are_not_flagged(sentence, category, word):
    import taalcheck

    found = [f.text for f in taalcheck.check(sentence).findings if f.category == category]
    assert found == ([word] if word else [])
