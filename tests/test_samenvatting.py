"""The summary of `taalcheck uitleg`: only a phrase that sets the reader's own term gives a date,
the amount is the one the reader pays or gets, the number is one to call, the action the main request."""

from __future__ import annotations

from taalcheck.uitleg.summary import summarize

HEAD = """Gemeente Oosterveen
Postbus 12
9401 AA Oosterveen

De heer K. Smit
Dorpsweg 3
9402 BB Oosterveen

Datum: 2 maart 2026
Onderwerp: Uw aanvraag

Geachte heer Smit,

"""
FOOT = """
Met vriendelijke groet,

Team Inkomen
"""


def letter(body: str) -> str:
    return HEAD + body + FOOT


def test_a_term_under_a_condition_gives_way_to_one_that_always_holds():
    s = summarize(
        letter(
            "Vul het formulier in. Dat kan tot en met 30 april 2026.\n\n"
            "Lukt het niet op tijd? Vraag dan meer tijd aan. Dat moet wel voor 15 april.\n"
        )
    )
    assert s.datum.datum == "2026-04-30"


def test_a_term_for_a_choice_is_no_deadline():
    s = summarize(
        letter("Wij halen het geld in 10 delen van uw rekening. Wilt u liever alles in één keer betalen? Mail ons dan voor 1 april 2026.\n")
    )
    assert s.datum is None


def test_a_term_that_counts_from_a_change_or_a_bill_gives_no_date():
    s = summarize(letter("Gaat u verhuizen of verandert uw inkomen? Geef het aan ons door.\n\nDoe dit binnen 2 weken.\n"))
    assert s.datum is not None and s.datum.datum is None and s.datum.waarde == "binnen 2 weken"
    s = summarize(letter("U krijgt elke maand een rekening. Betaal de rekening binnen 30 dagen.\n"))
    assert s.datum is not None and s.datum.datum is None
    # a term without such a start counts from the letter's date
    s = summarize(letter("Stuur ons uw loonstroken. Doe dit binnen 3 weken.\n"))
    assert s.datum.datum == "2026-03-23"


def test_a_term_named_an_objection_in_the_next_sentence_is_no_deadline():
    s = summarize(letter("Klopt het bedrag niet? Laat het ons dan binnen 6 weken weten. Dat heet bezwaar maken.\n"))
    assert s.datum is None


def test_heden_is_the_letter_date_only_as_a_term():
    s = summarize(letter("Wij sommeren u de overlast te stoppen. Als na heden weer klachten komen, gaan wij naar de rechter.\n"))
    assert s.datum is None
    s = summarize(letter("Wij sommeren u het bedrag uiterlijk heden te betalen.\n"))
    assert s.datum.datum == "2026-03-02"


def test_that_day_refers_to_the_date_before_it():
    s = summarize(letter("Uw uitkering stopt op 1 juni 2026. U moet zich uiterlijk op die datum inschrijven bij het UWV.\n"))
    assert s.datum.datum == "2026-06-01"


def test_the_due_date_named_before_the_date_and_an_announced_hearing():
    s = summarize(letter("U dient het bedrag uiterlijk op de vervaldatum 31 maart 2026 te betalen.\n"))
    assert s.datum.datum == "2026-03-31"
    s = summarize(letter("De zitting vindt plaats op dinsdag 14 april 2026 om 10.00 uur in het gemeentehuis.\n"))
    assert s.datum.datum == "2026-04-14"
    # a date in the past is no deadline, also for a hearing
    s = summarize(letter("De zitting vond plaats op 14 januari 2026. De rechter doet later uitspraak.\n"))
    assert s.datum is None


def test_a_threshold_is_never_the_amount():
    s = summarize(
        letter(
            "Het openstaande bedrag is verhoogd tot € 240,00.\n\n"
            "Een betalingsregeling kan alleen als het totale bedrag hoger is dan € 100,00.\n"
        )
    )
    assert s.bedrag.waarde == "€ 240,00"


def test_the_amount_the_reader_gets_or_is_ordered_to_pay():
    s = summarize(letter("U krijgt een uitkering. Dat is ongeveer € 1.310,00 bruto per maand.\n"))
    assert s.bedrag.waarde == "€ 1.310,00"
    s = summarize(letter("De rechter heeft u veroordeeld tot betaling van € 812,10, vermeerderd met de incassokosten.\n"))
    assert s.bedrag.waarde == "€ 812,10"
    s = summarize(letter("U krijgt een boete van € 60,00. Daar komen € 9,00 kosten bij. U betaalt dus € 69,00.\n"))
    assert s.bedrag.waarde == "€ 69,00"


def test_the_whole_amount_before_an_instalment_and_an_extra():
    s = summarize(
        letter(
            "Het te veel betaalde bedrag van € 900,00 wordt van u teruggevorderd. "
            "Wij verrekenen dit met uw uitkering: maandelijks wordt een bedrag van € 75,00 ingehouden.\n"
        )
    )
    assert s.bedrag.waarde == "€ 900,00"


