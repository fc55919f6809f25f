"""Long tangs (W102) and stiff pointing words (W103): tables of sentences that must and must not be found."""

from __future__ import annotations

import pytest

import taalcheck


def found(text: str, code: str) -> list[str]:
    return [f.text for f in taalcheck.check(text).findings if f.rule == code]


# (sentence, the flagged words)
TANGS = [
    ("Wij maaien het gras langs de onder ons beheer vallende fietspaden.", "onder ons beheer vallende"),
    ("Wij ruimen alle zich op het plein bevindende fietsen op.", "zich op het plein bevindende"),
    ("Dit geldt voor alle bij de provincie werkende mensen.", "bij de provincie werkende"),
    ("U krijgt de op dit moment geldende tarieven in een bijlage.", "op dit moment geldende"),
    ("Wij vergoeden de voor uw rekening komende kosten niet.", "voor uw rekening komende"),
]

NO_TANGS = [
    "Wij hebben het door u ingediende bezwaar ontvangen.",  # short middle, past participle
    "Wij hebben de door u op 3 mei ingediende aanvraag ontvangen.",  # past participle: ordinary written Dutch
    "De in Nederland wonende kinderen krijgen kinderbijslag.",  # two words between
    "Wij sturen u de volgende stukken.",  # no middle at all
    "De fietsen die op het plein staan, ruimen wij op.",  # already a relative clause
    "U woont in de gemeente en werkt in Utrecht.",  # no participle before a noun
]


@pytest.mark.parametrize(("sentence", "words"), TANGS)
def test_long_tang_is_found(sentence, words):
    assert found(sentence, "W102") == [words]


@pytest.mark.parametrize("sentence", NO_TANGS)
def test_short_or_plain_attribute_is_not_a_tang(sentence):
    assert found(sentence, "W102") == []


def test_tang_message_offers_a_relative_clause():
    [finding] = [f for f in taalcheck.check(TANGS[0][0]).findings if f.rule == "W102"]
    assert finding.category == "jargon" and "'de fietspaden die ...'" in finding.message
    assert finding.fix is None  # the verb needs a new form: a writer's job


POINTING = [
    ("Wij hebben uw brief over genoemd ongeluk ontvangen.", "genoemd"),
    ("In vermelde periode was de auto niet verzekerd.", "vermelde"),
    ("Vul onderstaande gegevens in.", "onderstaande"),
    ("Kijk op de hieronderstaande lijst.", "hieronderstaande"),
    ("Het eerderbedoelde bedrag is betaald.", "eerderbedoelde"),
]

NO_POINTING = [
    "Wij hebben uw brief over het genoemde ongeluk ontvangen.",  # with an article: plain enough
    "Uw naam wordt niet genoemd in de brief.",  # a verb, not before a noun
    "De betrokken ouders krijgen een brief.",  # 'betrokken' with an article
    "Betrokken partijen krijgen bericht.",  # a plural without an article is plain Dutch
    "Gedurende de zomer is het loket dicht.",  # an everyday -ende preposition
    "Hij heeft het met voorbedachten rade gedaan.",  # no pointing word
]


@pytest.mark.parametrize(("sentence", "words"), POINTING)
def test_pointing_word_is_found(sentence, words):
    assert found(sentence, "W103") == [words]


@pytest.mark.parametrize("sentence", NO_POINTING)
def test_plain_reference_is_not_flagged(sentence):
    assert found(sentence, "W103") == []


def test_listed_word_wins_over_the_pattern():
    """'bovenstaande' is in the word list: W101 flags it, W103 does not flag it again."""
    findings = taalcheck.check("Zie het bovenstaande overzicht.").findings
    assert [f.rule for f in findings if f.text.lower().startswith("bovenstaand")] == ["W101"]


def test_pointing_suggestion_follows_the_noun():
    [finding] = [f for f in taalcheck.check("Wij hebben uw brief over genoemd ongeluk ontvangen.").findings if f.rule == "W103"]
    assert finding.suggestions[0] == "dit"
