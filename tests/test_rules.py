"""Each rule: positive and negative cases, and the example in its documentation."""

from __future__ import annotations

import pytest

import taalcheck
from taalcheck.rules import RULES


def cats(text: str, **kw) -> list[tuple[str, str]]:
    return [(f.category, f.text) for f in taalcheck.check(text, **kw).findings]


def texts_of(text: str, category: str, **kw) -> list[str]:
    return [f.text for f in taalcheck.check(text, **kw).findings if f.category == category]


def _as_read(example: str):
    """An example with an HTML comment (T101) is read as Markdown, as a user's letter would be."""
    if "<!--" not in example:
        return example
    from taalcheck.readers.markdown import read_markdown

    return read_markdown(example.encode("utf-8"), "voorbeeld.md")


@pytest.mark.parametrize("code", sorted(RULES))
def test_documented_example(code):
    rule = RULES[code]
    sections = rule.sections()
    for name in ("Wat het doet", "Waarom is dit lastig voor lezers?", "Voorbeeld", "Beter", "Veiligheid van de aanpassing"):
        assert sections.get(name), f"{code} mist de sectie {name}"
    example, better = sections["Voorbeeld"], sections["Beter"]
    codes_example = {f.rule for f in taalcheck.check(_as_read(example)).findings}
    codes_better = {f.rule for f in taalcheck.check(_as_read(better)).findings}
    assert code in codes_example, f"{code}: het voorbeeld wordt niet gevonden"
    assert code not in codes_better, f"{code}: de betere versie wordt toch gevonden"


# -- lange-zin ---------------------------------------------------------------

LONG = (
    "Wij hebben uw aanvraag voor een vergunning voor het plaatsen van een dakkapel op de achterkant "
    "van uw woning aan de Kerkstraat ontvangen en wij gaan deze aanvraag binnen acht weken beoordelen."
)


def test_long_sentence_reports_count_and_split():
    [f] = [f for f in taalcheck.check(LONG).findings if f.category == "lange-zin"]
    assert "32 woorden" in f.message
    assert any("'en'" in s or "en" in s for s in f.suggestions)
    assert f.text == LONG


def test_limit_is_configurable():
    assert texts_of(LONG, "lange-zin", max_zinlengte=40) == []
    assert texts_of("Wij sturen u de brief morgen met de post toe.", "lange-zin", max_zinlengte=5)


def test_standalone_lines_are_never_long():
    line = "Onderwerp: " + " ".join(["aanvraag"] * 30)
    assert texts_of(line + "\n\nGeachte heer Jansen,\n", "lange-zin") == []


# -- jargon ------------------------------------------------------------------


def test_jargon_single_words_and_phrases():
    found = texts_of("Indien u vragen heeft, kunt u middels dit formulier reageren ten behoeve van uw aanvraag.", "jargon")
    assert "Indien" in found and "middels" in found and "ten behoeve van" in found


def test_jargon_found_by_lemma():
    assert "verstrekt" in texts_of("Wij hebben de gegevens aan de gemeente verstrekt.", "jargon")
    assert "verstrekte" in texts_of("De verstrekte gegevens kloppen niet.", "jargon")


def test_jargon_dienen_te():
    report = taalcheck.check("U dient het formulier voor 1 mei terug te sturen.")
    [f] = [f for f in report.findings if f.category == "jargon"]
    assert f.text == "dient" and "moeten" in f.suggestions


def test_jargon_case_insensitive_and_capital_fix():
    [f] = [f for f in taalcheck.check("Indien u wilt, kunt u bellen.").findings if f.category == "jargon"]
    assert f.fix is not None and f.edits[0].replacement == "Als" and f.fix.safe


def test_plain_text_has_no_jargon():
    assert texts_of("Als u vragen heeft, kunt u ons bellen. Wij helpen u graag.", "jargon") == []


# -- afkorting ---------------------------------------------------------------


def test_known_abbreviation_first_use_only():
    found = [f for f in taalcheck.check("U krijgt geld i.v.m. uw verhuizing. Ook i.v.m. uw werk.").findings if f.category == "afkorting"]
    assert [f.text for f in found] == ["i.v.m."]
    # 'in verband met' is jargon itself: the advice names plain words, and there is no automatic change
    assert found[0].suggestions == ("omdat", "over") and found[0].fix is None


def test_explained_abbreviation_is_not_flagged():
    assert texts_of("Uw burgerservicenummer (BSN) staat op uw paspoort. Vul uw BSN in.", "afkorting") == []
    assert texts_of("Vul uw BSN (burgerservicenummer) in. Uw BSN staat op uw paspoort.", "afkorting") == []


