"""What the letter asks the reader to do.

A sentence asks something when it gives an order ("Stuur ons ...", "Betaal
..."), says "u moet", "u dient", "wilt u" or "wij vragen u", or asks for a
reaction to a plan (zienswijze). Objection and appeal ("bezwaar", "beroep")
are the reader's choice, not an action; "Heeft u vragen? Bel ..." is help, not
an action; "U hoeft niets te doen" means there is no action.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from taalcheck.uitleg.summary import Item, Letter

# Orders that open a sentence in letters (the imperative is the verb stem).
IMPERATIVES = frozenset(
    """
    stuur verstuur betaal bel mail e-mail vul neem ga lees geef maak zet meld breng onderteken teken upload log
    controleer regel zoek solliciteer schrijf kom lever vraag zeg houd zorg reageer beantwoord doe draag toon laat
    kies gebruik open wacht scan plak vergeet bewaar let schrijf print voeg verleng vernieuw haal check
    """.split()
)
MUST = re.compile(
    r"\b(?:u|je|jij)\s+(?:moet|moeten|dient|dienen)\b|\b(?:moet|moeten|dient|dienen)\s+(?:u|je|jij)\b"
    r"|\bwilt u\b|\b(?:wij|we)\s+(?:vragen|verzoeken|sommeren|manen)\s+u\b|\b(?:dat|dit|het)\s+moet\b|\b(?:vragen|verzoeken)\s+(?:wij|we)\s+u\b"
    r"|\bu\s+(?:wordt|bent)\s+(?:verzocht|verplicht)\b|\bbent u verplicht\b|\bwordt u verzocht\b"
    r"|\bu\s+(?:moet|dient)\b",
    re.IGNORECASE,
)
REACTION = re.compile(r"\bzienswijze\b|\bin de gelegenheid\b|\bu\s+kunt\s+(?:op\s+\w+\s+)?reageren\b|\breageer\b", re.IGNORECASE)
OBJECTION = re.compile(r"\bbezwaar\w*\b|\b(?:in\s+)?beroep\b|\bberoepschrift\b|\bklacht\b|\bniet eens\b", re.IGNORECASE)
# A sentence that offers the reader to object: the rest of its paragraph is about objecting.
OBJECTION_OFFER = re.compile(
    r"\b(?:bezwaar|beroep|verzet|een klacht)\s+(?:\w+\s+){0,2}(?:maken|aantekenen|instellen|indienen|in te dienen|te maken)\b"
    r"|\bbezwaarschrift\b|\bin beroep (?:gaan|te gaan)\b|\bniet eens\b",
    re.IGNORECASE,
)
HELP = re.compile(r"\bvragen\b|\bmeer informatie\b|\bmeer weten\b|\bhulp nodig\b|\bniet eens\b|\bniet duidelijk\b", re.IGNORECASE)
NOTHING = re.compile(r"\bu\s+hoeft\s+niets\b|\bhoeft\s+u\s+niets\b|\bu\s+hoeft\s+hiervoor\s+niets\b", re.IGNORECASE)
# "U hoeft niets te doen." as the letter's own answer (not "Daar hoeft u niets voor te doen" about a detail).
NOTHING_AT_ALL = re.compile(
    r"^\s*(?:u\s+hoeft\s+(?:verder\s+|nu\s+|dus\s+)?niets(?:\s+te\s+doen)?\s*[.!]?\s*$|"
    r"u\s+hoeft\s+(?:verder\s+|nu\s+|dus\s+)?niets\s+te\s+doen\b)",
    re.IGNORECASE,
)
CONDITION = re.compile(r"^\s*(?:als|indien|wanneer|mocht|zodra)\b|\?\s*$|\b(?:als|indien|wanneer)\s*:?\s*$", re.IGNORECASE)
BULLET = re.compile(r"^\s*(?:[-*•·–▪●]|\d{1,2}[.)])\s+")


def _first_word(sentence: str) -> str:
    sentence = BULLET.sub("", sentence)
    sentence = re.sub(r"^\s*(?:dan|daarom|ook|verder|daarna|tot slot|dus)\s*,?\s+", "", sentence, flags=re.I)
    match = re.match(r"\s*([^\W\d_][\w-]*)", sentence)
    return match.group(1).lower() if match else ""


def is_order(sentence: str) -> bool:
    """The sentence opens with an order: "Stuur ...", "Dan betaalt ..." is not one, "Bel ons" is."""
    word = _first_word(sentence)
    if word not in IMPERATIVES:
        return False
    rest = BULLET.sub("", sentence).strip()
    return not rest.endswith("?") and not re.match(r"^\s*\w+\s+(?:u|je|jij|wij|we)\b", rest, re.I)


# "Het bedrag dient ... te zijn bijgeschreven": a passive duty, the reader's only when it is about
# the reader or the reader's money ("op een verzoek dient te worden beslist" is the organisation's).
PASSIVE_DUTY = re.compile(
    r"\b(?:dient|dienen|moet|moeten)\b.{0,80}\bte\s+(?:zijn|worden)\b|"
    r"\b(?:moet|moeten)\b.{0,60}\b(?:zijn|worden)\s+(?:betaald|voldaan|bijgeschreven|ontvangen)\b",
    re.IGNORECASE,
)
READER_SIDE = re.compile(r"\b(?:u|uw)\b|\bbedrag\w*\b|\bbetaald\b|\bvoldaan\b|\bbijgeschreven\b|\bformulier\b", re.IGNORECASE)


def is_objection(sentence: str) -> bool:
    return bool(OBJECTION.search(sentence))


def asks_reader(sentence: str) -> bool:
    duty = bool(MUST.search(sentence)) or (bool(PASSIVE_DUTY.search(sentence)) and bool(READER_SIDE.search(sentence)))
    return (is_order(sentence) or duty) and not NOTHING.search(sentence)


# An order with a date, a term or an amount is more likely the letter's main request.
SALIENT = re.compile(
    r"\d{1,2}[-\s](?:\d{1,2}|[a-z]{3,9})[-\s]\d{4}|\buiterlijk\b|\bbinnen\s+\S+\s+(?:dagen|weken|maanden|werkdagen)\b|€|\beuro\b",
    re.IGNORECASE,
)
WH_QUESTION = re.compile(r"^\s*(?:wat|hoe|hoeveel|wanneer|waarom|waar|wie|welke)\b", re.IGNORECASE)


def yes_no_question(sentence: str) -> bool:
    """ "Heeft u vragen?", "Klopt er iets niet?": a condition. "Wat moet u doen?" is a heading, not a condition."""
    return sentence.rstrip().endswith("?") and not WH_QUESTION.match(BULLET.sub("", sentence))


def _rank(sentence: str, previous: str, in_condition: bool) -> int | None:
    """Lower is more important; None: not an action."""
    if is_objection(sentence) or NOTHING.search(sentence):
        return None
    if HELP.search(sentence) or (HELP.search(previous) and previous.rstrip().endswith("?")):
        return None
    polite = polite_request(sentence)
    if sentence.rstrip().endswith("?") and not polite:
        return None  # a heading ("Moet u iets doen?") or a condition ("Wilt u liever ...?"), not an order
    conditional = not polite and (bool(CONDITION.search(sentence)) or yes_no_question(previous) or in_condition)
    if asks_reader(sentence):
        return 1 if conditional else 0
    if REACTION.search(sentence) and re.search(r"\b(?:u|uw)\b", sentence, re.IGNORECASE):
        return 2
    return None


def find(letter: Letter) -> list[Item]:
    """The actions in the letter, most important first (then in letter order).

    Orders inside a paragraph that opens with a yes/no question ("Heeft u een
    laag inkomen? ... Vraag het aan.") hold only under that condition.
    """
    body = letter.body_sentences()
    strict_only = any(NOTHING_AT_ALL.search(letter.text[s:e]) for s, e in body)
    found: list[tuple[int, int, int, Item]] = []
    previous = ""
    in_condition = objection = False
    last_end = None
    last_start = before_start = 0
    for s, e in body:
        sentence = letter.text[s:e]
        new_paragraph = last_end is None or re.search(r"\n[ \t]*\n", letter.text[last_end:s]) is not None
        if new_paragraph:
            in_condition = objection = False
            previous = ""
        # after "Bent u het niet eens? Dan kunt u bezwaar maken." the rest of the paragraph is about objecting
        objection = objection or bool(OBJECTION_OFFER.search(sentence))
        rank = None if objection else _rank(sentence, previous, in_condition)
        if new_paragraph and yes_no_question(sentence) and not polite_request(sentence):
            in_condition = True
        if previous and not new_paragraph:
            before_start = last_start
        previous, last_end, last_start = sentence, e, s
        if rank is None or (strict_only and rank > 0):
            continue
        start = s
        if re.match(r"\s*(?:doe|dat|dit)\b", sentence, re.IGNORECASE) and len(sentence.split()) <= 10 and not new_paragraph:
            start = before_start  # "Doe dit binnen 4 weken." needs the sentence before it
        text = " ".join(BULLET.sub("", letter.text[start:e]).split())
        item = letter.item(text, start, e)
        if start != s:
            item.zin = text  # both sentences
        found.append((rank, 0 if SALIENT.search(sentence) else 1, s, item))
    if strict_only:
        return []
    return [item for *_, item in sorted(found, key=lambda f: f[:3])]


def polite_request(sentence: str) -> bool:
    """ "Wilt u ... sturen?" is a request; "Wilt u liever ...?" asks what the reader prefers."""
    return re.match(r"\s*wilt u\b(?!.*\b(?:liever|graag|meer)\b)", sentence, re.IGNORECASE) is not None
