"""What the sentences read so far in a paragraph say about the next one.

Both the action and the deadline of a letter depend on it. After "Bent u het
niet eens? Dan kunt u bezwaar maken." the rest of the paragraph is about
objecting. A yes/no question opens a condition: what follows holds only then.
"Wilt u liever ...?" opens a choice, "Klopt er iets niet?" a check, and "Kunt
u niet komen?" a way out when the main request fails. All of these are up to
the reader: no main action and no deadline.
"""

from __future__ import annotations

import re

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
BULLET = re.compile(r"^\s*(?:[-*•·–▪●]|\d{1,2}[.)])\s+")
# A sentence that offers the reader to object: the rest of its paragraph is about objecting.
OBJECTION_OFFER = re.compile(
    r"\b(?:bezwaar|beroep|verzet|een klacht)\s+(?:\w+\s+){0,2}(?:maken|aantekenen|instellen|indienen|in te dienen|te maken)\b"
    r"|\bbezwaarschrift\b|\bin beroep (?:gaan|te gaan)\b|\bniet eens\b",
    re.IGNORECASE,
)
CHOICE = re.compile(r"\bliever\b", re.IGNORECASE)
# "Klopt er iets niet? Laat het ons weten.": a check, not the main request.
CHECK = re.compile(r"\bfout\w*\b|\bklopt\b.*\bniet\b|\bonjuist\w*\b|\bniet\s+(?:juist|goed)\b", re.IGNORECASE)
# "Kunt u niet komen?", "Lukt het niet?", "Als u verhinderd bent, ...": a way out when the main request fails.
FALLBACK = re.compile(
    r"\bverhinderd\b|\b(?:kunt|kan|kunnen|lukt|lukken|past|passen|komen)\b(?:\s+\w+){0,4}?\s+(?:niet|geen)\b"
    r"|\b(?:niet|geen)\s+(?:\w+\s+){0,3}?(?:kunt|kan|lukt|past|komen|aanwezig)\b",
    re.IGNORECASE,
)
WH_QUESTION = re.compile(r"^\s*(?:wat|hoe|hoeveel|wanneer|waarom|waar|wie|welke)\b", re.IGNORECASE)
_POLITE = re.compile(
    r"\s*(?:(?:kunt|zou|zoudt|wil)\s+u|(?:kun|kan|zou|wil)\s+(?:je|jij)|(?:kunnen|zouden|willen)\s+jullie)\b(?!.*\b(?:niet|geen|liever|misschien)\b)",
    re.IGNORECASE,
)
_POLITE_VERB = re.compile(
    r"\b(?:sturen|opsturen|terugsturen|toesturen|doorgeven|invullen|ondertekenen|mailen|betalen|aanleveren|"
    r"inleveren|bellen|laten weten|willen)\b",
    re.IGNORECASE,
)


_MAY_WE_ASK = re.compile(r"\s*mogen\s+(?:wij|we)\s+u\s+(?:\w+\s+)?(?:vragen|verzoeken)\b", re.IGNORECASE)
# "Stuurt u het formulier vóór 1 mei terug?": a polite order, when it names a term ("Werkt u?" is a condition).
_POLITE_ORDER = re.compile(r"\s*(?:stuurt|zendt|betaalt|belt|neemt|vult|geeft|levert|meldt|maakt|mailt|brengt|regelt)\s+u\b", re.IGNORECASE)
_TERM = re.compile(r"\b(?:uiterlijk|vóór|binnen|tot en met)\b", re.IGNORECASE)


def yes_no_question(sentence: str) -> bool:
    """ "Heeft u vragen?", "Klopt er iets niet?": a condition. "Wat moet u doen?" is a heading, not a condition."""
    return sentence.rstrip().endswith("?") and not WH_QUESTION.match(BULLET.sub("", sentence))


def polite_request(sentence: str) -> bool:
    """ "Wilt u ... sturen?", "Kunt u ... terugsturen?", "Zou u ... willen opsturen?", "Mogen wij u vragen ...?",
    "Stuurt u ... vóór 1 mei terug?" are requests; "Wilt u liever ...?" asks what the reader prefers, "Kunt u
    niet komen?" and "Werkt u?" are conditions."""
    if re.match(r"\s*(?:wilt u|wil je|wil jij)\b(?!.*\b(?:liever|graag|meer)\b)", sentence, re.IGNORECASE):
        return True
    if _MAY_WE_ASK.match(sentence) or (_POLITE_ORDER.match(sentence) and _TERM.search(sentence)):
        return True
    # "Kunnen jullie hier naar kijken en ons laten weten ...." asks as well, also without a question mark
    return bool(_POLITE.match(sentence)) and sentence.rstrip().endswith(("?", ".")) and bool(_POLITE_VERB.search(sentence))


class Paragraph:
    """The state of the paragraph being read; call ``enter`` for each sentence, then ``leave``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.last_end: int | None = None
        self.previous = ""
        self.new = True
        self._reset()

    def _reset(self) -> None:
        self.objection = self.choice = self.check = False
        self.condition = False  # a yes/no question came before, in this paragraph
        self.opened = False  # the paragraph opens with such a question

    def enter(self, s: int, e: int) -> str:
        sentence = self.text[s:e]
        self.new = self.last_end is None or PARAGRAPH_BREAK.search(self.text[self.last_end : s]) is not None
        if self.new:
            self._reset()
            self.previous = ""
        self.objection = self.objection or bool(OBJECTION_OFFER.search(sentence))
        if yes_no_question(sentence) and not polite_request(sentence):
            self.choice = self.choice or bool(CHOICE.search(sentence))
            self.check = self.check or bool(CHECK.search(sentence) or FALLBACK.search(sentence))
            self.opened = self.opened or not self.previous
            self.condition = True
        return sentence

    def leave(self, sentence: str, e: int) -> None:
        self.previous, self.last_end = sentence, e

    @property
    def up_to_reader(self) -> bool:
        """Objecting, a choice, a check or a way out: no main action, no deadline."""
        return self.objection or self.choice or self.check
