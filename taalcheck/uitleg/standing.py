"""Requests that are not what this letter asks now.

A letter that grants something often ends with rules that hold from then on:
report damage to the supplier, apply again for next year, "if you want a new
check later, ask for it in time", "if you have a debt, we advise you to make a
plan". These ask nothing of the reader now: in a letter that asks nothing else
the summary shows no action (corpus/samenvatting/README.md: information only).
Two kinds only rank lower, because annotators take them when nothing else is
asked: reporting a change in the reader's situation (a grant letter's usual
request) and the general duty to look for work, which gives way to the concrete
task next to it ("Schrijf u in bij het UWV", "Vul elke maand het formulier in").
"""

from __future__ import annotations

import re

# "Wenst u daarna opnieuw ..., dan dient u ...", "Indien u stukken wenst in te dienen, ...": the reader's wish.
WISH = re.compile(r"^\s*(?:indien|als|wanneer)\b[^,]*\b(?:wenst|wilt|wil|liever)\b|^\s*(?:wenst|wilt)\s+u\b[^?]*,", re.IGNORECASE)
# "Voor volgende belastingjaren dient u opnieuw ...": a duty for a later year.
LATER_YEARS = re.compile(
    r"\b(?:voor|in|over)\s+(?:de\s+)?(?:volgende|komende|latere|toekomstige)\s+(?:\w*jaren|\w*jaar|perioden|periodes)\b"
    r"|\bvolgend\s+(?:\w*)?jaar\b.{0,60}\bopnieuw\b|\bin\s+de\s+toekomst\b",
    re.IGNORECASE,
)
# "Schade en defecten dient u te melden", "Bij verlies of diefstal moet u ...": only when that happens.
EVENT = re.compile(
    r"^\s*(?:(?:bij|in\s+geval\s+van|indien\s+er|als\s+er)\s+)?(?:\w+\s+){0,2}?"
    r"(?:schade|defect\w*|storing\w*|verlies|diefstal|vermissing|beschadiging\w*|mankement\w*)\b",
    re.IGNORECASE,
)
# "Indien u de rolstoel niet langer gebruikt, dient deze te worden ingeleverd": a rule for a later day.
NO_LONGER = re.compile(
    r"^\s*(?:indien|als|wanneer|zodra)\s+u\s+(?:\S+\s+){0,4}?(?:niet\s+(?:langer|meer)\s+(?:gebruikt|nodig\s+heeft)|overlijdt)\b",
    re.IGNORECASE,
)
# "Indien blijkt dat u te veel heeft ontvangen, dient u het verschil terug te betalen": only if a later check says so.
FINDING = re.compile(
    r"^\s*(?:indien|als|wanneer)\s+(?:later\s+|achteraf\s+)?blijkt\b|^\s*mocht\s+(?:later\s+|achteraf\s+)?blijken\b", re.IGNORECASE
)
# "Heeft u een laag inkomen? Dan hoeft u misschien niets te betalen. Vraag het aan.": a chance the reader may take.
CHANCE = re.compile(
    r"\b(?:misschien|wellicht|mogelijk)\b.{0,60}\b(?:hoeft|in\s+aanmerking|recht\s+op|korting|minder)\b"
    r"|\bhoeft\s+u\s+(?:\w+\s+)?(?:misschien|wellicht|mogelijk)\b",
    re.IGNORECASE,
)
# "Zorg voor elkaar", "Let op elkaar": a wish for how people treat each other, not a request to the reader.
CARE = re.compile(r"^\s*(?:zorg|let|pas|denk|kijk)\s+(?:\w+\s+)?(?:voor|op|aan|naar|om)\s+elkaar\b", re.IGNORECASE)
ADVICE = re.compile(r"\b(?:wij|we|ik)\s+(?:adviseren|raden)\s+u\b|\b(?:adviseren|raden)\s+(?:wij|we|ik)\s+u\b", re.IGNORECASE)
# "Iedere wijziging dient u te melden", "U bent verplicht alle wijzigingen door te geven": a standing duty.
CHANGE_DUTY = re.compile(
    r"\b(?:wijziging\w*|veranderingen?|verhuizing)\b.{0,120}"
    r"\b(?:melden|gemeld|doorgeven|door\s+te\s+geven|doorgegeven|mede\s+te\s+delen|meedelen|in\s+kennis)\b",
    re.IGNORECASE,
)
# "U bent verplicht passende arbeid te zoeken en te aanvaarden", "Zoek werk.": the law's general duty.
WORK_DUTY = re.compile(
    r"\b(?:zoek|zoeken|verkrijgen|aanvaarden)\b.{0,40}\b(?:werk|arbeid)\b\s*[.;]?\s*$"
    r"|\b(?:\w+\s+){0,3}(?:werk|arbeid)\s+te\s+(?:zoeken|verkrijgen|aanvaarden)\b",
    re.IGNORECASE,
)


def not_now(sentence: str, conditional: bool, dated: bool) -> bool:
    """A wish, a duty for later years, a duty only when something breaks, or advice under a condition:
    no action of this letter. A request with its own date or term is always one."""
    if dated:
        return False
    later = LATER_YEARS.search(sentence) or EVENT.search(sentence) or NO_LONGER.search(sentence) or FINDING.search(sentence)
    return bool(WISH.search(sentence) or CARE.search(sentence) or later) or (conditional and bool(ADVICE.search(sentence)))


def standing(sentence: str, dated: bool) -> bool:
    """Reporting changes or looking for work in general: an action, but below the letter's own request."""
    return not dated and bool(CHANGE_DUTY.search(sentence) or WORK_DUTY.search(sentence))
