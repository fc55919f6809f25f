"""A table of letter-style sentences with the action and the deadline a reader should get.

The sentences are written for this table (no letter of the corpus), one class of
phrasing per row: orders, "wij vragen u", "u moet/dient", "graag ontvangen wij",
"wilt u", questions with "als", "u hoeft niets te doen", information only, a plan
asking for a zienswijze, the closing paragraph about objecting, appointments, and
the ways letters write a term ("uiterlijk", "vóór", "tot en met", "op of vóór",
"binnen zes weken na de datum van deze brief", a term without a start the letter
gives). The extraction must get these right without being fitted to one letter.

Each row: the body of a letter dated ``briefdatum`` (2 maart 2026, a Monday, unless
the row says otherwise); ``actie``: None (the reader need not do anything) or words
the action sentence must hold (a tuple: any of them); ``datum``: the last day the
reader is on time, or None (no date; a term that counts from a day the letter does
not give also has no date).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from taalcheck.uitleg.summary import summarize


class Row(NamedTuple):
    body: str
    actie: str | tuple[str, ...] | None
    datum: str | None
    briefdatum: str = "2 maart 2026"


def letter(body: str, briefdatum: str) -> str:
    return (
        "Gemeente Lindewaard\nPostbus 40\n7400 AB Lindewaard\n\n"
        "Mevrouw A. de Vries\nKerkstraat 12\n7401 CD Lindewaard\n\n"
        f"Datum: {briefdatum}\nOnderwerp: Uw uitkering\n\n"
        "Beste mevrouw De Vries,\n\n"
        f"{body}\n\n"
        "Met vriendelijke groet,\n\nAfdeling Werk en Inkomen\n"
    )


ROWS: dict[str, Row] = {
    # --- orders (imperatives)
    "stuur-op-tot-en-met": Row(
        "Wij missen nog gegevens. Stuur uw loonstroken van januari en februari op. Dat kan tot en met 20 maart 2026.",
        "Stuur uw loonstroken",
        "2026-03-20",
    ),
    "betaal-voor": Row("Betaal het bedrag van € 84,00 vóór 1 april 2026.", "Betaal het bedrag", "2026-03-31"),
    "betaal-voor-zonder-accent": Row("Betaal het bedrag van € 84,00 voor 1 april 2026.", "Betaal het bedrag", "2026-03-31"),
    "vul-in-zonder-termijn": Row(
        "Vul het formulier in. Stuur het terug in de envelop die bij deze brief zit.", ("Vul het formulier in", "Stuur het terug"), None
    ),
    "lever-in-uiterlijk-zonder-jaar": Row(
        "Lever uw oude pas in bij de balie van het stadhuis, uiterlijk 16 maart.", "Lever uw oude pas in", "2026-03-16"
    ),
    "doe-dit-binnen-14-dagen": Row("Maak een afspraak via onze website. Doe dit binnen 14 dagen.", "Maak een afspraak", "2026-03-16"),
    "geef-door-weekdag": Row(
        "Geef uw nieuwe adres aan ons door, uiterlijk op vrijdag 13 maart 2026.", "Geef uw nieuwe adres", "2026-03-13"
    ),
    "onderteken-numeriek-voor": Row("Onderteken het contract en stuur het voor 10-03-2026 terug.", "Onderteken het contract", "2026-03-09"),
    "bel-ons-tot": Row(
        "Wij willen met u praten over uw situatie. Bel ons om een afspraak te maken. Dat kan tot 20 maart 2026.",
        "Bel ons om een afspraak",
        "2026-03-19",
    ),
    "schrijf-u-in": Row(
        "Uw uitkering stopt op 1 mei 2026. Schrijf u uiterlijk 17 april 2026 in als werkzoekende.", "Schrijf u", "2026-04-17"
    ),
    "meld-u-op": Row("Meld u op 10 maart 2026 om 9.00 uur bij de balie van het stadhuis.", "Meld u", "2026-03-10"),
    "vergeet-niet": Row("Vergeet niet uw energielabel vóór 1 juli 2026 aan te vragen.", "Vergeet niet uw energielabel", "2026-06-30"),
    "vraag-aan-voor": Row(
        "Voor de verbouwing heeft u een vergunning nodig. Vraag deze vóór 1 mei 2026 aan via het Omgevingsloket.",
        "Vraag deze",
        "2026-04-30",
    ),
    "alsnog-met-datum-in-verleden": Row(
        "Op 15 januari 2026 hebben wij u gevraagd uw bankafschriften op te sturen. Wij hebben die nog niet ontvangen. "
        "Stuur ze alsnog vóór 16 maart 2026.",
        "Stuur ze alsnog",
        "2026-03-15",
    ),
    "doe-het-volgende-lijst": Row(
        "Doe het volgende vóór 27 maart 2026:\n- vul het formulier in;\n- stuur een kopie van uw identiteitsbewijs mee.",
        "Doe het volgende",
        "2026-03-26",
    ),
    "betaal-en-al-betaald": Row(
        "Betaal het bedrag van € 35,00 vóór 20 maart 2026. Heeft u al betaald? Dan hoeft u niets te doen.",
        "Betaal het bedrag",
        "2026-03-19",
    ),
    "gelieve": Row("Gelieve het verschuldigde bedrag binnen 8 dagen over te maken.", "Gelieve", "2026-03-10"),
    "let-op-u-moet": Row("Let op: u moet de aangifte uiterlijk 1 mei 2026 doen.", "u moet de aangifte", "2026-05-01"),
    # --- "wij vragen u (om) ... te", "wij verzoeken u"
    "vragen-om-binnen-weken-na-brief": Row(
        "Wij vragen u om de ontbrekende bankafschriften binnen twee weken na de datum van deze brief op te sturen.",
        "Wij vragen u om de ontbrekende",
        "2026-03-16",
    ),
    "vragen-uiterlijk": Row(
        "Wij vragen u het formulier uiterlijk 27 maart 2026 ingevuld terug te sturen.", "Wij vragen u het formulier", "2026-03-27"
    ),
    "daarom-vragen-wij": Row(
        "Uw situatie is veranderd. Daarom vragen wij u om contact met ons op te nemen.", "vragen wij u om contact", None
    ),
    "verzoeken-vriendelijk": Row(
        "U heeft een huurachterstand. Wij verzoeken u vriendelijk de achterstand van € 1.250,00 binnen 10 dagen te betalen.",
        "Wij verzoeken u vriendelijk",
        "2026-03-12",
    ),
    "organisatie-vraagt-u": Row("De gemeente vraagt u om uw gegevens in de bijlage te controleren.", "De gemeente vraagt u", None),
    "verzoeken-voor-weekdag": Row(
        "Wij verzoeken u om vóór maandag 16 maart 2026 contact met ons op te nemen.", "Wij verzoeken u", "2026-03-15"
    ),
    "wordt-verzocht": Row("U wordt verzocht uw reactie binnen drie weken aan ons te sturen.", "U wordt verzocht", "2026-03-23"),
    "gelegenheid-binnen-7-dagen": Row(
        "Wij hebben nog geen betaling ontvangen. Wij geven u de gelegenheid om het bedrag alsnog binnen 7 dagen te betalen.",
        "gelegenheid",
        "2026-03-09",
    ),
    # --- "u moet", "u dient", "het is nodig dat u"
    "moet-laten-keuren": Row("U moet uw auto uiterlijk 31 maart 2026 laten keuren.", "U moet uw auto", "2026-03-31"),
    "dient-twee-maanden-dagtekening": Row(
        "U dient de aanslag binnen twee maanden na de dagtekening van deze brief te betalen.", "U dient de aanslag", "2026-05-02"
    ),
    "moet-na-verhuizing": Row("U moet zich binnen 5 dagen na uw verhuizing inschrijven op uw nieuwe adres.", "U moet zich", None),
    "dient-te-melden-op-dag": Row(
        "U dient zich op 12 maart 2026 om 14.00 uur te melden bij de receptie van ons kantoor.", "U dient zich", "2026-03-12"
    ),
    "nodig-dat-u": Row("Het is nodig dat u de machtiging vóór 15 april 2026 ondertekent.", "Het is nodig dat u", "2026-04-14"),
    "moet-terugbetalen-dat-moet": Row(
        "U heeft te veel geld gekregen. U moet € 420,00 terugbetalen. Dat moet binnen 6 weken na de datum van deze brief.",
        "U moet € 420,00 terugbetalen",
        "2026-04-13",
    ),
    "opzeggen-voor-verhuisdatum": Row(
        "Gaat u verhuizen? U dient uiterlijk 4 weken vóór de verhuisdatum uw huur op te zeggen.", "uw huur op te zeggen", None
    ),
    "wij-moeten-ontvangen": Row("Wij moeten uw reactie uiterlijk 25 maart 2026 hebben ontvangen.", "Wij moeten uw reactie", "2026-03-25"),
    "reactie-binnen-zijn": Row("Uw reactie moet uiterlijk 13 maart 2026 bij ons binnen zijn.", "Uw reactie moet", "2026-03-13"),
    "betaling-op-of-voor-numeriek": Row("Uw betaling moet op of vóór 15-04-2026 bij ons binnen zijn.", "Uw betaling moet", "2026-04-15"),
    # --- "graag ontvangen wij"
    "graag-ontvangen-uiterlijk": Row("Graag ontvangen wij uw reactie uiterlijk 23 maart 2026.", "Graag ontvangen wij", "2026-03-23"),
    "graag-ontvangen-binnen-weken": Row("Graag ontvangen wij de gevraagde stukken binnen vier weken.", "Graag ontvangen wij", "2026-03-30"),
    "ontvangen-graag-voor-zonder-jaar": Row(
        "Wij ontvangen de kopie van uw identiteitsbewijs graag vóór 9 maart.", "Wij ontvangen de kopie", "2026-03-08"
    ),
    "ontvangen-graag-binnen": Row(
        "Wij ontvangen graag binnen twee weken een kopie van uw huurcontract.", "Wij ontvangen graag", "2026-03-16"
    ),
    # --- "wilt u", "kunt u", "zou u"
    "wilt-u-terugsturen": Row("Wilt u de machtiging ondertekend aan ons terugsturen?", "Wilt u de machtiging", None),
    "wilt-u-binnen-14-dagen": Row(
        "Wilt u het bedrag van € 45,00 binnen 14 dagen overmaken op rekening NL00BANK0123456789?", "Wilt u het bedrag", "2026-03-16"
    ),
    "wilt-u-laten-weten-zonder-jaar": Row("Wilt u ons uiterlijk 20 maart laten weten of u komt?", "Wilt u ons", "2026-03-20"),
    "wilt-u-voor": Row(
        "Wij willen graag weten of u nog op dit adres woont. Wilt u dit vóór 20 maart 2026 aan ons laten weten?",
        ("Wilt u dit", "Wij willen graag weten"),
        "2026-03-19",
    ),
    "kunt-u-mailen": Row("Kunt u de stukken vóór 13 maart 2026 naar ons mailen?", "Kunt u de stukken", "2026-03-12"),
    "zou-u-terug-te-sturen": Row("Zou u zo vriendelijk willen zijn het formulier ingevuld terug te sturen?", "Zou u zo vriendelijk", None),
    "wilt-u-alsnog-betalen": Row(
        "Wij hebben uw betaling van € 40,00 nog niet ontvangen. Wilt u het bedrag alsnog binnen 14 dagen betalen?",
        "Wilt u het bedrag alsnog",
        "2026-03-16",
    ),
    "wilt-u-liever-keuze": Row(
        "Wij halen het bedrag in 6 delen van uw rekening. Wilt u liever alles in één keer betalen? Bel ons dan vóór 1 april 2026.",
        None,
        None,
    ),
    # --- questions and "als": a request that holds only then, when the letter asks nothing else
    "heeft-u-verzekering": Row(
        "Heeft u een zorgverzekering bij een andere verzekeraar? Geef het polisnummer dan aan ons door.",
        "Geef het polisnummer",
        None,
    ),
    "als-u-auto-heeft": Row("Als u een auto heeft, stuur dan een kopie van het kentekenbewijs mee.", "stuur dan een kopie", None),
    "werkt-u": Row("Werkt u? Stuur dan elke maand uw loonstrook naar ons.", "Stuur dan elke maand", None),
    "als-auto-weg": Row("Als u de auto niet meer heeft, stuur ons dan het vrijwaringsbewijs.", "stuur ons dan het vrijwaringsbewijs", None),
    # --- nothing to do
    "hoeft-niets-meer-geld": Row("U krijgt vanaf 1 april 2026 € 120,00 per maand meer. U hoeft niets te doen.", None, None),
    "hoeft-hiervoor-niets": Row(
        "Wij schrijven het bedrag op 28 maart 2026 af van uw rekening. U hoeft hiervoor niets te doen.", None, None
    ),
    "hoeft-niets-uitbetaling": Row("U hoeft niets te doen. Wij betalen het geld uiterlijk 15 maart 2026 aan u uit.", None, None),
    "automatisch-afgeschreven": Row(
        "Het bedrag van € 56,20 wordt op 28 maart 2026 automatisch van uw rekening afgeschreven. "
        "Vermeld bij vragen altijd het betalingskenmerk.",
        None,
        None,
    ),
    # --- information only
    "info-gesloten": Row("Op 14 maart 2026 is het stadhuis de hele dag gesloten. Op 16 maart zijn wij weer open.", None, None),
    "info-toeslag-tot-en-met": Row("Uw aanvraag is goedgekeurd. U krijgt de toeslag tot en met 31 december 2026.", None, None),
    "info-wij-beslissen": Row(
        "Wij hebben uw brief van 20 februari 2026 goed ontvangen. Wij nemen binnen acht weken een besluit.", None, None
    ),
    "info-besluit-uiterlijk": Row("Wij nemen uiterlijk 30 april 2026 een besluit over uw aanvraag.", None, None),
    "info-bericht-uiterlijk": Row("U ontvangt uiterlijk 20 maart 2026 bericht van ons.", None, None),
    "info-afval": Row(
        "Vanaf 1 januari 2027 verandert de manier waarop wij het afval ophalen. In de bijlage leest u hier meer over.", None, None
    ),
    "info-werkzaamheden": Row(
        "De werkzaamheden aan de Dorpsweg duren van 9 maart tot en met 27 maart 2026. In die tijd is de weg dicht.", None, None
    ),
    "info-nieuwe-pas": Row("Wij sturen u vóór 1 april 2026 een nieuwe pas.", None, None),
    "info-geld-overmaken": Row("Wij maken het geld vóór 15 maart 2026 over op uw rekening.", None, None),
    "info-vragen-bel": Row(
        "Uw uitkering gaat op 1 april 2026 omhoog.\n\nHeeft u een vraag over deze brief? Kijk dan op onze website of bel ons.",
        None,
        None,
    ),
    "info-lees-bijlage": Row("Uw aanvraag is toegekend. Lees de bijlage goed door.", None, None),
    "info-zienswijze-ontvangen": Row(
        "Wij hebben uw zienswijze op 20 februari 2026 ontvangen. Wij nemen die mee in ons besluit.", None, None
    ),
    # --- a plan (voornemen) asks for a zienswijze: that is the action
    "voornemen-niet-eens-zienswijze": Row(
        "Wij zijn van plan uw uitkering te stoppen. Bent u het hier niet mee eens? "
        "Dan kunt u tot en met 16 maart 2026 uw zienswijze geven.",
        "zienswijze",
        "2026-03-16",
    ),
    "voornemen-binnen-twee-weken": Row(
        "Wij zijn van plan de vergunning in te trekken. U kunt binnen twee weken na de datum van deze brief "
        "uw zienswijze schriftelijk of mondeling aan ons geven.",
        "zienswijze",
        "2026-03-16",
    ),
    "voornemen-stuur-reactie": Row(
        "Wij willen u een last onder dwangsom opleggen. Voordat wij een besluit nemen, mag u daarop reageren. "
        "Stuur uw reactie uiterlijk 20 maart 2026 naar ons.",
        "Stuur uw reactie",
        "2026-03-20",
    ),
    "voornemen-dat-heet-zienswijze": Row(
        "Wij zijn van plan om de bijstand terug te vorderen. Voordat wij een besluit nemen, mag u uw mening geven. "
        "Dat heet een zienswijze. U kunt ons tot en met 23 maart 2026 uw zienswijze sturen.",
        "zienswijze sturen",
        "2026-03-23",
    ),
    "tijd-om-te-reageren": Row(
        "Wij zijn van plan uw parkeervergunning niet te verlengen. U heeft tot 20 maart 2026 de tijd om te reageren.",
        "de tijd om te reageren",
        "2026-03-19",
    ),
    # --- the closing paragraph about objecting is never the action
    "bezwaar-na-opdracht": Row(
        "Stuur uw loonstrook vóór 16 maart 2026 op.\n\nBent u het niet eens met dit besluit? Dan kunt u binnen zes weken "
        "na de datum van deze brief bezwaar maken. Stuur uw bezwaarschrift naar het college van burgemeester en wethouders.",
        "Stuur uw loonstrook",
        "2026-03-15",
    ),
    "bezwaar-alleen-u-moet-ondertekenen": Row(
        "Uw aanvraag voor bijzondere bijstand is afgewezen.\n\nAls u het niet eens bent met dit besluit, kunt u binnen zes weken "
        "bezwaar maken. U moet het bezwaarschrift ondertekenen en uw naam en adres vermelden.",
        None,
        None,
    ),
    "bezwaar-tegen-dit-besluit": Row(
        "Uw aanvraag is afgewezen.\n\nTegen dit besluit kunt u binnen zes weken na de dag van verzending bezwaar maken bij het "
        "college. Het bezwaarschrift moet zijn ondertekend en moet de redenen van het bezwaar bevatten.",
        None,
        None,
    ),
    "bezwaar-stuur-dan": Row(
        "Uw toeslag is vastgesteld op € 1.020,00. Als u het niet eens bent met deze beslissing, stuur dan binnen 6 weken "
        "een bezwaarschrift.",
        None,
        None,
    ),
    "beroep-rechtbank": Row(
        "Wij hebben uw bezwaar ongegrond verklaard.\n\nU kunt binnen zes weken in beroep gaan bij de rechtbank. "
        "Stuur daarvoor een beroepschrift naar de rechtbank.",
        None,
        None,
    ),
    # --- appointments: the day of the appointment
    "verwachten-u-weekdag-zonder-jaar": Row(
        "Wij verwachten u op dinsdag 3 maart om 10.00 uur op ons kantoor aan de Markt 1.", "Wij verwachten u", "2026-03-03"
    ),
    "nodigen-uit-gesprek": Row(
        "Wij nodigen u uit voor een gesprek op donderdag 19 maart 2026 om 13.30 uur.", "Wij nodigen u uit", "2026-03-19"
    ),
    "afspraak-numeriek": Row(
        "U heeft een afspraak met uw klantmanager op 24-03-2026 om 9.15 uur. Neem uw identiteitsbewijs mee.",
        ("U heeft een afspraak", "Neem uw identiteitsbewijs"),
        "2026-03-24",
    ),
    "hoorzitting": Row(
        "De hoorzitting is op woensdag 8 april 2026 om 19.00 uur in het stadhuis. U mag iemand meenemen.",
        "De hoorzitting is op",
        "2026-04-08",
    ),
    "monteur-thuis": Row(
        "Onze monteur komt op maandag 16 maart tussen 8.00 en 12.00 uur bij u thuis om de meter te vervangen. Zorg dat er iemand thuis is.",
        ("Onze monteur komt", "Zorg dat er iemand"),
        "2026-03-16",
    ),
    "afspraak-kunt-niet-komen": Row(
        "Wij verwachten u op 10 maart 2026 om 11.00 uur. Kunt u niet komen? Bel ons dan uiterlijk 9 maart.",
        "Wij verwachten u",
        "2026-03-10",
    ),
    "afspraak-na-formulier": Row(
        "Vul het formulier in vóór 20 maart 2026. Daarna heeft u een gesprek met ons op 2 april 2026.",
        "Vul het formulier in",
        "2026-03-19",
    ),
    "afspraak-jaarwisseling": Row(
        "Wij verwachten u op maandag 4 januari om 10.00 uur op ons kantoor.", "Wij verwachten u", "2027-01-04", "14 december 2026"
    ),
    # --- ways to write a term
    "binnen-zes-weken-na-brief": Row(
        "Stuur het ingevulde formulier binnen zes weken na de datum van deze brief terug.", "Stuur het ingevulde", "2026-04-13"
    ),
    "binnen-14-dagen": Row("Betaal het bedrag binnen 14 dagen.", "Betaal het bedrag", "2026-03-16"),
    "binnen-een-maand": Row("Stuur ons de gevraagde gegevens binnen een maand.", "Stuur ons de gevraagde", "2026-04-02"),
    "binnen-5-werkdagen": Row("Stuur ons binnen 5 werkdagen een kopie van uw paspoort.", "Stuur ons binnen", "2026-03-09"),
    "binnen-een-week": Row("Lever de sleutels binnen een week in bij ons kantoor.", "Lever de sleutels", "2026-03-09"),
    "binnen-termijn-van": Row("U moet de stukken binnen een termijn van vier weken aanleveren.", "U moet de stukken", "2026-03-30"),
    "uiterlijk-weken-na-brief": Row("Stuur uw reactie uiterlijk twee weken na de datum van deze brief.", "Stuur uw reactie", "2026-03-16"),
    "binnen-weken-na-dagtekening": Row("Betaal het bedrag binnen 6 weken na dagtekening.", "Betaal het bedrag", "2026-04-13"),
    "tot-en-met": Row("Meld uw kind aan voor de opvang. Dat kan tot en met 15 maart 2026.", "Meld uw kind aan", "2026-03-15"),
    "op-of-voor": Row("Betaal het bedrag op of vóór 31 maart 2026.", "Betaal het bedrag", "2026-03-31"),
    "niet-later-dan": Row("Stuur de stukken niet later dan 30 maart 2026 naar ons.", "Stuur de stukken", "2026-03-30"),
    "numeriek-uiterlijk": Row("Stuur uw reactie uiterlijk 03-04-2026.", "Stuur uw reactie", "2026-04-03"),
    "numeriek-met-punten": Row("Betaal het bedrag uiterlijk 3.4.2026.", "Betaal het bedrag", "2026-04-03"),
    "zonder-jaar-volgend-jaar": Row("Stuur de stukken vóór 8 januari op.", "Stuur de stukken", "2027-01-07", "14 december 2026"),
    "binnen-weken-jaarwisseling": Row("Betaal het bedrag binnen 2 weken.", "Betaal het bedrag", "2027-01-11", "28 december 2026"),
    "uiterste-datum-is": Row("Stuur ons uw jaaropgave. De uiterste datum is 27 maart 2026.", "Stuur ons uw jaaropgave", "2026-03-27"),
    "zet-container-weekdag": Row("Zet de container op woensdag 11 maart vóór 7.30 uur aan de straat.", "Zet de container", "2026-03-11"),
    # --- a term from a day the letter does not give: no date
    "factuurdatum": Row("Betaal binnen 30 dagen na de factuurdatum.", "Betaal binnen 30 dagen", None),
    "na-ontvangst-factuur": Row("Betaal het bedrag binnen 14 dagen na ontvangst van de factuur.", "Betaal het bedrag", None),
    "vervaldatum": Row("Betaal het bedrag uiterlijk op de vervaldatum.", "Betaal het bedrag", None),
    "wijzigingen-doorgeven": Row(
        "U krijgt bijstand vanaf 1 maart 2026. Geef wijzigingen in uw inkomen altijd binnen 4 weken aan ons door.",
        "Geef wijzigingen",
        None,
    ),
    "na-einde-opleiding": Row("Stuur uw diploma binnen 3 maanden na het einde van uw opleiding naar ons.", "Stuur uw diploma", None),
    # --- several dates: which one is the deadline?
    "meer-data-aanvraag-stukken-besluit": Row(
        "Wij hebben op 12 februari 2026 uw aanvraag ontvangen. Stuur ons uiterlijk 16 maart 2026 een kopie van uw "
        "huurcontract. Wij beslissen vóór 15 april 2026.",
        "Stuur ons uiterlijk",
        "2026-03-16",
    ),
    "meer-data-stopt-en-inschrijven": Row(
        "Uw uitkering stopt op 1 juni 2026. U moet zich uiterlijk 18 mei 2026 inschrijven bij het UWV.",
        "U moet zich",
        "2026-05-18",
    ),
    "meer-data-voorwaardelijk-later": Row(
        "Vul het formulier in. Dat kan tot en met 30 april 2026.\n\nLukt het niet op tijd? Vraag dan meer tijd aan. "
        "Dat moet wel vóór 15 april 2026.",
        "Vul het formulier in",
        "2026-04-30",
    ),
    "meer-data-brief-van": Row(
        "In uw brief van 20 februari 2026 vraagt u om uitstel. U krijgt uitstel. Betaal het bedrag nu uiterlijk 30 april 2026.",
        "Betaal het bedrag nu",
        "2026-04-30",
    ),
    # --- more ways letters ask: polite forms with "u" after the verb, "wij hebben ... nodig", passive duties
    "stuurt-u": Row("Stuurt u het ingevulde formulier vóór 1 april 2026 terug?", "Stuurt u het ingevulde", "2026-03-31"),
    "stuurt-u-punt": Row("Stuurt u het ingevulde formulier uiterlijk 27 maart 2026 terug.", "Stuurt u het ingevulde", "2026-03-27"),
    "neemt-u-contact-op": Row(
        "Wij kunnen uw aanvraag nog niet behandelen. Neemt u binnen twee weken contact met ons op.", "Neemt u", "2026-03-16"
    ),
    "belt-u-ons": Row("Belt u ons vóór 13 maart 2026 om een nieuwe afspraak te maken.", "Belt u ons", "2026-03-12"),
    "betaalt-u": Row("Betaalt u het bedrag van € 76,00 binnen 14 dagen.", "Betaalt u het bedrag", "2026-03-16"),
    "hebben-nodig": Row(
        "Wij hebben een kopie van uw bankafschrift nodig. Wij hebben deze kopie uiterlijk 20 maart 2026 nodig.",
        "Wij hebben",
        "2026-03-20",
    ),
    "hebben-nodig-voor": Row(
        "Om uw aanvraag te behandelen hebben wij uw jaaropgave 2025 nodig, vóór 23 maart 2026.", "hebben wij uw jaaropgave", "2026-03-22"
    ),
    "mogen-wij-u-vragen": Row("Mogen wij u vragen het formulier vóór 1 april 2026 terug te sturen?", "Mogen wij u vragen", "2026-03-31"),
    "op-prijs-stellen": Row("Wij stellen het op prijs als u het formulier binnen drie weken terugstuurt.", "op prijs", "2026-03-23"),
    "bedoeling-dat-u": Row("Het is de bedoeling dat u de vragenlijst uiterlijk 18 maart 2026 invult.", "de bedoeling dat u", "2026-03-18"),
    "wordt-gevraagd": Row("U wordt gevraagd uw nieuwe adres binnen vijf dagen door te geven.", "U wordt gevraagd", "2026-03-07"),
    "bedrag-moet-op-rekening-staan": Row(
        "Het bedrag van € 150,00 moet uiterlijk 31 maart 2026 op onze rekening staan.", "moet uiterlijk", "2026-03-31"
    ),
    "formulier-dient-in-bezit": Row(
        "Het formulier dient uiterlijk 20 maart 2026 in ons bezit te zijn.", "Het formulier dient", "2026-03-20"
    ),
    "zorg-ervoor": Row("Zorg ervoor dat het bedrag uiterlijk 31 maart 2026 op onze rekening staat.", "Zorg ervoor", "2026-03-31"),
    "zou-u-willen-mailen": Row("Zou u ons de ontbrekende stukken binnen 10 dagen willen mailen?", "Zou u ons", "2026-03-12"),
    # --- more terms
    "tot-uiterlijk": Row("Stuur uw reactie tot uiterlijk 20 maart 2026.", "Stuur uw reactie", "2026-03-20"),
    "voor-of-op": Row("Lever de sleutels vóór of op 15 april 2026 in.", "Lever de sleutels", "2026-04-15"),
    "aanstaande": Row("Stuur het formulier uiterlijk 20 maart aanstaande terug.", "Stuur het formulier", "2026-03-20"),
    "afgekort-maand": Row("Betaal het bedrag uiterlijk 10 mrt. 2026.", "Betaal het bedrag", "2026-03-10"),
    "schuine-strepen": Row("Betaal het bedrag vóór 10/03/2026.", "Betaal het bedrag", "2026-03-09"),
    "eind-maand": Row("Stuur de stukken uiterlijk eind maart 2026 naar ons.", "Stuur de stukken", "2026-03-31"),
    "datum-vooraan": Row("Vóór 1 april 2026 moet u uw aangifte doen.", "moet u uw aangifte", "2026-03-31"),
    "veertien-dagen-ontvangst-brief": Row(
        "Stuur de gegevens binnen veertien dagen na ontvangst van deze brief.", "Stuur de gegevens", "2026-03-16"
    ),
    "reageren-tot-weken-na": Row(
        "Wij zijn van plan uw toeslag te stoppen. U kunt tot twee weken na de datum van deze brief op dit plan reageren.",
        "reageren",
        "2026-03-16",
    ),
    # --- appointments set out as a list
    "uitnodiging-met-labels": Row(
        "Wij nodigen u uit voor een gesprek over uw uitkering.\n\nDatum: donderdag 12 maart 2026\nTijd: 14.00 uur\n"
        "Plaats: Stadhuis, Markt 1",
        "Wij nodigen u uit",
        "2026-03-12",
    ),
    "wordt-verwacht": Row("U wordt verwacht op maandag 9 maart 2026 om 10.00 uur in het stadhuis.", "U wordt verwacht", "2026-03-09"),
    # --- information that looks like a request
    "info-uitkering-gestort": Row("De uitkering wordt uiterlijk op 25 maart 2026 op uw rekening gestort.", None, None),
    "info-hoeft-niet-te-reageren": Row(
        "Wij hebben uw gegevens aangepast. Deze brief is alleen ter informatie. U hoeft niet te reageren.", None, None
    ),
    "info-hoeft-niet-bij-zijn": Row("De rechter behandelt uw zaak op 12 mei 2026. U hoeft daar niet bij te zijn.", None, None),
    "info-raad-beslist": Row("De gemeenteraad neemt op 26 maart 2026 een besluit over het plan.", None, None),
    "info-geen-actie": Row("Uw huur gaat op 1 juli 2026 omhoog met € 22,00. U hoeft hiervoor geen actie te ondernemen.", None, None),
    "info-verrekenen": Row("U heeft € 140,00 te veel gekregen. Wij verrekenen dit bedrag met uw uitkering van april 2026.", None, None),
    # --- more objection closings
    "bezwaar-doe-dit": Row(
        "Uw aanvraag is afgewezen.\n\nAls u het niet eens bent met dit besluit, kunt u een brief sturen. "
        "Doe dit binnen 6 weken na de datum van deze brief.",
        None,
        None,
    ),
    "bezwaar-wilt-u": Row(
        "Wij hebben uw toeslag verlaagd.\n\nWilt u bezwaar maken? Stuur dan binnen 6 weken een brief naar ons.", None, None
    ),
    "voorlopige-voorziening": Row(
        "Uw vergunning is ingetrokken.\n\nU kunt binnen zes weken bezwaar maken. Is uw zaak spoedeisend? "
        "Dan kunt u de voorzieningenrechter vragen om een voorlopige voorziening.",
        None,
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(ROWS))
def test_action_and_deadline(name: str) -> None:
    row = ROWS[name]
    summary = summarize(letter(row.body, row.briefdatum))
    found_action = summary.actie.zin if summary.actie else None
    if row.actie is None:
        assert found_action is None, f"no action expected, got {found_action!r}"
    else:
        wanted = (row.actie,) if isinstance(row.actie, str) else row.actie
        assert found_action is not None and any(w.lower() in found_action.lower() for w in wanted), found_action
    found_date = summary.datum.datum if summary.datum else None
    assert found_date == row.datum, summary.datum


def test_the_table_is_large_and_covers_both_answers() -> None:
    assert len(ROWS) >= 80
    assert sum(row.actie is None for row in ROWS.values()) >= 15
    assert sum(row.datum is None and row.actie is not None for row in ROWS.values()) >= 10
