"""The short summary at the top of an explained letter.

Who sent it, what it is about, what you must do, before which date, how much
money, who to call: each taken from the letter with the sentence it came
from. A field the letter does not give stays ``None``; nothing is made up.
Pure Python over the letter's sentences (``nl.segment``), no spaCy.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from taalcheck.nl.segment import segments
from taalcheck.uitleg import actions
from taalcheck.uitleg.dates import find_dates, spoken
from taalcheck.uitleg.deadline import deadline
from taalcheck.uitleg.money import amounts, phone

SALUTATION = re.compile(r"^\s*(?:geachte?|beste|hallo|dag|l\.s\.|aan)\b", re.IGNORECASE | re.MULTILINE)
# "Aan het bestuur" may be a line of the address: the body opens at a real greeting when there is one.
GREETING = re.compile(r"^\s*(?:geachte?|beste|hallo)\b", re.IGNORECASE | re.MULTILINE)
LABELLED = re.compile(
    r"^\s*(?P<label>onderwerp|betreft|inzake|datum|dagtekening|verzenddatum)\s*:?\s+(?P<value>\S.*)$", re.IGNORECASE | re.MULTILINE
)


@dataclass
class Item:
    """One summary field: the value as it stands in the letter, and the sentence it came from."""

    waarde: str
    zin: str
    start: int
    end: int
    # For a deadline: the date (ISO), and the letter date it was counted from, if any.
    datum: str | None = None
    basis: str | None = None


@dataclass
class Summary:
    afzender: Item | None = None
    onderwerp: Item | None = None
    actie: Item | None = None
    acties: list[Item] = field(default_factory=list)
    datum: Item | None = None
    bedrag: Item | None = None
    bedragen: list[str] = field(default_factory=list)
    telefoon: Item | None = None
    briefdatum: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Letter:
    """The text with its sentences, header and body."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.segs = _join_after_abbreviation(text, [(s.start, s.end) for s in segments(text)])
        salutation = GREETING.search(text) or SALUTATION.search(text)
        self.body_start = salutation.start() if salutation else 0
        self.date = self._letter_date()

    def sentence(self, start: int, end: int | None = None) -> tuple[int, int]:
        end = start if end is None else end
        for s, e in self.segs:
            if s <= start < e or (s <= start and end <= e):
                return s, e
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", start)
        return line_start, len(self.text) if line_end < 0 else line_end

    def previous(self, start: int) -> str:
        """The sentence that ends before ``start`` ("" at the top)."""
        return next((self.text[a:b] for a, b in reversed(self.segs) if b <= start), "")

    def following(self, end: int) -> str:
        """The sentence that starts at or after ``end`` ("" at the bottom)."""
        return next((self.text[a:b] for a, b in self.segs if a >= end), "")

    def item(self, value: str, start: int, end: int, **extra: Any) -> Item:
        s, e = self.sentence(start, end)
        return Item(value, " ".join(self.text[s:e].split()), start, end, **extra)

    def body_sentences(self) -> list[tuple[int, int]]:
        return [(s, e) for s, e in self.segs if s >= self.body_start]

    def _letter_date(self) -> date | None:
        header = self.text[: self.body_start] if self.body_start else self.text[:600]
        for match in LABELLED.finditer(header):
            if match.group("label").lower() in ("datum", "dagtekening", "verzenddatum"):  # not "Betreft: ..., geboren 14 oktober 1979"
                found = find_dates(match.group("value"))
                if found:
                    return found[0].day
        for line in header.splitlines():  # "Lindebroek, 11 mei 2026" or a date on its own line
            found = find_dates(line)
            if found and len(line.split()) <= 6:
                return found[0].day
        return None


# Abbreviations that never end a sentence in a letter but that the checker's segmenter may split after.
_OPEN_ABBREVIATIONS = ("t.n.v.", "o.v.v.", "tnv.")


