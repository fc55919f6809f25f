"""Hand annotations of the real-letter set (annotator c).

Each entry names the text as it stands in the letter; annotate.py turns it into offsets.
  F(category, text, occ=0, alt=None)   a finding; occ = which occurrence (0-based) of text
  L(first, last, occ=0)                a lange-zin from the occ-th `first` to the next `last`
  N(category, text, reden, occ=0)      a borderline case for `negeren`
  NL(first, last, reden, occ=0)        a sentence of more than 20 words left out on purpose
"""


def F(category, text, occ=0, alt=None):
    return ("F", category, text, occ, alt)


def L(first, last, occ=0):
    return ("L", first, last, occ)


def N(category, text, reden, occ=0):
    return ("N", category, text, occ, reden)


def NL(first, last, reden, occ=0):
    return ("NL", first, last, occ, reden)


STATIEF = "zijn + deelwoord als toestand, geen lijdende vorm"
ONDERWERP = "onderwerpregel"
SLOTZIN = "vaste slotzin: stijf, maar geen woord met een eenvoudig alternatief"
ONDERTEKENING = "vaste ondertekening"
COVID = "gangbare naam van de ziekte"
CASENUMMER = ["dossiernummer"]
NIET_NAUW = ["andere mensen die u heeft gezien", "mensen met wie u minder contact had"]

A = {}

# ---------------------------------------------------------------- blind half
# GGD: e-mail letters of the GGD contact-tracing portal (2021 texts and later ones)
A["blind/c-ggd-gemiste-belpoging-2021"] = [
    N("jargon", "betreft", ONDERWERP),
    F("afkorting", "GGD"),
    N("afkorting", "COVID-19", COVID),
    N("jargon", "Infectieziektenbestrijding", "naam van de afdeling"),
]

A["blind/c-ggd-leefregels-besmetting"] = [
    F("afkorting", "GGD"),
    N("afkorting", "COVID-19", COVID, occ=0),
    F("jargon", "Hierbij", alt=["(weglaten)", "In deze e-mail"]),
    F("afkorting", "RIVM"),
    F("passief", "is getest"),
    F("jargon", "overige", alt=["andere"]),
    F("jargon", "niet-nauwe contacten", alt=NIET_NAUW),
    F("jargon", "Mocht", alt=["Als", "Heeft u nog vragen?"]),
    F("jargon", "hierbij", alt=["daarbij", "(weglaten)"]),
    N("jargon", "Vermeld", "gangbaar in contactzinnen (toets: vermeld negeren)"),
    N("jargon", "Ik hoop u zo voldoende te hebben geïnformeerd.", SLOTZIN),
    N("jargon", "Infectieziektenbestrijding", "naam van de afdeling"),
    F("jargon", "casenummer", alt=CASENUMMER),
]

A["blind/c-ggd-huisgenoot"] = [
    F("afkorting", "GGD"),
    N("afkorting", "COVID-19", COVID, occ=0),
    F("passief", "is getest"),
    F("afkorting", "RIVM"),
    F("jargon", "zo spoedig mogelijk", alt=["zo snel mogelijk"]),
    N("jargon", "Vermeld", "gangbaar in contactzinnen (toets: vermeld negeren)"),
    N("jargon", "Ik hoop u zo voldoende te hebben geïnformeerd.", SLOTZIN),
    N("jargon", "Infectieziektenbestrijding", "naam van de afdeling"),
    F("jargon", "casenummer", alt=CASENUMMER),
]

A["blind/c-ggd-overige-contacten"] = [
    F("afkorting", "GGD"),
    N("afkorting", "COVID-19", COVID, occ=0),
    F("jargon", "overige", alt=["andere"]),
    F("jargon", "niet-nauwe contacten", alt=NIET_NAUW),
    F("passief", "is getest"),
    F("afkorting", "RIVM"),
    F("jargon", "op korte termijn", alt=["snel", "binnenkort"]),
    F("jargon", "onderstaande", alt=["dit"]),
    N("jargon", "Vermeld", "gangbaar in contactzinnen (toets: vermeld negeren)"),
    N("jargon", "Ik hoop u zo voldoende te hebben geïnformeerd.", SLOTZIN),
    N("jargon", "Infectieziektenbestrijding", "naam van de afdeling"),
    F("jargon", "casenummer", alt=CASENUMMER),
]

A["blind/c-ggd-gemiste-belpoging"] = []

