"""Misleading words decided by sense: the seed's three examples in many phrasings, and their look-alikes.

The sentences are written for this test (not taken from the sense test set
in corpus/betekenis/).
"""

from __future__ import annotations

import pytest

import taalcheck
from taalcheck.lexicon.senses import build_entries
from taalcheck.lexicon.wordlists import WordListError, load_wordlists, read_list

CV = [
    "Stuur uw CV voor 1 april naar de werkcoach.",
    "Wilt u uw cv meesturen met de sollicitatiebrief?",
    "Cv en motivatiebrief stuurt u naar ons adres.",
    "Neem uw Cv mee naar het gesprek met de consulent.",
    "Uw CV is nog niet compleet: de werkervaring ontbreekt.",
    "Heeft u een CV?",
    "- een recent CV;",
    "Wij hebben de cv's van alle deelnemers ontvangen.",
    "De werkcoach helpt u bij het maken van een cv.",
    "Zet uw opleidingen en uw werkervaring in uw CV.",
    "Wij sturen uw CV door naar de werkgever van de vacature.",
    "STUUR UW CV VOOR 1 MEI NAAR DE WERKCOACH.",
    "Bent u op zoek naar werk? Zet dan uw diploma's in uw cv.",
    "In uw Cv staat nog een oud telefoonnummer.",
    "Stuur het cv van uw zoon mee met de aanvraag.",
]
KEUKENTAFELGESPREK = [
    "Wij nodigen u uit voor een keukentafelgesprek.",
    "Het keukentafelgesprek is op dinsdag 3 maart om 10.00 uur.",
    "Wilt u het keukentafelgesprek verzetten? Bel dan het Wmo-loket.",
    "De gemeente voert keukentafelgesprekken met inwoners die hulp vragen.",
    "- het keukentafelgesprek met de consulent;",
    "Na het keukentafelgesprek krijgt u een verslag.",
    "Tijdens het Keukentafelgesprek bespreken wij wat u nodig heeft.",
    "Is er bij het keukentafelgesprek iemand bij u?",
    "U kunt een mantelzorger meenemen naar het keukentafel-gesprek.",
    "Een medewerker van het wijkteam komt voor een keukentafelgesprek bij u langs.",
    "Elke maand voeren onze medewerkers tientallen keukentafelgesprekken.",
    "KEUKENTAFELGESPREK OP 3 MAART",
    "Wij plannen een keukentafelgesprekje met u en uw dochter.",
]
AFSLUITEN = [
    "U moet zelf een zorgverzekering afsluiten.",
    "Sluit u een reisverzekering af?",
    "Sluit een inboedelverzekering af voordat u verhuist.",
    "Het is verstandig om een aansprakelijkheidsverzekering af te sluiten.",
    "Wij vragen u een verzekering af te sluiten voor de scootmobiel.",
    "Heeft u een huurcontract afgesloten? Stuur ons dan een kopie.",
    "U heeft nog geen zorgverzekering afgesloten.",
    "Het afsluiten van een uitvaartverzekering is niet verplicht.",
    "- een kopie van de afgesloten arbeidsovereenkomst;",
    "Als u een lening afsluit, kan dat gevolgen hebben voor uw uitkering.",
    "Indien u als ondernemer voornemens bent een arbeidsongeschiktheidsverzekering af te sluiten, vragen wij u ons dat te melden.",
    "AFSLUITEN VAN EEN REISVERZEKERING KAN OOK ONLINE.",
    "Wij raden u aan om, als u naar het buitenland gaat, een reisverzekering af te sluiten bij een verzekeraar die u vertrouwt.",
    "Sluit u dit jaar een andere zorgverzekering af? Geef dat dan aan ons door.",
    "Bent u van plan een hypotheek af te sluiten?",
]
LOOK_ALIKES = [
    "De monteur komt uw cv-ketel nakijken.",
    "Uw CV-ketel krijgt elk jaar een onderhoudsbeurt.",
    "Ons adres is Marktplein 1, 4463 CV Goes.",
    "Stuur de brief naar Postbus 12, 1234 CV Amsterdam.",
    "De weg is afgesloten door werkzaamheden.",
    "Sluit de deur af als u weggaat.",
    "Vergeet niet de voordeur af te sluiten.",
    "Wij sluiten het water af van 9 tot 12 uur.",
    "Wij hebben een nieuwe keukentafel gekocht.",
    "De sleutels liggen op de keukentafel.",
    "De straat wordt morgen afgesloten voor het verkeer.",
    "Is de waterdruk van uw CV te laag? Vul dan de installatie bij.",
    "Zet de cv 's nachts op 16 graden.",
    "Werkt uw cv niet? Bel dan de storingsdienst van de verhuurder.",
    "Zaaknummer: 10998877 CV EXPL 26-1402",
    "De vergadering wordt om 22.00 uur afgesloten.",
    "Aan de keukentafel is plaats voor zes mensen.",
    "Wij sluiten het schooljaar af met een feest.",
    "De keukentafels in de showroom zijn afgeprijsd.",
    "Na de verbouwing doet de oude cv het weer.",
    "Hoe oud is de cv in uw huurhuis?",
]