def test_a_side_cost_is_no_amount_but_the_cost_of_the_subject_is():
    side = letter("U bent nu Nederlander. Wilt u een paspoort? De kosten bedragen € 84,70 voor een paspoort.\n")
    assert summarize(side).bedrag is None
    subject = letter("Wij hebben uw aanvraag ontvangen. De kosten van een parkeervergunning bedragen € 45,00 per jaar.\n")
    assert summarize(subject.replace("Onderwerp: Uw aanvraag", "Onderwerp: aanvraag parkeervergunning")).bedrag.waarde == "€ 45,00"
    # an income that is only the basis of a calculation is no amount for the reader
    income = letter("Wij zijn uitgegaan van een geschat jaarinkomen van € 24.500,00.\n")
    assert summarize(income).bedrag is None


def test_phone_after_vragen_or_via_and_with_an_area_code_in_brackets():
    s = summarize(letter("Voor vragen kunt u contact opnemen met mevrouw Jansen via (0475) 36 81 00.\n"))
    assert s.telefoon.waarde == "(0475) 36 81 00"
    s = summarize(letter("Hulp nodig? U kunt gratis terecht bij het Juridisch Loket via 0900 - 8020.\n"))
    assert s.telefoon.waarde == "0900 - 8020"
    # a case number is no phone number, also after "via"
    s = summarize(letter("Betaal via uw bank met betalingskenmerk 3306 8810 1123 4490.\n"))
    assert s.telefoon is None


def test_the_order_with_a_date_is_the_main_action_even_under_a_condition():
    s = summarize(
        letter(
            "Wij bieden u een woning aan.\n\nKom kijken\nNeem een identiteitsbewijs mee.\n\n"
            "Wilt u de woning hebben? Laat het ons dan uiterlijk 10 april 2026 weten.\n"
        )
    )
    assert s.actie.zin == "Laat het ons dan uiterlijk 10 april 2026 weten."


def test_an_order_that_always_holds_wins_from_a_conditional_one_with_a_term():
    s = summarize(
        letter(
            "U moet het bedrag van € 300,00 betalen. Indien u niet kiest voor een regeling, dient het bedrag "
            "binnen twee maanden te zijn betaald.\n"
        )
    )
    assert s.actie.zin == "U moet het bedrag van € 300,00 betalen."


def test_do_this_within_gives_its_term_to_the_order_before_it():
    s = summarize(
        letter(
            "Verandert er iets?\nGeef het aan ons door als uw inkomen verandert.\n\nDoe dit binnen 4 weken.\n\nBetaal daarmee de huur.\n"
        )
    )
    assert s.actie.zin == "Geef het aan ons door als uw inkomen verandert. Doe dit binnen 4 weken."


def test_an_appointment_is_the_action():
    s = summarize(
        letter("Het gesprek zal plaatsvinden op dinsdag 14 april 2026 om 10.00 uur. Wij verzoeken u uw loonstroken mee te nemen.\n")
    )
    assert s.actie.zin.startswith("Het gesprek zal plaatsvinden")
    s = summarize(
        letter("U wordt opgeroepen om te verschijnen ter zitting op 3 juni 2026. U wordt verzocht zich te melden bij de balie.\n")
    )
    assert s.actie.zin.startswith("U wordt opgeroepen")


def test_no_action_for_a_choice_an_objection_named_after_it_a_consequence_or_a_note():
    s = summarize(letter("Wij halen het geld in delen van uw rekening. Wilt u liever alles in één keer betalen? Bel ons dan.\n"))
    assert s.actie is None
    s = summarize(letter("Klopt het bedrag niet? Laat het ons dan binnen 6 weken weten. Dat heet bezwaar maken.\n"))
    assert s.actie is None
    s = summarize(letter("Tegen dit vonnis staat verzet open. Het verzet dient te worden ingesteld binnen vier weken.\n"))
    assert s.actie is None
    s = summarize(letter("U dient er rekening mee te houden dat uw pas niet meer geldig is. Anders moet u het geld terugbetalen.\n"))
    assert s.actie is None


def test_a_threat_says_what_to_do():
    s = summarize(letter("Indien het bedrag niet uiterlijk 9 april 2026 is bijgeschreven, zal een deurwaarder worden ingeschakeld.\n"))
    assert s.actie.zin.startswith("Indien het bedrag niet uiterlijk 9 april 2026")
    # with an order before it, the threat gives that order its date
    s = summarize(
        letter(
            "Wij verzoeken u de loonstroken te sturen. Maak geen nieuwe schulden. Indien wij de loonstroken niet uiterlijk "
            "9 april 2026 hebben ontvangen, zullen wij uw aanvraag niet behandelen.\n"
        )
    )
    assert s.actie.zin.startswith("Wij verzoeken u de loonstroken te sturen.")


