"""Rewrite cases: a sentence in, the expected sentence out.

The word lists used here are the test's own (``LISTS`` below, loaded as an
organisation's extra lists), so the cases test how fixes are made (forms,
word order, capitals) and not which entries the shipped lists call safe.
"""

from __future__ import annotations

import pytest

import taalcheck

JARGON = """woord,alternatieven,uitleg,veilig,bron
indien,als,Deftig woord.,ja,test
derhalve,daarom,Deftig woord.,ja,test
aangezien,omdat,Deftig woord.,ja,test
ten behoeve van,voor,Deftig.,ja,test
met betrekking tot,over,Deftig.,ja,test
verstrekken,geven,Deftig.,ja,test
retourneren,terugsturen,Deftig.,ja,test
verzoeken,vragen,Deftig.,ja,test
verschuldigd,te betalen,Deftig.,ja,test
heffing,belasting,Vakwoord.,ja,test
berichten,laten weten,Deftig.,ja,test
kenbaar maken,laten weten,Deftig.,ja,test
dienen te,moeten,Deftig.,ja,test
mocht u,als,Stijf.,nee,test
dagtekening,datum,Ouderwets.,ja,test
aanvang,begin,Ouderwets.,ja,test
beschikking,besluit,Juridisch.,ja,test
afschrift,kopie,Ouderwets.,ja,test
arbeid,werk,Stijf.,ja,test
welke,die | dat,Stijf.,nee,test
betreffende,over,Stijf.,nee,test
in de gelegenheid stellen,de kans geven,Lang.,ja,test
wensen,willen,Stijf.,ja,test
voornoemd,deze,Stijf.,nee,test
alvorens,voordat,Ouderwets.,ja,test
in mindering brengen,aftrekken,Lang.,ja,test
werkzaamheden,werk,Lang.,ja,test
gehouden te,moeten,Juridisch.,ja,test
"""
AFKORTINGEN = """afkorting,voluit,uitleg
i.v.m.,in verband met,
Wmo,Wet maatschappelijke ondersteuning,
BSN,burgerservicenummer,
"""
MISLEIDEND = """woord,alternatieven,uitleg,veilig,bron,wel_als,niet_als
keukentafelgesprek,huisbezoek,Lezers denken aan een tafel. Bedoeld is: een gesprek bij u thuis over hulp.,nee,test,,
beroep,zaak bij de rechter,Lezers denken aan werk. Bedoeld is: u vraagt de rechter om te kijken.,nee,test,rechtbank,
"""


