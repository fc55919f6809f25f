"""Generated letters for the benchmarks and the cache tests: 5 templates x N field variations.

A letter factory fills the same template for thousands of citizens: the
address block, the date, the reference and the amounts change, the body
stays the same. That is exactly the workload the sentence cache is for, so
the benchmark measures it on letters built this way. Deterministic: the same
index always gives the same letter.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

TEMPLATES = (
    # 0: a tax assessment in ambtelijk style (many findings)
    """Gemeente {plaats}
Afdeling Belastingen
Postbus {postbus}
{postcode_gem} {plaats}

{aanhef_kort} {voorletter}. {achternaam}
{straat} {huisnummer}
{postcode} {plaats}

Datum: {datum}
Kenmerk: BEL/{jaar}/{kenmerk}
Onderwerp: Aanslag gemeentelijke belastingen {jaar}

Geachte {aanhef} {achternaam},

Hierbij ontvangt u de aanslag gemeentelijke belastingen over het jaar {jaar}. Op deze aanslag staan de onroerendezaakbelasting, de afvalstoffenheffing en de rioolheffing.
Het totaalbedrag van de aanslag bedraagt € {bedrag}.
Indien u het niet eens bent met de aanslag, kunt u binnen zes weken na dagtekening van deze brief bezwaar maken.
Het bezwaarschrift dient te worden ondertekend en dient ten minste uw naam, uw adres, de datum, het kenmerk van deze brief en de redenen van het bezwaar te bevatten.
De betaling van het verschuldigde bedrag dient uiterlijk op {termijn} plaats te vinden.
U kunt het bedrag middels automatische incasso in tien termijnen voldoen.
Het indienen van een verzoek tot kwijtschelding is mogelijk indien u een laag inkomen heeft.
Wij verzoeken u vriendelijk om eventuele wijzigingen in uw situatie tijdig aan ons door te geven.
Voor meer informatie kunt u de website van de gemeente raadplegen.

Met vriendelijke groet,

De heffingsambtenaar van de gemeente {plaats}
""",
    # 1: a benefit granted, plain language (few findings)
    """UWV
Postbus {postbus}
{postcode_gem} Amsterdam

{aanhef_kort} {voorletter}. {achternaam}
{straat} {huisnummer}
{postcode} {plaats}

Datum: {datum}
Ons kenmerk: WW-{kenmerk}
Onderwerp: U krijgt een WW-uitkering

Beste {aanhef} {achternaam},

U krijgt vanaf {startdatum} een WW-uitkering. In deze brief leest u hoeveel u krijgt en wat u moet doen.

Hoeveel krijgt u?
De eerste twee maanden krijgt u 75% van uw dagloon. Daarna krijgt u 70%. Uw dagloon is € {dagloon}.
U krijgt de uitkering elke maand op uw rekening.

Wat moet u doen?
- Zoek werk. Solliciteer elke week minstens één keer.
- Geef wijzigingen binnen een week aan ons door.
- Vul elke maand het formulier Inkomstenopgave in.

Krijgt u werk of inkomsten? Geef dat dan meteen aan ons door. Doet u dat niet? Dan moet u misschien geld terugbetalen.

Heeft u vragen? Bel ons op 088 - 898 92 94. Wij helpen u graag.

Met vriendelijke groet,

{ondertekenaar}
Adviseur uitkeringen
""",
    # 2: a first reminder for a fine (mixed)
    """Centraal Justitieel Incassobureau
Postbus {postbus}
{postcode_gem} Leeuwarden

{aanhef_kort} {voorletter}. {achternaam}
{straat} {huisnummer}
{postcode} {plaats}

Datum: {datum}
Beschikkingsnummer: {kenmerk}{huisnummer}
Onderwerp: Eerste aanmaning

Geachte {aanhef} {achternaam},

U heeft op {overtreding} een verkeersboete gekregen. Wij hebben uw betaling nog niet ontvangen.
Het CJIB verzoekt u om het openstaande bedrag van € {bedrag} binnen twee weken te betalen.
Omdat u niet op tijd heeft betaald, is het bedrag verhoogd met € 9,00 administratiekosten.
Betaalt u niet binnen de gestelde termijn, dan wordt het bedrag nogmaals verhoogd.
U kunt het bedrag overmaken op rekeningnummer NL12 INGB 0000 1234 56 onder vermelding van het beschikkingsnummer.
Het is ook mogelijk om in termijnen te betalen. Daarvoor dient u een verzoek in te dienen via onze website.
Bent u het niet eens met de boete? Dan had u binnen zes weken beroep kunnen instellen bij de officier van justitie.

Met vriendelijke groet,

Centraal Justitieel Incassobureau
""",
    # 3: an invitation for a conversation about care (Wmo)
    """Gemeente {plaats}
Team Wmo
Postbus {postbus}
{postcode_gem} {plaats}

{aanhef_kort} {voorletter}. {achternaam}
{straat} {huisnummer}
{postcode} {plaats}

Datum: {datum}
Zaaknummer: WMO-{kenmerk}
Onderwerp: Afspraak voor een gesprek

Beste {aanhef} {achternaam},

