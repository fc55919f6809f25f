"""Every Dutch word class taalcheck uses, in one place (cf. ``spacy/lang/nl``).

Rules, rewrites and the grammar helpers ask here; nobody keeps a copy.
All words are lowercase.
"""

from __future__ import annotations

# -- verbs ----------------------------------------------------------------------------

# Finite forms of hebben, zijn, worden and zullen.
AUXILIARIES = frozenset("heb hebt heeft hebben had hadden ben bent is zijn was waren word wordt worden werd werden zal zult zullen".split())
AUXILIARY_INFINITIVES = frozenset("hebben zijn worden kunnen willen moeten mogen gaan laten zullen".split())
MODALS = frozenset(
    """kan kunt kunnen kon konden moet moeten moest moesten mag mogen mocht wil wilt willen wilde ga gaat gaan
    ging gingen zal zult zullen zou zouden""".split()
)
# The forms of 'worden' and of 'zijn' (passive auxiliaries).
WORDEN = frozenset({"word", "wordt", "worden", "werd", "werden"})
ZIJN = frozenset({"is", "zijn", "was", "waren", "ben", "bent"})
# "dienen te" becomes "moeten", "wensen te" becomes "willen", "zijn te" becomes "moeten": the forms of each.
DIENEN_TO_MOETEN = {
    "dien": "moet",
    "dient": "moet",
    "dienen": "moeten",
    "diende": "moest",
    "dienden": "moesten",
}
WENSEN_TO_WILLEN = {"wens": "wil", "wensen": "willen", "wenste": "wilde", "wensten": "wilden"}
ZIJN_TO_MOETEN = {"ben": "moet", "bent": "moet", "is": "moet", "was": "moest", "waren": "moesten"}
# Separable particles: 'terug' in 'stuurt ... terug'. The order is kept (the matcher tries them in turn).
SEPARABLE_PARTICLES = tuple(
    """aan af bij binnen door in mee na om op over terug toe uit vast voor weg samen tegen achter neer onder langs
    rond vrij kwijt""".split()
)
PARTICLES = frozenset(SEPARABLE_PARTICLES)
# Particles a participle may start with before an unstressed prefix (terugbetaald, vastgesteld):
# the separable particles, plus 'vol' (volbracht) and 'her' (herbevestigd).
PARTICIPLE_PARTICLES = (*SEPARABLE_PARTICLES, "vol", "her")

# -- conjunctions and clause boundaries -----------------------------------------------

SUBORDINATORS = frozenset(
    """als indien omdat dat die wanneer zodat nadat voordat terwijl doordat zodra totdat tenzij hoewel alvorens
    sinds waar waarin waarmee waarbij waardoor waarvoor waarop waarna wat wie welke of""".split()
)
# Words that open a subordinate clause or a te-infinitive.
CLAUSE_STARTERS = SUBORDINATORS | {"te"}
COORDINATORS = frozenset("en maar of want dus".split())
# Conjunctions that open a clause with its own subject and verb ('voordat u betaalt').
CLAUSE_CONJUNCTIONS = frozenset("als wanneer omdat zodat nadat voordat terwijl doordat zodra totdat tenzij hoewel".split())
CONDITIONAL = frozenset({"als", "indien", "wanneer"})
CLAUSE_PUNCT = frozenset(",;:.!?()")
SENTENCE_END = frozenset(".!?")

# -- pronouns -------------------------------------------------------------------------

# Personal pronouns that can be the subject of a clause.
PERSONS = frozenset("u ik je jij hij zij ze wij we jullie men".split())
# The sender speaking: 'ik', 'wij'.
FIRST_PERSON = frozenset("ik wij we".split())
# Subjects, including 'het' ('het wordt ...').
SUBJECT_PRONOUNS = PERSONS | {"het"}
SUBJECT_SINGULAR = frozenset("u ik je jij hij zij ze het men".split())
THIRD_PERSON = frozenset("deze dit er het".split())
# Personal, possessive and pointing pronouns: a phrase of only these and function words is no entry.
PRONOUNS = frozenset("u uw ik mij mijn wij we ons onze zij ze hij hem zijn haar hun het dit dat deze die".split())
OBJECT_PRONOUNS = {"u": "u", "ik": "mij", "wij": "ons", "we": "ons", "hij": "hem", "het": "het"}
# An agent after 'door' -> the subject of the active sentence, and whether it is plural.
AGENT_PRONOUNS = {"ons": ("Wij", True), "u": ("U", False), "mij": ("Ik", False), "hen": ("Zij", True)}
# 'door ons' -> 'wij': the subject form of a pronoun after 'door'; 'ons', 'hun', 'haar' may also own a noun.
SUBJECT_OF_OBJECT = {"ons": "wij", "mij": "ik", "me": "ik", "hen": "zij", "hun": "zij", "hem": "hij", "haar": "zij", "u": "u", "jou": "jij"}
POSSESSIVE_OR_OBJECT = frozenset({"ons", "hun", "haar"})
RELATIVES = frozenset({"die", "dat", "welke", "welk"})