def _flagged(text: str) -> list[str]:
    return [f.text for f in taalcheck.check(text).findings if f.category == "misleidend"]


@pytest.mark.parametrize("text", CV + KEUKENTAFELGESPREK + AFSLUITEN)
def test_seed_examples_caught_in_every_phrasing(text):
    assert _flagged(text), text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_never_flagged(text):
    assert _flagged(text) == [], text


def test_message_says_what_readers_think_and_what_is_meant():
    finding = next(f for f in taalcheck.check("Stuur uw CV naar de werkcoach.").findings if f.category == "misleidend")
    assert "Lezers denken aan" in finding.message and "Bedoeld is" in finding.message
    assert finding.fix is None or not finding.fix.safe


def test_split_verb_gets_advice_not_an_explanation_in_brackets():
    """Audit (issue 17): an explanation in brackets inside the sentence was never judged 'goed'; the message explains."""
    text = "Sluit een reisverzekering af als u op vakantie gaat."
    finding = next(f for f in taalcheck.check(text).findings if f.category == "misleidend")
    assert finding.fix is None and "Bedoeld is" in finding.message


def test_everyday_sense_is_silent_and_official_sense_flagged():
    assert _flagged("Wij leggen beslag op uw loon.") == ["beslag"]
    assert _flagged("Roer het beslag voor de pannenkoeken goed door.") == []
    assert _flagged("Wij staken de betaling van uw uitkering.") == ["staken"]
    assert _flagged("Morgen staken de buschauffeurs voor een hoger loon.") == []


def test_a_neighbouring_sentence_decides_when_the_own_sentence_does_not():
    """'Werkt uw cv niet?' says nothing alone (a cv is a curriculum vitae by default); the next sentence does."""
    assert _flagged("Werkt uw cv niet?") == ["cv"]
    assert _flagged("Werkt uw cv niet? Bel dan de storingsdienst.") == []
    assert _flagged("Werkt uw cv niet?") == ["cv"]  # the sentence cache stays exact


def test_front_of_a_procedure_compound_is_official():
    assert _flagged("De verzetdagvaarding moet op tijd bij de rechtbank zijn.") == ["verzetdagvaarding"]
    assert _flagged("Uw zaak staat op de rolzitting van 4 juni.") == ["rolzitting"]
    assert _flagged("De onderhoudsbeurt van de ketel is in mei.") == []


def test_the_parse_decides_by_subject_and_predicate():
    """A verb without an object is about its subject; after 'is' what is said of the word counts."""
    assert _flagged("Uw aanspraak op de vergoeding vervalt na twee jaar.") == ["vervalt"]
    assert _flagged("De schuur achter het huis is helemaal vervallen.") == []
    assert _flagged("Wij vinden de maatregel terecht, want u kwam niet naar de afspraak.") == ["maatregel"]
    assert _flagged("Deze maatregel is goed voor het klimaat.") == []


