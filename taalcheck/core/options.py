"""Options that change what the checker reports.

Hashable, so they can key the sentence cache and the loaded word lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

DEFAULT_MAX_ZINLENGTE = 20


@dataclass(frozen=True)
class CheckOptions:
    """``select``/``ignore`` hold rule codes (W101) or categories (jargon)."""

    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    max_zinlengte: int = DEFAULT_MAX_ZINLENGTE
    woordenlijsten: tuple[str, ...] = field(default=())
    placeholders: tuple[str, ...] = field(default=())

    def enabled(self, code: str, category: str) -> bool:
        if self.select and code not in self.select and category not in self.select:
            return False
        return code not in self.ignore and category not in self.ignore

    @classmethod
    def resolve(cls, options: CheckOptions | None, kwargs: dict[str, Any]) -> CheckOptions:
        """``options`` or options built from loose keyword settings, never both."""
        if options is not None and kwargs:
            raise TypeError("Geef óf options óf losse instellingen, niet allebei.")
        return options or cls.build(**kwargs)

    @classmethod
    def build(
        cls,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        max_zinlengte: int | str | None = None,
        woordenlijsten: Iterable[Any] | None = (),
        placeholders: Iterable[str] | None = (),
    ) -> CheckOptions:
        def codes(values: Iterable[str] | None) -> frozenset[str]:
            out: set[str] = set()
            for value in values or ():
                out.update(part.strip() for part in str(value).split(",") if part.strip())
            return frozenset(out)

        return cls(
            select=codes(select),
            ignore=codes(ignore),
            max_zinlengte=int(max_zinlengte) if max_zinlengte else DEFAULT_MAX_ZINLENGTE,
            woordenlijsten=tuple(str(p) for p in woordenlijsten or ()),
            placeholders=tuple(placeholders or ()),
        )