def test_the_steps_of_an_option_and_a_check_are_not_the_main_action():
    s = summarize(
        letter(
            "Derhalve dient u het bedrag van € 612,40 te voldoen. U kunt ook in termijnen betalen. Hiertoe dient u "
            "het formulier uiterlijk 30 april 2026 te retourneren.\n\nKlopt er iets niet? Laat het ons binnen 2 weken weten.\n"
        )
    )
    assert s.actie.zin == "Derhalve dient u het bedrag van € 612,40 te voldoen."
    # a duty put as "u bent verplicht" or "bent u gehouden" is an action
    s = summarize(letter("Wij wijzen u erop dat u verplicht bent wijzigingen door te geven.\n"))
    assert s.actie is not None
    s = summarize(letter("Indien uw situatie wijzigt, bent u gehouden dit aan ons te melden.\n"))
    assert s.actie is not None


def test_a_term_from_the_date_of_a_bill_gives_no_date():
    s = summarize(letter("Het bedrag dient binnen 30 dagen na dagtekening van de factuur te worden voldaan.\n"))
    assert s.datum is not None and s.datum.datum is None
    s = summarize(letter("Het bedrag dient binnen 30 dagen na dagtekening van deze brief te worden voldaan.\n"))
    assert s.datum.datum == "2026-04-01"


def test_a_correction_check_sets_no_deadline_next_to_the_letters_own_request():
    s = summarize(
        letter(
            "Wij hebben uw adres veranderd. Stuur ons vóór 1 april 2026 een kopie van uw huurcontract.\n\n"
            "Klopt er iets niet?\nStaat er een fout in uw adres? Laat het ons dan binnen 2 weken weten.\n"
        )
    )
    assert s.datum is not None and s.datum.datum == "2026-03-31"


def test_a_check_that_is_the_only_request_keeps_its_term():
    # Annotators take the check as the action when the letter asks nothing else; its term goes with it.
    s = summarize(
        letter(
            "Wij hebben uw adres veranderd.\n\nKlopt er iets niet?\nStaat er een fout in uw adres? Laat het ons dan binnen 2 weken weten.\n"
        )
    )
    assert s.actie is not None and s.datum is not None and s.datum.waarde == "binnen 2 weken"


def test_the_letter_date_is_found_when_the_address_has_an_aan_line():
    text = letter("U dient dit bedrag binnen zes weken na dagtekening van deze beschikking over te maken.\n")
    text = text.replace("De heer K. Smit\n", "Stichting De Linde\nAan het bestuur\n").replace("Geachte heer Smit", "Geacht bestuur")
    s = summarize(text)
    assert s.briefdatum == "2026-03-02"
    assert s.datum.datum == "2026-04-13"


def test_a_bailiffs_order_counts_from_the_letter_date():
    s = summarize(
        letter("Wij hebben u bevel gedaan om binnen twee dagen na heden het bedrag te voldoen.\n- rente tot en met heden: € 12,00\n")
    )
    assert s.actie is not None and s.actie.zin.startswith("Wij hebben u bevel gedaan")
    assert s.datum.datum == "2026-03-04"


def test_a_heading_is_not_the_action_when_the_text_below_asks_it():
    s = summarize(
        letter(
            "Uw zienswijze\nVoordat wij beslissen, stellen wij u in de gelegenheid uw zienswijze te geven. "
            "U kunt dit doen binnen vier weken na dagtekening van deze brief.\n"
        )
    )
    assert s.actie.zin.startswith("Voordat wij beslissen") and "binnen vier weken" in s.actie.zin
    assert s.datum.datum == "2026-03-30"


def test_a_letter_without_an_address_is_signed_by_the_organisation_under_the_greeting():
    mail = "Uw melding 1234\nGeachte melder,\nWij hebben uw melding ontvangen.\nMet vriendelijke groet,\nGemeente Oosterveen\n"
    assert summarize(mail).afzender.waarde == "Gemeente Oosterveen"
    note = "Beste bewoners,\nVolgende week werken wij aan de weg.\nEen fijn weekend!\nProjectbureau De Polder\n"
    assert summarize(note).afzender.waarde == "Projectbureau De Polder"
    # a title and a person's name are no sender
    unsigned = "Bewonersbrief Dorpsstraat\nGeachte heer, mevrouw,\nWij leggen een nieuw riool.\nMet vriendelijke groet,\nP. de Vries\n"
    assert summarize(unsigned).afzender is None
    # a letter with an address in its head keeps the first line
    assert summarize(letter("Wij hebben uw brief ontvangen.\n")).afzender.waarde == "Gemeente Oosterveen"


def test_the_number_in_the_text_before_the_letterhead_and_a_helper_last():
    text = letter("Voor meer informatie kunt u contact opnemen met de projectleider. Hij is bereikbaar onder (070)353 00 00.\n")
    text = text.replace("Datum: 2 maart 2026", "Datum: 2 maart 2026\nRef.: L. Jansen, tel. 070-5120000")
    assert summarize(text).telefoon.waarde == "(070)353 00 00"
    text = letter("Heeft u schulden? Dan kunt u hulp krijgen van de gemeente. Die is bereikbaar via 14 0592.\n")
    text = text.replace("Postbus 12", "Postbus 12\nTelefoon: (0592) 31 44 90")
    assert summarize(text).telefoon.waarde == "(0592) 31 44 90"
    # a local number after "tel."
    assert summarize(letter("Heeft u vragen, dan kunt u contact opnemen met de heer De Wit, tel. 5120001.\n")).telefoon.waarde == "5120001"