def test_a_jargon_phrase_the_inventory_names_keeps_the_sense_word():
    """'conclusie van antwoord' is jargon as a whole, but 'conclusie' is what misleads; 'dient ... te'
    only shares 'te' with 'over te leggen'."""
    assert "conclusie" in _flagged("De gedaagde kan tot 3 juni een conclusie van antwoord nemen.")
    assert _flagged("Onze conclusie is dat u de toeslag mag houden.") == []
    assert _flagged("U dient uw laatste drie loonstroken over te leggen.") == ["over te leggen"]


def test_an_official_sense_readers_know_is_silent_but_the_word_is_not():
    """'melden = nee' on one official sense: the word's other official senses are still reported."""
    from taalcheck.lexicon.senses import SenseEntry
    from taalcheck.nl import senses

    entries = {e.woord: e for e in load_wordlists().betekenissen}
    known = next(e for e in entries.values() if not e.reported)
    assert all(not s.melden for s in known.official)
    termijn = entries["termijn"]
    quiet = SenseEntry(termijn.woord, tuple(s if s.betekenis != "deel van het bedrag" else _silent(s) for s in termijn.senses))
    assert quiet.reported
    scores = senses.Scores(
        tuple(3.0 if s.betekenis == "deel van het bedrag" else 0.0 for s in quiet.senses), tuple(frozenset() for _ in quiet.senses)
    )
    assert senses.decide(termijn, scores) is not None
    assert senses.decide(quiet, scores) is None


def _silent(sense):
    from dataclasses import replace

    return replace(sense, melden=False)


def test_letter_domain_decides_when_the_sentence_does_not():
    """A document-level signal: 'termijn' in a tax letter is an instalment; the same sentence alone says nothing."""
    sentence = "De eerste termijn is 120 euro."
    letter = "Dit is uw aanslag inkomstenbelasting. De Belastingdienst stuurt u deze brief. " + sentence
    assert "termijn" not in _flagged(sentence)
    assert "termijn" in _flagged(letter)
    # the cache is exact: the same sentence, checked again alone, is still silent
    assert "termijn" not in _flagged(sentence)


def test_shipped_inventory_loads():
    lists = load_wordlists()
    assert len(lists.betekenissen) >= 120
    by_word = {e.woord: e for e in lists.betekenissen}
    assert by_word["cv"].official and by_word["cv"].everyday
    # a sense entry M101 reports wins over a jargon entry of the same word
    assert "bescheiden" not in {e.woord for e in lists.jargon}


HEADER = "woord,betekenis,soort,voor_lezers,uitleg,alternatieven,signalen,voorbeeld,bron\n"
GOOD = (
    "aanslag,belastingbrief,officieel,Een brief van de belasting.,Lezers denken aan een aanval. Bedoeld is: de belastingbrief.,"
    "belastingbrief,belasting | betalen | domein:belasting,Dit is uw aanslag.,Van Dale\n"
    "aanslag,aanval,alledaags,,,,bom | dader | gewond,De aanslag was gisteren.,Van Dale\n"
)


def _write(tmp_path, text):
    path = tmp_path / "betekenissen.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_loader_reads_a_sense_file(tmp_path):
    kind, entries = read_list(_write(tmp_path, HEADER + GOOD))
    assert kind == "betekenissen" and entries[0].woord == "aanslag" and len(entries[0].senses) == 2


