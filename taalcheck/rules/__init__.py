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
    )
}

CATEGORIES = tuple(dict.fromkeys(rule.category for rule in RULES.values()))

__all__ = ["RULES", "CATEGORIES", "Rule"]
