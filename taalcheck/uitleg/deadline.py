"""The reader's deadline in a letter: the last day the reader is on time.

Only a phrase that clearly sets the reader's own term counts ("uiterlijk 12
maart", "vóór 1 april", "binnen zes weken na de datum van deze brief", the day
of an appointment). Not the letter date, not a period, not the organisation's
own term ("wij beslissen binnen acht weken"), not the term of an objection.
A deadline that only holds under a condition ("Lukt het niet? Vraag dan
uitstel aan. Dat moet wel vóór 1 mei.") gives way to one that always holds; a
choice the reader may make ("Wilt u liever alles in één keer betalen? Bel ons
dan vóór 20 februari.") sets no deadline at all, nor does a check ("Klopt er
iets niet? Laat het ons binnen 2 weken weten."): both are up to the reader.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from taalcheck.uitleg import actions
from taalcheck.uitleg.appointments import APPOINTMENT, COMES, LABEL_DAY
from taalcheck.uitleg.dates import find_dates, relative_deadline
from taalcheck.uitleg.paragraph import CHECK, PARAGRAPH_BREAK, Paragraph, yes_no_question
from taalcheck.uitleg.standing import WISH

if TYPE_CHECKING:  # pragma: no cover
    from taalcheck.uitleg.summary import Item, Letter

# The words right before a date that make it a deadline; "uiterlijk op de vervaldatum 28 februari" too.
_UITERLIJK = re.compile(
    r"\b(?:uiterlijk|ten laatste|niet later dan|vóór|voor|tot en met|t/m|tot)\s+(?:op\s+|vóór\s+)?"
    r"(?:de\s+(?:vervaldatum|uiterste\s+betaaldatum|betaaldatum|datum)\s+(?:van\s+)?)?$"
    # "De uiterste datum is 20 maart", "De termijn om te reageren eindigt op 20 maart": the last day named as such
    r"|\buiterste\s+\w*datum\s+is\s+(?:op\s+)?$|\btermijn\b(?:\s+\S+){0,5}\s+(?:eindigt|verloopt|sluit)\s+op\s+$",
    re.I,
)
_BEFORE = re.compile(r"(?<!\bop of )\b(?:vóór|voor|tot)\s+$", re.I)  # "tot 1 mei": on 1 mei it is too late ("op of vóór": not)
_NOT_READER = re.compile(r"^\s*(?:wij|we|de gemeente|het college)\b(?!.*\b(?:ontvangen|hebben)\b)", re.I)
# The organisation's own term ("U kunt uiterlijk 20 juli een besluit tegemoetzien"): no deadline for the reader.
_ORGANISATION_TERM = re.compile(r"\b(?:besluit|beslissing|beslist|beslissen|tegemoetzien|uitspraak|bericht)\b", re.I)
# "heden" is the letter's date ("te voldoen uiterlijk heden"), but not in "na heden", "tot op heden".
# "U krijgt de uitkering tot en met 31 december": a period of what the reader gets, no deadline.
_RECEIVE = re.compile(
    r"\b(?:krijgt|ontvangt|geldt|geldig|loopt|duurt|toegekend)\b"
    # "De uitkering wordt uiterlijk 25 maart op uw rekening gestort": what the organisation does
    r"|\b(?:wordt|worden)\s+(?:\S+\s+){0,10}?(?:gestort|overgemaakt|uitbetaald|uitgekeerd|terugbetaald|verrekend)\b",
    re.I,
)
# "van 30 maart tot en met 24 april": a period, not a term.
_PERIOD = re.compile(r"\b(?:van|vanaf)\s+(?:\S+\s+){1,4}(?:tot(?:\s+en\s+met)?|t/m)\s+$", re.I)
_LATER_TERM = re.compile(r"\b(?:uiterlijk|vóór)\s+\S*\d", re.I)
_HEDEN = re.compile(r"(?<!\bna )(?<!\bvanaf )(?<!\bsinds )(?<!\bop )(?<!\btot )(?<!\bmet )\bheden\b", re.I)
# "uiterlijk op die datum": the date named just before.
_THAT_DAY = re.compile(
    r"\b(?P<cue>uiterlijk|ten laatste|vóór|voor|tot en met|op)\s+(?:op\s+)?(?:die|deze|dezelfde)\s+(?:datum|dag)\b", re.I
)
# A term that counts from a change, or from a bill that is not this letter: it gives no date.
_FROM_CHANGE = re.compile(r"\bverander\w*|\bwijzig\w*|\bstop(?:t|pen)?\b|\bverhui[sz]\w*|\bgaat\s+u\s+(?:\w+\s+)?(?:werken|wonen)\b", re.I)
_INVOICE = re.compile(r"^\s*(?:factuur\w*|jaarafrekening|eindafrekening)\b", re.I | re.M)
_INVOICE_DATE = re.compile(r"\bde\s+factuurdatum\b|\bde\s+datum\s+van\s+(?:de(?:ze)?|deze)\s+factuur\b", re.I)
_FROM_BILL = re.compile(r"\bde\s+(?:rekening|factuur|nota)\b", re.I)
# A term whose day the letter does not give: its words, no date.
_UNDATED = re.compile(
    r"\b(?:uiterlijk\s+op|vóór|voor|op)\s+de\s+vervaldatum\b|\bbinnen\s+de\s+(?:gestelde\s+)?termijn\s+die\s+[^.,;]{0,60}",
    re.I,
)
_FOLLOW_UP = re.compile(
    r"\s*(?:dat|dit|het)\s+(?:kan|moet|mag|dient)\b|\s*u\s+kunt\s+(?:dit|dat)\b|\s*(?:doe|stuur)\s+(?:dat|dit|het)\b", re.I
)
# "Indien u verhinderd bent, ...", "Bent u verhinderd, dan ...": a term that holds only then.
_IF = re.compile(r"\s*(?:als|indien|wanneer|mocht|zodra)\b|\s*[^\W\d_]+\s+u\b[^?]*,\s*(?:\w+\s+)?dan\b", re.I)
_THEN = re.compile(r"^\s*(?:\S+\s+){0,3}?dan\b", re.I)
_UNLESS = re.compile(r"\btenzij\b", re.I)


def deadline(letter: Letter, action: Item | None) -> Item | None:
    """The reader's deadline: the earliest one that always holds (or its words, when it gives no date),
    else the earliest under a condition or a wish ("Indien u ... wenst, dient u ...")."""
    found: list[tuple[int, Item]] = []
    paragraph = Paragraph(letter.text)
    asked_before, last = False, ""  # "last": the sentence before, also across a paragraph ("uiterlijk op die datum")
    before_last = ""  # the one before that: the invitation above a heading ("Uw afspraak")
    body = letter.body_sentences()
    for index, (s, e) in enumerate(body):
        sentence = paragraph.enter(s, e)
        check = _IF.match(sentence) is not None and CHECK.search(sentence.split(",")[0]) is not None  # "Indien ... onjuist zijn, ..."
        # the main action's own date, also under a check ("Woont u niet samen? Laat het ons weten vóór 20 april.")
        chosen = action is not None and s <= action.start < e
        if ((paragraph.up_to_reader or check) and not chosen) or actions.is_objection(sentence) or _named_objection(letter, body, index):
            asked_before, last, before_last = False, sentence, last
            paragraph.leave(sentence, e)
            continue  # objecting, a choice, a check, a way out are up to the reader: their terms are no deadline
        asks_here = actions.asks_reader(sentence) or bool(actions.REACTION.search(sentence))
        # "Wilt u aangifte doen? Dat kan tot en met 1 mei.": the sentence after a request gives its term
        follows_up = asked_before and _FOLLOW_UP.match(sentence) is not None
        asks = asks_here or follows_up or bool(action and action.start >= s and action.end <= e)
        # "Wilt u nog stukken indienen? Stuur deze dan uiterlijk ...": a wish put as a question
        after_wish = yes_no_question(paragraph.previous) and _THEN.search(sentence) is not None
        conditional = paragraph.condition or after_wish or WISH.search(sentence) or _IF.match(sentence)
        tier = 1 if conditional and not actions.THREAT.search(sentence) else 0
        items = _absolute(letter, s, e, asks, asks_here) + _that_day(letter, s, e, last, asks)
        items += _relative(letter, s, e, asks)
        # "Datum: 12 maart" under an invitation, or the day on its own line after "... op de zitting van:"
        below = LABEL_DAY.match("\n" + sentence) or last.rstrip().endswith(":")
        if below and any(APPOINTMENT.search(x) and COMES.search(x) for x in (last, before_last)):
            items += _set_out(letter, s, e)
        unless = _UNLESS.search(sentence)  # "..., tenzij u binnen vier weken betaalt": an alternative, no deadline
        found += [(tier, item) for item in items if unless is None or item.start < s + unless.start()]
        asked_before, last, before_last = asks_here, sentence, last
        paragraph.leave(sentence, e)
    if not found:
        return None
    best = min(tier for tier, _ in found)
    dated = [item for tier, item in found if tier == best and item.datum]
    if dated:
        return min(dated, key=lambda item: (item.datum, item.start))
    return min((item for tier, item in found if tier == best), key=lambda item: item.start)


def _named_objection(letter: Letter, body: list[tuple[int, int]], index: int) -> bool:
    """ "Laat het ons binnen 6 weken weten. Dat heet bezwaar maken.": the next sentence names it an objection."""
    if index + 1 >= len(body):
        return False
    (_, end), (start, next_end) = body[index], body[index + 1]
    return not PARAGRAPH_BREAK.search(letter.text[end:start]) and bool(actions.NAMED_OBJECTION.match(letter.text[start:next_end]))


def _absolute(letter: Letter, s: int, e: int, asks: bool, asks_here: bool) -> list[Item]:
    """Written dates with a deadline cue, and appointments."""
    sentence = letter.text[s:e]
    out = []
    for hit in find_dates(sentence, letter.date):
        before = sentence[max(0, hit.start - 45) : hit.start]
        cue = _UITERLIJK.search(before)
        strong = cue is not None and cue.group(0).split()[0].lower() in ("uiterlijk", "ten", "niet", "vóór", "uiterste", "termijn")
        appointment = APPOINTMENT.search(sentence) and not re.search(r"\b(?:van|vanaf)\s+$", before, re.I)
        yours = re.search(r"\b(?:u|uw)\b", sentence, re.I) is not None or COMES.search(sentence) is not None
        on_day = asks_here and re.search(r"\bop\s+$", before, re.I) is not None  # "Zet de bak op 6 april buiten."
        # "over de periode van 2 november tot en met 29 november uiterlijk 4 december": the period is no term
        period = _PERIOD.search(before) is not None and (not asks or _LATER_TERM.search(sentence, hit.end) is not None)
        if not (strong or (cue and asks) or on_day or (appointment and (asks or yours))) or period:
            continue
        announced = appointment and COMES.search(sentence) is not None
        not_yours = _NOT_READER.search(sentence) or _ORGANISATION_TERM.search(sentence) or _RECEIVE.search(sentence)
        if not_yours and not (asks_here or announced):
            continue
        day = hit.day - timedelta(days=1) if _BEFORE.search(before) else hit.day
        if letter.date is not None and day < letter.date:
            continue  # a day before the letter was written is no deadline
        first = max(0, hit.start - 45) + cue.start() if cue else hit.start
        words = sentence[first : hit.end].strip()
        out.append(letter.item(words, s + hit.start, s + hit.end, datum=day.isoformat()))
    return out


def _set_out(letter: Letter, s: int, e: int) -> list[Item]:
    """ "Wij nodigen u uit voor een gesprek. / Datum: 12 maart 2026": the day of the appointment set out below."""
    found = find_dates(letter.text[s:e], letter.date)
    if not found or (letter.date is not None and found[0].day < letter.date):
        return []
    hit = found[0]
    return [letter.item(letter.text[s + hit.start : s + hit.end], s + hit.start, s + hit.end, datum=hit.day.isoformat())]


def _that_day(letter: Letter, s: int, e: int, previous: str, asks: bool) -> list[Item]:
    """ "U dient zich uiterlijk op die datum in te schrijven": the date named just before."""
    sentence = letter.text[s:e]
    match = _THAT_DAY.search(sentence)
    if match is None or not asks or (match.group("cue").lower() == "op" and "uiterlijk" not in sentence.lower()):
        return []
    earlier = find_dates(sentence[: match.start()], letter.date) or find_dates(previous, letter.date)
    if not earlier:
        return []
    day = earlier[-1].day
    if match.group("cue").lower() in ("vóór", "voor"):
        day -= timedelta(days=1)
    if letter.date is not None and day < letter.date:
        return []
    return [letter.item(match.group(0), s + match.start(), s + match.end(), datum=day.isoformat())]


def _relative(letter: Letter, s: int, e: int, asks: bool) -> list[Item]:
    """ "binnen zes weken na de datum van deze brief", "uiterlijk op de vervaldatum" (no date), and "heden"."""
    sentence = letter.text[s:e]
    out = []
    relative = relative_deadline(sentence, letter.date)
    if relative is not None and relative[0] is None and _INVOICE.search(letter.text[: letter.body_start]):
        # the letter is the invoice ("Factuurnummer: ..."): its date is the invoice date
        counted = relative_deadline(_INVOICE_DATE.sub("de datum van deze brief", sentence), letter.date)
        relative = (counted[0], relative[1]) if counted else relative
    if relative is not None and (asks or "uiterlijk" in sentence.lower()):
        day, words = relative
        at = sentence.find(words)
        context = letter.text[max(0, s - 400) : e]
        counted = day is not None and not re.search(r"\b(?:na|nadat|vanaf)\b", words, re.I)
        if counted and (_FROM_CHANGE.search(context) or _FROM_BILL.search(sentence)):
            day = None  # "Geef het door als er iets verandert. Doe dit binnen 4 weken.": from the change
        basis = letter.date.isoformat() if day and letter.date else None
        out.append(letter.item(words, s + at, s + at + len(words), datum=day.isoformat() if day else None, basis=basis))
    undated = _UNDATED.search(sentence)
    if undated and asks and not find_dates(sentence[undated.end() : undated.end() + 25]):
        words = undated.group(0).strip()
        out.append(letter.item(words, s + undated.start(), s + undated.start() + len(words)))
    heden = _HEDEN.search(sentence)
    if heden and letter.date and asks:
        today = letter.date.isoformat()
        out.append(letter.item("heden", s + heden.start(), s + heden.end(), datum=today, basis=today))
    return out
