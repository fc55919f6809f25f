"""Dutch dates in letters: "14 april 2026", "09-03-2026", "dinsdag 3 maart",
and deadlines such as "uiterlijk 1 juni", "vóór 10 maart" and
"binnen zes weken na de datum van deze brief" turned into a real date.

When a deadline can be read two ways, the earlier date is taken: then the
reader is never late. "vóór 10 maart" is 9 maart; a term whose start is not
clear counts from the date of the letter.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from taalcheck.nl.word_classes import MONTH_NAMES

MONTHS = {name: number for number, name in enumerate(MONTH_NAMES, 1)} | {
    "jan": 1,
    "feb": 2,
    "mrt": 3,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dec": 12,
}
NUMBERS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "zestig": 60,
    "negentig": 90,
}
_WEEKDAY = r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
WRITTEN = re.compile(rf"\b{_WEEKDAY}(?P<d>[0-3]?\d)(?:e)?\s+(?P<m>{_MONTH})\.?(?:\s+(?P<y>(?:19|20)\d\d))?\b", re.IGNORECASE)
# "eind maart 2026", "uiterlijk einde april": the last day of that month.
MONTH_END = re.compile(rf"\b(?:eind|einde|eind\s+van|het\s+einde\s+van)\s+(?P<m>{_MONTH})\b(?:\s+(?P<y>(?:19|20)\d\d))?", re.IGNORECASE)
NUMERIC = re.compile(r"(?<![\d.,/-])(?P<d>[0-3]?\d)[-/.](?P<m>[01]?\d)[-/.](?P<y>(?:19|20)\d\d)(?![\d/-])")
_COUNT = "|".join(sorted(NUMBERS, key=len, reverse=True))
RELATIVE = re.compile(
    rf"\b(?:binnen\s+(?:een\s+termijn\s+van\s+|uiterlijk\s+)?|(?:uiterlijk|tot(?:\s+uiterlijk)?)\s+(?=\S+\s+\w+\s+(?:na|nadat)\b))(?P<n>\d{{1,3}}|{_COUNT})\s+(?P<unit>werkdagen|dagen|dag|weken|week|maanden|maand)\b"
    r"(?P<after>\s+(?:na|nadat|vanaf|van)\b[^.;:?!]{0,80})?",
    re.IGNORECASE,
)
# What a term may count from, other than this letter: then no date can be given.
OTHER_START = re.compile(
    r"\b\w*(?:factuur|nota)\w*|\b(?:vervaldatum|ontvangst|betekening|vonnis|uitspraak|beëindiging|einde|afloop|start|begin|"
    r"aanvang|verhuizing|geboorte|overlijden|wijziging|verandering|gesprek|zitting|ontstaan|daarvan|ervan|gebeurtenis)\w*",
    re.IGNORECASE,
)


# "na (de) dagtekening van deze brief", "na verzending hiervan": the term counts from this letter
# ("na dagtekening van de factuur" does not).
THIS_LETTER = re.compile(
    r"\s*(?:na|vanaf|van)\s+(?:de\s+)?(?:(?:dagtekening|datum|verzending|verzenddatum)\b(?!\s+van\s+(?:de|het|uw|een|die)\b)"
    r"|(?:deze|dit|hiervan)\b|(?:brief|beschikking|besluit)\b"
    # "na ontvangst van deze brief": the day it arrives is not in the letter; its date is the earliest start
    r"|ontvangst\s+(?:van\s+)?(?:deze|dit|hiervan)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundDate:
    day: date
    start: int
    end: int


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, reference: date | None = None) -> list[FoundDate]:
    """All dates in ``text``; a date without a year takes the year of ``reference``
    (or the next year, when that day has already passed on the reference date)."""
    found: list[FoundDate] = []
    for match in WRITTEN.finditer(text):
        year = match.group("y")
        month = MONTHS[match.group("m").lower()]
        day_no = int(match.group("d"))
        if year:
            day = _make(int(year), month, day_no)
        elif reference is not None:
            day = _make(reference.year, month, day_no)
            if day is not None and day < reference - timedelta(days=31):
                day = _make(reference.year + 1, month, day_no)
        else:
            day = None
        if day is not None:
            found.append(FoundDate(day, match.start(), match.end()))
    for match in MONTH_END.finditer(text):
        month = MONTHS[match.group("m").lower()]
        year = int(match.group("y")) if match.group("y") else (reference.year if reference else None)
        if year is not None:
            last = date(year, month, calendar.monthrange(year, month)[1])
            if match.group("y") is None and reference is not None and last < reference:
                last = date(year + 1, month, calendar.monthrange(year + 1, month)[1])
            found.append(FoundDate(last, match.start(), match.end()))
    for match in NUMERIC.finditer(text):
        day = _make(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        if day is not None:
            found.append(FoundDate(day, match.start(), match.end()))
    return sorted(found, key=lambda f: f.start)


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_term(start: date, amount: int, unit: str) -> date:
    unit = unit.lower()
    if unit.startswith("werkdag"):
        day, left = start, amount
        while left:
            day += timedelta(days=1)
            if day.weekday() < 5:
                left -= 1
        return day  # public holidays are not counted out: the date can only come out earlier
    if unit.startswith("dag"):
        return start + timedelta(days=amount)
    if unit.startswith("we"):
        return start + timedelta(days=7 * amount)
    return add_months(start, amount)


def relative_deadline(sentence: str, letter_date: date | None) -> tuple[date | None, str] | None:
    """("binnen zes weken na de datum van deze brief") -> (date, the words); date None when
    the term counts from a day the letter does not give (a bill, the end of a course)."""
    match = RELATIVE.search(sentence)
    if match is None:
        return None
    words = match.group(0).strip()
    after = match.group("after") or ""
    raw = match.group("n").lower()
    amount = int(raw) if raw.isdigit() else NUMBERS[raw]
    if after and (OTHER_START.search(after) or after.split()[0].lower() == "nadat") and not THIS_LETTER.match(after):
        return None, words
    if letter_date is None:
        return None, words
    return add_term(letter_date, amount, match.group("unit")), words


def spoken(day: date) -> str:
    """A date the way people write it: "14 april 2026"."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