A["blind/c-ggd-bericht-ingetrokken"] = [
    N("afkorting", "MijnGGDContact", "naam van een website"),
    N("jargon", "ingetrokken", "uitgelegd in de volgende zinnen"),
]

A["blind/c-ggd-zelfbco-adviezen"] = [
    N("afkorting", "zelfbco", "deel van een webadres"),
    F("jargon", "bron-en contactonderzoek", alt=["onderzoek naar wie je besmet heeft en wie jij misschien besmet hebt"]),
    F("passief", "is automatisch verzonden"),
]

# gemeente Zuidhorn, Kindpakket e-mails (same repository as the a-zuidhorn letters; sender already in blind)
ZUIDHORN_NAMENS = N("jargon", "namens burgemeester en wethouders", ONDERTEKENING)

A["blind/c-zuidhorn-kindpakket-activatie"] = [
    F("jargon", "onderstaande", occ=0, alt=["deze"]),
    F("jargon", "vouchercode", alt=["code van uw tegoed"]),
    F("jargon", "uitsluitend", alt=["alleen"]),
    F("jargon", "geadresseerde", occ=0, alt=["de persoon aan wie de e-mail is gestuurd"]),
    N("passief", "is verboden", STATIEF),
    F("jargon", "geadresseerde", occ=1, alt=["de persoon aan wie de e-mail is gestuurd"]),
    L("Indien u dit bericht", "daarna te verwijderen."),
    F("jargon", "Indien", alt=["als"]),
    F("jargon", "ten onrechte", alt=["per ongeluk"]),
    F("passief", "wordt u verzocht"),
    F("jargon", "verzocht", alt=["gevraagd"]),
    F("jargon", "onderstaande", occ=1, alt=["deze"]),
    F("jargon", "Onrechtmatige", alt=["zonder toestemming"]),
    F("jargon", "openbaarmaking", alt=["openbaar maken"]),
    F("jargon", "vermenigvuldiging", alt=["kopiëren"]),
    F("jargon", "verstrekking", alt=["doorgeven"]),
    N("passief", "is niet toegestaan", STATIEF),
]

A["blind/c-zuidhorn-kindpakket-inloggen"] = [
    F("jargon", "onderstaande", alt=["deze"]),
    F("jargon", "Mocht", alt=["Als"]),
]

A["blind/c-zuidhorn-kindpakket-winkelier"] = [
    F("passief", "is succesvol gevalideerd"),
    F("jargon", "gevalideerd", occ=0, alt=["gecontroleerd", "goedgekeurd"]),
    F("jargon", "Update", alt=["Werk ... bij", "Verander"]),
    F("passief", "wordt momenteel gevalideerd"),
    F("jargon", "momenteel", alt=["nu"]),
    F("jargon", "gevalideerd", occ=1, alt=["gecontroleerd"]),
    F("passief", "is gewijzigd"),
    F("jargon", "Mocht", occ=0, alt=["Als"]),
    F("jargon", "nadere toelichting", occ=0, alt=["meer uitleg"]),
    F("jargon", "contacteren", occ=0, alt=["mailen", "contact opnemen"]),
    F("passief", "bent helaas niet geaccepteerd"),
    F("jargon", "Mocht", occ=1, alt=["Als"]),
    F("jargon", "nadere toelichting", occ=1, alt=["meer uitleg"]),
    F("jargon", "contacteren", occ=1, alt=["mailen", "contact opnemen"]),
    ZUIDHORN_NAMENS,
]

A["blind/c-zuidhorn-kindpakket-contact"] = [
    F("passief", "is ontvangen"),
    F("passief", "worden genomen"),
    F("jargon", "in behandeling worden genomen", alt=["behandeld", "bekeken"]),
    F("jargon", "Wij streven ernaar", alt=["Wij proberen"]),
    ZUIDHORN_NAMENS,
]

# Forus: e-mail letters of the platform that municipalities use for their schemes (sender fills in :sponsor_name)
A["blind/c-forus-aanvraag-niet-behandeld"] = [
    F("passief", "is niet behandeld"),
    F("jargon", "in behandeling te nemen", alt=["te behandelen", "te bekijken"]),
]

A["blind/c-forus-tegoed-verloopt"] = [
    F("jargon", "transacties", alt=["betalingen"]),
    F("jargon", "inzien", alt=["bekijken"]),
    N("jargon", "We hopen u hiermee voldoende te hebben geïnformeerd.", SLOTZIN),
]

A["blind/c-forus-pas-besteld"] = [
    F("jargon", "Indien", alt=["Als", "Heeft u vragen"]),
]

