"""All rules in one table: code -> rule. Codes are stable and never reused."""

from __future__ import annotations

from taalcheck.rules.abbreviations import Abbreviation, UnknownAbbreviation
from taalcheck.rules.base import Rule
from taalcheck.rules.hard_words import HardWord
from taalcheck.rules.jargon import Jargon
from taalcheck.rules.misleading import Misleading
from taalcheck.rules.nominalisation import Nominalisation
from taalcheck.rules.passive import Passive
from taalcheck.rules.sentences import LongSentence
from taalcheck.rules.settings import UnknownSuppressionCode

# Order matters: earlier rules claim words so later ones do not flag them twice.
RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        LongSentence(),
        Misleading(),
        Jargon(),
        Abbreviation(),
        UnknownAbbreviation(),
        HardWord(),
        Passive(),
        Nominalisation(),
        UnknownSuppressionCode(),
    )
}

CATEGORIES = tuple(dict.fromkeys(rule.category for rule in RULES.values()))



def known_codes() -> tuple[str, ...]:
    """Every rule code and category that select, ignore and 'negeer' accept."""
    return (*RULES, *CATEGORIES)


def normalise_code(value: str) -> str:
    """W101 in capitals, a category in small letters."""
    value = value.strip()
    return value.upper() if value.upper() in RULES else value.lower()


def unknown_code_message(value: str) -> str | None:
    """None for a known code or category, else a Dutch sentence with "Bedoelt u ...?"."""
    from taalcheck.rules.settings import close_codes

    if normalise_code(value) in known_codes():
        return None
    close = close_codes(value)
    hint = f" Bedoelt u '{close[0]}'?" if close else " Kijk met 'taalcheck regels' welke er zijn."
    return f"'{value}' is geen regel en geen soort.{hint}"


def check_codes(values, where: str) -> frozenset[str]:
    """``values`` normalised; raises ValueError (plain Dutch, naming ``where``) for an unknown one."""
    out = set()
    for value in values or ():
        for part in str(value).split(","):
            if not part.strip():
                continue
            message = unknown_code_message(part.strip())
            if message is not None:
                raise ValueError(f"{where}: {message}")
            out.add(normalise_code(part))
    return frozenset(out)


__all__ = ["RULES", "CATEGORIES", "Rule", "known_codes", "check_codes", "unknown_code_message"]
