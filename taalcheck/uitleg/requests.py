"""The ways a letter asks the reader to do something, sentence by sentence.

An order ("Stuur ...", also the polite "Stuurt u ..."), "u moet", "u dient",
"wij vragen/verzoeken u", "graag ontvangen wij", "wij hebben ... nodig", advice
("wij raden u aan"), a duty in the passive ("Het bedrag dient ... te zijn
bijgeschreven"), and an order in the main clause after a condition ("Als u een
auto heeft, stuur dan ..."). Which of these is the letter's main request is
decided in ``actions``.
"""

from __future__ import annotations

import re

from taalcheck.uitleg.paragraph import BULLET

# Orders that open a sentence in letters (the imperative is the verb stem).
IMPERATIVES = frozenset(
    """
    stuur verstuur betaal bel mail e-mail vul neem ga lees geef maak zet meld breng onderteken teken upload log
    controleer regel zoek solliciteer schrijf kom lever vraag zeg houd zorg reageer beantwoord doe draag toon laat
    kies gebruik open wacht scan plak vergeet bewaar let schrijf print voeg verleng vernieuw haal check
    parkeer kijk vermeld sluit stop blijf leg plaats verwijder ruim stort informeer noteer hang wees
    reserveer bevestig activeer download installeer wijzig retourneer verstrek volg vermijd voorkom beperk
    verzamel accepteer vervang schakel werk rijd raadpleeg verwittig koop dien
    """.split()
)
# Orders that take "u" as their object: "Meld u", "Schrijf u in", "Houd u aan de regels".
REFLEXIVE = frozenset({"meld", "schrijf", "houd", "wend", "geef", "bereid", "richt"})
# "aan u dient te vergoeden", "voor u moet": "u" is an object there, not the one who must act.
_U_SUBJECT = r"(?<!\baan )(?<!\bvoor )(?<!\bdoor )(?<!\bbij )(?<!\bvan )(?<!\bmet )(?<!\bnaar )(?<!\bop )(?<!\bom )"
MUST = re.compile(
    rf"{_U_SUBJECT}\b(?:u|je|jij)\s+(?:moet|moeten|dient|dienen)\b"
    # "moet u" with "u" as subject; "wij moeten u helaas mededelen" is news, not a duty
    r"|\b(?:moet|dient)\s+(?:u|je|jij)\b(?!\s+(?:\w+\s+)?(?:mededelen|meedelen|berichten|informeren|melden\s+dat))"
    r"|\bwilt u\b|\b(?:wij|we)\s+(?:vragen|verzoeken|sommeren|manen)\s+u\b|\b(?:dat|dit|het)\s+moet\b(?!\s+blijken\b)"
    # "Aan de belastingschuldige wordt bevolen ... te betalen": the order of a writ
    r"|\bwordt\s+(?:\w+\s+){0,2}bevolen\b|\bbevelen\s+(?:wij|we)\s+u\b"
    r"|\b(?:vragen|verzoeken|sommeren|manen)\s+(?:wij|we)\s+u\b"
    r"|\bu\s+(?:wordt|bent)\s+(?:verzocht|verplicht|gevraagd)\b|\bbent u verplicht\b|\bwordt u (?:verzocht|gevraagd)\b"
    r"|\bu\s+(?:bent\s+)?(?:verplicht|gehouden)\s+bent\b|\bu\s+bent\s+gehouden\b|\bbent\s+u\s+gehouden\b"
    r"|\b(?:wij|we)\s+(?:willen|zouden)\s+u\s+(?:\w+\s+)?(?:vragen|verzoeken)\b"
    r"|\b(?:willen|zouden)\s+(?:wij|we)\s+u\s+(?:\w+\s+)?(?:vragen|verzoeken)\b|\bmogen\s+(?:wij|we)\s+u\s+(?:\w+\s+)?(?:vragen|verzoeken)\b"
    r"|\bbevel\s+(?:gedaan|gegeven)\s+om\b|\b(?:wij|we)\s+(?:bevelen|gelasten)\s+u\b|^\s*gelieve\b"
    r"|\bik\s+(?:vraag|verzoek|sommeer)\s+u\b|\b(?:vraag|verzoek)\s+ik\s+u\b"
    # "Uw kinderen dienen de school te bezoeken": a duty the reader answers for
    r"|\buw\s+(?:kind|kinderen|zoon|zoons|dochter|dochters)\b(?:\s+\S+){0,8}?\s+(?:moet|moeten|dient|dienen)\b(?!.{0,80}\bte\s+(?:zijn|worden)\b)"
    # "Het CJIB verzoekt u ...", "De gemeente vraagt u om ..." (not "In uw brief van 2 mei vraagt u om uitstel")
    r"|(?<!\bbrief )(?<!\bmail )(?<!\be-mail )(?<!\baanvraag )[^\W\d_]\s+(?:verzoekt|vraagt|sommeert)\s+u\s+"
    r"(?:om\b|vriendelijk\b|dringend\b|(?:\S+\s+){1,8}?te\s+\w+)"
    # "Graag ontvangen wij ...", "Wij zien uw reactie graag tegemoet", "Het is nodig dat u ...": a request in other words
    r"|\bgraag\s+(?:ontvangen|krijgen|hebben|zien)\s+(?:wij|we)\b|\b(?:wij|we)\s+(?:ontvangen|krijgen|zien)\s+(?:\S+\s+){0,8}?graag\b"
    r"|\bhet\s+is\s+(?:noodzakelijk|nodig|verplicht|belangrijk|van belang|de bedoeling)\s+dat\s+u\b|\b(?:wij|we)\s+verwachten\s+(?:van\s+u|uw)\b"
    r"|\b(?:wij|we)\s+moeten\s+(?:uw|het|de)\b[^.;]{0,80}\b(?:ontvangen|hebben)\b"
    r"|\b(?:wij|we)\s+(?:willen|zouden)\s+graag\s+(?:\w+\s+){0,3}?(?:weten|horen)\b"
    # "Wij hebben uw jaaropgave nodig", "Om ... hebben wij een kopie nodig"
    # ("Wij hebben uw hulp nodig" is an appeal for support, not a request for something)
    r"|\b(?:wij|we)\s+hebben\s+(?!(?:geen|niet|meer|iets|dit|dat|het|niets)\b)(?!(?:\S+\s+){0,3}?(?:hulp|steun|inzet|begrip)\b)"
    r"(?:\S+\s+){1,8}?nodig\b"
    r"|\bhebben\s+(?:wij|we)\s+(?!(?:geen|niet|meer|iets|dit|dat|het|niets)\b)(?!(?:\S+\s+){0,3}?(?:hulp|steun|inzet|begrip)\b)"
    r"(?:\S+\s+){1,8}?nodig\b"
    # "Wij stellen het op prijs als u ...", "Wij geven u de gelegenheid om ...", "Wij raden u aan ..."
    r"|\bop\s+prijs\s+(?:\w+\s+)?(?:als|dat|indien|wanneer)\s+u\b|\b(?:wij|we)\s+geven\s+u\s+(?:\w+\s+){0,3}?(?:gelegenheid|kans)\s+om\b"
    r"|\b(?:wij|we|ik)\s+(?:adviseren|raden)\s+u\b|\b(?:adviseren|raden)\s+(?:wij|we|ik)\s+u\b",
    re.IGNORECASE,
)
# "U dient er rekening mee te houden dat ...": a note, not something to do.
NOTE = re.compile(r"\ber\s+rekening\s+mee\b|\brekening\s+mee\s+(?:te\s+)?houd\w*\s+dat\b", re.IGNORECASE)
# "Als u een auto heeft, stuur dan ...": the order in the main clause after a condition.
_LEADING_CLAUSE = re.compile(r"^\s*(?:als|indien|wanneer|mocht|zodra)\b[^,]{3,160},\s*(?P<main>.+)$", re.IGNORECASE | re.DOTALL)