def _join_after_abbreviation(text: str, segs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in segs:
        if out and text[out[-1][0] : out[-1][1]].lower().endswith(_OPEN_ABBREVIATIONS) and "\n\n" not in text[out[-1][1] : start]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def summarize(text: str) -> Summary:
    letter = Letter(text)
    summary = Summary(briefdatum=letter.date.isoformat() if letter.date else None)
    summary.afzender = sender(letter)
    summary.onderwerp = subject(letter)
    summary.acties = actions.find(letter)
    summary.actie = summary.acties[0] if summary.acties else None
    summary.datum = deadline(letter, summary.actie)
    subject_text = summary.onderwerp.waarde if summary.onderwerp else ""
    summary.bedragen, summary.bedrag = amounts(letter, summary.actie, subject_text)
    summary.telefoon = phone(letter)
    return summary


# --- who and what ---------------------------------------------------------------

_ADDRESS = re.compile(r"\b(?:postbus|antwoordnummer)\b|\b\d{4}\s?[A-Z]{2}\b|^\s*[\w .'-]+\s\d+[a-zA-Z]?\s*$", re.I)


def sender(letter: Letter) -> Item | None:
    """The organisation on the first line of the letterhead. A letter without an address in its head
    (an e-mail, a note to residents) often opens with a title: then the organisation under the closing
    greeting, if one is named there."""
    head = _letterhead(letter)
    if head is not None and _ADDRESS.search(letter.text[: letter.body_start or head.end]):
        return head
    mayor = _mayor_of_residents(letter)
    if mayor is not None:
        return mayor
    signed = _signature(letter)
    if signed is not None:
        return None if _UNNAMED.search(signed.waarde) else signed  # "Burgemeester en Wethouders van de gemeente"
    return head if head is not None and _ORGANISATION.search(head.waarde) else None


def _letterhead(letter: Letter) -> Item | None:
    offset = 0
    for line in letter.text[: letter.body_start or len(letter.text)].splitlines(keepends=True):
        stripped = line.strip()
        start = offset + line.find(stripped) if stripped else offset
        offset += len(line)
        if len(re.findall(r"[^\W\d_]{2,}", stripped)) == 0 or find_dates(stripped) or _ADDRESS.search(stripped):
            continue
        if LABELLED.match(stripped) or SALUTATION.match(stripped):
            break
        return Item(stripped, stripped, start, start + len(stripped))
    return None


# "Burgemeester en Wethouders van de gemeente": the municipality without its name names no organisation.
_UNNAMED = re.compile(r"\b(?:de|onze|uw)\s+gemeente\s*,?\s*$", re.IGNORECASE)
# "Beste inwoners van Scherpenzeel": a letter to the residents of a place.
_RESIDENTS = re.compile(r"\binwoners?\s+van\s+(?P<place>[A-Z\u00c0-\u017f][\w'\u2019-]+(?:[ -][A-Z\u00c0-\u017f][\w'\u2019-]+)*)")
_MAYOR = re.compile(r"^\s*(?:de\s+)?(?:loco-?)?(?:burgemeester|wethouder)\b", re.IGNORECASE | re.MULTILINE)


def _mayor_of_residents(letter: Letter) -> Item | None:
    """A letter to the residents of a place ("Beste inwoners van Scherpenzeel"), signed by its (loco-)mayor or
    an alderman who does not name the place ("Burgemeester Sietske Hoekstra"): the municipality sends it."""
    greeting = _RESIDENTS.search(letter.text, letter.body_start, letter.text.find("\n", letter.body_start))
    if greeting is None:
        return None
    place = greeting.group("place")
    last_lines = [line.strip() for line in letter.text.splitlines() if line.strip()][-6:]
    signs = [line for line in last_lines if _MAYOR.match(line) and len(line.split()) <= 5]
    if not signs or any(place in line for line in signs):
        return None  # no mayor under the letter, or one who names the place himself ("Burgemeester Nieuwegein")
    return Item(f"Gemeente {place}", " ".join(greeting.group(0).split()), greeting.start("place"), greeting.end("place"))


_CLOSING = re.compile(r"\bgroet(?:en)?\s*[,.]?\s*$|^\s*hoogachtend\b", re.IGNORECASE | re.MULTILINE)
_ORGANISATION = re.compile(
    r"\b(?:gemeente|college|burgemeester|provincie|waterschap|hoogheemraadschap|wetterskip|ministerie|\w*dienst|\w*bureau|stichting|"
    r"woningcorporatie|woningstichting|rechtbank|politie|uwv|svb|duo|cjib|cak|ind|rdw|b\.v\.|n\.v\.)\b",
    re.IGNORECASE,
)


# Lowercase words before a capitalised name: a person's title ("dijkgraaf", "directeur").
_TITLE = re.compile(r"^(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])")


def _signature(letter: Letter) -> Item | None:
    """The first line naming an organisation in the few lines under the last closing greeting, or in the
    last two lines of a letter without one."""
    closings = list(_CLOSING.finditer(letter.text))
    if closings:
        offset = letter.text.find("\n", closings[-1].end())
    else:  # no greeting: the last lines ("Een fijn weekend! / Projectbureau Westergouwe")
        offset = letter.text.rstrip().rfind("\n", 0, letter.text.rstrip().rfind("\n"))
    if offset < 0:
        return None
    for line in letter.text[offset + 1 :].splitlines(keepends=True)[:5]:
        stripped = line.strip().rstrip(",")
        if stripped and _ORGANISATION.search(stripped) and "{" not in stripped:
            titled = _TITLE.match(stripped)  # "dijkgraaf Hoogheemraadschap De Stichtse Rijnlanden": the organisation
            if titled and _ORGANISATION.match(stripped[titled.end() :]):
                stripped = stripped[titled.end() :]
            start = offset + 1 + line.find(stripped)
            return Item(stripped, stripped, start, start + len(stripped))
        offset += len(line)
    return None


def subject(letter: Letter) -> Item | None:
    for match in LABELLED.finditer(letter.text):
        if match.group("label").lower() in ("onderwerp", "betreft", "inzake"):
            value = match.group("value").strip()
            return letter.item(value, match.start("value"), match.start("value") + len(value))
    for s, e in letter.body_sentences()[1:2]:  # the first sentence after the salutation
        words = letter.text[s:e]
        return letter.item(" ".join(words.split()), s, e)
    return None


# --- when ---------------------------------------------------------------------------


def show_date(item: Item) -> str:
    return spoken(date.fromisoformat(item.datum)) if item.datum else item.waarde
