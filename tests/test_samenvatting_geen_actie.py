"""A table of letter bodies about when a letter asks nothing now, and which request wins.

Written for this table (no letter of the corpus). The field rules
(corpus/samenvatting/README.md): a request under "als" counts when the letter
asks nothing else; no action for information only, money that comes by itself,
"U hoeft niets te doen", or a choice of the reader. Rows here: a wish for later
("Wenst u later ..., dan ..."), a duty for next years, a duty only when something
breaks or is no longer used, advice under a condition, a chance the reader may
take, reacting to offers; and the rankings: a change duty or the general duty to
look for work gives way to the letter's own request, an invitation and the day
and "U dient te verschijnen" are one action, a payment put as a condition, a
duty for the reader's children.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from taalcheck.uitleg.summary import summarize


class Row(NamedTuple):
    body: str
    actie: str | None  # words the action sentence must hold, or None: no action


def letter(body: str) -> str:
    return (
        "Gemeente Lindewaard\nPostbus 40\n7400 AB Lindewaard\n\n"
        "De heer B. Smit\nDorpsweg 3\n7401 EF Lindewaard\n\n"
        "Datum: 2 maart 2026\nOnderwerp: Uw aanvraag\n\n"
        "Geachte heer Smit,\n\n"
        f"{body}\n\n"
        "Met vriendelijke groet,\n\nTeam Zorg\n"
    )


GRANT = "Wij hebben uw aanvraag goedgekeurd. U krijgt een scootmobiel in bruikleen. De leverancier belt u voor een afspraak."

ROWS: dict[str, Row] = {
    # --- no action now
    "wens-voor-later": Row(
        "Wij hebben uw betaling voor één jaar uitgesteld. Wilt u na dit jaar opnieuw uitstel, dan dient u dit ruim op tijd aan te vragen.",
        None,
    ),
    "volgende-jaren": Row(
        "Wij schelden de aanslag van dit jaar kwijt. Voor de komende jaren moet u opnieuw kwijtschelding aanvragen.", None
    ),
    "schade-melden": Row(f"{GRANT}\n\nSchade aan de scootmobiel dient u zelf aan de leverancier te melden.", None),
    "bij-verlies": Row(f"{GRANT}\n\nBij verlies of diefstal moet u direct de politie bellen.", None),
    "niet-langer-gebruikt": Row(
        f"{GRANT}\n\nIndien u de scootmobiel niet meer gebruikt, moet u deze terugbrengen naar de leverancier.", None
    ),
    "advies-onder-voorwaarde": Row(
        "Wij kunnen u helaas geen woning met voorrang geven. Als u huurschulden heeft, raden wij u aan een regeling te treffen.",
        None,
    ),
    "kans-om-te-vragen": Row(
        "De aanslag staat hieronder.\n\nHeeft u weinig geld? Dan hoeft u misschien niets te betalen. Vraag dat aan op onze website.",
        None,
    ),
    "reageren-op-aanbod": Row("U staat nu ingeschreven als woningzoekende. U kunt op woningen reageren via onze website.", None),
    "niets-te-doen": Row("Wij betalen het geld op 20 maart 2026 op uw rekening. U hoeft hiervoor niets te doen.", None),
    # --- the action, when the letter asks something now
    "als-vraag-telt-als-er-niets-anders-is": Row(
        "Wij hebben uw aanvraag goedgekeurd.\n\nHeeft u een andere verzekering? Geef het nummer van uw polis dan aan ons door.",
        "Geef het nummer",
    ),
    "wijziging-doorgeven-als-enige": Row(
        f"{GRANT}\n\nVerandert er iets in uw gezondheid? Geef dit dan direct aan ons door.", "Geef dit dan"
    ),
    "eigen-verzoek-wint-van-meldplicht": Row(
        "Uw pensioen wordt lager. Wij wijzen u erop dat iedere wijziging in uw woonsituatie direct moet worden gemeld. "
        "Wij raden u aan uw huurtoeslag zo snel mogelijk aan te passen.",
        "huurtoeslag",
    ),
    "concrete-taak-wint-van-werk-zoeken": Row(
        "U krijgt een uitkering. U bent verplicht om passende arbeid te zoeken en te aanvaarden. "
        "U dient elke maand het formulier over uw inkomsten in te vullen.",
        "formulier over uw inkomsten",
    ),
    "uitnodiging-en-dag": Row(
        "Voor uw aanvraag wordt u uitgenodigd voor een gesprek met onze arts.\n\n"
        "Het gesprek vindt plaats op dinsdag 17 maart 2026 om 10.00 uur in het stadhuis.",
        "uitgenodigd voor een gesprek",
    ),
    "dag-en-verschijnen-later": Row(
        "De zitting vindt plaats op 24 maart 2026 om 14.00 uur.\n\nStukken\nU mag vooraf stukken sturen.\n\n"
        "Verschijnen\nU dient zelf te verschijnen.",
        "U dient zelf te verschijnen",
    ),
    "betaling-als-voorwaarde": Row(
        "De rechter heeft bepaald dat u de woning moet verlaten. Wij zien alleen af van de ontruiming als het hele bedrag "
        "uiterlijk 20 maart 2026 op onze rekening is bijgeschreven. Wij adviseren u contact op te nemen met schuldhulp.",
        "uiterlijk 20 maart 2026",
    ),
    "plicht-van-de-kinderen": Row(
        "Wij geven geen verlof buiten de schoolvakanties. Wij wijzen u erop dat uw kinderen in die week naar school moeten gaan.",
        "uw kinderen",
    ),
    "geen-actie-te-ondernemen": Row(
        "Wij betalen het voorschot van € 640,00 binnen twee weken aan u uit. U behoeft voor de ontvangst van dit bedrag "
        "zelf geen actie te ondernemen.\n\nIs uw rekeningnummer gewijzigd? Neem dan contact met ons op.",
        None,
    ),
    "geen-actie-alleen-in-dat-geval": Row(
        "Indien u de huur per automatische incasso voldoet, wordt het nieuwe bedrag vanzelf afgeschreven. U behoeft "
        "hiervoor geen actie te ondernemen. Betaalt u per overboeking, dan dient u deze tijdig aan te passen.",
        "overboeking",
    ),
    "indien-blijkt-later": Row(
        "U krijgt over 2027 een teruggaaf van € 1.200,00. Indien blijkt dat u te veel teruggaaf heeft ontvangen, "
        "dient u het verschil terug te betalen.",
        None,
    ),
    "nummer-vermelden-is-geen-actie": Row(
        "Wij zijn van plan uw aanvraag af te wijzen. U wordt in de gelegenheid gesteld om binnen vier weken na "
        "verzending van dit voornemen uw zienswijze naar voren te brengen. Vermeld daarbij altijd uw V-nummer.",
        "zienswijze",
    ),
    "wilt-u-met-dan-is-een-keuze": Row(
        "Uw kenteken is geschorst tot 15 februari 2027.\n\nWilt u de schorsing verlengen? Dan kunt u vanaf één maand "
        "voor het einde een verlenging aanvragen.",
        None,
    ),
    "klantnummer-bij-de-hand-hoort-bij-bellen": Row(
        "Uw nieuwe tarieven staan in de bijlage.\n\nVragen?\nBel onze klantenservice op "
        "050 - 737 21 00. Wij zijn bereikbaar op werkdagen van 8.00 tot 18.00 uur. Houd uw klantnummer bij de hand.",
        None,
    ),
}


@pytest.mark.parametrize("name", list(ROWS))
def test_action(name: str) -> None:
    row = ROWS[name]
    found = summarize(letter(row.body)).actie
    if row.actie is None:
        assert found is None, found.zin
    else:
        assert found is not None and row.actie in found.zin, found.zin if found else None