def _first_word(sentence: str) -> str:
    sentence = BULLET.sub("", sentence)
    sentence = re.sub(r"^\s*(?:dan|daarom|ook|verder|daarna|tot slot|dus)\s*,?\s+", "", sentence, flags=re.I)
    match = re.match(r"\s*([^\W\d_][\w-]*)", sentence)
    return match.group(1).lower() if match else ""


# "Let op: dit magazine leest het best op een tablet.": a label before a note; what follows decides.
NOTE_LABEL = re.compile(r"^\s*(?:let\s+(?:op|wel)|opgelet|attentie|n\.\s?b\.)\s*[:!]\s*", re.IGNORECASE)


def is_order(sentence: str) -> bool:
    """The sentence opens with an order: "Stuur ...", "Dan betaalt ..." is not one, "Bel ons" is; the
    polite form "Stuurt u ... terug." is one too."""
    rest = BULLET.sub("", sentence).strip()
    label = NOTE_LABEL.match(rest)
    if label is not None:
        return is_order(rest[label.end() :])
    word = _first_word(sentence)
    if word not in IMPERATIVES:
        # "Stuurt u het formulier terug.", "Neemt u contact met ons op." (as a question, it asks "if")
        return (
            word.endswith("t")
            and word[:-1] in IMPERATIVES
            and re.match(r"^\s*\w+\s+u\b", rest, re.I) is not None
            and not rest.endswith("?")
        )
    if rest.endswith("?") or re.match(r"^\S+\s*:", rest):
        return False  # a question, or a label ("Plaats: Stationsplein 1")
    if word in REFLEXIVE and re.match(r"^\s*\w+\s+u\b", rest, re.I):
        return True  # "Meld u bij de balie", "Schrijf u in"
    return not re.match(r"^\s*\w+\s+(?:u|je|jij|wij|we)\b", rest, re.I)


