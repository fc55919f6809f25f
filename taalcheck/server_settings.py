"""What `taalcheck serve --config FILE` checks with.

The server reads the same settings as `taalcheck check` (``[tool.taalcheck]``
or ``taalcheck.toml``): select, ignore, max-zinlengte, extra-woordenlijsten,
and named organisation lists (``[tool.taalcheck.organisaties]``). A request
never names a file: it names an organisation, and only names the server's
settings define are accepted.

All checks of the server run on one worker thread (`check_executor`), so a
checker and its sentence cache are never used by two threads at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from taalcheck.core.options import DEFAULT_MAX_ZINLENGTE, CheckOptions

MAX_ZINLENGTE_LIMIT = 1000


class OptionError(ValueError):
    """A request option the server cannot use; the message is plain Dutch (answered with 400)."""


@dataclass(frozen=True)
class ServerSettings:
    """The server's own settings; the defaults when it was started without ``--config``."""

    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    max_zinlengte: int | None = None
    woordenlijsten: tuple[str, ...] = ()
    organisaties: dict[str, tuple[str, ...]] = field(default_factory=dict)
    source: str | None = None

    @classmethod
    def from_file(cls, file: str | None) -> ServerSettings:
        """Read ``file`` (raises config.ConfigError); no file: the defaults."""
        if not file:
            return cls()
        from taalcheck.config import ConfigError, load_config
        from taalcheck.lexicon.wordlists import WordListError, load_wordlists

        cfg = load_config(file)
        for _, lists in (("", cfg.woordenlijsten), *cfg.organisaties):
            try:  # a broken list stops the server at start, not at a request
                load_wordlists(cfg.woordenlijsten + lists)
            except WordListError as exc:
                raise ConfigError(str(exc)) from None
        return cls(
            select=cfg.select or frozenset(),
            ignore=cfg.ignore or frozenset(),
            max_zinlengte=cfg.max_zinlengte,
            woordenlijsten=cfg.woordenlijsten,
            organisaties=dict(cfg.organisaties),
            source=str(cfg.path),
        )

    def lists_for(self, organisatie: str | None) -> tuple[str, ...]:
        if organisatie is None or organisatie == "":
            return self.woordenlijsten
        if not isinstance(organisatie, str) or organisatie not in self.organisaties:
            known = ", ".join(sorted(self.organisaties)) or "geen"
            raise OptionError(f"De organisatie '{organisatie}' kent deze server niet. Bekende organisaties: {known}.")
        return tuple(dict.fromkeys(self.woordenlijsten + self.organisaties[organisatie]))

    def options(
        self,
        organisatie: str | None = None,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        max_zinlengte: int | None = None,
    ) -> CheckOptions:
        """Options for one request. As on the command line: what the request gives wins over the settings."""
        chosen_select = frozenset(select) if select else self.select
        chosen_ignore = frozenset(ignore) if ignore is not None else self.ignore
        length = max_zinlengte or self.max_zinlengte or DEFAULT_MAX_ZINLENGTE
        return CheckOptions(
            select=chosen_select,
            ignore=chosen_ignore,
            max_zinlengte=length,
            woordenlijsten=self.lists_for(organisatie),
        )


def known_codes() -> frozenset[str]:
    """Rule codes and categories, from the rules registry."""
    from taalcheck.rules import RULES

    return frozenset(RULES) | frozenset(rule.category for rule in RULES.values())


def parse_codes(name: str, value: Any) -> frozenset[str] | None:
    """``"W101,jargon"`` or ``["W101", "jargon"]``; an unknown code is an OptionError."""
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise OptionError(f'\'{name}\' moet een lijst met codes zijn, zoals ["W101", "jargon"].')
    codes = set()
    for item in value:
        for part in item.split(","):
            part = part.strip()
            if not part:
                continue
            code = part.upper() if part[:1].isalpha() and part[1:].isdigit() else part.lower()
            codes.add(code)
    unknown = sorted(codes - known_codes())
    if unknown:
        raise OptionError(
            f"In '{name}' staat een onbekende regel of categorie: {', '.join(unknown)}. Kijk met 'taalcheck regels' welke er zijn."
        )
    return frozenset(codes)


def parse_max_zinlengte(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ZINLENGTE_LIMIT:
        raise OptionError(f"'max_zinlengte' moet een heel getal van 1 tot en met {MAX_ZINLENGTE_LIMIT} zijn.")
    return value


_EXECUTOR: list[ThreadPoolExecutor] = []


def check_executor() -> ThreadPoolExecutor:
    """The one thread on which the server checks texts (LanguageTool API and /api/check alike)."""
    if not _EXECUTOR:
        _EXECUTOR.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="taalcheck-check"))
    return _EXECUTOR[0]


_CHECKERS: dict[CheckOptions, Any] = {}
MAX_CHECKERS = 32


def checker_for(options: CheckOptions) -> Any:
    """One checker (with its sentence cache) per set of options; call only on `check_executor`."""
    from taalcheck.engine.checker import Checker

    checker = _CHECKERS.get(options)
    if checker is None:
        if len(_CHECKERS) >= MAX_CHECKERS:  # requests choose options: keep the number of caches bounded
            _CHECKERS.pop(next(iter(_CHECKERS)))
        checker = _CHECKERS[options] = Checker(options)
    return checker
