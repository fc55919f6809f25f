"""How well does the compound splitter find the head of a Dutch compound?

    PYTHONPATH=. python benchmarks/compounds.py [--write]

A list written for this benchmark (not taken from any letter set): words
from letters of the kind taalcheck checks, each with the head a careful
reader gives it, or no head for a word that is no compound (a derived word
such as 'verzekering' or 'aanvraag', or a simple word). A split counts as
right when its head is the expected head.

Precision: of the words the splitter splits, how many get the right head.
Recall: of the compounds, how many get the right head.
``--write`` puts the figures in benchmarks/compounds.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

from taalcheck.nl.compounds import split_compound

HERE = Path(__file__).resolve().parent

# word: expected head ('' = no compound)
COMPOUNDS = {
    "reisverzekering": "verzekering",
    "zorgverzekering": "verzekering",
    "inboedelverzekering": "verzekering",
    "naheffingsaanslag": "aanslag",
    "belastingaanslag": "aanslag",
    "navorderingsaanslag": "aanslag",
    "voorlopige": "",
    "huurtoeslag": "toeslag",
    "zorgtoeslag": "toeslag",
    "kinderopvangtoeslag": "toeslag",
    "cv-ketel": "ketel",
    "woz-waarde": "waarde",
    "aow-uitkering": "uitkering",
    "ww-uitkering": "uitkering",
    "bijstandsuitkering": "uitkering",
    "bezwaartermijn": "termijn",
    "betalingstermijn": "termijn",
    "beslistermijn": "termijn",
    "bezwaarschrift": "schrift",
    "verweerschrift": "schrift",
    "keukentafelgesprek": "gesprek",
    "huisbezoek": "bezoek",
    "inkomstenbelasting": "belasting",
    "motorrijtuigenbelasting": "belasting",
    "afvalstoffenheffing": "heffing",
    "rioolheffing": "heffing",
    "ouderdomspensioen": "pensioen",
    "boekenkast": "kast",
    "fietsenstalling": "stalling",
    "omgevingsvergunning": "vergunning",
    "parkeervergunning": "vergunning",
    "bouwvergunning": "vergunning",
    "toekenningsbeschikking": "beschikking",
    "woz-beschikking": "beschikking",
    "informatieavond": "avond",
    "aanslagbiljet": "biljet",
    "betalingsregeling": "regeling",
    "wachttijd": "tijd",
    "gemeentehuis": "huis",
    "verkeersboete": "boete",
    "handtekening": "tekening",
    "woonplaats": "plaats",
    "parkeerplaats": "plaats",
    "invorderingskosten": "kosten",
    "incassokosten": "kosten",
    "huurverhoging": "verhoging",
    "huurcontract": "contract",
    "arbeidsovereenkomst": "overeenkomst",
    "huurovereenkomst": "overeenkomst",
    "geboortedatum": "datum",
    "vervaldatum": "datum",
    "rekeningnummer": "nummer",
    "telefoonnummer": "nummer",
    "burgerservicenummer": "nummer",
    "klantnummer": "nummer",
    "dossiernummer": "nummer",
    "wegwerkzaamheden": "werkzaamheden",
    "onderhoudswerkzaamheden": "werkzaamheden",
    "rioolwerkzaamheden": "werkzaamheden",
    "geluidsoverlast": "overlast",
    "verkeershinder": "hinder",
    "vuilniszak": "zak",
    "afvalcontainer": "container",
    "speeltuin": "tuin",
    "buurthuis": "huis",
    "wijkagent": "agent",
    "schoolgebouw": "gebouw",
    "zorgkosten": "kosten",
    "eigen-risico": "risico",
    "huishoudhulp": "hulp",
    "thuiszorg": "zorg",
    "jeugdzorg": "zorg",
    "schuldhulpverlening": "hulpverlening",
    "energietoeslag": "toeslag",
    "studiefinanciering": "financiering",
    "reiskosten": "kosten",
    "inschrijfgeld": "geld",
    "collegegeld": "geld",
    "leerplichtambtenaar": "ambtenaar",
    "gezinssituatie": "situatie",
    "woonsituatie": "situatie",
    "loonbeslag": "beslag",
    "bankrekening": "rekening",
    "spreekuur": "uur",
    "openingstijden": "tijden",
    "bewonersbrief": "brief",
    "verhuisbericht": "bericht",
    "ziekmelding": "melding",
    "adreswijziging": "wijziging",
    "naamswijziging": "wijziging",
    "rijbewijs": "bewijs",
    "zorgverlener": "verlener",
    "belastingdienst": "dienst",
    "kinderbijslag": "bijslag",
    # no compounds: derived or simple words
    "verzekering": "",
    "aanvraag": "",
    "gemeente": "",
    "mogelijkheden": "",
    "werkzaamheden": "",
    "vergunning": "",
    "voorwaarde": "",
    "ontheffing": "",
    "onderwerp": "",
    "tegemoetkoming": "",
    "kwijtschelding": "",
    "overigens": "",
    "beschikking": "",
    "betaling": "",
    "toeslag": "",
    "uitkering": "",
    "belasting": "",
    "vriendschap": "",
    "gezondheid": "",
    "zekerheid": "",
    "beslissing": "",
    "bezwaar": "",
    "verhuizing": "",
    "regeling": "",
    "woning": "",
    "ondersteuning": "",
    "inkomen": "",
    "termijn": "",
    "vervolgens": "",
    "eventueel": "",
    "informatie": "",
    "afspraak": "",
    "overeenkomst": "",
    "instantie": "",
    "omstandigheden": "",
    "verantwoordelijk": "",
    "medewerker": "",
    "bereikbaar": "",
    "toestemming": "",
}


# Written after the splitter was tuned on COMPOUNDS, measured once and not tuned on: the honest figure.
HELD_OUT = {
    "brandverzekering": "verzekering",
    "aansprakelijkheidsverzekering": "verzekering",
    "autoverzekering": "verzekering",
    "inkomensaanslag": "aanslag",
    "huurachterstand": "achterstand",
    "betalingsachterstand": "achterstand",
    "energierekening": "rekening",
    "waterrekening": "rekening",
    "zorgpolis": "polis",
    "verzekeringspolis": "polis",
    "bezwaarprocedure": "procedure",
    "aanvraagformulier": "formulier",
    "inschrijfformulier": "formulier",
    "wijkteam": "team",
    "buurtbewoners": "bewoners",
    "straatverlichting": "verlichting",
    "parkeerboete": "boete",
    "snelheidsovertreding": "overtreding",
    "verkeersbord": "bord",
    "afvalkalender": "kalender",
    "gemeentebelasting": "belasting",
    "hondenbelasting": "belasting",
    "schoolvakantie": "vakantie",
    "zwembad": "bad",
    "huurwoning": "woning",
    "koopwoning": "woning",
    "woningcorporatie": "corporatie",
    "zorgverzekeraar": "verzekeraar",
    "pensioenfonds": "fonds",
    "spaarrekening": "rekening",
    "rentevergoeding": "vergoeding",
    "reiskostenvergoeding": "vergoeding",
    "kledinggeld": "geld",
    "boodschappenlijst": "lijst",
    "wachtlijst": "lijst",
    "kinderarts": "arts",
    "tandarts": "arts",
    "huisarts": "arts",
    "ziektekosten": "kosten",
    "verhuiskosten": "kosten",
    # no compounds
    "verklaring": "",
    "onderzoek": "",
    "aanmelding": "",
    "bevestiging": "",
    "herinnering": "",
    "ontvangst": "",
    "uitnodiging": "",
    "gebruik": "",
    "vereniging": "",
    "ervaring": "",
    "bedrijf": "",
    "ambtenaar": "",
    "rechtbank": "bank",
    "omgeving": "",
    "verlenging": "",
}


def measure(words: dict[str, str] | None = None) -> dict[str, float]:
    split_right = split_wrong = compound_right = compounds = 0
    wrong: list[str] = []
    words = COMPOUNDS if words is None else words
    for word, head in words.items():
        found = split_compound(word)
        got = found[1] if found else ""
        if head:
            compounds += 1
        if got:
            if got == head:
                split_right += 1
            else:
                split_wrong += 1
                wrong.append(f"{word} -> {got} (verwacht: {head or 'geen'})")
        if head and got == head:
            compound_right += 1
        elif head and not got:
            wrong.append(f"{word} -> geen (verwacht: {head})")
    return {
        "words": len(words),
        "compounds": compounds,
        "precision": split_right / max(1, split_right + split_wrong),
        "recall": compound_right / max(1, compounds),
        "errors": wrong,
    }


def main() -> None:
    result = measure()
    held = measure(HELD_OUT)
    lines = [
        "# Compound splitter (taalcheck/nl/compounds.py)",
        "",
        "Measured with `PYTHONPATH=. python benchmarks/compounds.py --write` on a list written for this benchmark",
        f"({result['words']} words: {result['compounds']} compounds, {result['words'] - result['compounds']} derived or simple words).",
        "",
        f"- precision (a split gives the right head): {result['precision']:.2f}",
        f"- recall (a compound gets its right head): {result['recall']:.2f}",
        "",
        "Errors:",
        "",
        *[f"- {e}" for e in result["errors"]],
        "",
        f"Held out ({held['words']} words, {held['compounds']} compounds; written after the tuning, not tuned on):",
        "",
        f"- precision: {held['precision']:.2f}",
        f"- recall: {held['recall']:.2f}",
        "",
        "Errors:",
        "",
        *[f"- {e}" for e in held["errors"]],
        "",
    ]
    print("\n".join(lines))
    if "--write" in sys.argv:
        (HERE / "compounds.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