U heeft bij ons hulp aangevraagd via de Wmo. Wij willen graag met u praten over uw situatie.
Dit gesprek noemen we ook wel het keukentafelgesprek.
Een consulent komt op {startdatum} om {tijd} uur bij u thuis.
In het gesprek kijken we samen wat u zelf nog kunt en waar u hulp bij nodig heeft.
U mag iemand vragen om bij het gesprek te zijn, bijvoorbeeld een familielid of een buur.
Past de afspraak niet? Bel ons dan zo snel mogelijk om een nieuwe afspraak te maken.
Na het gesprek ontvangt u een verslag waarin de consulent de bevindingen ten aanzien van uw zelfredzaamheid en participatie vastlegt.
Binnen twee weken na het gesprek ontvangt u een beschikking over uw aanvraag.

Met vriendelijke groet,

{ondertekenaar}
Consulent Wmo
""",
    # 4: a notice of maintenance by a housing corporation
    """Woonstichting {plaats}
Postbus {postbus}
{postcode_gem} {plaats}

{aanhef_kort} {voorletter}. {achternaam}
{straat} {huisnummer}
{postcode} {plaats}

Datum: {datum}
Onderwerp: Onderhoud aan uw cv-ketel

Beste {aanhef} {achternaam},

Elk jaar laten wij de cv-ketels in onze woningen controleren. Dat is nodig voor uw veiligheid.
Een monteur van ons installatiebedrijf komt op {startdatum} tussen {tijd} en 12.00 uur bij u langs.
De controle duurt ongeveer een half uur. U hoeft niets te betalen.
Zorg dat de monteur makkelijk bij de ketel kan. Haal spullen rond de ketel weg.
Bent u er niet? Laat dan iemand anders de monteur binnenlaten, of maak een nieuwe afspraak.
In het geval dat de monteur een gebrek constateert, wordt dit zo spoedig mogelijk verholpen.
Heeft u vragen over de controle? Bel ons op {telefoon}.

Met vriendelijke groet,

{ondertekenaar}
Woonstichting {plaats}
""",
)

VOORLETTERS = "ABCDEFGHJKLMNPRSTW"
ACHTERNAMEN = (
    "Jansen",
    "de Vries",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "Yılmaz",
    "El Amrani",
    "Nguyen",
    "Kaya",
    "Öztürk",
)
STRATEN = (
    "Molenweg",
    "Kerkstraat",
    "Dorpsstraat",
    "Schoolstraat",
    "Beukenlaan",
    "Eikenlaan",
    "Julianastraat",
    "Stationsweg",
    "Nieuwstraat",
    "Parkweg",
    "Lindelaan",
    "Prinses Irenestraat",
)
PLAATSEN = ("Lindebroek", "Oosterveld", "Zandhoven", "Wijkerdam", "Heuvelrijk", "Bergdijk", "Noordwolde")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december")
ONDERTEKENAARS = ("Anouk Smit", "Mohamed Bouali", "Petra de Haan", "Kees Willems", "Fatma Demir", "Johan Kuipers")


def _date(rng: random.Random, year: int) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MAANDEN)} {year}"


def _money(rng: random.Random, low: int, high: int) -> str:
    euros, cents = rng.randint(low, high), rng.randint(0, 99)
    return f"{euros:,}".replace(",", ".") + f",{cents:02d}"


SEND_DAYS = 5  # a mailing goes out on a few days; the deadline follows from the send date


def fields(template: int, variation: int) -> dict[str, str]:
    """The fields of one letter; deterministic per (template, variation).

    Per citizen: name, address, reference, amounts, appointment dates. Per
    sender and mailing: the sender's address (fixed per template), the send
    date (one of a few days) and the payment deadline that follows from it.
    """
    rng = random.Random(template * 100_003 + variation)
    sender = random.Random(template)
    year = 2025 + variation % 2
    send_day = variation % SEND_DAYS
    aanhef = rng.choice(("heer", "mevrouw"))
    return {
        "aanhef": aanhef,
        "aanhef_kort": "De heer" if aanhef == "heer" else "Mevrouw",
        "voorletter": rng.choice(VOORLETTERS),
        "achternaam": rng.choice(ACHTERNAMEN),
        "straat": rng.choice(STRATEN),
        "huisnummer": str(rng.randint(1, 250)) + rng.choice(("", "", "", "a", "b")),
        "postcode": f"{rng.randint(1000, 9999)} {rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}",
        "postcode_gem": f"{sender.randint(1000, 9999)} AA",
        "postbus": str(sender.randint(10, 9999)),
        "plaats": PLAATSEN[variation % len(PLAATSEN)],
        "datum": f"{3 + send_day} {MAANDEN[template + 2]} {year}",
        "termijn": f"{3 + send_day} {MAANDEN[template + 4]} {year}",
        "startdatum": _date(rng, year),
        "overtreding": _date(rng, year - 1),
        "jaar": str(year),
        "kenmerk": str(rng.randint(100_000, 999_999)),
        "bedrag": _money(rng, 40, 2_500),
        "dagloon": _money(rng, 60, 280),
        "tijd": f"{rng.randint(8, 11)}.{rng.choice(('00', '15', '30', '45'))}",
        "telefoon": f"0{rng.randint(10, 99)} - {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        "ondertekenaar": rng.choice(ONDERTEKENAARS),
    }


def letter(template: int, variation: int) -> str:
    return TEMPLATES[template].format(**fields(template, variation))


def letters(count: int, variations: int | None = None) -> Iterator[str]:
    """``count`` letters, cycling over the templates; variation ``i // 5 % variations``.

    By default every letter is different (``count / 5`` variations per
    template). A generator, so 10,000 letters are never all in memory at once.
    """
    if variations is None:
        variations = max(1, -(-count // len(TEMPLATES)))
    for i in range(count):
        yield letter(i % len(TEMPLATES), (i // len(TEMPLATES)) % variations)