def main_clause_order(sentence: str) -> bool:
    """ "Als u de auto niet meer heeft, stuur ons dan het bewijs.": an order after a leading condition."""
    match = _LEADING_CLAUSE.match(BULLET.sub("", sentence))
    return match is not None and is_order(match.group("main"))


# "Het bedrag dient ... te zijn bijgeschreven": a passive duty, the reader's only when it is about
# the reader or the reader's money ("op een verzoek dient te worden beslist" is the organisation's).
PASSIVE_DUTY = re.compile(
    r"\b(?:dient|dienen|moet|moeten)\b.{0,120}\bte\s+(?:zijn|worden)\b|"
    r"\b(?:moet|moeten)\b.{0,60}\b(?:zijn|worden)\s+(?:betaald|voldaan|bijgeschreven|ontvangen)\b|"
    # "Uw reactie moet uiterlijk 8 mei bij ons binnen zijn.", "Het bedrag moet ... op onze rekening staan."
    r"^\s*(?:uw|het|de)\s+(?:\w+\s+){0,2}(?:moet|moeten|dient|dienen)\b.{0,60}\bbij\s+ons\b.{0,20}\b(?:zijn|binnen)\b|"
    r"^\s*(?:uw|het|de)\s+(?:\S+\s+){0,4}(?:moet|moeten|dient|dienen)\b.{0,60}\bop\s+(?:onze|de|het)\s+\w*rekening\w*\s+(?:staan|zijn|bijgeschreven)\b|"
    # "Betaling dient te geschieden binnen tien dagen": paying, put as an event
    r"^\s*(?:de\s+)?(?:betaling|voldoening|terugbetaling|aflossing)\s+(?:\S+\s+){0,4}(?:moet|dient)\s+(?:\S+\s+){0,8}?te\s+(?:geschieden|gebeuren|plaatsvinden)\b",
    re.IGNORECASE,
)
READER_SIDE = re.compile(
    r"\b(?:u|uw)\b|\bbedrag\w*\b|\bbetaald\b|\bvoldaan\b|\bbijgeschreven\b|\bformulier\b|\btermijn\w*|\bonze\s+\w*rekening\b|^\s*(?:de\s+)?(?:betaling|voldoening|terugbetaling|aflossing)\b",
    re.IGNORECASE,
)
# "U ontvangt een betaalbrief waarin staat hoe het bedrag dient te worden voldaan": what the reader gets.
_GETS = re.compile(r"^\s*(?:u\s+(?:ontvangt|krijgt)|(?:wij|we)\s+(?:sturen|zenden))\b", re.IGNORECASE)


def duty(sentence: str) -> bool:
    """ "u moet", "wij vragen u", or a passive duty about the reader or the reader's money."""
    if MUST.search(sentence):
        return True
    return bool(PASSIVE_DUTY.search(sentence)) and bool(READER_SIDE.search(sentence)) and not _GETS.match(sentence)


def is_passive(sentence: str) -> bool:
    """A duty put in the passive only ("De eerste termijn dient uiterlijk ... te zijn bijgeschreven")."""
    return not (MUST.search(sentence) or is_order(sentence) or main_clause_order(sentence)) and duty(sentence)


# "Bewaar deze brief", "Lees de bijlage", "Kijk op www...": reading, not something the letter asks.
READING = re.compile(
    r"^\s*(?:lees|bewaar|kijk|bekijk)t?\b(?!.*\b(?:woning|huis|kamer|formulier)\b).*\b(?:brief|bijlage|folder|website|www\.|informatie|regels)\b"
    # "In deze brief leest u wanneer ...": what the letter says, not what it asks
    r"|^\s*in\s+(?:deze|dit)\s+(?:brief|bijlage|folder)\s+(?:leest|ziet|vindt)\s+u\b"
    # "Vermeld bij correspondentie altijd ons kenmerk": how to write to us, not what the letter asks
    r"|^\s*(?:vermeld|noem|zet)t?\b[^\n]*?\b(?:\w*kenmerk|zaaknummer|dossiernummer|referentie\w*|klantnummer|aanslagnummer|[A-Z]-nummer|\w*registratienummer)\b",
    re.IGNORECASE,
)