# -- determiners ----------------------------------------------------------------------

DETERMINERS = frozenset("de het een uw onze ons deze dit die dat mijn zijn haar hun elke ieder alle geen".split())
# A determiner before a de-word, and the same determiner before a het-word.
DE_TO_HET = {
    "de": "het",
    "deze": "dit",
    "die": "dat",
    "onze": "ons",
    "welke": "welk",
    "elke": "elk",
    "iedere": "ieder",
    "zulke": "zulk",
    "dezelfde": "hetzelfde",
    "diezelfde": "datzelfde",
}
HET_TO_DE = {het: de for de, het in DE_TO_HET.items()}
# Determiners that fit both genders.
BOTH_GENDERS = frozenset("een geen uw mijn zijn haar hun jullie zo'n veel weinig enkele".split())
# After these, an adjective keeps its -e for both genders ('het nieuwe besluit').
DEFINITE = (
    frozenset(DE_TO_HET) - {"welke", "elke", "iedere", "zulke"}
    | set(HET_TO_DE) - {"welk", "elk", "ieder", "zulk"}
    | {
        "uw",
        "mijn",
        "zijn",
        "haar",
        "hun",
        "jullie",
    }
)
# Before a plural noun, never before an infinitive used as a noun ('de berichten', not 'het berichten').
PLURAL_DETERMINERS = frozenset("de deze die alle veel enkele sommige meerdere andere beide twee drie vier vijf".split())
# Attributive words that only point back: 'de betreffende dag' is 'die dag'.
POINTING = frozenset(
    """betreffende desbetreffende voornoemde bovengenoemde bovenvermelde bovenstaande voormelde eerdergenoemde
    desbetreffend voornoemd bovengenoemd bovenvermeld voormeld eerdergenoemd""".split()
)
# Words for an amount that never take an article: 'meer informatie', never 'een meer onderzoek'.
QUANTIFIERS = frozenset("meer minder veel weinig genoeg".split())
# Nouns that do not say whose they are: 'de datum' needs 'van deze brief' ('na de dagtekening' -> 'na de
# datum' leaves the reader asking which date), or a colon before the date itself ('Datum: 3 mei').
NEEDS_OWNER = frozenset({"datum"})
# Those that point back to something written above: the reader must find it in the text before.
POINTING_ABOVE = frozenset(w for w in POINTING if not w.startswith(("betreffend", "desbetreffend")))

# -- prepositions and function words --------------------------------------------------

PREPOSITIONS = frozenset(
    """aan achter bij binnen boven buiten door na naar om onder op over per rond sinds tegen tijdens tot
    uit van vanaf via voor vóór zonder met in""".split()
)
# Short function words: a word-list phrase made of only these (and pronouns) is no entry.
FUNCTION_WORDS = frozenset("van voor tot met op in aan bij om te door over uit naar de het een".split())
# Words that end a noun phrase after a nominalisation ('de betaling van ...').
NOUN_PHRASE_STOPS = frozenset("en of maar om te van voor met aan op in bij door naar tot na over uit als dan dat die".split())

# -- letterhead -----------------------------------------------------------------------

# Legal forms of a company after its name ('Jansen B.V.'): part of the name, not an abbreviation to explain.
COMPANY_FORMS = frozenset("b.v. bv n.v. nv v.o.f. vof c.v. cv bvba b.a. u.a. coöp".split())
# Labels before a phone number or address ('tel. 020-1234567'): conventions of the letterhead.
CONTACT_LABELS = frozenset("tel. tel tel.nr. telnr. telefoon telefoonnummer fax fax. mob. mobiel tel:".split())
# The line of an address block for whom it is meant or where it goes ('t.a.v. mevrouw Meijer', 'p/a de heer
# Hendriksen'): there the short form is the convention, and the line belongs to the address.
CARE_OF_LABELS = ("p/a", "p.a.", "t.a.v.", "t.a.v", "tav", "t.n.v.", "c/o", "per adres", "ter attentie van")
# Lines of the letterhead that name a reference or date ('Ons kenmerk', 'Uw brief van').
REFERENCE_LABELS = (
    "kenmerk",
    "ons kenmerk",
    "uw kenmerk",
    "uw brief van",
    "uw brief d.d.",
    "uw referentie",
    "onze referentie",
    "datum",
    "onderwerp",
    "betreft",
    "bijlage",
    "bijlagen",
    "behandeld door",
    "doorkiesnummer",
    "telefoon",
    "e-mail",
    "zaaknummer",
    "dossiernummer",
    "klantnummer",
    "relatienummer",
    "verzenddatum",
    "contactpersoon",
)

