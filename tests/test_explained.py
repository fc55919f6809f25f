"""Words the letter explains itself are no warning (taalcheck.nl.explained)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from taalcheck.nl.explained import drop_explained, explained_words

EXPLAINED = [
    ("Eerst komt er een hoorzitting. Dat is een gesprek met de commissie.", "hoorzitting"),
    ("U vroeg om uitstel van betaling. Dat betekent: u betaalt later.", "betaling"),
    ("Wij verrekenen het met de voorschotten, dat wil zeggen: wij trekken het ervan af.", "voorschotten"),
    ("Wij plaatsen een wadi (een greppel die regenwater opvangt) in het park.", "wadi"),
    ("De hoofdsom, dat is het bedrag zonder rente, blijft gelijk.", "hoofdsom"),
]
NOT_EXPLAINED = [
    # a consequence, not a definition
    "Het vonnis is direct uitvoerbaar. Dit betekent dat de deurwaarder kan komen.",
    # an adjective or a verb before the period: nothing to define
    "U moet het formulier retourneren. Dat is een verplichting.",
    # brackets with a reference, a number or an abbreviation
    "Stuur uw zienswijze (zie bijlage) op.",
    "Dat staat in de verordening (artikel 4).",
    "U krijgt een persoonsgebonden budget (pgb).",
    "De heffing gaat per vervuilingseenheid (v.e.).",
    "U heeft recht op zorg (Wmo).",
    # 'zogenaamde' or quotes alone explain nothing
    "Deze regels staan in een zogeheten 'noodverordening'.",
]


@pytest.mark.parametrize("text, word", EXPLAINED)
def test_explanations_are_recognised(text, word):
    assert word in explained_words(text)


@pytest.mark.parametrize("text", NOT_EXPLAINED)
def test_no_explanation(text):
    assert explained_words(text) == {}


def _finding(text, word, category="misleidend", nth=1):
    start = -1
    for _ in range(nth):
        start = text.index(word, start + 1)
    return SimpleNamespace(category=category, start=start, end=start + len(word), text=word)


def test_later_uses_are_explained_too_but_earlier_ones_are_not():
    text = "Na de zitting beslist de commissie. Daarna is er een zitting. Dat is een gesprek. Na de zitting krijgt u de uitspraak."
    first, second, third = (_finding(text, "zitting", nth=n) for n in (1, 2, 3))
    assert drop_explained([first, second, third], text) == [first]


def test_only_word_categories_are_dropped():
    text = "Er komt een hoorzitting. Dat is een gesprek met de commissie."
    sentence = SimpleNamespace(category="lange-zin", start=0, end=24, text=text[:24])
    word = _finding(text, "hoorzitting", category="jargon")
    assert drop_explained([sentence, word], text) == [sentence]


def test_a_phrase_ending_in_the_explained_word_is_explained():
    text = "De zaak komt daarna op een zitting. Dat is een gesprek met de rechter. Wij zien u ter zitting."
    phrase = _finding(text, "ter zitting", category="jargon")
    assert drop_explained([phrase], text) == []


@pytest.mark.slow
def test_checker_gives_no_warning_on_an_explained_word():
    import taalcheck

    text = "Daarna is er een zitting. Dat is een gesprek met de commissie, u en de verhuurder. Na de zitting beslist de commissie."
    assert [f.text for f in taalcheck.check(text).findings if f.category == "misleidend"] == []