def test_help_details_are_no_action_but_a_polite_request_is():
    s = summarize(letter("Voor vragen kunt u bellen met 14 020. Geef dan ook het nummer van uw melding door.\n"))
    assert s.actie is None
    s = summarize(letter("Wij willen u vriendelijk vragen rekening te houden met uw snelheid in de wijk.\n"))
    assert s.actie is not None
    s = summarize(letter("Daarom vragen wij u het formulier in te vullen. Stuur het formulier voor 1 april 2026 terug.\n"))
    assert s.actie.zin == "Stuur het formulier voor 1 april 2026 terug."


def test_an_inspection_or_an_information_evening_the_letter_sets():
    s = summarize(letter("De voorinspectie zal plaatsvinden op woensdag 11 maart 2026 tussen 9.00 en 12.00 uur.\n"))
    assert s.actie is not None and s.datum.datum == "2026-03-11"
    s = summarize(letter("Op maandag 30 maart 2026 om 19.30 uur organiseren wij een informatieavond over de plannen.\n"))
    assert s.datum.datum == "2026-03-30"
    # telling what the organisation will do on a day is no appointment
    s = summarize(letter("Op dinsdag 17 maart 2026 vertellen wij meer over de plannen.\n"))
    assert s.datum is None


def test_a_benefit_lowered_by_an_amount():
    s = summarize(letter("Wij verlagen uw uitkering. Uw uitkering zal daardoor circa € 487,00 lager uitvallen.\n"))
    assert s.bedrag.waarde == "€ 487,00"


def test_an_alternative_or_a_wish_gives_way_to_the_term_that_always_holds():
    s = summarize(letter("Het bedrag wordt verrekend met uw uitkering, tenzij u het binnen vier weken zelf betaalt.\n"))
    assert s.datum is None
    s = summarize(
        letter(
            "Het bedrag dient uiterlijk op de vervaldatum te zijn voldaan. Indien u kwijtschelding wenst, dient u "
            "een verzoek in te dienen binnen drie maanden na dagtekening van deze brief.\n"
        )
    )
    assert s.datum.waarde == "uiterlijk op de vervaldatum" and s.datum.datum is None
    s = summarize(letter("Het bedrag dient te worden betaald binnen de termijn die op het aanslagbiljet staat.\n"))
    assert s.datum.datum is None and s.datum.waarde.startswith("binnen de termijn die op het aanslagbiljet")


def test_a_period_of_what_the_reader_gets_is_no_deadline_but_we_expect_you_is():
    s = summarize(letter("Stuur ons uw loonstrook. U krijgt de uitkering van 1 april 2026 tot en met 31 december 2026.\n"))
    assert s.datum is None
    s = summarize(letter("Wij verwachten u op 14 april 2026 om 10.00 uur op ons kantoor.\n"))
    assert s.datum.datum == "2026-04-14" and s.actie is not None
    # the organisation's own term stays no deadline
    assert summarize(letter("Wij beslissen uiterlijk 1 juni 2026 over uw aanvraag.\n")).datum is None


def test_amounts_the_reader_has_a_right_to_rent_and_a_transfer_and_phone_after_bereiken():
    assert summarize(letter("U heeft recht op bijzondere bijstand van € 250,00.\n")).bedrag.waarde == "€ 250,00"
    s = summarize(letter("Wij verhogen uw huur met € 25,00 per maand. Uw nieuwe huur is € 725,00 per maand.\n"))
    assert s.bedrag.waarde == "€ 725,00"
    assert summarize(letter("U hoeft niets te doen. Wij maken € 120,00 over op uw rekening.\n")).bedrag.waarde == "€ 120,00"
    assert summarize(letter("U kunt ons bereiken op 0800-1234 (gratis).\n")).telefoon.waarde == "0800-1234"
    # an income that is too high, a value or a cost only when something goes wrong: no amount
    assert summarize(letter("U krijgt geen toeslag. Uw inkomen van € 41.000,00 is te hoog.\n")).bedrag is None
    assert summarize(letter("De WOZ-waarde van uw woning is € 287.000,00.\n")).bedrag is None
    assert summarize(letter("Als u niet op tijd betaalt, kost dit € 15,00 extra.\n")).bedrag is None


def test_a_reflexive_order_and_the_day_an_order_names():
    s = summarize(letter("Meld u binnen 3 dagen na uw verhuizing bij de gemeente.\n"))
    assert s.actie is not None and s.datum.datum is None  # counts from the move, not from the letter
    s = summarize(letter("Zet uw container op maandag 6 april 2026 voor 7.30 uur aan de straat.\n"))
    assert s.datum.datum == "2026-04-06"
    # a day in a sentence that asks nothing is no deadline
    assert summarize(letter("Wij halen op 28 april 2026 het eerste bedrag van uw rekening.\n")).datum is None


