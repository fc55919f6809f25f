"""A table of short letter bodies with the amount a reader should see at the top.

The bodies are written for this table (no letter of the corpus), one class per
row: a total against its parts, an amount per month against the whole, a fine
with costs on top, what is still owed against what is already paid, a refund, an
income or value that is only the basis of a sum, a rate ("per kilometer"), money
that goes to someone else, an action that points back at an amount ("dit
bedrag"), and the ways an amount is written ("€ 1.234,56", "EUR 85", "85 euro",
"€ 85,-"). The field rules are in corpus/samenvatting/README.md: the amount the
action is about, what the reader pays or gets, the total of a list; never a cost
that only comes when something goes wrong; nothing when there is no such amount.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from taalcheck.uitleg.summary import summarize


class Row(NamedTuple):
    body: str
    bedrag: str | None  # as written in the letter, or None: no main amount


def letter(body: str) -> str:
    return (
        "Gemeente Lindewaard\nPostbus 40\n7400 AB Lindewaard\n\n"
        "Mevrouw A. de Vries\nKerkstraat 12\n7401 CD Lindewaard\n\n"
        "Datum: 2 maart 2026\nOnderwerp: Uw betaling\n\n"
        "Beste mevrouw De Vries,\n\n"
        f"{body}\n\n"
        "Met vriendelijke groet,\n\nAfdeling Belastingen\n"
    )


ROWS: dict[str, Row] = {
    # --- the ways an amount is written
    "euro-teken-duizendtal": Row("U moet € 1.234,56 betalen vóór 1 april 2026.", "€ 1.234,56"),
    "eur-voor": Row("Betaal EUR 85 vóór 1 april 2026.", "EUR 85"),
    "euro-achter": Row("U krijgt 85 euro terug op uw rekening.", "85 euro"),
    "streepje": Row("De leges van € 85,- moet u betalen aan de balie.", "€ 85,-"),
    # --- a total against its parts
    "lijst-met-totaal": Row(
        "Dit moet u nog betalen:\n- aanslag: € 300,00;\n- kosten aanmaning: € 7,00;\n- kosten dwangbevel: € 40,00;\n"
        "- totaal: € 347,00.\n\nBetaal het totaal binnen twee weken.",
        "€ 347,00",
    ),
    "totaal-na-delen-in-een-zin": Row(
        "De huur is € 610,00 en de servicekosten zijn € 45,00, zodat het totale bedrag dat u per maand betaalt € 655,00 is.",
        "€ 655,00",
    ),
    "in-totaal-achter": Row("U betaalt voor de cursus en het boek € 120,00 in totaal.", "€ 120,00"),
    # --- per month against the whole, and instalments the action is about
    "termijnen-van-de-regeling": Row(
        "Uw schuld is € 1.200,00. U mag die schuld aflossen in tien maandelijkse termijnen van € 120,00.\n\n"
        "De eerste termijn moet uiterlijk 1 april 2026 op onze rekening staan.",
        "€ 120,00",
    ),
    "maandbedrag-en-terugvordering": Row(
        "Uw pensioen is per maand € 980,00. U heeft te veel pensioen gekregen. "
        "Het te veel betaalde bedrag van € 2.150,00 wordt van u teruggevorderd.",
        "€ 2.150,00",
    ),
    "oud-bedrag-in-plaats-van": Row(
        "Uw toeslag wordt per maand € 95,00 in plaats van € 140,00. U hoeft niets te doen.",
        "€ 95,00",
    ),
    # --- a fine with costs, and which of two costs the action is about
    "boete-en-kosten-action-over-kosten": Row(
        "U krijgt een boete van € 95,00. Die boete int het CJIB; u krijgt daarvan een aparte brief. "
        "Ook moet u de kosten van het wegslepen van uw fiets, € 25,00, aan ons betalen.\n\n"
        "Maak de wegsleepkosten binnen vier weken over op onze rekening.",
        "€ 25,00",
    ),
    "boete-met-kosten-erbij": Row("Wij leggen u een boete op van € 150,00, vermeerderd met € 9,00 kosten.", "€ 150,00"),
    "rente-is-bijzaak": Row(
        "De aanslag bedraagt € 540,00. Daarnaast bent u invorderingsrente verschuldigd ten bedrage van € 12,30.", "€ 540,00"
    ),
    # --- owed against already paid
    "nog-bijbetalen-na-al-betaald": Row(
        "De belasting over 2025 is € 1.100,00. U heeft al € 700,00 betaald. U moet dus nog € 400,00 bijbetalen.",
        "€ 400,00",
    ),
    "actie-wijst-terug": Row(
        "U heeft in 2025 een bedrag van € 860,00 aan voorschotten gekregen. U had daar geen recht op. U moet dit bedrag terugbetalen.",
        "€ 860,00",
    ),
    "dit-komt-neer-op": Row("Wij verlagen uw uitkering over april met 10 procent. Dit komt neer op € 112,40.", "€ 112,40"),
    # --- money that comes back
    "verlaagd-met-en-terugstorten": Row(
        "Wij verlagen de aanslag met € 88,00 tot € 412,00. Het te veel betaalde bedrag storten wij binnen zes weken terug.",
        "€ 88,00",
    ),
    "restitutie": Row("De leges van € 34,50 die u al betaalde, worden aan u gerestitueerd.", "€ 34,50"),
    "gevorderde-hoofdsom": Row(
        "De rechter kijkt of u en de schuldeiser het eens kunnen worden over de gevorderde hoofdsom van € 1.950,00, "
        "vermeerderd met incassokosten ad € 290,00.",
        "€ 1.950,00",
    ),
    "vergoed-aan-u-en-aan-advocaat": Row(
        "De gemeente moet het door u betaalde griffierecht van € 50,00 aan u vergoeden, en de proceskosten "
        "tot een bedrag van € 1.750,00 ten behoeve van uw gemachtigde.",
        "€ 50,00",
    ),
    "deel-tussen-komma-s-is-geen-totaal": Row(
        "Het totale door u te betalen bedrag, inclusief servicekosten ad € 41,10, wordt per 1 juli € 702,15 per maand.",
        "€ 702,15",
    ),
    "nieuw-bedrag-na-verlaagd-tot": Row(
        "Uw uitkering bedraagt thans € 1.320,00 per maand. Omdat u inkomsten heeft, wordt uw uitkering verlaagd tot € 610,40 per maand.",
        "€ 610,40",
    ),
    "lijst-onder-een-vraag": Row(
        "Wat betaalt u?\n- Tot nu toe: € 118,00 per maand.\n- Vanaf maart 2026: € 109,00 per maand.\n\n"
        "Met de nieuwe prijzen kost dat ongeveer € 1.308,00 per jaar.",
        "€ 109,00",
    ),
    "inkomen-te-weten-is-de-basis": Row(
        "De eigen bijdrage is berekend op basis van uw inkomen over 2024, zoals de Belastingdienst dat aan ons gaf, "
        "te weten € 28.410,00. Uw eigen bijdrage bedraagt € 402,60 per maand.",
        "€ 402,60",
    ),
    "oud-en-nieuw-met-dubbele-punt": Row(
        "De eigen bijdrage wordt als volgt gewijzigd:\nEigen bijdrage oud: € 280,00\nEigen bijdrage nieuw: € 196,00\n\n"
        "U hoeft zelf niets te doen.",
        "€ 196,00",
    ),
    "nu-en-vanaf": Row(
        "Omdat u nu samenwoont, wordt uw AOW lager.\n- Nu krijgt u € 1.490,10 bruto per maand.\n"
        "- Vanaf 1 juni 2026 krijgt u € 1.021,35 bruto per maand.",
        "€ 1.021,35",
    ),
    "bedrag-van-de-opdracht-boven-het-totaal-van-toen": Row(
        "Wij hebben u bijstand toegekend: € 520,00 voor een wasmachine en € 35,00 voor bezorgkosten, in totaal € 555,00. "
        "U heeft de wasmachine niet gekocht. Wij besluiten het bedrag van € 520,00 van u terug te vorderen.\n\n"
        "Wij verzoeken u het bedrag van € 520,00 binnen zes weken na de datum van deze brief over te maken.",
        "€ 520,00",
    ),
    "prijs-van-een-keuze": Row(
        "Haal uw nieuwe afvalpas op vóór 1 april 2026. De pas is gratis.\n\nBent u de pas later kwijt? Dan kost een "
        "nieuwe pas € 10,00. Wilt u een grotere container? Dan betaalt u eenmalig € 25,00.",
        None,
    ),
    # --- never the main amount
    "inkomen-is-geen-bedrag": Row(
        "Wij zijn uitgegaan van een toetsingsinkomen van € 31.000,00. Uw inkomen blijkt € 36.000,00 te zijn.", None
    ),
    "tarief-per-kilometer": Row(
        "U moet op 12 maart 2026 naar het spreekuur komen. Komt u met de auto, dan krijgt u € 0,21 per kilometer.", None
    ),
    "drempel": Row("Een regeling kan alleen als uw schuld hoger is dan € 100,00. Vraag het aan via de website.", None),
    "kosten-als-u-niet-ophaalt": Row(
        "Haal uw rijbewijs zelf op bij de balie.\n\nHaalt u het rijbewijs niet binnen 3 maanden op? Dan maken wij het "
        "ongeldig. U moet dan opnieuw een rijbewijs aanvragen. Dat kost € 52,40.",
        None,
    ),
    "alleen-als-het-misgaat": Row(
        "Stuur het formulier vóór 1 april 2026 terug. Indien u niet op tijd reageert, kunt u een boete krijgen van maximaal € 500,00.",
        None,
    ),
}


@pytest.mark.parametrize("name", list(ROWS))
def test_main_amount(name: str) -> None:
    row = ROWS[name]
    found = summarize(letter(row.body)).bedrag
    assert (found.waarde if found else None) == row.bedrag


def test_every_amount_once_in_letter_order() -> None:
    s = summarize(letter("U betaalt € 20,00 en daarna nog eens € 20,00. Het totaal is EUR 40,00 of 40 euro."))
    assert s.bedragen == ["€ 20,00", "EUR 40,00", "40 euro"]
