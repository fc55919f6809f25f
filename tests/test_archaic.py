"""Old case forms and old adverbs found by their form (issue 15, item 3). Sentences written for this test."""

from __future__ import annotations

import pytest

import taalcheck


def jargon(text: str) -> list[str]:
    return [f.text for f in taalcheck.check(text).findings if f.category == "jargon"]


# (sentence, the span that must be flagged as jargon)
FOUND = [
    ("Wij sturen u ter controle een kopie.", "ter controle"),  # not in the list: found by form
    ("Ter plekke krijgt u uitleg.", "Ter plekke"),
    ("Ter info: de balie is morgen dicht.", "Ter info"),
    ("Het feest is ten bate van de bewoners.", "ten bate"),
    ("Hoe eerder u betaalt, des te beter.", "des te"),
    ("Dit is een der redenen voor ons besluit.", "der redenen"),
    ("Wij sturen u dezer weken een nieuwe pas.", "dezer weken"),
    ("Dit geldt in dezen niet.", "in dezen"),
    ("Het huis, hetwelk u kocht, is oud.", "hetwelk"),
    ("Wij melden dit volledigheidshalve.", "volledigheidshalve"),
    ("Wij bellen u veiligheidshalve nog een keer.", "veiligheidshalve"),
    ("Het geld komt van gemeentewege.", "van gemeentewege"),
    ("Ik schrijf u mijnentwege en namens mijn buren.", "mijnentwege"),
    ("Harerzijds is er geen bezwaar.", "Harerzijds"),
    # a listed expression is found once, by the list
    ("De stukken liggen ter inzage in het gemeentehuis.", "ter inzage"),
    ("De kosten komen ten laste van de gemeente.", "ten laste van"),
]


@pytest.mark.parametrize("sentence,span", FOUND)
def test_archaic_form_found(sentence, span):
    found = jargon(sentence)
    assert span in found, f"{sentence!r}: {found}"
    assert len([f for f in found if f in span or span in f]) == 1, f"double finding: {found}"


# everyday phrases, names and verb nouns: no old-form finding
NOT_FOUND = [
    "Ten eerste moet u het formulier invullen.",
    "Het onderwerp kwam ter sprake in de vergadering.",
    "Het is het beste museum ter wereld.",
    "Mevrouw Van der Berg woont in Ter Apel.",
    "Jan ten Brink is vandaag ziek.",
    "U krijgt anderhalve maand de tijd.",
    "Dat komt vanwege het slechte weer.",
    "U heeft het bedrag ten onrechte ontvangen.",
    "Zij werkt halverwege de week thuis.",
]


@pytest.mark.parametrize("sentence", NOT_FOUND)
def test_no_archaic_form(sentence):
    assert jargon(sentence) == [], sentence


def test_ter_before_verb_noun_is_nominalisation():
    findings = taalcheck.check("Ter beoordeling van uw aanvraag krijgt u een afspraak.").findings
    assert not [f for f in findings if f.category == "jargon" and f.text.lower().startswith("ter")]


# relative 'welke' is stiff (the list entry with the grammar check); 'welke' in a question is not
WELKE = [
    ("Het formulier, welke u heeft ontvangen, is oud.", True),
    ("De stukken welke u opstuurt, krijgt u terug.", True),
    ("Welke dag past u het beste?", False),
    ("Wij vragen u welke dag u het beste past.", False),
]


@pytest.mark.parametrize("sentence,flagged", WELKE)
def test_relative_welke(sentence, flagged):
    assert any(f.lower() == "welke" for f in jargon(sentence)) == flagged, jargon(sentence)
