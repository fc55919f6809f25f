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
    r"|\bwilt u\b|\b(?:wij|we)\s+(?:vragen|verzoeken)\s+u\b|\b(?:vragen|verzoeken)\s+(?:wij|we)\s+u\b"
    r"|\bu\s+(?:wordt|bent)\s+(?:verzocht|verplicht)\b|\bbent u verplicht\b|\bwordt u verzocht\b"
    r"|\bu\s+(?:moet|dient)\b|\bdient\b.{0,80}\bte\s+(?:zijn|worden)\b|\bmoet\b.{0,60}\b(?:zijn|worden)\s+(?:betaald|voldaan|bijgeschreven|ontvangen)\b",
    re.IGNORECASE,
)
REACTION = re.compile(r"\bzienswijze\b|\bu\s+kunt\s+(?:op\s+\w+\s+)?reageren\b|\breageer\b", re.IGNORECASE)
OBJECTION = re.compile(r"\bbezwaar\w*\b|\b(?:in\s+)?beroep\b|\bberoepschrift\b|\bklacht\b", re.IGNORECASE)
HELP = re.compile(r"\bvragen\b|\bmeer informatie\b|\bmeer weten\b|\bhulp nodig\b|\bniet eens\b|\bniet duidelijk\b", re.IGNORECASE)
NOTHING = re.compile(r"\bu\s+hoeft\s+niets\b|\bhoeft\s+u\s+niets\b|\bu\s+hoeft\s+hiervoor\s+niets\b", re.IGNORECASE)
CONDITION = re.compile(r"^\s*(?:als|indien|wanneer|mocht|zodra)\b|\?\s*$", re.IGNORECASE)
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


def is_objection(sentence: str) -> bool:
    return bool(OBJECTION.search(sentence))


def asks_reader(sentence: str) -> bool:
    return (is_order(sentence) or bool(MUST.search(sentence))) and not NOTHING.search(sentence)


def _rank(sentence: str, previous: str) -> int | None:
    """Lower is more important; None: not an action."""
    if is_objection(sentence) or NOTHING.search(sentence):
        return None
    if HELP.search(sentence) or HELP.search(previous) and previous.rstrip().endswith("?"):
        return None
    conditional = bool(CONDITION.search(sentence)) or previous.rstrip().endswith("?")
    if asks_reader(sentence):
        return 1 if conditional else 0
    if REACTION.search(sentence):
        return 2
    return None


def find(letter: "Letter") -> list["Item"]:
    """The actions in the letter, most important first (then in letter order)."""
    body = letter.body_sentences()
    if any(NOTHING.search(letter.text[s:e]) for s, e in body):
        strict_only = True  # "U hoeft niets te doen": only a plain order still counts
    else:
        strict_only = False
    found: list[tuple[int, int, "Item"]] = []
    previous = ""
    for s, e in body:
        sentence = letter.text[s:e]
        rank = _rank(sentence, previous)
        previous = sentence
        if rank is None or (strict_only and rank > 0):
            continue
        text = " ".join(BULLET.sub("", sentence).split())
        found.append((rank, s, letter.item(text, s, e)))
    if strict_only:
        return []
    return [item for _, _, item in sorted(found, key=lambda f: (f[0], f[1]))]
