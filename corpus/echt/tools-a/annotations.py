"""Hand annotations of the real-letter set (annotator a).

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


CONTACT = "boven 20 woorden alleen door telefoonnummer, keuzemenu en openingstijden"
STATIEF = "zijn + deelwoord als toestand, geen lijdende vorm"
LETTERHEAD = "briefhoofd of adresregel"

A = {}

# ---------------------------------------------------------------- blind half
A["blind/a-culemborg-vrijbrief"] = [
    L("Door een boodschap", "je straat te verduurzamen."),
    F("jargon", "ambtelijke organisatie", alt=["de medewerkers van de gemeente"]),
    N("jargon", "verduurzamen", "modewoord, maar in deze zin duidelijk (zuiniger met energie)"),
]

A["blind/a-delfzijl-corona"] = [
    F("afkorting", "RIVM"),
    F("passief", "genomen zijn"),
    F("jargon", "ter voorkoming van", alt=["om ... te voorkomen"]),
    F("passief", "zijn sinds 12 maart verder aangescherpt"),
    F("jargon", "vergt", alt=["vraagt"]),
    L("Ook het afblazen", "valt niet mee."),
    F("jargon", "een dringend beroep op u doen", alt=["u dringend vragen"]),
    F("jargon", "naleven", alt=["zich houden aan"]),
    F("jargon", "openstelling", alt=["openingstijden"]),
    F("jargon", "uitgangspunt", alt=["wij willen", "ons plan"]),
    N("jargon", "dienstverlening", "vaag, maar gangbaar woord voor wat de gemeente doet", occ=0),
    N("jargon", "dienstverlening", "vaag, maar gangbaar woord voor wat de gemeente doet", occ=1),
    N("jargon", "Veiligheidsregio Groningen", "naam van een organisatie"),
    N("misleidend", "kabinet", "hier in de gewone betekenis (de regering)"),
    N("jargon", "ontstane situatie", "stijf, maar begrijpelijk"),
]

A["blind/a-hoogeveen-enquete"] = [
    F("jargon", "leefbare", alt=["prettige", "(weglaten)"]),
    F("jargon", "voorzieningen", alt=["winkels, scholen en sportclubs in de buurt"]),
    L("Om plannen en activiteiten", "van uw wijk of dorp."),
    L("We zijn ook benieuwd", "voor u in te zetten."),
    F("jargon", "welbevinden", alt=["hoe het met u gaat"]),
    F("jargon", "middelen", alt=["geld en mensen"]),
    F("jargon", "Met behulp van", alt=["met"]),
    F("jargon", "medewerking", alt=["hulp"]),
    N("jargon", "Uw Smederij", "naam van een organisatie"),
]

A["blind/a-leiden-bewonersbijeenkomst"] = [
    N("afkorting", "22022-160-Z", "kenmerk in de onderwerpregel"),
    L("Op 11 juli 2022 heb ik", "aan de Sparrenrode."),
    N("passief", "is sinds 8 juli jongstleden gesloten", STATIEF),
    F("jargon", "jongstleden", alt=["(weglaten)", "afgelopen"]),
    F("jargon", "in verband met", alt=["omdat", "na"]),
    F("jargon", "dergelijke", alt=["zo'n"]),
    F("jargon", "openbare orde", alt=["rust en veiligheid in de buurt"]),
    F("jargon", "naar aanleiding van", alt=["over", "door"]),
    L("De gemeente organiseert daarom", "met elkaar te delen."),
    F("jargon", "aanstaande", alt=["(weglaten)", "komende"]),
    F("jargon", "eventuele", alt=["(weglaten)", "mogelijke"]),
    L("Helaas zal ik er", "op korte termijn plaatsvindt."),
    F("jargon", "reces", alt=["vakantie van de gemeenteraad", "zomervakantie"]),
    F("jargon", "ik hecht eraan", alt=["ik vind het belangrijk"]),
    F("jargon", "op korte termijn", alt=["snel", "binnenkort"]),
    F("jargon", "locoburgemeester", alt=["vervanger van de burgemeester"]),
    L("Ook zullen vertegenwoordigers", "te woord te staan."),
    F("afkorting", "o.a."),
    F("jargon", "u te woord te staan", alt=["met u te praten", "uw vragen te beantwoorden"]),
    L("Inhoudelijke vragen over", "nog niet is afgerond."),
    N("jargon", "Inhoudelijke", "gangbaar woord, hier nodig"),
    F("passief", "beantwoord kunnen worden"),
    N("passief", "is afgerond", STATIEF),
    L("Heeft u andere vragen, neem", "www.leiden.nl/contact."),
    N("afkorting", "tel.", "gangbare afkorting in contactgegevens"),
    F("afkorting", "t/m"),
    N("afkorting", "drs.", "titel in de ondertekening"),
    N("afkorting", "LEVEL", "naam van een gebouw"),
]

A["blind/a-leiden-camera"] = [
    L("De gemeente Leiden zet", "Jacques Urlusplantsoen te verbeteren."),
    F("jargon", "leefbaarheid", alt=["prettig wonen"]),
    F("passief", "is genomen"),
    F("passief", "worden begin november (week 45) weggehaald"),
    L("Omdat er geen reden is", "151c Gemeentewet)."),
    F("jargon", "partijen", alt=["organisaties"]),
    F("passief", "worden weggehaald"),
    F("jargon", "naar aanleiding van", alt=["over"]),
    NL("Bel dan met de gemeente Leiden", "www.leiden.nl/contact.", CONTACT),
    N("afkorting", "tel.", "gangbare afkorting in contactgegevens"),
    F("afkorting", "t/m"),
]

A["blind/a-purmerend-damwanden"] = [
    F("passief", "vervangen worden"),
    L("Ook de damwanden ter hoogte", "variant van kunststof."),
    F("jargon", "ter hoogte van", alt=["bij"]),
    L("De werkzaamheden vinden gelijktijdig", "één keer hoeft te komen."),
    F("passief", "gewisseld wordt"),
    F("jargon", "materieel", alt=["machines"]),
    F("passief", "worden ingebracht"),
    N("jargon", "bouwkundige opname", "uitgelegd in de volgende zin"),
    F("passief", "wordt de huidige staat van uw woning opgenomen"),
    N("jargon", "bouwkundige vooropname", "uitgelegd in de zin zelf", occ=0),
    N("jargon", "bouwkundige vooropname", "uitgelegd in de vorige zin", occ=1),
]

A["blind/a-purmerend-informatieavond-westerhem"] = [
    N("jargon", "herinrichting", "onderwerpregel", occ=0),
    N("jargon", "herinrichting", "onderwerpregel", occ=1),
    F("passief", "worden vervangen", occ=0),
    N("jargon", "herinrichting", "uitgelegd als 'nieuwe inrichting' in de eerste zin", occ=2),
    L("- De openbare verlichting", "plek meer hebben om te groeien."),
    F("passief", "worden vervangen", occ=1),
    F("jargon", "kwartaal", alt=["tussen oktober en december"]),
    N("jargon", "schoonwaterriool", "uitgelegd door de zin erna"),
]

A["blind/a-purmerend-ontwerp-hofje"] = [
    N("afkorting", "Dr.", "deel van een straatnaam"),
]

A["blind/a-purmerend-planning-riool"] = [
    N("afkorting", "PWN", "bedrijfsnaam, uitgelegd als waterleidingbedrijf", occ=0),
    F("jargon", "naar aanleiding van", alt=["over"]),
]

A["blind/a-purmerend-sloop-gemaal"] = [
    N("afkorting", "Dr.", "deel van een straatnaam", occ=0),
    F("passief", "wordt er gestart"),
    F("passief", "wordt de asbest uit het gemaal opgeruimd"),
    F("jargon", "met zich meebrengen", alt=["geven", "zorgen voor"]),
    F("jargon", "is het van belang", alt=["is het nodig", "moet"]),
    F("jargon", "aggregaat", occ=0, alt=["stroomgenerator", "machine die stroom maakt"]),
    F("jargon", "aggregaat", occ=1, alt=["stroomgenerator", "machine die stroom maakt"]),
    F("jargon", "enige", alt=["wat"]),
    F("jargon", "met zich mee", occ=0, alt=["geven", "zorgen voor"]),
]

A["blind/a-purmerend-uitstel-werkzaamheden"] = [
    N("jargon", "herinrichting", "onderwerpregel", occ=0),
    N("jargon", "herinrichting", "onderwerpregel", occ=1),
    L("Voor de start ontvangt", "die u kunt ondervinden."),
    F("jargon", "eventuele", alt=["(weglaten)", "mogelijke"]),
    F("jargon", "ondervinden", alt=["merken", "hebben"]),
    L("Als u vragen heeft naar", "omgevingsmanagementib@purmerend.nl"),
    F("jargon", "naar aanleiding van", alt=["over"]),
]

A["ontwikkel/a-wassenaar-parkeerplaats"] = [
    N("jargon", "Start voorbereidingswerkzaamheden", "onderwerpregel", occ=0),
    N("jargon", "Start voorbereidingswerkzaamheden", "onderwerpregel", occ=1),
    N("afkorting", "Ref.", LETTERHEAD),
    N("afkorting", "tel.", LETTERHEAD),
    N("afkorting", "09047266LJ", LETTERHEAD),
    F("passief", "wordt gestart"),
    F("jargon", "transporten", alt=["vrachtwagens"]),
    F("passief", "worden uitgevoerd", occ=0),
    F("jargon", "enige", alt=["wat"]),
    L("Met de aannemer zijn", "tot een minimum te beperken."),
    F("passief", "zijn afspraken gemaakt"),
    N("afkorting", "km", "gangbare eenheid"),
    F("jargon", "tot een minimum te beperken", alt=["zo klein mogelijk te houden"]),
    F("jargon", "uitvoerende werkzaamheden", alt=["het werk"]),
    F("passief", "wordt het bestek gereedgemaakt"),
    F("misleidend", "bestek", alt=["werkbeschrijving", "beschrijving van het werk"]),
    F("jargon", "gereedgemaakt", alt=["klaargemaakt"]),
    F("passief", "wordt u nader geïnformeerd"),
    F("jargon", "nader", alt=["meer", "opnieuw"]),
    F("passief", "worden uitgevoerd", occ=1),
    F("jargon", "Indien", alt=["als"]),
    F("misleidend", "kabinet", alt=["bureau van de burgemeester"]),
    N("afkorting", "Drs", "titel in de ondertekening"),
]

A["ontwikkel/a-wassenaar-speelterrein"] = [
    N("jargon", "Opknappen speelterrein achter uw woning", "onderwerpregel", occ=0),
    N("afkorting", "DR.", LETTERHEAD),
    N("afkorting", "T/M", LETTERHEAD),
    N("afkorting", "Ref.", LETTERHEAD),
    N("afkorting", "tel.", LETTERHEAD, occ=0),
    N("afkorting", "08041885LJ", LETTERHEAD),
    L("In de bewonersbrief van 29 juli", "opnieuw zou worden geïnformeerd."),
    F("passief", "worden geïnformeerd"),
    L("Ik kan u nu wel mededelen", "speelterreintje gaat opknappen."),
    F("jargon", "mededelen", alt=["vertellen"]),
    F("afkorting", "t/m"),
    F("jargon", "bodembedekkende beplanting", alt=["lage planten"]),
    N("jargon", "solitair", "uitgelegd tussen haakjes (sierheester)"),
    F("passief", "worden aangeplant"),
    F("jargon", "Tevens", alt=["ook"]),
    F("passief", "worden gesnoeid"),
    L("Heeft u naar aanleiding", "dmulder@wassenaar.nl"),
    F("jargon", "naar aanleiding van", alt=["over"]),
    N("afkorting", "tel.", "gangbare afkorting in contactgegevens", occ=1),
    N("afkorting", "tel.", "gangbare afkorting in contactgegevens", occ=2),
    N(
        "jargon",
        "Wij hopen u met deze brief voldoende te hebben geïnformeerd.",
        "vaste slotzin; stijf, maar geen los woord met een alternatief",
    ),
    F("misleidend", "kabinet", alt=["bureau van de burgemeester"]),
    F("afkorting", "a.i."),
    N("afkorting", "drs", "titel in de ondertekening"),
]

A["blind/a-zuidhorn-kindpakket-besteding"] = [
    F("jargon", "bedraagt", alt=["is"]),
]

A["blind/a-zuidhorn-kindpakket-qrcode"] = [
    F("jargon", "Onderstaand", alt=["hieronder"]),
    F("jargon", "treft u een QR-code aan", alt=["vindt u een QR-code"]),
    N("afkorting", "QR", "QR-code is een algemeen bekend woord", occ=0),
    F("jargon", "diverse", alt=["verschillende"]),
    F("passief", "gescand worden"),
    F("passief", "wordt afgeschreven"),
]

# ------------------------------------------------------------ development half
A["ontwikkel/a-amsterdam-melding-stand-van-zaken"] = [
    N("afkorting", "SIA", "meldingnummer, geen afkorting voor de lezer", occ=0),
    F("afkorting", "z.s.m."),
    N("afkorting", "PN", "letters van een postcode"),
    L("Voor vragen over uw melding in Amsterdam", "tot 18.00 uur."),
]

A["ontwikkel/a-dordrecht-riolering"] = [
    L("De gemeente is de laatste maanden", "De Merodestraat."),
    F("passief", "is aangepast"),
    F("jargon", "partijen", occ=0, alt=["organisaties"]),
    F("jargon", "partijen", occ=1, alt=["organisaties"]),
    F("jargon", "afstemming", occ=0, alt=["overleg"]),
    F("jargon", "afstemming", occ=1, alt=["overleg"]),
    L("Zodra er meer bekend is", "daar over informeren."),
    L("Heeft u nog vragen over de inhoud", "770 00 00."),
]

A["ontwikkel/a-lingewaard-vuurwerk"] = [
    F("passief", "wordt door allerlei organisaties gewaarschuwd"),
    L("Door controles vooraf", "zo laag mogelijk te houden."),
    F("passief", "wordt geprobeerd"),
    F("jargon", "tendens", alt=["lijn", "(het aantal daalt)"]),
    F("afkorting", "bijv."),
]

A["ontwikkel/a-signalen-melding-ingepland"] = [
    N("passief", "is gepind", STATIEF),
    F("jargon", "gepind", alt=["aangegeven"]),
    N("afkorting", "hlT", "sjablooncode"),
]

A["ontwikkel/a-signalen-melding-ontvangen"] = [
    N("passief", "is gepind", STATIEF),
    F("jargon", "gepind", alt=["aangegeven"]),
    N("afkorting", "hlT", "sjablooncode"),
    F("passief", "is automatisch gemaakt"),
]

A["ontwikkel/a-sudwestfryslan-corona"] = [
    F("jargon", "noodverordening", alt=["regels van de burgemeester voor een noodsituatie"]),
    N("jargon", "mienskip", "Fries woord tussen aanhalingstekens, voor de lezers in Friesland bekend"),
    F("passief", "wordt veel van iedereen gevraagd"),
    L("Ik vind het hartverwarmend", "ouderen en kwetsbaren."),
]

A["ontwikkel/a-vijfheerenlanden-informatieavond-noodopvang"] = [
    L("De locatiemanager, Peter Visser", "van de opvang laten zien."),
    F("jargon", "dagbesteding", alt=["activiteiten overdag"]),
    F("passief", "wordt doorlopend geactualiseerd"),
    F("jargon", "geactualiseerd", alt=["bijgewerkt"]),
    F("passief", "is ook gesproken"),
    L("Want door met elkaar in gesprek", "bewoners van Lexmond."),
    F("jargon", "woonklimaat", alt=["prettige plek om te wonen"]),
]

A["ontwikkel/a-vijfheerenlanden-opvang-oekraine"] = [
    F("passief", "worden nu opgevangen"),
    F("jargon", "echter", alt=["maar"]),
    F("jargon", "doorstromen", alt=["doorreizen"]),
    F("jargon", "het Rijk", alt=["de regering"]),
    L("Ons aanbod is om", "1e en 2e etage."),
    F("jargon", "gehuisvest", alt=["wonen", "onderdak krijgen"]),
    F("passief", "gehuisvest kunnen worden"),
    F("passief", "Wordt er gebruik gemaakt"),
]

A["ontwikkel/a-westergouwe-asfalt"] = [
    F("passief", "wordt het eerste deel van de Burgemeester van Dijkesingel geasfalteerd"),
    F("jargon", "Aanstaande", alt=["komende"]),
    F("jargon", "middels", alt=["met"]),
    F("jargon", "enige", alt=["wat"]),
    F("afkorting", "ca"),
    F("jargon", "wellicht", alt=["misschien"]),
    N(
        "jargon",
        "We hopen u op deze manier voldoende te hebben geïnformeerd.",
        "vaste slotzin; stijf, maar geen los woord met een alternatief",
    ),
    F("jargon", "Mocht", alt=["als"]),
]

A["ontwikkel/a-westergouwe-polderpark"] = [
    F("passief", "worden verwijderd"),
    L("Afgelopen seizoen is gebleken", "in beweging te blijven."),
    F("jargon", "dusdanig", alt=["zo erg"]),
    F("jargon", "ondervinden", alt=["merken", "hebben"]),
    F("jargon", "eventuele", alt=["(weglaten)"]),
]

# ------------------------------------------------- added after the first commit
A["blind/a-bodegraven-nieuwjaar"] = [
    F("passief", "gedomineerd wordt"),
    F("jargon", "collectief", alt=["samen", "met z'n allen"]),
    N("passief", "gericht zijn", STATIEF),
    F("passief", "zijn in hun leven en werk getroffen"),
    F("jargon", "waarnemend burgemeester", alt=["tijdelijke burgemeester"]),
]

A["ontwikkel/a-scherpenzeel-jaarwisseling"] = [
    N("jargon", "loco-burgermeester", "onderwerpregel"),
    L("Het vuurwerkverbod, alle andere", "na de jaarwisseling."),
    N("passief", "zijn bedoeld", STATIEF),
    F("jargon", "Loco-burgemeester", alt=["vervanger van de burgemeester"]),
]

A["ontwikkel/a-nieuwegein-kerstboodschap"] = []

A["blind/a-leiden-containers"] = [
    N("afkorting", "2021-286", "kenmerk in de onderwerpregel"),
    L("Op 20 juli 2021 stuurden", "aan de Langegracht."),
    F("jargon", "aangewezen", alt=["gekozen"]),
    F("jargon", "zienswijze", occ=0, alt=["reactie", "mening"]),
    F("jargon", "naar voren kunnen brengen", alt=["kunnen geven"]),
    F("jargon", "aanwijsbesluit", occ=0, alt=["besluit over de plek"]),
    L("Het college van burgemeester en wethouders heeft na", "definitief aan te wijzen:"),
    F("jargon", "zienswijzen", alt=["reacties"]),
    F("jargon", "aan te wijzen", alt=["te kiezen"]),
    F("afkorting", "locatienr."),
    N("afkorting", "NV_028R", "code van een locatie"),
    N("afkorting", "NV_029R", "code van een locatie"),
    F("jargon", "Inzage", alt=["bekijken"]),
    L("De definitieve aanwijsbesluiten", "8.30-17.00 uur."),
    F("jargon", "aanwijsbesluiten", alt=["besluiten over de plek"]),
    F("jargon", "ter inzage", alt=["u kunt ... bekijken"]),
    F("afkorting", "t/m"),
    F("passief", "is dit gepubliceerd"),
    F("misleidend", "Beroep", alt=["naar de rechter gaan", "in beroep gaan"]),
    L("Tegen het definitief besluit kan", "Den Haag, door:"),
    F("misleidend", "beroep", alt=["naar de rechter gaan", "in beroep gaan"]),
    F("passief", "worden ingesteld"),
    N("afkorting", "EA", "letters van een postcode"),
    F("jargon", "degenen", occ=0, alt=["mensen"]),
    F("jargon", "tijdig", alt=["op tijd"]),
    F("jargon", "zienswijze", occ=1, alt=["reactie", "mening"]),
    F("jargon", "aanwijsbesluit", occ=1, alt=["besluit over de plek"]),
    F("jargon", "degenen", occ=1, alt=["mensen"]),
    F("jargon", "hiertoe", alt=["daarvoor"]),
    F("jargon", "redelijkerwijs", alt=["(weglaten)", "echt"]),
    F("jargon", "naar aanleiding van", alt=["over"]),
    NL("Bel dan met de gemeente Leiden", "www.leiden.nl/contact.", CONTACT),
    N("afkorting", "tel.", "gangbare afkorting in contactgegevens"),
]

A["blind/a-leiden-afscheid-burgemeester"] = [
    L("Toen ik hier startte", "tijd tegemoet ging."),
    F("jargon", "waarachtig", alt=["echt"]),
    F("jargon", "ambtelijke organisatie", alt=["de medewerkers van de gemeente"]),
    L("Beloningen uit de stad", "applaus als aanmoediging."),
]