def test_abbreviation_explained_only_later_is_flagged():
    assert texts_of("Vul uw BSN in. Uw burgerservicenummer (BSN) staat op uw paspoort.", "afkorting") == ["BSN"]


def test_name_written_out_earlier_in_the_body_explains_the_abbreviation():
    text = "U krijgt hulp op grond van de Wet maatschappelijke ondersteuning. Die hulp heet ook wel hulp uit de Wmo."
    assert texts_of(text, "afkorting") == []


def test_name_written_out_only_in_the_letterhead_does_not_explain():
    letter = "Centraal Justitieel Incassobureau\nPostbus 1794\n8901 CB Leeuwarden\n\nGeachte heer Bakker,\n\nU betaalt aan het CJIB.\n"
    assert texts_of(letter, "afkorting") == ["CJIB"]


def test_written_out_phrase_does_not_explain_a_dotted_abbreviation():
    assert texts_of("Wij bellen u in verband met de storm. Wij komen ook i.v.m. de schade.", "afkorting") == ["i.v.m."]


def test_abbreviation_between_numbers_is_no_code():
    # a lower-case abbreviation between two numbers is still the abbreviation; a code is in capitals
    assert texts_of("De bibliotheek is dicht van 3 t/m 9 juni.", "afkorting") == ["t/m"]
    assert texts_of("Maak het bedrag over naar NL12 RABO 0123 4567 89.", "afkorting") == []


def test_acronym_fix_writes_out_first_use():
    [f] = [f for f in taalcheck.check("U krijgt hulp via de Wmo.").findings if f.category == "afkorting"]
    assert f.fix is not None and f.fix.replacement == "Wet maatschappelijke ondersteuning (Wmo)"


def test_unknown_abbreviation_detected():
    found = [f for f in taalcheck.check("Uw melding is doorgestuurd naar de NVWX.").findings if f.category == "afkorting"]
    assert [f.text for f in found] == ["NVWX"] and found[0].rule == "A102"


def test_postcode_initials_and_shouting_are_not_abbreviations():
    text = "Stuur de brief naar Postbus 10, 8000 GA Zwolle. J.P. Jansen helpt u. LET OP: de termijn loopt af."
    assert [t for t in texts_of(text, "afkorting")] == []


# -- misleidend --------------------------------------------------------------


def test_keukentafelgesprek():
    assert texts_of("Wij nodigen u uit voor een keukentafelgesprek.", "misleidend") == ["keukentafelgesprek"]


def test_cv_context():
    assert texts_of("Stuur uw cv mee met uw sollicitatie.", "misleidend") == ["cv"]
    assert texts_of("De monteur komt uw cv-ketel nakijken.", "misleidend") == []


def test_beroep_context():
    assert "beroep" in texts_of("U kunt beroep instellen bij de rechtbank.", "misleidend")
    assert texts_of("Uw beroep is kapper en u werkt 20 uur.", "misleidend") == []


def test_misleading_word_inside_a_jargon_phrase_that_goes_away():
    # 'doen toekomen' becomes 'sturen': one finding for the phrase, not a second one for 'toekomen'
    text = "De gemeente zal u binnenkort een nieuwe factuur doen toekomen."
    assert texts_of(text, "jargon") == ["doen toekomen"]
    assert texts_of(text, "misleidend") == []


def test_misleading_word_inside_a_jargon_phrase_that_keeps_it():
    # 'ter zitting' becomes 'op de zitting': the reader still meets 'zitting'
    text = "Uw zaak wordt in mei ter zitting behandeld."
    assert texts_of(text, "jargon") == ["ter zitting"]
    assert texts_of(text, "misleidend") == ["zitting"]


def test_cue_in_the_words_own_frame_outweighs_the_topic():
    # 'wijzen ... erop' is pointing out, even in a letter about a court judgment
    assert texts_of("De kantonrechter heeft een vonnis uitgesproken. Wij wijzen u erop dat het vonnis geldt.", "misleidend") == []
    assert texts_of("De kantonrechter zal op 3 mei vonnis wijzen.", "misleidend") == ["wijzen"]


# -- moeilijk-woord ----------------------------------------------------------


def test_rare_word_flagged_but_not_names_or_compounds():
    found = texts_of("Wij vragen restitutie van de precariobelasting aan Bakker in Zwolle.", "moeilijk-woord")
    assert "Bakker" not in found and "Zwolle" not in found
    assert texts_of("Zet uw fiets in de fietsenstalling bij het gemeentehuis.", "moeilijk-woord") == []