# -- old case forms (naamvallen) ------------------------------------------------------

# 'ter' and 'ten' (te + der/den) before a noun: 'ter inzage', 'ten laste van'.
CASE_PREPOSITIONS = frozenset({"ter", "ten"})
# 'ten eerste', 'ter wereld', 'ter sprake komen': old case forms every reader knows.
EVERYDAY_CASE_PHRASES = frozenset(
    """eerste tweede derde vierde vijfde zesde zevende achtste negende tiende laatste slotte noorden zuiden oosten
    westen wereld sprake goede onrechte""".split()
)
# Old genitive and dative determiners: 'dezer dagen', 'te zijner tijd', 'des te', 'een der'.
CASE_DETERMINERS = frozenset("des der dezer zijner harer uwer mijner onzer hunner gener welker".split())
# After these, 'der' is part of a name ('Van der Berg').
NAME_PARTICLES = frozenset("van von vander".split())
# 'in dezen', 'bij dezen', 'te dezen': an old dative without a noun.
DEZEN_PREPOSITIONS = frozenset("in bij te".split())
# Old pronouns: 'hetwelk' (wat), 'dezelve' (die), 'zulks' (dat).
ARCHAIC_PRONOUNS = frozenset("hetwelk dewelke hetzelve dezelve derzelver deszelfs welker zulks".split())
# Old adverbs by their ending: 'volledigheidshalve', 'mijnentwege', 'van gemeentewege', 'mijnerzijds'.
HALVE_STEM_ENDINGS = ("s", "ent")  # 'volledigheids-halve', 'mijnent-halve'; not 'ander-halve'
HALVE_STEMS = frozenset({"der", "wes"})
ZIJDS_STEMS = frozenset("dezer mijner uwer harer onzer zijner hunner".split())
EVERYDAY_WEGE = frozenset({"vanwege", "halverwege", "onderweg", "allerwege"})

# -- abbreviations ------------------------------------------------------------------------

# Words of Latin or French expansions: 'de dato', 'pro memorie', 'et cetera', 's'il vous plaît'.
FOREIGN_WORDS = frozenset("dato memorie cetera vous plaît plait forma procuratie idem circa quod vide verte casu juncto nota bene".split())
# Abbreviations with more than one everyday meaning: 'p.p.' (per persoon, namens), 'p.m.' (per maand, pro memorie).
AMBIGUOUS_ABBREVIATIONS = frozenset({"p.p.", "p.m.", "i.o.", "a.s."})
# Words after 'indien' that leave out the verb: 'Indien nodig', 'indien gewenst', 'indien van toepassing'.
ELLIPTIC_AFTER_IF = frozenset("nodig mogelijk gewenst noodzakelijk wenselijk van anders niet wel zo ja nee".split())
# Nouns and adjectives that form one verb with the next infinitive ('plaatsvinden', 'kennisnemen', 'bekendmaken').
VERB_PREFIX_WORDS = frozenset(
    "plaats deel kennis gebruik zorg bekend gelijk teniet stand prijs vast goed los vrij open dicht bloot stop stil schoon kwijt".split()
)

# -- dates ----------------------------------------------------------------------------

# The months in order (``MONTH_NAMES.index(name) + 1`` is the month's number).
MONTH_NAMES = "januari februari maart april mei juni juli augustus september oktober november december".split()

# Verbs with a fixed preposition ('beschikken over een volmacht', 'voldoen aan een eis'): a swap
# to a verb without it ('hebben', 'betalen') leaves the preposition behind.
GOVERNED_PREPOSITIONS = {
    "beschikken": "over",
    "voldoen": "aan",
    "verzoeken": "om",
    "overgaan": "tot",
    "wenden": "tot",
    "deelnemen": "aan",
    "voorzien": "in",
    "toezien": "op",
    "berusten": "op",
    "strekken": "tot",
}
# Plain verbs and phrases that take the same preposition ('vragen om', 'meedoen aan').
TAKES_PREPOSITION = {"vragen": "om", "meedoen": "aan", "zorgen": "voor", "letten": "op", "kijken": "naar"}

# Verbs of ending: a date after them is 'per' or 'op', never 'vanaf' ('eindigt per 1 januari').
ENDING_VERBS = frozenset("eindigen eindigt eindigde eindigden geëindigd aflopen afgelopen ophouden opgehouden".split())
# Forms of 'zijn' and 'worden' that stand before a predicate at the end of a subclause ('nu deze zijn verschuldigd').
COPULA_FORMS = frozenset("ben bent is zijn was waren wordt worden werd werden".split())