@pytest.fixture(scope="module")
def lists(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lijsten")
    (folder / "jargon-test.csv").write_text(JARGON, encoding="utf-8")
    (folder / "afkortingen-test.csv").write_text(AFKORTINGEN, encoding="utf-8")
    (folder / "misleidend-test.csv").write_text(MISLEIDEND, encoding="utf-8")
    return str(folder)


SAFE_JARGON = [
    # capitals and phrases
    ("Indien u vragen heeft, kunt u bellen.", "Als u vragen heeft, kunt u bellen."),
    ("U kunt bellen indien u vragen heeft.", "U kunt bellen als u vragen heeft."),
    ("Derhalve sturen wij u deze brief.", "Daarom sturen wij u deze brief."),
    ("Aangezien u verhuist, stoppen wij de betaling.", "Omdat u verhuist, stoppen wij de betaling."),
    ("Ten behoeve van uw aanvraag hebben wij een kopie nodig.", "Voor uw aanvraag hebben wij een kopie nodig."),
    ("Wij sturen u een brief met betrekking tot uw uitkering.", "Wij sturen u een brief over uw uitkering."),
    ("Met betrekking tot uw vraag: wij bellen u.", "Over uw vraag: wij bellen u."),
    # inflection
    ("U verstrekt ons de gegevens.", "U geeft ons de gegevens."),
    ("Wij hebben de gegevens al verstrekt.", "Wij hebben de gegevens al gegeven."),
    ("Wij verstrekten u toen een voorschot.", "Wij gaven u toen een voorschot."),
    ("U verstrekte ons toen een kopie.", "U gaf ons toen een kopie."),
    ("Wij verzoeken u het formulier in te vullen.", "Wij vragen u het formulier in te vullen."),
    ("U verzocht ons om uitstel.", "U vroeg ons om uitstel."),
    ("Hij verzoekt om uitstel.", "Hij vraagt om uitstel."),
    ("Wij hebben u verzocht te betalen.", "Wij hebben u gevraagd te betalen."),
    ("Het verschuldigde bedrag is hoog.", "Het te betalen bedrag is hoog."),
    ("Het bedrag is verschuldigd.", "Het bedrag is te betalen."),
    ("De heffingen zijn hoger dan vorig jaar.", "De belastingen zijn hoger dan vorig jaar."),
    ("De heffing is hoger dan vorig jaar.", "De belasting is hoger dan vorig jaar."),
    # separable verbs and word order
    ("U retourneert het formulier voor 1 mei.", "U stuurt het formulier voor 1 mei terug."),
    ("Als u het formulier retourneert, krijgt u geld.", "Als u het formulier terugstuurt, krijgt u geld."),
    ("Wij vragen u het formulier te retourneren.", "Wij vragen u het formulier terug te sturen."),
    ("Wij hebben het formulier geretourneerd.", "Wij hebben het formulier teruggestuurd."),
    ("Het geretourneerde formulier is binnen.", "Het teruggestuurde formulier is binnen."),
    ("Wij retourneren het formulier.", "Wij sturen het formulier terug."),
    ("Retourneert u het formulier?", "Stuurt u het formulier terug?"),
    ("U kunt het formulier retourneren.", "U kunt het formulier terugsturen."),
    ("Wij retourneerden het formulier.", "Wij stuurden het formulier terug."),
    ("Wij berichten u over de uitkomst.", "Wij laten u over de uitkomst weten."),
    ("Als u dit kenbaar maakt, helpen wij u.", "Als u dit laat weten, helpen wij u."),
    ("U kunt dit kenbaar maken bij ons.", "U kunt dit laten weten bij ons."),
    # "dienen te"
    ("U dient het formulier voor 1 mei te retourneren.", "U moet het formulier voor 1 mei terugsturen."),
    ("U dient het formulier in te vullen.", "U moet het formulier invullen."),
    ("Wij dienen uw aanvraag te beoordelen.", "Wij moeten uw aanvraag beoordelen."),
    ("U diende het bedrag te betalen.", "U moest het bedrag betalen."),
    ("Dient u het formulier op te sturen?", "Moet u het formulier opsturen?"),
    ("Als u dient te betalen, krijgt u een brief.", "Als u moet betalen, krijgt u een brief."),
    ("Indien u dient te betalen, krijgt u een brief.", "Als u moet betalen, krijgt u een brief."),
]

# Noun phrases: the article follows the new noun; 'welke' and pointing words follow the antecedent.
SAFE_JARGON += [
    (
        "U kunt binnen zes weken na dagtekening van deze brief bezwaar maken.",
        "U kunt binnen zes weken na de datum van deze brief bezwaar maken.",
    ),
    ("Kom tien minuten voor aanvang van de zitting.", "Kom tien minuten voor het begin van de zitting."),
    ("De aanvang van de cursus is op 1 mei.", "Het begin van de cursus is op 1 mei."),
    ("Deze beschikking geldt vanaf 1 mei.", "Dit besluit geldt vanaf 1 mei."),
    ("Wij sturen u de beschikking die u vroeg.", "Wij sturen u het besluit dat u vroeg."),
    ("Wij sturen u de nieuwe beschikking.", "Wij sturen u het nieuwe besluit."),
    ("Het afschrift ligt klaar.", "De kopie ligt klaar."),
    ("Wij sturen u een afschrift.", "Wij sturen u een kopie."),
    ("U heeft inkomsten uit arbeid.", "U heeft inkomsten uit werk."),
    ("Wij hebben de gegevens welke bij ons bekend zijn gebruikt.", "Wij hebben de gegevens die bij ons bekend zijn gebruikt."),
    ("Het formulier, welke u stuurde, is zoek.", "Het formulier, dat u stuurde, is zoek."),
    (
        "Wij nemen juridische stappen, welke kunnen leiden tot ontbinding.",
        "Wij nemen juridische stappen, die kunnen leiden tot ontbinding.",
    ),
    ("Op de betreffende dag moet u thuis zijn.", "Op die dag moet u thuis zijn."),
    ("In het betreffende gebied mag u parkeren.", "In dat gebied mag u parkeren."),
    ("Het verschuldigde bedrag staat op de factuur.", "Het te betalen bedrag staat op de factuur."),
    # after a person 'zijn ... te betalen' is wrong: 'zijn' becomes 'moeten'
    ("Voor uw beroep bent u griffierecht verschuldigd.", "Voor uw beroep moet u griffierecht betalen."),
    ("Wij zien dat u ons € 50 verschuldigd bent.", "Wij zien dat u ons € 50 moet betalen."),
    # a phrase with a verb: the fixed words swap, the verb keeps its form
    ("Wij stellen u in de gelegenheid om te reageren.", "Wij geven u de kans om te reageren."),
    ("Daarom wordt u in de gelegenheid gesteld te reageren.", "Daarom wordt u de kans gegeven te reageren."),
    # 'wensen te' becomes 'willen' like 'dienen te' becomes 'moeten'
    ("Als u geen gebruik wenst te maken van de regeling, bel ons.", "Als u geen gebruik wilt maken van de regeling, bel ons."),
    ("Als u stukken wenst in te dienen, bel ons.", "Als u stukken wilt indienen, bel ons."),
    ("Als hij wenst te komen, is dat goed.", "Als hij wil komen, is dat goed."),
    # without an article, the ending of the pointing word shows the gender; the text above names the thing
    ("De termijn is kort. Betaal binnen voornoemde termijn.", "De termijn is kort. Betaal binnen die termijn."),
    ("Wij namen een besluit. Het voornoemde besluit geldt nu.", "Wij namen een besluit. Dat besluit geldt nu."),
    # a conjunction before a clause with a subject and a verb
    ("Alvorens de inspecteur beslist, mag u reageren.", "Voordat de inspecteur beslist, mag u reageren."),
    ("Indien u niet in staat bent het bedrag te betalen, bel ons.", "Als u niet in staat bent het bedrag te betalen, bel ons."),
    ("Uit de door u verstrekte gegevens blijkt dat u verhuist.", "Uit de door u gegeven gegevens blijkt dat u verhuist."),
    # 'kenbaar te maken' is one te-infinitive; a phrase closed by its verb becomes one verb
    ("U kunt uw mening kenbaar te maken.", "U kunt uw mening te laten weten."),
    ("Er wordt een bedrag in mindering gebracht.", "Er wordt een bedrag afgetrokken."),
    # a plural becomes a word without a plural, where no verb depends on it
    ("U mag niet met de werkzaamheden beginnen.", "U mag niet met het werk beginnen."),
    # 'zijn gehouden te' becomes 'moeten' when 'zijn' comes first
    ("Daarom bent u gehouden dit meteen te melden.", "Daarom moet u dit meteen melden."),
    ("U dient zich op die datum als werkzoekende in te schrijven.", "U moet zich op die datum als werkzoekende inschrijven."),
    ("Als u de gevraagde gegevens niet verstrekt, stoppen wij.", "Als u de gevraagde gegevens niet geeft, stoppen wij."),
    ("Wij sturen u een afschrift van het vonnis dat de rechter gaf.", "Wij sturen u een kopie van het vonnis dat de rechter gaf."),
    ("De houder van een hond is gehouden hiervan aangifte te doen.", "De houder van een hond moet hiervan aangifte doen."),
]

# Not certain enough for --fix: the safe rewrite leaves them alone.
SAFE_UNCHANGED = [
    "Aanvang terugbetaling studieschuld",  # a heading: where would 'het' go?
    "U heeft inkomsten uit werk ontvangen, welke u niet meldde.",  # 'werk' is a het-word: die or dat?  # 'voordat' needs a subject: 'voordat wij beslissen'
    "U retourneert het formulier en de bijlagen.",  # where does 'terug' go?
]
# no rewrite at all, not even a proposal: 'mee' belongs to 'er' ('er rekening mee houden'), not to 'meehouden'
NO_REWRITE = [
    "U dient er rekening mee te houden.",
    "U dient er zorg voor te dragen dat alles klopt.",
    "De werkzaamheden duren twee dagen.",  # 'het werk duren': plural to singular, and the verb would change too
]

ABBREVIATIONS = [
    # 'in verband met' is jargon itself (issue 14, problem 8): advice, no automatic change
    ("Wij bellen u i.v.m. uw verhuizing.", "Wij bellen u i.v.m. uw verhuizing."),
    ("I.v.m. uw verhuizing bellen wij u.", "I.v.m. uw verhuizing bellen wij u."),
    ("Uw aanvraag voor de Wmo is binnen.", "Uw aanvraag voor de Wet maatschappelijke ondersteuning (Wmo) is binnen."),
    ("Uw BSN staat op uw paspoort. Uw BSN is geheim.", "Uw burgerservicenummer (BSN) staat op uw paspoort. Uw BSN is geheim."),
    ("Uw burgerservicenummer (BSN) is geheim.", "Uw burgerservicenummer (BSN) is geheim."),
    # in a compound the full name after the whole word reads as the compound's meaning (issue 17): a proposal
    ("Het Wmo-loket is open.", "Het Wmo-loket is open."),
    ("Het Wmo-loket (Wet maatschappelijke ondersteuning) is open.", "Het Wmo-loket (Wet maatschappelijke ondersteuning) is open."),
    ("Uw BSN's zijn geheim.", "Uw BSN's zijn geheim."),
]

PROPOSALS = [
    ("passief", "Het formulier wordt door de gemeente naar u gestuurd.", "De gemeente stuurt het formulier naar u."),
    ("passief", "Uw aanvraag werd door ons beoordeeld.", "Wij beoordeelden uw aanvraag."),
    ("passief", "U wordt door de gemeente uitgenodigd.", "De gemeente nodigt u uit."),
    ("passief", "Uw aanvraag wordt beoordeeld.", "Wij beoordelen uw aanvraag."),
    # the verb second, 'door' right after it: the actor becomes the subject there
    ("passief", "Over de maand mei is door u geen huur betaald.", "Over de maand mei heeft u geen huur betaald."),
    ("passief", "Hierop wordt door de gemeente een bedrag in mindering gebracht.", "Hierop brengt de gemeente een bedrag in mindering."),
    # a decision of the letter's sender: 'wij' is certainly the actor
    ("passief", "Daarom is uw aanvraag afgewezen.", "Daarom hebben wij uw aanvraag afgewezen."),
    ("passief", "Uw bezwaarschrift is op 3 maart ontvangen.", "Wij hebben uw bezwaarschrift op 3 maart ontvangen."),
    # not certain: another actor may do it, or the particle of the verb is unknown
    ("passief", "Het bedrag wordt op uw rekening gestort.", "Het bedrag wordt op uw rekening gestort."),
    ("passief", "Daarom wordt door ons uw uitkering stopgezet.", "Daarom wordt door ons uw uitkering stopgezet."),
    ("passief", "Uw gegevens worden door ons binnen 8 weken verwerkt.", "Wij verwerken uw gegevens binnen 8 weken."),
    ("passief", "Uw bijdrage is door ons vastgesteld.", "Wij hebben uw bijdrage vastgesteld."),
    ("passief", "Uw verzekering wordt per 1 januari door de verzekeraar opgezegd.", "De verzekeraar zegt uw verzekering per 1 januari op."),
    ("passief", "Het bedrag wordt door de gemeente gemeld.", "De gemeente meldt het bedrag."),
    (
        "lange-zin",
        "Wij hebben uw aanvraag voor bijzondere bijstand voor de kosten van een nieuwe wasmachine ontvangen en gaan deze zo snel mogelijk beoordelen.",
        "Wij hebben uw aanvraag voor bijzondere bijstand voor de kosten van een nieuwe wasmachine ontvangen. Wij gaan deze zo snel mogelijk beoordelen.",
    ),
    (
        "lange-zin",
        "Wij kunnen uw aanvraag voor bijzondere bijstand voor de kosten van een nieuwe wasmachine helaas niet toekennen, omdat uw inkomen te hoog is.",
        "Wij kunnen uw aanvraag voor bijzondere bijstand voor de kosten van een nieuwe wasmachine helaas niet toekennen. De reden is dat uw inkomen te hoog is.",
    ),
    (
        "lange-zin",
        "U krijgt geld van ons voor de huur van uw woning en de kosten van de verwarming; u moet dit geld terugbetalen als u verhuist.",
        "U krijgt geld van ons voor de huur van uw woning en de kosten van de verwarming. U moet dit geld terugbetalen als u verhuist.",
    ),
    (
        "lange-zin",
        "Als u het niet eens bent met de vaststelling van uw bijdrage, kunt u binnen zes weken na de datum van deze brief bezwaar maken.",
        "Bent u het niet eens met de vaststelling van uw bijdrage? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken.",
    ),
    (
        "lange-zin",
        "Als het formulier niet binnen de gestelde termijn bij ons is ontvangen, sturen wij u binnen twee weken een nieuwe brief met een besluit.",
        "Is het formulier niet binnen de gestelde termijn bij ons ontvangen? Dan sturen wij u binnen twee weken een nieuwe brief met een besluit.",
    ),
    (
        "lange-zin",
        "Als u wilt weten of u recht heeft op toeslag voor de kosten van uw woning, kunt u ons bellen op werkdagen.",
        "Als u wilt weten of u recht heeft op toeslag voor de kosten van uw woning, kunt u ons bellen op werkdagen.",
    ),
    ("misleidend", "Wij nodigen u uit voor een keukentafelgesprek.", "Wij nodigen u uit voor een huisbezoek."),
    # the last clause becomes a main clause: its adverb first, then the finite verb (issue 17)
    (
        "lange-zin",
        "De gemeente heeft uw aanvraag voor een parkeervergunning voor de wijk Oost op 3 maart ontvangen, waarna de vergunning per post naar uw adres is verstuurd.",
        "De gemeente heeft uw aanvraag voor een parkeervergunning voor de wijk Oost op 3 maart ontvangen. Daarna is de vergunning per post naar uw adres verstuurd.",
    ),
    (
        "lange-zin",
        "U krijgt van ons elke maand een vast bedrag voor de kosten van de opvang van uw kinderen, waarbij de hoogte van het bedrag afhangt van uw inkomen.",
        # 'afhangt' is 'afhangen' (the dictionary knows 'hangen'): the particle stays behind, the phrase after the verb too
        "U krijgt van ons elke maand een vast bedrag voor de kosten van de opvang van uw kinderen. Daarbij hangt de hoogte van het bedrag af van uw inkomen.",
    ),
    (
        "lange-zin",
        "U moet het formulier met alle gevraagde bewijsstukken binnen twee weken aan ons terugsturen, zodat wij uw aanvraag voor de toeslag op tijd kunnen behandelen.",
        "U moet het formulier met alle gevraagde bewijsstukken binnen twee weken aan ons terugsturen. Zo kunnen wij uw aanvraag voor de toeslag op tijd behandelen.",
    ),
    (
        "lange-zin",
        "Het bedrag van de belasting wordt in tien delen via automatische incasso van uw rekening afgeschreven, tenzij u ons heeft gevraagd om alles in één keer te betalen.",
        "Het bedrag van de belasting wordt in tien delen via automatische incasso van uw rekening afgeschreven. Dit geldt niet als u ons heeft gevraagd om alles in één keer te betalen.",
    ),
    # the condition's verb by its spelling ('wenst'), not a noun after a preposition ('in staat bent')
    (
        "lange-zin",
        "Indien u niet in staat bent het volledige bedrag in één keer te betalen, kunt u contact met ons opnemen voor een regeling.",
        "Bent u niet in staat het volledige bedrag in één keer te betalen? Dan kunt u contact met ons opnemen voor een regeling.",
    ),
    (
        "lange-zin",
        "Indien u getuigen of een deskundige wenst mee te nemen, moet u hun namen uiterlijk tien dagen voor de zitting aan ons doorgeven.",
        "Wenst u getuigen of een deskundige mee te nemen? Dan moet u hun namen uiterlijk tien dagen voor de zitting aan ons doorgeven.",
    ),
    (
        "lange-zin",
        "Als u vindt dat het besluit niet klopt, kunt u binnen zes weken na de datum van deze brief bezwaar maken bij de gemeente.",
        "Vindt u dat het besluit niet klopt? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij de gemeente.",
    ),
    # a 'dat'-clause after the verbs of the last clause: the verbs are still clear
    (
        "lange-zin",
        "Wij hebben uw aanvraag voor bijzondere bijstand voor een nieuwe wasmachine ontvangen, waarna wij hebben gezien dat u meer verdient dan de norm.",
        "Wij hebben uw aanvraag voor bijzondere bijstand voor een nieuwe wasmachine ontvangen. Daarna hebben wij gezien dat u meer verdient dan de norm.",
    ),
    (
        "lange-zin",
        "Wij sturen u binnen twee weken een nieuwe brief met ons besluit over uw aanvraag voor bijzondere bijstand, waardoor u en uw partner weten waar u aan toe bent.",
        "Wij sturen u binnen twee weken een nieuwe brief met ons besluit over uw aanvraag voor bijzondere bijstand, waardoor u en uw partner weten waar u aan toe bent.",
    ),
    # an explanation in brackets inside the sentence was never 'goed' in the audit: advice only
    ("misleidend", "U kunt beroep instellen bij de rechtbank.", "U kunt beroep instellen bij de rechtbank."),
]


@pytest.mark.parametrize("before, after", SAFE_JARGON)
def test_safe_jargon_rewrite(lists, before, after):
    assert taalcheck.rewrite(before, select=["jargon"], woordenlijsten=[lists]) == after


def test_conjunction_before_te_infinitive_is_advice(lists):
    """'voordat een besluit te nemen' is no Dutch clause: no fix, not even a proposal."""
    text = "Alvorens een besluit te nemen, horen wij u."
    assert taalcheck.rewrite(text, select=["jargon"], woordenlijsten=[lists], safe_only=False) == text


@pytest.mark.parametrize("text", SAFE_UNCHANGED)
def test_uncertain_rewrites_are_not_safe(lists, text):
    assert taalcheck.rewrite(text, select=["jargon"], woordenlijsten=[lists]) == text
    assert taalcheck.rewrite(text, select=["jargon"], woordenlijsten=[lists], safe_only=False) != text


# A de-word swapped for a het-word after an adjective with -e: the swap alone gives
# 'een nieuwe besluit', 'passende werk' (audit 2), so advice, no proposal.
ADJECTIVE_WOULD_BREAK = [
    "Wij sturen u een nieuwe beschikking.",
    "Wij zoeken passende arbeid voor u.",
    # likewise 'na de datum' without 'van ...': of what? (fifth audit: meaning lost)
    "Stuur het formulier binnen tien dagen na dagtekening terug.",
    "U kunt binnen zes weken na de dagtekening bezwaar maken.",
    # and a pointing word whose noun the text above does not name (fifth audit)
    "Betaal binnen voornoemde termijn.",
]


@pytest.mark.parametrize("text", ADJECTIVE_WOULD_BREAK)
def test_no_proposal_that_breaks_the_adjective(lists, text):
    assert taalcheck.rewrite(text, select=["jargon"], woordenlijsten=[lists], safe_only=False) == text


@pytest.mark.parametrize("text", NO_REWRITE)
def test_no_rewrite_when_a_particle_may_belong_to_er(lists, text):
    assert taalcheck.rewrite(text, select=["jargon"], woordenlijsten=[lists], safe_only=False) == text


@pytest.mark.parametrize("before, after", ABBREVIATIONS)
def test_abbreviation_first_use_written_out(lists, before, after):
    assert taalcheck.rewrite(before, select=["afkorting"], woordenlijsten=[lists]) == after


@pytest.mark.parametrize("category, before, after", PROPOSALS)
def test_proposals_need_unsafe_fixes(lists, category, before, after):
    assert taalcheck.rewrite(before, select=[category], woordenlijsten=[lists], safe_only=False) == after
    assert taalcheck.rewrite(before, select=[category], woordenlijsten=[lists]) == before


def test_nominalisation_proposals():
    from taalcheck.nl.pipeline import shared
    from taalcheck.rewrites.proposals import nominalisation_to_verb

    nlp = shared()
    cases = [
        (
            "Voor het invullen van het formulier heeft u een uur nodig.",
            1,
            "invullen",
            "Om het formulier in te vullen heeft u een uur nodig.",
        ),
        ("Na het indienen van uw aanvraag krijgt u bericht.", 1, "indienen", "Nadat u uw aanvraag heeft ingediend, krijgt u bericht."),
        ("U betaalt niets bij het indienen van uw aanvraag.", 4, "indienen", "U betaalt niets als u uw aanvraag indient."),
    ]
    for text, index, verb, expected in cases:
        edit = nominalisation_to_verb(nlp(text), index, verb)
        assert edit is not None, text
        assert text[: edit.start] + edit.replacement + text[edit.end :] == expected


def test_phrase_with_its_verb_in_front_is_left_to_a_human(lists):
    text = "Wij brengen het bedrag in mindering."  # 'Wij trekken het bedrag af': the word order changes
    assert taalcheck.rewrite(text, select=["jargon"], woordenlijsten=[lists]) == text


def test_welke_that_asks_is_not_jargon(lists):
    report = taalcheck.check("Wij kijken welke functies u nog kunt doen.", select=["jargon"], woordenlijsten=[lists])
    assert not report.findings


def test_enough_cases():
    assert len(SAFE_JARGON) + len(SAFE_UNCHANGED) + len(ABBREVIATIONS) + len(PROPOSALS) + 3 >= 40


def test_a_parse_that_disagrees_makes_the_word_order_uncertain():
    import spacy
    from spacy.tokens import Doc

    from taalcheck.nl.clauses import verb_order

    vocab = spacy.blank("nl").vocab

    words = ["Als", "u", "het", "formulier", "retourneert", ",", "krijgt", "u", "geld", "."]
    plain = Doc(vocab, words=words)
    assert verb_order(plain, 4) == ("sub", True)
    assert verb_order(plain, 6) == ("main", True)
    heads = [4, 4, 3, 4, 6, 6, 6, 6, 6, 6]
    agree = Doc(vocab, words=words, heads=heads, deps=["mark", "nsubj", "det", "obj", "advcl", "punct", "ROOT", "nsubj", "obj", "punct"])
    assert verb_order(agree, 4) == ("sub", True)
    assert verb_order(agree, 6) == ("main", True)
    disagree = Doc(
        vocab, words=words, heads=heads, deps=["advmod", "nsubj", "det", "obj", "ROOT", "punct", "conj", "nsubj", "obj", "punct"]
    )
    assert verb_order(disagree, 4) == ("main", False)


def test_vervoegingen_data_is_consistent():
    """The inflection table is data: lint it like the word lists."""
    import csv

    from taalcheck.lexicon.inflection import KINDS, data_path
    from taalcheck.nl.inflection import load_forms
    from taalcheck.nl.word_classes import PARTICLES

    rows = list(csv.DictReader(data_path().open(encoding="utf-8")))
    words = [" ".join(r["woord"].split()).lower() for r in rows]
    assert len(words) == len(set(words)), "dubbele rij in vervoegingen.csv"
    table = load_forms()
    assert len(table) == len(rows) >= 100
    for lemma, forms in table.items():
        assert set(forms.forms) == set(KINDS[forms.kind]), lemma
        if forms.kind != "werkwoord":
            continue
        tails = {forms.forms[s].partition(" ")[2] for s in ("stam", "t", "ovt_ev", "ovt_mv")}
        assert len(tails) == 1, f"{lemma}: niet overal hetzelfde achterste deel"
        tail = tails.pop()
        if tail in PARTICLES and " " not in lemma:
            assert lemma.startswith(tail) and forms.forms["vd"].startswith(tail), lemma
        if not tail:
            assert " " not in lemma and lemma.endswith("n"), lemma


def test_dienen_without_its_own_te_is_left_alone(lists):
    text = "Dit formulier dient als bewijs en u hoeft niets te doen."
    assert taalcheck.rewrite(text, select=["jargon"], woordenlijsten=[lists], safe_only=False) == text


@pytest.mark.parametrize(
    "before, after",
    [
        ("Mocht u van mening zijn dat dit niet klopt, dan kunt u bellen.", "Als u van mening bent dat dit niet klopt, dan kunt u bellen."),
        ("Mocht u de brief niet hebben ontvangen, dan kunt u bellen.", "Als u de brief niet heeft ontvangen, dan kunt u bellen."),
        ("Mocht u vragen hebben, bel ons dan.", "Als u vragen heeft, bel ons dan."),
    ],
)
def test_mocht_u_becomes_als_u_with_a_finite_verb(lists, before, after):
    assert taalcheck.rewrite(before, select=["jargon"], woordenlijsten=[lists], safe_only=False) == after
    assert taalcheck.rewrite(before, select=["jargon"], woordenlijsten=[lists]) == before


def test_mocht_u_is_safe_only_for_one_verb_that_closes_its_clause(tmp_path):
    (tmp_path / "jargon-mocht.csv").write_text("woord,alternatieven,uitleg,veilig,bron\nmocht u,als,Stijf.,ja,test\n", encoding="utf-8")

    def rewrite(text):
        return taalcheck.rewrite(text, select=["jargon"], woordenlijsten=[str(tmp_path)])

    assert rewrite("Mocht u vragen hebben, bel ons dan.") == "Als u vragen heeft, bel ons dan."
    assert rewrite("Mocht u van mening zijn dat het niet klopt, bel ons.") == "Als u van mening bent dat het niet klopt, bel ons."
    two_verbs = "Mocht u de brief niet hebben ontvangen, dan kunt u bellen."
    assert rewrite(two_verbs) == two_verbs