def test_you_have_until_and_you_can_react_until():
    s = summarize(letter("U heeft tot en met 30 april 2026 de tijd om uw aangifte te doen.\n"))
    assert s.actie is not None and s.datum.datum == "2026-04-30"
    s = summarize(letter("U kunt tot 1 mei 2026 reageren op dit voornemen.\n"))
    assert s.actie is not None and s.datum.datum == "2026-04-30"  # on 1 mei it is too late
    assert summarize(letter("Deze beschikking is geldig tot 1 januari 2028.\n")).datum is None


def test_only_a_follow_up_sentence_lends_the_request_before_it():
    s = summarize(letter("Stuur ons het formulier. U bent verzekerd tot 1 mei 2026.\n"))
    assert s.datum is None
    s = summarize(letter("Wilt u uw aangifte doen? Dat kan vanaf 1 maart tot en met 1 mei 2026.\n"))
    assert s.datum.datum == "2026-05-01"


def test_a_term_for_when_you_cannot_come_gives_way_to_the_appointment():
    s = summarize(
        letter(
            "U wordt uitgenodigd voor een gesprek op dinsdag 24 maart 2026 om 15.30 uur.\n\n"
            "Bent u verhinderd, dan verzoeken wij u dit uiterlijk 20 maart 2026 te melden.\n"
        )
    )
    assert s.datum.datum == "2026-03-24"
    # a threat is no such condition: it is the term itself
    s = summarize(letter("Indien het bedrag niet uiterlijk 20 maart 2026 is betaald, zal een deurwaarder volgen.\n"))
    assert s.datum.datum == "2026-03-20"


def test_a_way_out_when_the_request_fails_is_not_the_main_action():
    s = summarize(
        letter(
            "U krijgt een nieuwe pas. Haal de pas op bij de balie van het gemeentehuis.\n\n"
            "Kunt u niet naar het gemeentehuis komen? Stuur ons dan uiterlijk 20 maart 2026 een mail.\n"
        )
    )
    assert s.actie.zin.startswith("Haal de pas op")
    s = summarize(letter("Lever de sleutels in bij ons kantoor.\n\nAls u verhinderd bent, bel ons dan voor 10 maart 2026.\n"))
    assert s.actie.zin.startswith("Lever de sleutels in")


def test_a_condition_without_a_way_out_still_counts():
    s = summarize(letter("Wilt u de tuin huren? Laat het ons dan uiterlijk 30 maart 2026 weten.\n"))
    assert s.actie is not None and "30 maart" in s.actie.zin


def test_a_request_in_other_words_is_an_action():
    s = summarize(letter("Wij missen nog twee loonstroken. Graag ontvangen wij die uiterlijk 16 maart 2026.\n"))
    assert s.actie is not None and s.actie.zin.startswith("Graag ontvangen wij")
    assert s.datum.datum == "2026-03-16"
    s = summarize(letter("Het is nodig dat u uw nieuwe adres aan ons doorgeeft.\n"))
    assert s.actie is not None
    s = summarize(letter("Wij zien uw antwoord graag binnen twee weken tegemoet.\n"))
    assert s.actie is not None and s.datum.datum == "2026-03-16"


def test_an_invitation_with_a_day_is_an_appointment():
    s = summarize(
        letter(
            "Wij nodigen u uit voor een gesprek over uw uitkering. Het gesprek is op 24 maart 2026 om 9.00 uur.\n\n"
            "Neem uw paspoort mee.\n\nKunt u niet komen? Geef dat dan uiterlijk 20 maart door.\n"
        )
    )
    assert s.datum.datum == "2026-03-24"
    assert "24 maart" in s.actie.zin


def test_the_cost_of_not_acting_is_not_the_amount():
    s = summarize(
        letter(
            "U moet nog € 312,44 betalen voor uw aanslag. Betaal dit bedrag uiterlijk 20 maart 2026.\n\n"
            "Betaalt u niet op tijd? Daarvoor betaalt u € 8,00 extra.\n"
        )
    )
    assert s.bedrag.waarde == "€ 312,44"


def test_a_reply_that_must_reach_us_and_a_visit_at_home():
    s = summarize(letter("Wij willen graag weten wat u van het plan vindt. Uw reactie moet uiterlijk 8 april 2026 bij ons binnen zijn.\n"))
    assert s.actie is not None and s.datum.datum == "2026-04-08"
    s = summarize(letter("Op vrijdag 24 april 2026 komt onze medewerker bij u thuis. Zorg dat u dan thuis bent.\n"))
    assert s.datum.datum == "2026-04-24" and s.actie is not None


def test_old_and_polite_forms_of_a_request():
    s = summarize(letter("Gelieve het formulier ingevuld te retourneren, niet later dan 20 maart 2026.\n"))
    assert s.actie is not None and s.datum.datum == "2026-03-20"
    s = summarize(letter("Ik verzoek u mij een kopie van uw paspoort te sturen.\n"))
    assert s.actie is not None
    s = summarize(letter("Er ontbreekt een handtekening. Kunt u het formulier ondertekenen en aan ons terugsturen?\n"))
    assert s.actie is not None and s.actie.zin.startswith("Kunt u")
    s = summarize(letter("Zou u uw loonstroken voor 1 april 2026 willen opsturen?\n"))
    assert s.actie is not None and s.datum.datum == "2026-03-31"
    # a question about the reader's situation is no request
    s = summarize(letter("Kunt u uw rekeningen niet betalen? Dat komt vaker voor.\n"))
    assert s.actie is None


