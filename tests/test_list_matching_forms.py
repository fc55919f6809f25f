"""Word-list matching: names of laws and organisations, and adjectives without their -e.

A list word inside a written-out name of a law or an organisation is part of the name.

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


# --- adjectives the lists write with -e, found without it too (nl/matching.uninflected_adjective) ---


def test_bare_adjective_forms():
    from taalcheck.nl.matching import uninflected_adjective

    assert uninflected_adjective(("bovenstaande",)) == "bovenstaand"
    assert uninflected_adjective(("voormelde",)) == "voormeld"
    assert uninflected_adjective(("houdende",)) is None  # 'rekening houdend met' is everyday Dutch
    assert uninflected_adjective(("welke",)) is None
    assert uninflected_adjective(("ten", "minste")) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Noem bij uw telefoontje bovenstaand dossiernummer.", "bovenstaand"),
        ("U vindt het bijgaand overzicht in de envelop.", "bijgaand"),
        ("Het voornoemd besluit geldt vanaf maandag.", "voornoemd"),
    ],
)
def test_bare_adjective_is_jargon(sentence, word):
    import taalcheck

    assert [f.text for f in taalcheck.check(sentence).findings if f.category == "jargon"] == [word]


# --- codes: the letters of a case number are no words (rewrites/data.py, SegmentContext.codes) ---


@pytest.mark.parametrize(
    "text, code",
    [
        ("Het vonnis in de zaak met zaaknummer 20031974 CV EXPL 26-1102 is nu definitief.", "20031974 CV EXPL 26-1102"),
        ("De rechtbank (rolnummer: C/09/654321 / KG ZA 26-77) beslist snel.", "C/09/654321 / KG ZA 26-77"),
        ("Noem bij het betalen uw kenmerk AB 1234 CD.", "AB 1234 CD"),
    ],
)
def test_case_numbers_are_data(text, code):
    from taalcheck.rewrites.data import data_spans

    assert code in [text[s:e] for s, e, kind in data_spans(text) if kind == "kenmerk"]


def test_a_label_without_a_code_is_no_data():
    from taalcheck.rewrites.data import data_spans

    for text in ("Vermeld het kenmerk van deze brief.", "Uw dossiernummer is bij ons bekend."):
        assert [kind for _, _, kind in data_spans(text) if kind == "kenmerk"] == []


@pytest.mark.slow
def test_letters_in_a_case_number_are_not_flagged():
    import taalcheck

    text = "Het vonnis in de zaak met zaaknummer 20031974 CV EXPL 26-1102 is nu definitief."
    assert [f.text for f in taalcheck.check(text).findings if f.category in ("misleidend", "afkorting")] == []
    # outside a code the same letters are still the word
    assert [f.text for f in taalcheck.check("Stuur uw CV mee met de brief.").findings if f.category == "misleidend"] == ["CV"]


# --- 'dienen te' over a long middle field (nl/matching._same_clause_infinitive) ---


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, flagged",
    [
        (
            "Het verslag van de huisarts dient een actuele bloeddruk en een overzicht van alle medicijnen van de afgelopen twee jaar te bevatten.",
            True,
        ),
        ("Deze brief dient als bewijs voor de rechter en bij de gemeente en u hoeft verder niets meer te doen of te sturen.", False),
    ],
)
def test_dienen_te_with_a_long_middle_field(sentence, flagged):
    import taalcheck

    found = [f.text for f in taalcheck.check(sentence).findings if f.category == "jargon"]
    assert found == (["dient"] if flagged else [])
