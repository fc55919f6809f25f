"""Hard words are judged on the lemma and a separable verb's infinitive, not the surface form (issue 15)."""

from __future__ import annotations

import pytest

import taalcheck

# (sentence, word, whether moeilijk-woord must flag it)
CASES = [
    ("Als u het formulier opstuurt, krijgt u geld.", "opstuurt", False),
    ("Als u de foto's meestuurt, gaat het sneller.", "meestuurt", False),
    ("Wij vragen of u de meterstand doorgeeft.", "doorgeeft", False),
    ("Als u het abonnement opzegt, stopt de betaling.", "opzegt", False),
    ("Zodra u de bon terugstuurt, betalen wij.", "terugstuurt", False),
    # a rare word stays rare, whatever its form
    ("U krijgt van ons een sommatie.", "sommatie", True),
]


@pytest.mark.parametrize("sentence,word,hard", CASES)
def test_hard_word_on_lemma(sentence, word, hard):
    found = [f.text for f in taalcheck.check(sentence).findings if f.category == "moeilijk-woord"]
    assert (word in found) == hard, f"{sentence!r}: {word!r} flagged={word in found}, expected {hard}"


def test_lemma_forms_of_separable_verb():
    nlp = taalcheck.load()
    from taalcheck.nl.matching import lemma_forms

    doc = nlp("Als u het formulier opstuurt, krijgt u geld.")
    forms = lemma_forms(next(t for t in doc if t.text == "opstuurt"))
    assert "opsturen" in forms and "sturen" in forms


# compounds and separable verbs made of common parts are no hard words
COMMON_PARTS = [
    ("Ik weet dat de buren naar elkaar omzien.", "omzien"),
    ("De afsteektijden voor vuurwerk staan op de website.", "afsteektijden"),
]


@pytest.mark.parametrize("sentence,word", COMMON_PARTS)
def test_common_parts_are_not_hard(sentence, word):
    found = [f.text for f in taalcheck.check(sentence).findings if f.category == "moeilijk-woord"]
    assert word not in found, found