def test_more_verbs_open_an_order_but_a_label_does_not():
    s = summarize(letter("De weg gaat dicht. Parkeer uw auto in die weken op het terrein aan de Kade.\n"))
    assert s.actie is not None and s.actie.zin.startswith("Parkeer")
    s = summarize(letter("Wij komen de meterstand opnemen.\n\nPlaats: Stationsplein 1\n"))
    assert s.actie is None


def test_a_term_of_weeks_after_this_letter_in_other_words():
    s = summarize(letter("Wij verzoeken u binnen een termijn van vier weken na verzending van deze brief te reageren.\n"))
    assert s.datum.datum == "2026-03-30"
    # the day the letter arrives is not in the letter: count from its date, the earliest day
    s = summarize(letter("Stuur ons binnen twee weken na ontvangst van deze brief een kopie van uw paspoort.\n"))
    assert s.datum.datum == "2026-03-16"
    # the receipt of something else gives no date
    s = summarize(letter("Betaal de rekening binnen twee weken na ontvangst van de factuur.\n"))
    assert s.datum is None or s.datum.datum is None


def test_an_order_that_introduces_a_list_carries_the_list():
    s = summarize(
        letter(
            "Wij hebben meer nodig. Doe het volgende vóór 1 mei 2026:\n- vul het formulier in;\n- stuur een kopie van uw huurcontract.\n"
        )
    )
    assert s.actie.zin.startswith("Doe het volgende") and "huurcontract" in s.actie.zin
    assert s.datum.datum == "2026-04-30"
    s = summarize(
        letter("U moet zich aan deze regels houden:\n- Zoek werk.\n- Geef een verhuizing binnen 4 weken door.\n\nSluit de deur.\n")
    )
    assert s.actie.zin.startswith("U moet zich aan deze regels houden") and "verhuizing" in s.actie.zin


def test_reading_the_letter_is_no_action():
    s = summarize(letter("Vanaf 1 juli gelden nieuwe regels. Bewaar deze brief goed. Kijk op www.oosterveen.nl voor de regels.\n"))
    assert s.actie is None
    s = summarize(letter("Wij komen de lamp maken. Lees in de bijlage hoe wij meldingen afhandelen.\n"))
    assert s.actie is None
    s = summarize(letter("U kunt de woning huren. Kom de woning bekijken op 5 maart 2026 om 10.00 uur.\n"))
    assert s.actie is not None


def test_a_course_or_a_check_at_home_on_a_day_is_an_appointment():
    s = summarize(letter("U heeft zich aangemeld. De cursus begint op maandag 7 september 2026. Wij verwachten u om 19.00 uur.\n"))
    assert s.datum.datum == "2026-09-07" and s.actie is not None
    # a day on which something was done is no appointment
    s = summarize(letter("Het bedrag is op 5 maart 2026 overgemaakt. De controle is op 1 maart 2026 gedaan.\n"))
    assert s.actie is None and s.datum is None


def test_more_ways_to_write_the_last_day():
    cases = {
        "Stuur het formulier op of vóór 16 maart 2026 terug.": "2026-03-16",
        "Stuur het formulier terug. De uiterste datum is 20 maart 2026.": "2026-03-20",
        "De termijn om te reageren eindigt op 20 maart 2026. Stuur ons uw reactie.": "2026-03-20",
        "Stuur het formulier uiterlijk 3 weken na de datum van deze brief terug.": "2026-03-23",
        "U heeft tot 20 maart 2026 om het formulier terug te sturen.": "2026-03-19",
        "U kunt tot en met 20 maart 2026 reageren.": "2026-03-20",
        "Dien uw aanvraag in voor 1 april 2026.": "2026-03-31",
        "Wij moeten uw betaling uiterlijk 20 maart 2026 hebben ontvangen.": "2026-03-20",
    }
    for body, day in cases.items():
        s = summarize(letter(body + "\n"))
        assert s.datum is not None and s.datum.datum == day, body
        assert s.actie is not None, body
    # the end of the objection term is no deadline
    s = summarize(letter("Bent u het niet eens met dit besluit? De termijn voor bezwaar eindigt op 20 april 2026.\n"))
    assert s.datum is None


def test_the_term_of_a_way_out_is_no_deadline():
    s = summarize(
        letter(
            "Onze monteur komt binnenkort uw ketel nakijken. Zorg dat u thuis bent.\n\nPast de dag u niet? Bel ons dan vóór 18 maart 2026.\n"
        )
    )
    assert s.actie.zin.startswith("Zorg dat u thuis bent")
    assert s.datum is None


