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
    r"\b(?:betaal|betalen|betaalt|betaling|voldoen|voldoet|terugbetalen|terug te betalen|terugvorder\w*|teruggevorderd|"
    r"openstaand\w*|totaal|te betalen|verschuldigd|krijgt|krijg|ontvangt|toegekend|\w*aanslag|bijschrijven|"
    r"bijgeschreven|overmaken|(?:maak|maakt|maken)\b.{0,40}\bover|recht op|\w*huur|eigen bijdrage|achterstand|bedraagt|kost|opgelegd|leges|"
    r"verrekend|verrekenen|onverschuldigd\w*|\w*beurs|\w*uitkering|\w*vergoeding|op te leggen|opleggen)\b",
    re.I,
)
# Words that make an amount a cost only when something goes wrong, or a maximum: -3 in the sentence.
_CONDITIONAL = re.compile(
    r"\b(?:maximaal|ten hoogste|hoogstens|kan oplopen|eventuele|indien|als u niet|wanneer u niet|niet op tijd|uitblijft|uitblijven)\b",
    re.I,
)
# The same, but only when they come before the amount ("vermeerderd met de incassokosten" after it is a detail).
_EXTRA_BEFORE = re.compile(r"\b(?:verhoogd(?!\s+tot\b)|verhoging|extra|incassokosten|per dag|griffierecht van)\b", re.I)
# "hoger dan € 75,00": a threshold, never the amount.
_THRESHOLD = re.compile(r"\b(?:hoger|lager|meer|minder)\s+(?:te\s+zijn\s+)?dan\s*$|\b(?:boven|onder|vanaf)\s*$", re.I)
# Words that may name the amount but also a side cost ("De kosten bedragen € 84,70 voor een paspoort"):
# they count only with a word of the letter's subject in the sentence.
_WEAK = re.compile(r"\b(?:kosten|bedragen|ad|ten bedrage van)\b", re.I)


def amounts(letter: Letter, action: Item | None, subject: str = "") -> tuple[list[str], Item | None]:
    """All amounts as written (each once, in order), and the main one."""
    seen: list[str] = []
    best: tuple[tuple[int, int], Item] | None = None
    topic = _content_words(subject)
    for match in AMOUNT.finditer(letter.text):
        written = match.group(0).strip()
        if written not in seen:
            seen.append(written)
        if match.start() < letter.body_start:
            continue
        score = _score(letter, match.start(), match.end(), action, topic)
        if score is None:
            continue
        s, e = letter.sentence(match.start(), match.end())
        rank = (score, len(topic & _content_words(letter.text[s:e])))  # on a tie, the one about the subject
        if best is None or rank > best[0]:
            best = (rank, letter.item(written, match.start(), match.end()))
    return seen, best[1] if best else None


def _score(letter: Letter, start: int, end: int, action: Item | None, topic: set[str]) -> int | None:
    s, e = letter.sentence(start, end)
    sentence = letter.text[s:e]
    before = sentence[: start - s]
    near = before[-30:]
    if _THRESHOLD.search(before[-25:]):
        return None
    score = 0
    if _PAY.search(sentence) or (_REFERS_BACK.match(sentence) and s > 0 and _PAY.search(letter.text[slice(*letter.sentence(s - 1))])):
        score += 3
    elif _WEAK.search(sentence) and topic & _content_words(sentence):
        score += 2
    if re.search(r"\b(?:in totaal|totaal|totale|openstaande?)\b", sentence, re.I):
        score += 2
    if action and s <= action.start < e:
        score += 2
    if _CONDITIONAL.search(sentence) or _EXTRA_BEFORE.search(before) or _EXTRA_AFTER.match(letter.text[end : end + 20]):
        score -= 3
    elif s > 0 and _REFERS_BACK_COST.match(sentence) and _IF_NOT.search(letter.text[slice(*letter.sentence(s - 1))]):
        score -= 3  # "Betaalt u niet op tijd? Daarvoor betaalt u € 8,00.": the cost of not acting
    if score < 2:
        return None
    if re.search(r"\b(?:totaal|totale|wordt|bedraagt|betaalt|betalen|krijgt|ontvangt|tot)\b[^€]*$", near, re.I):
        score += 1
    if re.search(r"\b(?:dus|samen)\b[^€]*$", near, re.I):
        score += 2  # "U betaalt dus € 118,00": the sum
    if re.search(
        r"\b(?:inclusief|exclusief|waarvan|bestaande uit|vermeerder\w* met|(?:verhoog|verhoogd|verhogen|verlaag|verlaagd|verlagen)\w*\s+(?:\w+\s+){0,3}met)\b[^€]*$",
        near,
        re.I,
    ):
        score -= 1
    if _PERIODIC.search(letter.text[end : end + 25]) or re.search(r"\bmaandelijks\b", before[-60:], re.I):
        score -= 1  # an instalment gives way to the whole amount
    return score


# "€ 8,00 extra": a cost on top; "Daarvoor betaalt u ..." after "Doet u dat niet, ...": its cost.
_EXTRA_AFTER = re.compile(r"\s*(?:extra|meer)\b", re.I)
_REFERS_BACK_COST = re.compile(r"\s*(?:daarvoor|hiervoor|daarvan|dan\b|(?:die|deze|de)\s+kosten\b)", re.I)
_IF_NOT = re.compile(r"\b(?:niet|geen)\b.{0,40}\b(?:op tijd|tijdig)\b|^\s*(?:\w+\s+){0,2}u\s+(?:dat|dit|het)\s+niet\b", re.I)
_PERIODIC = re.compile(r"^\s*(?:\w+\s+)?per\s+(?:maand|week|kwartaal|jaar|dag|uur)\b", re.I)
_REFERS_BACK = re.compile(r"\s*(?:dat|dit)\s+(?:is|zijn|wordt|bedraagt)\b", re.I)
_SMALL_WORDS = frozenset("aanvraag uw onze deze over voor van het een de en op in met bij naar".split())


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


_HELPER = re.compile(r"\bschuld\w*|\bschuldhulp\w*|\bhulp\b|\bjuridisch\s+loket\b|\badvies\b", re.I)


def _phone_rank(letter: Letter, s: int, e: int, context: str, in_body: bool) -> int | None:
    sentence = letter.text[s:e]
    previous = next((letter.text[a:b] for a, b in reversed(letter.segs) if b <= s), "")
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
