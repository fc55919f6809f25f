"""The registry of rules: code -> rule. Codes are stable and never reused.

Everything that lists rules or categories asks here: the engine, the
reporters, the LanguageTool API, ``taalcheck regels``. A new rule is one file
in this package plus one line in ``BUILTIN`` below; a rule from elsewhere (a
plugin, a test) is added with ``register(rule)``.

Rules run in the order of their ``priority`` (low first; equal priorities in
registration order). Earlier rules claim words, so later ones do not flag
them twice.
"""

from __future__ import annotations

from taalcheck.rules.abbreviations import Abbreviation, UnknownAbbreviation
from taalcheck.rules.attributes import LongAttribute, PointingWord
from taalcheck.rules.base import METRICS, Category, Rule
from taalcheck.rules.hard_words import HardWord
from taalcheck.rules.jargon import Jargon
from taalcheck.rules.misleading import Misleading
from taalcheck.rules.nominalisation import Nominalisation
from taalcheck.rules.passive import Passive
from taalcheck.rules.sentences import LongSentence
from taalcheck.rules.settings import UnknownSuppressionCode

BUILTIN: tuple[Rule, ...] = (
    LongSentence(),
    Misleading(),
    Jargon(),
    LongAttribute(),
    PointingWord(),
    Abbreviation(),
    UnknownAbbreviation(),
    HardWord(),
    Passive(),
    Nominalisation(),
    UnknownSuppressionCode(),
)

# code -> rule, in running order. Kept up to date in place by ``register``.
RULES: dict[str, Rule] = {}
_registered: list[Rule] = []
# Changes with every registration, so caches of earlier results can tell.
version = 0


def _rebuild() -> None:
    global version
    ordered = sorted(enumerate(_registered), key=lambda pair: (pair[1].priority, pair[0]))
    RULES.clear()
    RULES.update((rule.code, rule) for _, rule in ordered)
    version += 1


def _validate(rule: Rule) -> None:
    if not rule.code or not rule.category or not rule.title:
        raise ValueError(f"Rule {type(rule).__name__} needs a code, a category and a title.")
    if rule.code in RULES:
        raise ValueError(f"Rule code {rule.code} is already taken.")
    if rule.metric is not None and rule.metric not in METRICS:
        raise ValueError(f"Rule {rule.code}: unknown metric {rule.metric!r} (known: {', '.join(METRICS)}).")
    if rule.category_info is None and rule.category not in categories():
        raise ValueError(f"Rule {rule.code}: category {rule.category!r} is new, so the rule must set category_info.")


def register(rule: Rule) -> Rule:
    """Add a rule to every check, listing and report in this process."""
    _validate(rule)
    _registered.append(rule)
    _rebuild()
    return rule


def unregister(code: str) -> None:
    """Remove a rule added with ``register`` (tests use this to clean up)."""
    _registered[:] = [rule for rule in _registered if rule.code != code]
    _rebuild()


def added_rules() -> tuple[Rule, ...]:
    """The rules added with ``register`` beyond the built-in ones (worker processes register them too)."""
    return tuple(rule for rule in _registered if rule not in BUILTIN)


def categories() -> dict[str, Category]:
    """category -> how it is shown, in rule order; each from the first rule that describes it."""
    out: dict[str, Category] = {}
    for rule in RULES.values():
        if rule.category_info is not None:
            out.setdefault(rule.category, rule.category_info)
    return out


def codes_with_metric(metric: str) -> frozenset[str]:
    """Codes of the rules whose findings count towards ``metric`` (one of ``METRICS``)."""
    return frozenset(rule.code for rule in RULES.values() if rule.metric == metric)


def whole_segment_codes() -> frozenset[str]:
    """Codes whose findings stay when they overlap a placeholder or markup."""
    return frozenset(rule.code for rule in RULES.values() if rule.whole_segment or rule.in_markup)


def known_codes() -> tuple[str, ...]:
    """Every rule code and category that select, ignore and 'negeer' accept."""
    return (*RULES, *categories())


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


for _rule in BUILTIN:
    register(_rule)

CATEGORIES = tuple(categories())

__all__ = [
    "CATEGORIES",
    "RULES",
    "Category",
    "Rule",
    "added_rules",
    "categories",
    "check_codes",
    "codes_with_metric",
    "known_codes",
    "register",
    "unknown_code_message",
    "unregister",
]
