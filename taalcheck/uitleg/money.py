"""The amount and the phone number in the summary of a letter.

The amount is the one the reader must pay or gets, as written ("€ 163,50"):
a total before its parts, not a threshold ("hoger dan € 75,00"), not a cost
that only comes when something goes wrong, not an amount in a side remark.
The phone number is one the reader can call about the letter, as written: not
a fax, an IBAN, a case number or a date.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from taalcheck.uitleg.dates import find_dates
from taalcheck.uitleg.paragraph import BULLET, yes_no_question

if TYPE_CHECKING:  # pragma: no cover
    from taalcheck.uitleg.summary import Item, Letter

AMOUNT = re.compile(
    r"(?:€|EUR\b|euro\b)\s?-?\d{1,3}(?:[.\s]\d{3})*(?:,(?:\d{1,2}|-{1,2}))?(?!\d|,\d)"
    r"|(?<![\d.,])\d{1,3}(?:\.\d{3})*(?:,\d{2})?\s?(?:euro|EUR)\b"
    r"|USD\s?\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{2})?",
)
IBAN = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d){6,20}\b")
PHONE = re.compile(
    r"(?<![\w+/-])(?:(?:\+31\s?(?:\(0\)\s?)?|0)\d(?:[\s-]{0,3}\d){6,11}|\(0\d{1,3}\)\s?\d(?:[\s-]{0,3}\d){4,8})(?![\d-])"
    r"|(?<![\w/-])14\s?0\d{2,3}(?![\d-])"
    r"|(?<=tel\. )\d{7}(?![\d-])"
)
PHONE_CUE = re.compile(
    r"\b(?:bel|belt|bellen|tel|telefoon|telefonisch|telefoonnummer|bereikbaar|bereiken|nummer|contact|vragen)\b|\bvia\s*$",
    re.I,
)
NOT_PHONE_CUE = re.compile(r"\b(?:fax|iban|rekening|kenmerk|bsn|burgerservicenummer|kvk|dossiernummer)\b", re.I)

# What the reader pays or gets: +3 in the sentence (or in the one before "Dat is € ...").
_PAY = re.compile(
    r"\b(?:betaal|betalen|betaalt|betaling|voldoen|voldoet|terugbetalen|terug te betalen|terugvorder\w*|terug te vorderen|teruggevorderd|over te maken|"
    r"openstaand\w*|totaal|te betalen|verschuldigd|krijgt|krijg|ontvangt|toegekend|\w*aanslag|bijschrijven|"
    r"bijgeschreven|overmaken|(?:maak|maakt|maken)\b.{0,40}\bover|recht op|\w*huur|eigen bijdrage|achterstand|bedraagt|kost|opgelegd|leges|"
    r"verrekend|verrekenen|onverschuldigd\w*|\w*beurs|\w*uitkering|\w*vergoeding|vergoed|vergoeden|op te leggen|opleggen|"
    r"verhaald|verhalen|gevorderd\w*|\w*vordering|hoofdsom|restitu\w*|gerestitueerd|teruggestort|terugstort\w*|terugbetaald|"
    r"aflossen|aflossing|afbetalen|\w*schuld|\w*boete|\w*toeslag)\b",
    re.I,
)
# Money the reader owes: +1 over money that only describes the reader's situation ("Uw pensioen bedraagt ...").
_OWE = re.compile(
    r"\b(?:terugvorder\w*|teruggevorderd|terug te vorderen|terug te betalen|terugbetalen|te betalen|verschuldigd|openstaand\w*|gevorderd\w*|hoofdsom)\b",
    re.I,
)
# "Wij verzoeken u het bedrag van € 588,95 ... over te maken": an order to pay that names its amount.
_ORDER_TO_PAY = re.compile(r"\b(?:over\s+te\s+maken|te\s+betalen|te\s+voldoen|maak\b.{0,80}\bover|betaal)\b", re.I)
# Words that make an amount a cost only when something goes wrong, or a maximum: -3 in the sentence.
_CONDITIONAL = re.compile(
    r"\b(?:maximaal|ten hoogste|hoogstens|kan oplopen|eventuele|indien|als u niet|wanneer u niet|niet op tijd|uitblijft|uitblijven)\b",
    re.I,
)
# The same, but only when they come before the amount ("vermeerderd met de incassokosten" after it is a detail);
# an income, a capital or a value is the basis of a calculation (also "uw inkomen over 2024, ..., te weten"), and "in plaats van" names the old amount.
_EXTRA_BEFORE = re.compile(
    r"\b(?:verhoogd(?!\s+tot\b)|verhoging|extra|incassokosten|per dag|(?<!betaalde )griffierecht van)\b|\w*rente\b(?:\s+\w+){0,4}\s*$"
    r"|(?:\w*inkomen|\w*vermogen|\w*waarde)\b(?:(?:\s+\w+){0,3}|[^€.;]{0,160}\bte\s+weten)\s*$|\bin plaats van\s*$",
    re.I,
)
# "hoger dan € 75,00": a threshold, never the amount.
_THRESHOLD = re.compile(r"\b(?:hoger|lager|meer|minder)\s+(?:(?:is|zijn|wordt|te\s+zijn)\s+)?dan\s*$|\b(?:boven|onder|vanaf)\s*$", re.I)
# Words that may name the amount but also a side cost ("De kosten bedragen € 84,70 voor een paspoort"):
# they count only with a word of the letter's subject in the sentence.
_WEAK = re.compile(r"\b(?:kosten|bedragen|ad|ten bedrage van)\b", re.I)
# "€ 0,23 per kilometer": a rate, not an amount to pay or get; "ten behoeve van uw gemachtigde": someone else's.
_RATE = re.compile(r"^\s*(?:\w+\s+)?per\s+(?:kilometer|km|kilo|kg|liter|stuk|uur|m2|m3|m²|m³|vierkante|kubieke)\b", re.I)
_ELSEWHERE = re.compile(r"^\W*(?:ten\s+behoeve\s+van|t\.b\.v\.|voor)\s+uw\s+(?:gemachtigde|advocaat|raadsman|raadsvrouw)\b", re.I)
# "verminderen de aanslag met € 206,82 tot € 405,56. Het te veel betaalde bedrag wordt teruggestort.": the refund.
_REDUCED_BY = re.compile(r"\b(?:verminder|verlaa?g)\w*\s+(?:\S+\s+){0,4}?met\s+(?:een\s+bedrag\s+van\s+)?$", re.I)
_REFUND = re.compile(
    r"\bte\s+veel\s+betaald\w*|\bteruggestort\b|\bterugstort\w*|\bterugbetaald\b|\brestitu\w*|\bgerestitueerd\b"
    r"|\b(?:stort|storten|betalen|krijgt)\b[^.;]{0,60}\bterug\b",
    re.I,
)
# "dient u dit bedrag terug te betalen": the action names an amount given just before it.
_THIS_AMOUNT = re.compile(r"\b(?:dit|dat|deze|die)\s+bedrag(?:en)?\b", re.I)


def amounts(letter: Letter, action: Item | None, subject: str = "") -> tuple[list[str], Item | None]:
    """All amounts as written (each once, in order), and the main one."""
    seen: list[str] = []
    best: tuple[tuple[int, int], Item] | None = None
    topic = _content_words(subject)
    context = _ActionContext(letter, action)
    for match in AMOUNT.finditer(letter.text):
        written = match.group(0).strip()
        if written not in seen:
            seen.append(written)
        if match.start() < letter.body_start:
            continue
        score = _score(letter, match.start(), match.end(), context, topic)
        if score is None:
            continue
        s, e = letter.sentence(match.start(), match.end())
        rank = (score, len(topic & _content_words(letter.text[s:e])))  # on a tie, the one about the subject
        if best is None or rank > best[0]:
            best = (rank, letter.item(written, match.start(), match.end()))
    return seen, best[1] if best else None


class _ActionContext:
    """What the main action says about money: its sentence, its words, and whether it points back at
    an amount given just before it ("dient u dit bedrag terug te betalen")."""

    def __init__(self, letter: Letter, action: Item | None) -> None:
        self.span = letter.sentence(action.start) if action else None
        sentence = letter.text[slice(*self.span)] if self.span else ""
        own = bool(AMOUNT.search(action.zin)) if action else True  # an action with its own amount needs no link
        words = set() if own or action is None else _content_words(action.zin)
        self.words = {w[:6] for w in words if w not in _GENERIC and not _PAY.search(w) and not _OWE.search(w)}
        self.before = None  # the sentence with the nearest amount in the two before the action
        if self.span and _THIS_AMOUNT.search(sentence) and not AMOUNT.search(sentence):
            earlier = [(a, b) for a, b in letter.segs if b <= self.span[0]][-2:]
            self.before = next(((a, b) for a, b in reversed(earlier) if AMOUNT.search(letter.text[a:b])), None)

    def bonus(self, s: int, e: int, sentence: str, about_money: bool) -> int:
        if self.span is None:
            return 0
        if self.span[0] <= s < self.span[1]:
            return 4 if _OWE.search(sentence) or _ORDER_TO_PAY.search(sentence) else 2  # the amount the order names
        if self.before is not None and self.before[0] <= s < self.before[1]:
            return 4  # "U heeft € 1.392,00 ontvangen. U dient dit bedrag terug te betalen."
        # "De regeling houdt in dat u betaalt in termijnen van € 180,00. De eerste termijn dient ...": about the action
        return 2 if about_money and self.words & {w[:6] for w in _content_words(sentence)} else 0


def _score(letter: Letter, start: int, end: int, action: _ActionContext, topic: set[str]) -> int | None:
    s, e = letter.sentence(start, end)
    sentence = letter.text[s:e]
    before = sentence[: start - s]
    after = letter.text[end : end + 40]
    if _THRESHOLD.search(before[-25:]):
        return None
    score = _base(letter, s, sentence, topic)
    score += action.bonus(s, e, sentence, score > 0)
    if _CONDITIONAL.search(sentence) or _EXTRA_BEFORE.search(before) or _EXTRA_AFTER.match(after) or _RATE.match(after):
        score -= 3
    elif (
        _REFERS_BACK_COST.match(sentence) and (_IF_NOT.search(letter.previous(s)) or yes_no_question(letter.previous(s)))
    ) or _IF_NOT_QUESTION.match(_paragraph_before(letter, s)):
        return None  # "Betaalt u niet op tijd? Daarvoor betaalt u € 8,00.", "Wilt u een grotere bak? Dan betaalt u € 25,00."
    if _ELSEWHERE.match(after):
        score -= 2
    if score < 2:
        return None
    return score + _near(letter, before, end, e)


def _base(letter: Letter, s: int, sentence: str, topic: set[str]) -> int:
    """What the sentence says about the amount: paid or got, a total, money owed."""
    score = 0
    if (
        _PAY.search(sentence)
        or (_REFERS_BACK.match(sentence) and _PAY.search(letter.previous(s)))
        or (BULLET.match(sentence) and _PAY.search(_list_intro(letter, s)))
    ):
        score += 3 + bool(_OWE.search(sentence))
    elif _WEAK.search(sentence) and topic & _content_words(sentence):
        score += 2
    return score


def _paragraph_before(letter: Letter, s: int) -> str:
    """The text of the paragraph up to ``s``."""
    return letter.text[letter.text.rfind("\n\n", 0, s) + 2 : s]


def _list_intro(letter: Letter, s: int) -> str:
    """The sentence above a list ("Wat betaalt u?" over "- Vanaf februari: € 136,00 per maand."), or ""."""
    for a, b in reversed([(a, b) for a, b in letter.segs if b <= s][-8:]):
        if not BULLET.match(letter.text[a:b]):
            return letter.text[a:b]
    return ""


def _near(letter: Letter, before: str, end: int, e: int) -> int:
    """The words right around the amount: "in totaal", "dus", "tot", "inclusief", "per maand"."""
    near = before[-30:]
    score = 0
    # "Het totale bedrag, inclusief servicekosten ad € 38,20, wordt € 675,66": the part is not the total, the amount after it is.
    whole = _ASIDE.sub(",", before)
    if (_TOTAL_BEFORE.search(whole) and not _PART_OF.search(before)) or re.match(
        r"\s*(?:in\s+totaal|totaal)\b", letter.text[end : end + 15], re.I
    ):
        score += 2
    elif re.search(r"\bopenstaande?\b[^€]*$", before, re.I):
        score += 1
    if _LIST_TOTAL.search(letter.text[letter.text.rfind("\n", 0, end - 1) + 1 : end]):
        score += 2  # "- totaal: € 406,18" under a list: the sum of the lines above
    if re.search(r"\b(?:totaal|totale|wordt|bedraagt|betaalt|betalen|krijgt|ontvangt|tot(?!\s+nu\s+toe))\b[^€]*$", near, re.I):
        score += 1
    if re.search(r"\b(?:dus|samen)\b[^€]*$", near, re.I):
        score += 2  # "U betaalt dus € 118,00": the sum
    if _PART_OF.search(near):
        score -= 1
    if _OLD.search(near):
        score -= 1  # "Uw uitkering bedraagt thans € 1.514,52": the amount that is about to change
    elif _NEW.search(near):
        score += 2  # "wordt uw uitkering verlaagd tot € 798,14": the amount from now on
    if _REDUCED_BY.search(before) and _REFUND.search(letter.text[end:e] + letter.following(e)):
        score += 3  # reduced by this amount, and what was paid too much comes back: the refund
    if _PERIODIC.search(letter.text[end : end + 25]) or re.search(r"\bmaandelijks\w*\b|\bper\s+maand\s*$", before[-60:], re.I):
        score -= 1  # an instalment gives way to the whole amount
    return score


# "inclusief servicekosten ad", "verhoogd met": a part of another amount, or a change.
_PART_OF = re.compile(
    r"\b(?:inclusief|exclusief|waarvan|bestaande uit|vermeerder\w* met|(?:verhoog|verhoogd|verhogen|verlaag|verlaagd|verlagen)\w*\s+(?:\w+\s+){0,3}met)\b[^€]*$",
    re.I,
)
_OLD = re.compile(
    r"\b(?:thans|tot\s+nu\s+toe|nu\s+nog|bedroeg|was)\b[^€]*$|^\W*nu\s+(?:krijgt|ontvangt|betaalt|bedraagt|is)\b[^€]*$"
    r"|\b(?:oud|oude\s+bedrag)\s*:\s*$",  # "Eigen bijdrage oud: € 314,00"
    re.I,
)
_NEW = re.compile(
    r"\b(?:verlaagd|verhoogd|aangepast|gewijzigd|veranderd)\s+(?:\w+\s+){0,3}?(?:tot|naar|in)\s*$|\b(?:nieuw|nieuwe\s+bedrag)\s*:\s*$", re.I
)
_ASIDE = re.compile(r",\s*(?:inclusief|exclusief|waarvan)\b[^,]*,")
# "het totale te betalen bedrag ... € 753,41", "in totaal € 118,00": the total, when no other amount stands between.
_TOTAL_BEFORE = re.compile(r"\b(?:in totaal|totaal|totale|totaalbedrag)\b[^€]*$", re.I)
_LIST_TOTAL = re.compile(r"^\s*(?:[-*•·–]\s*)?(?:in\s+)?(?:totaal|totaalbedrag|te\s+betalen|samen)\b[^€\n]*[:=]\s*\S*\s?[\d.,]+\s*$", re.I)
# "€ 8,00 extra": a cost on top; "Daarvoor betaalt u ..." after "Doet u dat niet, ...": its cost.
_EXTRA_AFTER = re.compile(r"\s*(?:extra|meer)\b", re.I)
_REFERS_BACK_COST = re.compile(r"\s*(?:daarvoor|hiervoor|daarvan|dan\b|(?:die|deze|de)\s+kosten\b)", re.I)
_IF_NOT = re.compile(r"\b(?:niet|geen)\b.{0,40}\b(?:op tijd|tijdig)\b|^\s*(?:\w+\s+){0,2}u\s+(?:dat|dit|het)\s+niet\b", re.I)
# "Haalt u het paspoort niet binnen 3 maanden op? Dan ... Dat kost € 84,70.": a paragraph about not acting.
_IF_NOT_QUESTION = re.compile(r"\s*[^?.!\n]*\b(?:niet|geen)\b[^?.!\n]*\?")
_PERIODIC = re.compile(r"^\s*(?:\w+\s+)?per\s+(?:maand|week|kwartaal|jaar|dag|uur)\b", re.I)
_REFERS_BACK = re.compile(r"\s*(?:dat|dit)\s+(?:is|zijn|wordt|bedraagt|komt\s+neer\s+op)\b", re.I)
_SMALL_WORDS = frozenset("aanvraag uw onze deze over voor van het een de en op in met bij naar".split())
# Words in almost every sentence about money: sharing them says nothing about which amount the action is about.
_GENERIC = frozenset(
    "bedrag bedragen betalen betaalt betaling binnen uiterlijk dagtekening rekeningnummer rekening vermelding "
    "gemeente dienen moeten wordt worden heeft hebben brief datum onder overmaken".split()
)


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{6,}", text.lower()) if w not in _SMALL_WORDS}


def phone(letter: Letter) -> Item | None:
    """The number to call about this letter. First one in a sentence that says to call, then one in the
    text with a cue ("voor vragen", "contact", "bereikbaar"), then one labelled in the letterhead; the
    number of a helping organisation ("hulp bij schulden", "Juridisch Loket") only when there is no other."""
    masked = IBAN.sub(lambda m: " " * len(m.group(0)), letter.text)
    candidates: list[tuple[int, Item]] = []
    for match in PHONE.finditer(masked):
        written = match.group(0).strip()
        digits = re.sub(r"\D", "", written)
        local = len(digits) == 7 and re.search(r"\btel\.?:?\s*$", letter.text[max(0, match.start() - 6) : match.start()], re.I)
        if not (digits.startswith("14") and len(digits) <= 6) and not _phone_digits_ok(digits) and not local:
            continue
        s, e = letter.sentence(match.start(), match.end())
        context = letter.text[max(s, match.start() - 60) : match.start()]
        line = letter.text[max(letter.text.rfind("\n", 0, match.start()) + 1, match.start() - 25) : match.start()]
        if NOT_PHONE_CUE.search(line) or find_dates(letter.text[match.start() : match.end() + 1]):
            continue
        rank = _phone_rank(letter, s, e, context, match.start() >= letter.body_start > 0)
        if rank is not None:
            candidates.append((rank, letter.item(written, match.start(), match.end())))
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c[0], c[1].start))[1]


_OTHER_OFFICE = re.compile(
    r"\b(?:op|aan)vragen\s+bij\s+(?:de\s+|het\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:via|op|onder)\s+(?:telefoonnummer\s+)?$"
)
_HELPER = re.compile(r"\bschuld\w*|\bschuldhulp\w*|\bhulp\b|\bjuridisch\s+loket\b|\badvies\b", re.I)


def _phone_rank(letter: Letter, s: int, e: int, context: str, in_body: bool) -> int | None:
    sentence = letter.text[s:e]
    previous = letter.previous(s)
    if _OTHER_OFFICE.search(context):
        return None  # "Deze verklaring kunt u opvragen bij de Belastingdienst via ...": another office, for a paper
    if _HELPER.search(sentence) or _HELPER.search(previous):
        return 3 if re.search(r"\bbel", sentence, re.I) or PHONE_CUE.search(context) else None
    if re.search(r"\bbel", sentence, re.I):
        return 0
    if not PHONE_CUE.search(context):
        return None
    return 1 if in_body else 2


def _phone_digits_ok(digits: str) -> bool:
    if digits.startswith("31"):
        digits = "0" + digits[2:].lstrip("0")
    if digits.startswith(("0800", "0900", "0906", "0909")):
        return len(digits) in (8, 11)
    return len(digits) == 10 and digits.startswith("0")