def test_a_footer_and_quoting_a_reference_ask_nothing():
    s = summarize(letter("Wij hebben uw melding ontvangen. Wij maken de stoep binnen twee weken.\n") + "\nStuur uw post naar Postbus 12.\n")
    assert s.actie is None
    s = summarize(letter("Wij nemen binnen 8 weken een besluit.\n\nVermeld bij contact met ons altijd het zaaknummer Z-2026-1234.\n"))
    assert s.actie is None
    # quoting the reference with a payment is part of the payment
    s = summarize(letter("Maak € 45,00 over en vermeld het kenmerk. Betaal vóór 1 april 2026.\n"))
    assert s.actie is not None


def test_nothing_to_do_under_a_condition_keeps_the_action():
    s = summarize(letter("Betaal € 50,00 vóór 1 april 2026.\n\nHeeft u al betaald? U hoeft niets te doen.\n"))
    assert s.actie is not None and s.actie.zin.startswith("Betaal")
    s = summarize(letter("Uw aanvraag is goedgekeurd. U hoeft niets te doen. Wij maken het geld over.\n"))
    assert s.actie is None


def test_a_wish_put_as_a_question_gives_way_to_the_appointment():
    s = summarize(
        letter(
            "Wij nodigen u uit voor een hoorzitting op dinsdag 7 april 2026 om 14.00 uur.\n\n"
            "Wilt u nog stukken sturen? Stuur deze dan uiterlijk 31 maart 2026 naar ons.\n"
        )
    )
    assert s.datum.datum == "2026-04-07"
    assert "hoorzitting" in s.actie.zin
    # a polite request with its term is still the deadline
    s = summarize(letter("Wilt u het formulier terugsturen? Dat kan tot en met 1 april 2026.\n"))
    assert s.datum.datum == "2026-04-01"


def test_requests_to_je_and_terms_that_count_from_an_event():
    s = summarize(letter("Kun je ons je inkomensverklaring sturen vóór 1 april 2026?\n"))
    assert s.actie is not None and s.datum.datum == "2026-03-31"
    s = summarize(letter("Wil je je rekeningnummer controleren? Dat kan in Mijn DUO.\n"))
    assert s.actie is not None
    # the month counts from the day the reader stops or moves, which the letter does not give
    for body in ("Stop je met je studie? Geef dat dan binnen een maand door.", "Gaat u verhuizen? Meld dat binnen 5 dagen."):
        s = summarize(letter(body + "\n"))
        assert s.datum is None or s.datum.datum is None, body


def test_the_organisation_asks_by_its_name():
    s = summarize(letter("Het CJIB verzoekt u het bedrag binnen twee weken te betalen.\n"))
    assert s.actie is not None and s.datum.datum == "2026-03-16"
    s = summarize(letter("Vraagt u een uitkering aan? Dan krijgt u binnen 8 weken een besluit.\n"))
    assert s.actie is None


def test_the_invoice_date_is_the_letter_date_only_in_an_invoice():
    body = "Wij verzoeken u het bedrag binnen 14 dagen na de factuurdatum over te maken.\n"
    assert summarize(letter(body)).datum.datum is None
    invoice = letter(body).replace("Onderwerp: Uw aanvraag", "Factuurnummer: F-2026-118\nOnderwerp: Uw aanvraag")
    assert summarize(invoice).datum.datum == "2026-03-16"


def test_a_date_in_the_betreft_line_is_not_the_letter_date():
    text = (
        "Rechtbank Oostland\nPostbus 10\n8000 AB Zwolle\n\nZwolle, 4 mei 2026\n\n"
        "Betreft: de heer P. Smit, geboren 2 juni 1981\n\nGeachte heer Smit,\n\n"
        "U dient binnen drie maanden na de dagtekening van deze brief een overzicht van de goederen aan ons te sturen.\n"
    )
    summary = summarize(text)
    assert summary.briefdatum == "2026-05-04"
    assert summary.datum is not None and summary.datum.datum == "2026-08-04"


def test_payment_put_as_an_event_is_the_action_with_its_term():
    text = (
        "Douane Noord\nPostbus 3000\n6401 DN Heerlen\n\nDatum: 2 maart 2026\n\nGeachte heer Smit,\n\n"
        "Voor de zending moet nog invoerrecht worden betaald.\n\n"
        "Betaling dient te geschieden binnen tien dagen na dagtekening van deze brief op rekeningnummer "
        "NL12 INGB 0001 2345 67.\n"
    )
    summary = summarize(text)
    assert summary.actie is not None and summary.actie.zin.startswith("Betaling dient te geschieden")
    assert summary.datum is not None and summary.datum.datum == "2026-03-12"


def test_how_to_report_for_an_appointment_belongs_to_it():
    text = (
        "Gemeente Oostland\nPostbus 10\n8000 AB Zwolle\n\nDatum: 4 mei 2026\n\nGeachte heer Smit,\n\n"
        "De hoorzitting over uw bezwaar vindt plaats op dinsdag 9 juni 2026 om 10.00 uur in het stadhuis.\n\n"
        "U wordt verzocht zich uiterlijk 10 minuten voor aanvang van de zitting te melden bij de balie.\n"
    )
    action = summarize(text).actie
    assert action is not None and "hoorzitting" in action.zin and "te melden bij de balie" in action.zin


