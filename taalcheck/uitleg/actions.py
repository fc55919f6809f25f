"""What the letter asks the reader to do.

Candidates: sentences that ask the reader something. An order ("Stuur ons
...", "Betaal ..."), "u moet", "u dient", "wij vragen/verzoeken u", "graag
ontvangen wij", a polite question ("Wilt u ...?", "Kunt u ... terugsturen?"),
an invitation or appointment the letter sets ("Wij nodigen u uit ... Het
gesprek is op ..."), or a call to react to a plan (zienswijze).

Never an action: objecting or appealing (the reader's choice), help lines
("Heeft u vragen? Bel ..."), reading the letter or a website, quoting a
reference number, anything under the closing greeting, and every request in a
letter that says "U hoeft niets te doen". Rules for later (a wish, next
years, damage, advice under a condition, a chance the reader may take) are
no action; reporting changes ranks below the letter's own request
(``standing``).

Ranking, by general features (see ``_Finder._add``): rank 0 for a request that
always holds, 1 under a condition ("Als ...", "Heeft u ...? ... dan"), 2 for
a way out when the main request fails ("Kunt u niet komen?"), a check ("Klopt
er iets niet?"), a wish or a reaction, 3 for a heading; plus salience 0 when
the sentence carries a date or a term, 1 an amount, 2 neither. The lowest sum
wins, then the lower rank, then the first in the letter. "Doe dit binnen 4
weken" gives its term to the order before it; an order that introduces a list
("Doe het volgende vóór 1 mei:") takes the list with it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from taalcheck.uitleg.appointments import APPOINTMENT, ATTEND, COMES, DATE, DONE, INVITED, LABEL_DAY
from taalcheck.uitleg.dates import find_dates, relative_deadline
from taalcheck.uitleg.paragraph import BULLET, CHECK, FALLBACK, PARAGRAPH_BREAK, Paragraph, polite_request, yes_no_question
from taalcheck.uitleg.requests import NOTE, READING, duty, is_order, is_passive, main_clause_order
from taalcheck.uitleg.same_request import one_request, same_verb, words
from taalcheck.uitleg.standing import CHANCE, not_now, standing

if TYPE_CHECKING:  # pragma: no cover
    from taalcheck.uitleg.summary import Item, Letter

REACTION = re.compile(
    r"\bzienswijze\b|\bin de gelegenheid\b|\bu\s+kunt\s+(?:\S+\s+){0,12}reageren\b|\breageer\b"
    r"|\bu\s+heeft\s+(?:\S+\s+){0,6}de\s+tijd\s+om\b|\bu\s+heeft\s+(?:nog\s+)?tot\s+(?:en\s+met\s+)?(?:\S+\s+){1,4}om\b",
    re.IGNORECASE,
)
OBJECTION = re.compile(
    r"\bbezwaar\w*\b|\b(?:in\s+)?beroep\b|\bberoepschrift\b|\bklacht\b|\bniet eens\b|\brechtsmiddel\w*\b"
    r"|\bverzet\s+(?:\w+\s+){0,3}(?:ingesteld|instellen|in\s+te\s+stellen|doen|aantekenen)\b",
    re.IGNORECASE,
)
# "Heeft u vragen?", "Voor vragen kunt u ...": help; "Wij willen u vragen ..." is a request.
HELP = re.compile(
    r"\b(?:heeft|hebt|heb|met|voor|bij|uw|andere)\s+(?:u\s+)?(?:nog\s+)?(?:\w+\s+)?vragen\b(?!\s+(?:om|te|of)\b)"
    r"|\bu\s+(?:nog\s+)?vragen\s+(?:heeft|hebt|hebben)\b|\bvragen\s*[?:]|^\s*vragen\b|"
    r"\bmeer informatie\b|\bmeer weten\b|\bhulp nodig\b|\bniet eens\b|\bniet duidelijk\b|\bschuldhulp\w*|\bschuldhulpverlening\b",
    re.IGNORECASE,
)
NOTHING = re.compile(
    r"\bu\s+hoeft\s+niets\b|\bhoeft\s+u\s+niets\b|\bu\s+hoeft\s+hiervoor\s+niets\b|\bgeen\s+actie\s+te\s+ondernemen\b", re.IGNORECASE
)
# "U hoeft niets te doen." as the letter's own answer (not "Daar hoeft u niets voor te doen" about a detail).
NOTHING_AT_ALL = re.compile(
    r"^\s*(?:u\s+hoeft\s+(?:verder\s+|nu\s+|dus\s+)?niets(?:\s+te\s+doen)?\s*[.!]?\s*$|"
    r"u\s+hoeft\s+(?:verder\s+|nu\s+|dus\s+)?niets\s+te\s+doen\b|"
    # "U behoeft voor de ontvangst van dit bedrag zelf geen actie te ondernemen."
    r"u\s+(?:hoeft|behoeft)\s+(?:\S+\s+){0,8}?(?:niets|geen\s+(?:actie|stappen))\s+te\s+(?:doen|ondernemen)\b)",
    re.IGNORECASE,
)
# "U kunt reageren op woningen die u worden aangeboden": reacting to an offer, not to this letter.
OFFER_REACTION = re.compile(
    r"\breageren\s+op\s+(?:\w+\s+)?(?:woning\w*|huizen|aanbod|advertentie\w*|vacature\w*)"
    r"|\bop\s+(?:\w+\s+)?(?:woning\w*|huizen|aanbod|advertentie\w*|vacature\w*)\s+(?:\S+\s+){0,6}?(?:te\s+)?reageren\b",
    re.IGNORECASE,
)
# "Wij hebben uw zienswijze ontvangen": a reaction already given.
DONE_REACTION = re.compile(r"\b(?:heeft|hebt|hebben)\b[^.;]*\b(?:ontvangen|gegeven|ingediend|gestuurd|gekregen)\b", re.IGNORECASE)
CONDITION = re.compile(
    r"^\s*(?:als|indien|wanneer|mocht|zodra)\b|\?\s*$|\b(?:als|indien|wanneer)\s*:?\s*$"
    # "Meent u dat ..., dan dient u ...", "Heeft u een auto, stuur dan ...": a condition with the verb first
    r"|^\s*[^\W\d_]+\s+u\b[^?]{0,200}?,\s*(?:dan\b|\w+\s+dan\b)",
    re.IGNORECASE,
)
# A condition about a change ("Indien uw inkomen wijzigt, ...") is a standing rule, not the letter's request.
CHANGE = re.compile(r"\bverander\w*|\bwijzig\w*|\bverhui[sz]\w*", re.IGNORECASE)


# "Met vriendelijke groet,": what comes after it (a footer, a colophon) asks nothing.
CLOSING = re.compile(r"^\s*(?:met\s+vriendelijke\s+groet(?:en)?|hoogachtend|vriendelijke\s+groet(?:en)?)\b", re.I | re.M)


def is_objection(sentence: str) -> bool:
    return bool(OBJECTION.search(sentence))


def asks_reader(sentence: str) -> bool:
    if READING.match(BULLET.sub("", sentence)) and salience(sentence) == 2:
        return False  # no date, no amount: reading, or quoting a reference
    asks = is_order(sentence) or duty(sentence) or polite_request(sentence) or main_clause_order(sentence)
    return asks and not NOTHING.search(sentence) and not NOTE.search(sentence)


# An order with a date, a term or an amount is more likely the letter's main request.
DEADLINE_WORDS = re.compile(
    r"\d{1,2}[-\s](?:\d{1,2}|[a-z]{3,9})[-\s]\d{4}|\buiterlijk\b|\bbinnen\s+\S+\s+(?:dagen|weken|maanden|werkdagen)\b"
    r"|\bbinnen\s+de\s+(?:gestelde\s+)?termijn\b",
    re.IGNORECASE,
)


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
    if (
        REACTION.search(sentence)
        and re.search(r"\b(?:u|uw)\b", sentence, re.IGNORECASE)
        and not (DONE_REACTION.search(sentence) or OFFER_REACTION.search(sentence))
    ):
        return 2
    return None


# "Doe dit binnen 4 weken.": the term of the order just before.
POINTER = re.compile(
    r"\s*doe\s+(?:dit|dat|het)\b|\s*(?:dit|dat)\s+(?:moet|kan|dient)\b|\s*u\s+kunt\s+(?:dit|dat)\b"
    r"|\s*u\s+(?:dient|moet)\s+(?:dit|dat)\s+(?:\w+\s+){0,2}te\s+doen\b",  # "U dient dit te doen vóór 19 december."
    re.IGNORECASE,
)
# "Hiertoe dient u ...": the same condition as the sentence before.
SAME_CONDITION = re.compile(r"\s*(?:hiertoe|daartoe|hiervoor|daarvoor|dan)\b", re.IGNORECASE)
HELP_DETAIL = re.compile(r"\s*(?:\w+\s+){0,2}dan\b", re.IGNORECASE)
CONTACT = re.compile(r"\bbel\w*|\bmail\w*|\btelefo\w*|\bcontact\b|\bbereikbaar\b|\bklantenservice\b|\bbij\s+de\s+hand\b", re.IGNORECASE)
REFERS_TO_CASE = re.compile(r"\b(?:hiervoor|daarvoor|dan|in\s+(?:dat|die|dit)\s+geval)\b", re.IGNORECASE)
# "U dient in dat geval ...": the same condition as the sentence before.
IN_THAT_CASE = re.compile(r"\bin\s+(?:dat|die|dit)\s+geval(?:len)?\b", re.IGNORECASE)
# "Onze opdrachtgever ziet alleen af van ... indien het bedrag uiterlijk ... is bijgeschreven": an order put as a condition.
PAID_BY = re.compile(
    r"\b(?:slechts|alleen|enkel)\b.{0,80}\b(?:indien|als|wanneer)\b.{0,60}\bbedrag\b.{0,60}\b(?:uiterlijk|vóór|binnen)\b.{0,160}?"
    r"\b(?:is|zijn|wordt|worden)\s+(?:bijgeschreven|betaald|voldaan|ontvangen)\b",
    re.IGNORECASE,
)
FILLED_IN = re.compile(r"[ \t]*\n[ \t]*\{\{[^{}\n]*\}\}[ \t]*(?:\n|$)")
OPTION = re.compile(r"\bu\s+kunt\b|\bkunt\s+u\b|\b(?:wellicht|mogelijk|misschien)\b.{0,40}\bin\s+aanmerking\b", re.IGNORECASE)
# "Anders moet u het geld terugbetalen.": what follows when the reader does not act, not an action.
CONSEQUENCE = re.compile(r"^\s*(?:anders|zo\s*niet)\b", re.IGNORECASE)
# "Indien het bedrag niet uiterlijk 9 februari is bijgeschreven, zal ...": an order put as a threat.
THREAT = re.compile(
    r"^\s*(?:indien|als|wanneer)\b.{0,120}?\bniet\b.{0,80}?\b(?:uiterlijk|vóór|voor|binnen|tijdig|op tijd)\b.{0,120}?,"
    r"\s*(?:zal|zullen|wordt|worden|gaat|gaan|volgt)\b",
    re.IGNORECASE,
)
THEN = re.compile(r"\s*dan\b", re.IGNORECASE)
# "Laat het ons binnen 6 weken weten. Dat heet bezwaar maken.": the next sentence names it an objection.
NAMED_OBJECTION = re.compile(r"\s*(?:dat|dit)\s+(?:heet|noemen\s+(?:we|wij))\b.*\b(?:bezwaar|beroep|verzet)", re.IGNORECASE)
# "Wacht niet te lang", "Maak geen schulden": a prohibition is seldom the main request.
PROHIBITION = re.compile(r"^\s*(?!vergeet\b)\w+\s+(?:\w+\s+)?(?:niet|geen)\b", re.IGNORECASE)


class _Finder:
    """Walks the body sentences and keeps the actions with their weight."""

    def __init__(self, letter: Letter) -> None:
        self.letter = letter
        self.found: list[list] = []  # [rank, salience, start, item]
        self.paragraph = Paragraph(letter.text)
        self.helping = False
        self.chance = False  # the paragraph offers a chance ("Dan hoeft u misschien niets te betalen.")
        self.intro: list | None = None  # the order that introduces a list ("... het volgende:")
        self.joined_end = -1  # the end of the last sentence that went into an action
        self.appointment: list | None = None  # the action that sets an appointment, if any

    def read(self, s: int, e: int, following: str) -> None:
        paragraph = self.paragraph
        sentence = paragraph.enter(s, e)
        if paragraph.new:
            self.helping = self.chance = False
        # "Bel ons op ... Dat kan op maandag.": the hours of a help line, not the term of an action
        pointer = POINTER.match(sentence) is not None and len(sentence.split()) <= 16 and bool(self.found) and not self.helping
        if self.intro is not None and not BULLET.match(sentence):
            if self.intro[1] > 0 and salience(sentence) == 0 and same_verb(self.intro[3].zin, sentence):
                self._join_term(self.intro, sentence)  # "... binnen vier weken aan te vullen": the list's term
                self.intro = None
                paragraph.leave(sentence, e)
                return
            self.intro = None
        if paragraph.objection or paragraph.choice:
            pass
        elif self.intro is not None:
            self._join_list_item(sentence)
        elif (pointer and s - self.found[-1][2] < 600) or (THREAT.search(sentence) and self.found):
            self._point_back(sentence)
        elif not (
            NAMED_OBJECTION.match(following)
            or CONSEQUENCE.match(sentence)
            or (self.helping and (HELP_DETAIL.match(sentence) or CONTACT.search(sentence)))
            or (sentence.rstrip().endswith("?") and THEN.match(following))  # "Wilt u verlengen? Dan kunt u ...": a choice
        ):
            self._add(sentence, s, e)
            if self.found and self.found[-1][2] == s and sentence.rstrip().endswith(":"):
                self.intro = self.found[-1]  # "Doe het volgende vóór 1 mei:" and the list under it are one action
        # "Voor vragen kunt u bellen met ... Geef dan ook het nummer van uw melding door.": help, not an action
        self.helping = bool(HELP.search(sentence)) or (self.helping and CONTACT.search(sentence) is not None)
        self.chance = self.chance or CHANCE.search(sentence) is not None
        paragraph.leave(sentence, e)

    def _join_list_item(self, sentence: str) -> None:
        """An item of the list an order introduces: part of that order, with its term."""
        assert self.intro is not None
        self.intro[1] = min(self.intro[1], salience(sentence))
        self.intro[3].zin = f"{self.intro[3].zin} {' '.join(BULLET.sub('', sentence).split())}"

    def _point_back(self, sentence: str) -> None:
        """ "Doe dit binnen 4 weken": the order before gets the term, and the sentence. A threat ("Indien wij
        de loonstroken niet uiterlijk ... hebben ontvangen") goes to the order it shares most words with."""
        shared = words(sentence)
        self._join_term(max(reversed(self.found[-4:]), key=lambda f: len(shared & words(f[3].zin))), sentence)

    @staticmethod
    def _join_term(action: list, sentence: str) -> None:
        action[1] = min(action[1], salience(sentence))
        action[3].zin = f"{action[3].zin} {' '.join(sentence.split())}"

    def _add(self, sentence: str, s: int, e: int) -> None:
        weighed = self._weigh(sentence, s, e)
        if weighed is None:
            return
        rank, weight, appointment = weighed
        text = " ".join(BULLET.sub("", sentence).split())
        last = self.found[-1] if self.found else None
        # "Maak € 281,50 over op ... Vermeld het kenmerk. Het bedrag moet uiterlijk 26 mei op onze rekening staan.":
        # the passive term of the request, a note between them
        nearby = self.joined_end == self.paragraph.last_end or (
            self.joined_end >= 0 and is_passive(sentence) and not PARAGRAPH_BREAK.search(self.letter.text[self.joined_end : s])
        )
        # a term under a condition stays apart ("Indien u niet kiest voor een regeling, ...")
        if last is not None and nearby and not CONDITION.match(sentence) and one_request(last[3].zin, sentence):
            last[0], last[1] = min(last[0], rank), min(last[1], weight)
            last[3].zin = f"{last[3].zin} {text}"
        elif self.appointment is not None and not appointment and (weight > 0 or not DATE.search(sentence)) and ATTEND.search(sentence):
            self.appointment[3].zin = f"{self.appointment[3].zin} {text}"  # "U dient in persoon te verschijnen."
        else:
            self.found.append([rank, weight, s, self.letter.item(text, s, e)])
            if appointment:
                self.appointment = self.found[-1]
                self._invitation_before(s)
        self.joined_end = e

    def _weigh(self, sentence: str, s: int, e: int) -> tuple[int, int, bool] | None:
        """The rank and salience of a sentence as an action (see the module docstring), and whether it sets
        an appointment; None when it asks nothing of the reader now."""
        same = SAME_CONDITION.match(sentence) is not None or IN_THAT_CASE.search(sentence) is not None
        previous = self.paragraph.previous
        if same and OPTION.search(previous) and not asks_reader(previous):
            return None  # "U kunt in termijnen betalen. Hiertoe dient u ...": the steps of an option
        rank = _rank(sentence, previous, self.paragraph.opened or (same and CONDITION.search(previous) is not None))
        weight = salience(sentence)
        if rank is None and (THREAT.search(sentence) or PAID_BY.search(sentence)):
            rank = 1  # no order before it: the threat itself says what to do
        appointment = bool(APPOINTMENT.search(sentence) and COMES.search(sentence)) and self._coming_day(sentence + self._label_below(e))
        if appointment:
            return 0, 0, True
        if rank is None or not_now(sentence, rank > 0, weight == 0) or (self.chance and rank > 0) or self._form_field(sentence, e):
            return None
        if (PROHIBITION.match(BULLET.sub("", sentence)) and is_order(sentence)) or standing(sentence, weight == 0):
            rank = max(rank, 1)
        clause = sentence.split(",")[0] if CONDITION.match(sentence) else ""
        side = FALLBACK.search(clause) or CHECK.search(clause) or CHANGE.search(clause)
        if rank == 1 and (self.paragraph.check or side):
            rank = 2
        if self._heading(s, e):
            rank = 3  # "Uw zienswijze", "Kom naar de informatieavond": the text below says what to do
        return rank, weight, False

    def _invitation_before(self, s: int) -> None:
        """ "U wordt uitgenodigd voor het spreekuur. / Het spreekuur vindt plaats op ...": the invitation
        just before the day (also across a paragraph break) is part of the appointment."""
        before = self.letter.previous(s)
        if before and len(before.split()) <= 6 and "\n" in self.letter.text[s - 3 : s]:
            before = self.letter.previous(self.letter.text.rfind(before, 0, s))  # over a heading ("Wanneer en waar?")
        if before and INVITED.search(before) and APPOINTMENT.search(before) and not DATE.search(before):
            assert self.appointment is not None
            self.appointment[3].zin = f"{' '.join(before.split())} {self.appointment[3].zin}"

    def _label_below(self, e: int) -> str:
        """ "Wij nodigen u uit voor een gesprek. / Datum: 12 maart 2026": the day set out below."""
        match = LABEL_DAY.match(self.letter.text, e)
        return f" {match.group('day')}" if match else ""

    def _coming_day(self, sentence: str) -> bool:
        """The sentence names a day still to come, and not as something done ("is op 1 maart gedaan")."""
        if not DATE.search(sentence) or DONE.search(sentence):
            return False
        days = [found.day for found in find_dates(sentence, self.letter.date)]
        return self.letter.date is None or not days or max(days) >= self.letter.date

    def _form_field(self, sentence: str, e: int) -> bool:
        """ "Wilt u ons verder nog iets laten weten?" with the reader's answer filled in on the next line
        ("{{ feedback }}"): the label of a form the reader already filled in, not a request."""
        return sentence.rstrip().endswith("?") and FILLED_IN.match(self.letter.text, e) is not None

    def _heading(self, s: int, e: int) -> bool:
        text = self.letter.text
        line_end = text.find("\n", e)
        alone = not text[text.rfind("\n", 0, s) + 1 : s].strip() and not text[e : len(text) if line_end < 0 else line_end].strip()
        words = text[s:e].split()
        return alone and len(words) <= 6 and not text[s:e].rstrip().endswith((".", "!", "?", ":"))


def salience(sentence: str) -> int:
    """0: the order has a date or a term; 1: an amount; 2: neither."""
    if DEADLINE_WORDS.search(sentence):
        return 0
    return 1 if re.search(r"€|\beuro\b", sentence, re.IGNORECASE) else 2


def find(letter: Letter) -> list[Item]:
    """The actions in the letter, most important first. An order under a condition weighs less, one with
    a date or a term more, one with an amount a little more (see ``salience``); then the one due first,
    then letter order.

    Orders inside a paragraph that opens with a yes/no question ("Heeft u een
    laag inkomen? ... Vraag het aan.") hold only under that condition; orders for
    a choice ("Wilt u liever ...? Bel ons dan.") are no action.
    """
    body = letter.body_sentences()
    if _nothing_to_do(letter, body):
        return []
    closing = CLOSING.search(letter.text, letter.body_start)
    if closing is not None:
        body = [(s, e) for s, e in body if s < closing.start()]
    finder = _Finder(letter)
    for index, (s, e) in enumerate(body):
        following = ""
        if index + 1 < len(body) and not re.search(r"\n[ \t]*\n", letter.text[e : body[index + 1][0]]):
            following = letter.text[body[index + 1][0] : body[index + 1][1]]
        finder.read(s, e, following)
    return [item for *_, item in sorted(finder.found, key=lambda f: (f[0] + f[1], f[0], _first_day(letter, f[3].zin, f[0] == 0), f[2]))]


def _first_day(letter: Letter, sentence: str, firm: bool) -> str:
    """ "Laat ons uiterlijk 30 januari weten of u komt" before the talk on 4 februari: of two equal requests, the
    one due first (ISO date; "~" sorts after any date). A relative term counts only for a request that always
    holds (``firm``): under a condition it is a way out, not the main term."""
    days = [hit.day for hit in find_dates(sentence, letter.date) if letter.date is None or hit.day >= letter.date]
    relative = relative_deadline(sentence, letter.date) if firm else None  # "binnen 14 dagen na de datum van deze brief"
    if relative is not None and relative[0] is not None:
        days.append(relative[0])
    return min(days).isoformat() if days else "~"


def _nothing_to_do(letter: Letter, body: list[tuple[int, int]]) -> bool:
    """ "U hoeft niets te doen." said of the whole letter, not under a condition ("Heeft u al betaald? U hoeft
    niets te doen.")."""
    paragraph = Paragraph(letter.text)
    for s, e in body:
        sentence = paragraph.enter(s, e)
        # "Indien u per incasso betaalt, wordt ... afgeschreven. U behoeft hiervoor geen actie te ondernemen.": that case only
        inherited = CONDITION.match(paragraph.previous) is not None and REFERS_TO_CASE.search(sentence) is not None
        if NOTHING_AT_ALL.search(sentence) and not paragraph.condition and not CONDITION.match(sentence) and not inherited:
            return True
        paragraph.leave(sentence, e)
    return False