A["blind/c-forus-aanbieder-afgewezen"] = [
    F("jargon", "Mocht", alt=["Als"]),
    N("jargon", "We hopen u hiermee voldoende te hebben geïnformeerd.", SLOTZIN),
]

# gemeente Enschede: a Wmo decision (the original letter shown by Direct Duidelijk)
A["blind/c-enschede-wmo-verlenging"] = [
    N("afkorting", "ONDERWERP", "kopje in hoofdletters, geen afkorting"),
    N("jargon", "Besluit tijdelijke verlenging", ONDERWERP),
    F("jargon", "indicatie", occ=0, alt=["toekenning", "besluit over uw hulp"]),
    F("afkorting", "Wmo", occ=0),
    F("passief", "is gepland"),
    L("U ontvangt deze ondersteuning op grond van", "Enschede 2017."),
    F("jargon", "op grond van", alt=["volgens"]),
    N("jargon", "Verordening maatschappelijke ondersteuning Enschede 2017", "naam van een regeling"),
    F("jargon", "vermogen", alt=["spaargeld en bezit"]),
    F("afkorting", "CAK", occ=0),
    F("jargon", "beschikking", alt=["besluit", "brief"]),
    F("jargon", "innen", alt=["bij u ophalen", "in rekening brengen"]),
    F("jargon", "eerstvolgende", occ=0, alt=["volgende"]),
    F("jargon", "indicatie", occ=1, alt=["uw hulp"]),
    F("jargon", "eerstvolgende", occ=1, alt=["volgende"]),
    N("jargon", "Namens Burgemeester en Wethouders van Enschede", ONDERTEKENING),
    F("passief", "is geautomatiseerd aangemaakt"),
    F("jargon", "geautomatiseerd", alt=["door de computer"]),
    F("jargon", "treft u geen handtekening aan", alt=["staat er geen handtekening onder"]),
]

# ---------------------------------------------------------------- ontwikkel half
A["ontwikkel/c-directduidelijk-gemeente-aansprakelijkheid"] = [
    N("jargon", "Aansprakelijkheidstelling", ONDERWERP),
    F("afkorting", "d.d."),
    N("jargon", "afwijzing aansprakelijkheid", ONDERWERP),
    F("jargon", "Met betrekking tot", alt=["over"]),
    F("jargon", "bovengenoemde aangelegenheid", alt=["uw brief", "uw schade"]),
    F("jargon", "Aangaande", alt=["over"]),
    F("jargon", "aansprakelijkheid", occ=1, alt=["wie de schade moet betalen"]),
    F("afkorting", "art."),
    F("afkorting", "BW"),
    F("jargon", "berichten", alt=["laten weten"]),
    L("Artikel 6.174 dient", "weguitrusting."),
    F("jargon", "dient", occ=0, alt=["moet"]),
    F("jargon", "aldus", alt=["zo"]),
    F("passief", "geïnterpreteerd te worden"),
    F("jargon", "geïnterpreteerd", alt=["uitgelegd"]),
    F("jargon", "wegbeheerder", alt=["de organisatie die voor de weg zorgt"]),
    F("jargon", "aansprakelijk", occ=0, alt=["verantwoordelijk voor de schade"]),
    F("jargon", "zich op de weg bevindende", alt=["die op de weg liggen"]),
    F("jargon", "roerende zaken", alt=["losse voorwerpen"]),
    F("jargon", "doch", alt=["maar"]),
    F("jargon", "indien", alt=["als"]),
    F("jargon", "op enige wijze", alt=["op een of andere manier"]),
    F("jargon", "weguitrusting", alt=["borden, hekken en lantaarns langs de weg"]),
    F("jargon", "Hierbij kan gedacht worden aan", alt=["Bijvoorbeeld"]),
    F("passief", "gedacht worden"),
    F("afkorting", "etc."),
    L("Bij navraag", "geplaatst is."),
    F("jargon", "navraag", alt=["Toen wij het vroegen"]),
    F("jargon", "gestelde eisen", alt=["de regels"]),
    F("jargon", "wijze waarop", alt=["manier waarop"]),
    F("passief", "geplaatst is"),
    F("jargon", "gestelde marges", alt=["wat mag"]),
    F("jargon", "Op grond van het vorenstaande", alt=["Daarom"]),
    F("jargon", "aansprakelijkheid te erkennen", alt=["uw schade te betalen"]),
    F("jargon", "Een ieder", alt=["Iedereen"]),
    L("De overheid zorgt", "niet vervuilt."),
    F("jargon", "de onder haar beheer vallende wegen", alt=["de wegen die zij onderhoudt"]),
    F("jargon", "motorrijtuig", occ=0, alt=["auto"]),
    F("jargon", "dient", occ=1, alt=["moet"]),
    F("jargon", "motorrijtuig", occ=1, alt=["auto"]),
    F("jargon", "dient", occ=2, alt=["moet"]),
    F("passief", "worden gelegd"),
    F("jargon", "Niettemin", alt=["Toch"]),
    F("jargon", "betreuren", alt=["vinden het jammer"]),
    F("jargon", "genoemd voorval", alt=["dit ongeluk"]),
    L("Doch op grond", "is overkomen."),
    F("jargon", "Doch", alt=["Maar"]),
    F("jargon", "op grond van", alt=["volgens", "met"]),
    F("jargon", "thans", alt=["nu"]),
    F("jargon", "in ons bezit zijnde", alt=["die wij hebben"]),
    F("jargon", "aansprakelijk", occ=1, alt=["verantwoordelijk"]),
    F("jargon", "hetgeen", alt=["wat"]),
    F("jargon", "naar behoren", alt=["goed"]),
    F("jargon", "ingelicht", alt=["informatie gegeven"]),
    N("jargon", "Hoogachtend", "vaste groet (toets: negeren)"),
    N("jargon", "namens dezen", ONDERTEKENING),
]