@pytest.mark.parametrize(
    "broken, row, words",
    [
        (GOOD.replace("officieel,Een", "officeel,Een"), 2, "soort"),
        (GOOD.replace("bom | dader | gewond", "bom | dader"), 3, "minstens 3"),
        (GOOD.replace("domein:belasting", "domein:sport"), 2, "onderwerp"),
        (GOOD.replace("domein:belasting", "over:belasting"), 2, "onbekend"),
        (GOOD.replace("domein:belasting", "lidwoord:een"), 2, "lidwoord:het"),
        (GOOD.replace("bom | dader", "belasting | dader"), 3, "officiële én een alledaagse"),
        (GOOD.replace(",,,,bom", ",uitleg,,,bom"), 3, "voor_lezers"),
        (GOOD.replace(",Van Dale\naanslag", ",taalcheck\naanslag"), 2, "bron"),
        (GOOD.replace("aanslag,aanval,alledaags", "aanslag,belastingbrief,alledaags"), 3, "al in rij 2"),
        (GOOD.replace("aanslag,aanval,alledaags,,,,bom", "aanslag,aanval,officieel,a,b,c,bom"), 2, "alledaagse betekenis nodig"),
    ],
)
def test_loader_names_file_and_row(tmp_path, broken, row, words):
    path = _write(tmp_path, HEADER + broken)
    with pytest.raises(WordListError) as info:
        read_list(path)
    assert f"{path}:{row}:" in str(info.value) and words in str(info.value)


def test_rows_of_a_word_stand_together():
    rows = [
        (
            2,
            {
                "woord": "a",
                "betekenis": "x",
                "soort": "alledaags",
                "voor_lezers": "",
                "uitleg": "",
                "alternatieven": "",
                "signalen": "p | q | r",
                "voorbeeld": "v",
                "bron": "b",
            },
        ),
        (
            3,
            {
                "woord": "b",
                "betekenis": "x",
                "soort": "alledaags",
                "voor_lezers": "",
                "uitleg": "",
                "alternatieven": "",
                "signalen": "p | q | r",
                "voorbeeld": "v",
                "bron": "b",
            },
        ),
        (
            4,
            {
                "woord": "a",
                "betekenis": "y",
                "soort": "alledaags",
                "voor_lezers": "",
                "uitleg": "",
                "alternatieven": "",
                "signalen": "p | q | s",
                "voorbeeld": "v",
                "bron": "b",
            },
        ),
    ]
    with pytest.raises(WordListError, match=r"f\.csv:4: De rijen van 'a' staan niet onder elkaar"):
        build_entries(rows, "f.csv", WordListError)


def test_rule_documentation_examples_hold():
    """'taalcheck regels M101' shows an example of each sense; they must be true."""
    import re

    from taalcheck.rules import RULES

    doc = RULES["M101"].doc
    examples = re.findall(r"^\s*-?\s*(.+?[.?]) \((melding|geen melding)", doc, flags=re.MULTILINE)
    assert len(examples) >= 6
    for sentence, verdict in examples:
        assert bool(_flagged(sentence)) == (verdict == "melding"), sentence


def test_a_named_or_set_term_is_a_period_not_an_instalment():
    """'voornoemde termijn', 'de gestelde termijn', 'de termijn verlengen': the time to act, even near money words."""
    text = "Wij vragen u de ontbrekende bedragen te betalen. Voor de duur van voornoemde termijn wordt de beslistermijn opgeschort."
    messages = [f.message for f in taalcheck.check(text).findings if f.category == "misleidend" and f.text == "termijn"]
    assert messages and all("deel van het bedrag" not in m for m in messages)


def test_a_separable_particle_makes_another_verb():
    """'wezen ... af' and 'af te wijzen' are afwijzen: never the court's 'wijzen', even in a court letter."""
    letter = (
        "Rechtbank Oostland\nPostbus 10\n8000 AB Zwolle\n\nGeachte heer Smit,\n\n"
        "De kantonrechter heeft in uw zaak vonnis gewezen. In dat besluit wezen wij uw aanvraag af. "
        "Wij hebben besloten uw verzoek af te wijzen.\n"
    )
    assert [w for w in _flagged(letter) if w in ("wezen", "wijzen")] == []
    assert "gewezen" in _flagged(letter)