# -- select / ignore ---------------------------------------------------------


def test_select_and_ignore():
    text = "Indien u vragen heeft over de Wmo, kunt u bellen."
    assert {c for c, _ in cats(text, select=["jargon"])} == {"jargon"}
    assert "jargon" not in {c for c, _ in cats(text, ignore=["W101"])}


def test_plain_b1_letter_gets_few_findings():
    letter = (
        "Beste mevrouw Bakker,\n\n"
        "U heeft bij ons hulp gevraagd voor het huishouden. Wij komen graag bij u langs om te praten over wat u nodig heeft. "
        "Dat gesprek is op dinsdag 12 mei om 10.00 uur. Het duurt ongeveer een uur. "
        "Kunt u dan niet? Bel ons dan op 030 123 45 67. Wij maken dan een nieuwe afspraak.\n\n"
        "Met vriendelijke groet,\n\nPetra de Wit\nGemeente Utrecht\n"
    )
    report = taalcheck.check(letter)
    assert [f for f in report.findings if f.severity == "warning"] == []
    assert report.metrics["niveau"] == "B1"


def test_sender_block_makes_abbreviation_known_but_subject_is_a_first_use():
    letter = "UWV\nPostbus 58285\n1040 HG Amsterdam\n\nOnderwerp: Uw WW-uitkering\n\nGeachte heer Bakker,\n\nHet UWV heeft uw WW-uitkering berekend.\n"
    found = [f.text for f in taalcheck.check(letter).findings if f.category == "afkorting"]
    assert found == ["WW"]
    assert letter.index("WW") == [f.start for f in taalcheck.check(letter).findings if f.category == "afkorting"].pop()


def test_postcode_letters_and_company_suffix_are_not_words():
    text = "Stuur het naar Postbus 8150, 6710 AD Ede. Bouwbedrijf Jansen B.V. komt langs."
    report = taalcheck.check(text)
    assert [f.text for f in report.findings if f.category == "jargon"] == []
    assert all(f.suggestions != ("bijvoorbeeld",) for f in report.findings)


def test_numbers_are_not_verbs():
    assert texts_of("U krijgt binnen acht weken een besluit.", "jargon") == []
    assert texts_of("U voldoet aan de voorwaarden.", "jargon") == []


def test_misleading_cue_must_belong_to_the_word_when_parsed():
    from taalcheck.nl import pipeline

    if not pipeline.has_parser(pipeline.shared()):
        pytest.skip("zonder getraind model is er geen zinsontleding")
    assert texts_of("U kunt via de gemeente een zorgverzekering afsluiten.", "misleidend") == ["afsluiten"]
    text = "Wilt u de deur afsluiten als u naar de afspraak over uw verzekering gaat?"
    assert texts_of(text, "misleidend") == []


def test_compound_with_an_abbreviation_is_not_a_nominalisation():
    """'WOZ-beschikking' is a document; 'woz-beschikken' is not a verb (first-day issue, problem 14)."""
    import taalcheck

    report = taalcheck.check("U ontvangt de WOZ-beschikking binnenkort. De AOW-uitkering stopt.")
    assert not [f for f in report.findings if f.category == "nominalisatie"], report.findings
    still = taalcheck.check("Na de verstrekking van uw gegevens beslissen wij.")
    assert any(f.category == "nominalisatie" for f in still.findings)


@pytest.mark.parametrize(
    "text, expected, forbidden",
    [
        ("De aanslag wordt door de inspecteur vastgesteld.", ["'De inspecteur …'", "'vaststellen'"], ["_"]),
        ("Het bedrag wordt door ons binnen zes weken opgelegd.", ["'Wij …'", "'opleggen'"], ["Ons binnen", "_"]),
        ("Wij hebben door de drukte vertraging, maar uw aanvraag wordt beoordeeld.", ["'beoordelen'"], ["drukte"]),
    ],
)
def test_passive_advice_is_plain_dutch_from_its_own_clause(text, expected, forbidden):
    """No 'vast_stellen', no 'Ons binnen …', no actor from another clause (first-day issue, problem 6)."""
    import taalcheck

    advice = " ".join(s for f in taalcheck.check(text).findings if f.category == "passief" for s in f.suggestions)
    assert advice
    for part in expected:
        assert part in advice, advice
    for part in forbidden:
        assert part not in advice, advice