A["ontwikkel/c-thuis-bericht-bestuur"] = [
    L("Stel je voor", "van dienst zijn?’"),
    N("jargon", "dienstverlening", "vaag, maar gangbaar woord voor wat de corporatie doet"),
    L("Vele van u", "langer duurt."),
    F("jargon", "te betreuren zijn", alt=["iemand verloren hebben"]),
    L("Maar ook gaan", "maandelijks inkomen."),
    L("’thuis heeft, samen", "hard aan werken."),
    F("jargon", "middelen", alt=["geld en mensen"]),
]

A["ontwikkel/c-hdsr-lekdijk-magazine"] = [
    F("jargon", "wellicht", alt=["misschien"]),
    F("jargon", "getroffen", alt=["ontmoet", "gezien"]),
    F("jargon", "door middel van", alt=["met"]),
    F("passief", "is onder meer de planning van het project in beeld gebracht"),
    L("Ook leest u", "onder bewoners."),
    F("jargon", "kennis nemen van", alt=["lezen over"]),
    F("jargon", "beleving", alt=["wat bewoners van de Lekdijk vinden"]),
    F("jargon", "benaderen", alt=["bekijken", "openen"]),
    N("jargon", "Hoogheemraadschap De Stichtse Rijnlanden", "naam van een organisatie"),
]

# Signalen (shared municipal reporting system): more letter templates from the same document as the
# a-signalen letters (sender already in ontwikkel)
GEPIND = [
    F("jargon", "gepind", alt=["aangegeven"]),
    N("passief", "is gepind", STATIEF),
    N("afkorting", "hlT", "sjablooncode"),
]
AFHANDELING = ["wat wij met uw melding hebben gedaan"]

A["ontwikkel/c-signalen-melding-afgehandeld"] = [
    F("jargon", "afhandeling", alt=AFHANDELING),
    *GEPIND,
]

A["ontwikkel/c-signalen-melding-heropend"] = [
    F("jargon", "afhandeling", occ=0, alt=AFHANDELING),
    F("jargon", "afhandeling", occ=1, alt=AFHANDELING),
    F("jargon", "afhandeling", occ=2, alt=AFHANDELING),
    NL("{% if feedback_is_satisfied %} Ja", "{% endif %}", "sjablooncode met twee korte zinnen als keuze"),
    *GEPIND,
]

A["ontwikkel/c-signalen-emailadres-bevestigen"] = [
    F("passief", "is een wijziging van uw e-mailadres aangevraagd"),
    F("jargon", "onderstaande", alt=["deze"]),
    F("afkorting", "url"),
]

A["ontwikkel/c-signalen-contactgegevens-gewijzigd"] = [
    F("jargon", "Bij deze", alt=["(weglaten)"]),
    F("passief", "is uitgevoerd"),
]

A["ontwikkel/c-signalen-doorgestuurd-extern"] = [
    N("jargon", "Verzoek tot behandeling", ONDERWERP),
    F("jargon", "afhandelen", alt=["oplossen"]),
    F("jargon", "inzien", alt=["bekijken"]),
]