def test_the_day_on_its_own_line_after_a_summons_and_a_period_before_uiterlijk():
    summons = (
        "Rechtbank Oostland\nPostbus 10\n8000 AB Zwolle\n\nDatum: 4 november 2026\n\nGeachte heer Smit,\n\n"
        "Hierbij wordt u opgeroepen om in persoon te verschijnen op de zitting van:\n\n"
        "dinsdag 8 december 2026 om 10.15 uur\n\nU dient persoonlijk op de zitting te verschijnen.\n"
    )
    assert summarize(summons).datum.datum == "2026-12-08"
    period = (
        "UWV\nPostbus 58285\n1040 HG Amsterdam\n\nDatum: 9 november 2026\n\nGeachte heer Smit,\n\n"
        "Wij verzoeken u uw sollicitaties over de periode van 2 november 2026 tot en met 29 november 2026 "
        "uiterlijk 4 december 2026 door te geven via werk.nl.\n"
    )
    assert summarize(period).datum.datum == "2026-12-04"


def test_the_order_of_a_writ_and_the_passive_term_after_a_note():
    writ = (
        "Gemeente Oosterkamp\nPostbus 1\n9000 AA Oosterkamp\n\nDagtekening: 6 oktober 2026\n\n"
        "Aan de belastingschuldige wordt derhalve bevolen het totaalbedrag van € 471,66 binnen twee dagen na "
        "dagtekening van dit dwangbevel te betalen.\n"
    )
    summary = summarize(writ)
    assert "bevolen" in summary.actie.zin and summary.datum.datum == "2026-10-08"
    pay = (
        "CJIB\nPostbus 1794\n8901 CB Leeuwarden\n\nDatum: 12 mei 2026\n\nBeste meneer Smit,\n\n"
        "Maak het totaalbedrag van € 281,50 over op rekeningnummer NL57 INGB 0705 0011 83. Vermeld bij uw betaling "
        "het betalingskenmerk 9412 0076 3381 5520. Het bedrag moet uiterlijk 26 mei 2026 op onze rekening staan.\n"
    )
    summary = summarize(pay)
    assert summary.actie.zin.startswith("Maak het totaalbedrag") and summary.datum.datum == "2026-05-26"


def _letter(body: str) -> str:
    return "Gemeente Amstelrijk\nPostbus 1\n1000 AA Amstelrijk\n\nDatum: 4 januari 2027\n\nBeste mevrouw De Wit,\n\n" + body


def test_an_appointment_set_out_under_a_heading_and_the_order_to_come():
    s = summarize(
        _letter(
            "Met deze brief bevestigen wij uw afspraak.\n\nUw afspraak\nWanneer: donderdag 14 januari 2027, om 10.20 uur\n"
            "Waar: Stadhuis, balie Publiekszaken\n\nKom op tijd naar uw afspraak.\n"
        )
    )
    assert s.datum is not None and s.datum.datum == "2027-01-14"
    assert "Kom op tijd naar uw afspraak." in s.actie.zin
    s = summarize(_letter("Uw afspraak\nWij spreken met u af in uw nieuwe woning:\n\nDatum: vrijdag 15 januari 2027\nTijd: 9.30 uur\n"))
    assert s.actie is not None and s.datum.datum == "2027-01-15"


def test_a_pointer_to_the_request_and_what_the_letter_says_it_holds():
    s = summarize(
        _letter("Wij verzoeken u de inkomstenopgave alsnog in te vullen via Mijn UWV. U dient dit te doen vóór 19 januari 2027.\n")
    )
    assert s.actie.zin.startswith("Wij verzoeken u de inkomstenopgave") and s.datum.datum == "2027-01-18"
    s = summarize(_letter("In deze brief leest u wanneer u de sleutels krijgt en wat u moet meenemen.\n"))
    assert s.actie is None


def test_of_two_firm_requests_the_one_due_first_also_with_a_relative_term():
    s = summarize(
        _letter(
            "Wij verzoeken u de stukken binnen 14 dagen na de datum van deze brief in te leveren.\n\n"
            "Daarna nodigen wij u uit voor een gesprek. Dit gesprek vindt plaats op dinsdag 16 februari 2027 om 10.00 uur.\n"
        )
    )
    assert s.actie.zin.startswith("Wij verzoeken u de stukken")


def test_a_compound_links_the_order_to_its_passive_term_and_svp_does_not_hide_a_reference_note():
    s = summarize(
        _letter(
            "U dient het totaalbedrag van € 2.505,00 in één keer te betalen.\n\n"
            "Het bedrag moet vóór 1 februari 2027 op onze rekening staan.\n"
        )
    )
    assert s.actie.zin.startswith("U dient het totaalbedrag") and s.datum.datum == "2027-01-31"
    s = summarize(_letter("U bent verplicht wijzigingen onverwijld aan ons door te geven. Vermeld hierbij s.v.p. ons kenmerk.\n"))
    assert s.actie.zin.startswith("U bent verplicht wijzigingen")
