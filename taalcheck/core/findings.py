"""Plain data for what the checker finds.

Frozen dataclasses without any spaCy import, so reporters, the fixer and the
meldpunt can use them without loading the NLP pipeline.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

SEVERITIES = ("info", "warning", "error")


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` by ``replacement`` (one part of a ``Fix``)."""

    start: int
    end: int
    replacement: str

    def shifted(self, offset: int) -> Edit:
        return Edit(self.start + offset, self.end + offset, self.replacement)

    def to_dict(self, safe: bool) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "replacement": self.replacement, "safe": safe}


# How sure a fix is, as ruff's applicability:
#   "veilig"   keeps meaning and grammar; ``--fix`` applies it.
#   "voorstel" a proposal a person reads first; only ``--unsafe-fixes`` applies it.
# Advice that is no edit at all (ruff's "display only") is a finding's ``suggestions``.
SAFE, PROPOSAL = "veilig", "voorstel"
APPLICABILITIES = (SAFE, PROPOSAL)


@dataclass(frozen=True)
class Fix:
    """The change that solves one finding: edits that go together or not at all."""

    edits: tuple[Edit, ...]
    applicability: str = PROPOSAL
    # Why this fix is a proposal and not safe (the checker's verification), in Dutch: JSON ``fix.reden``.
    reason: str | None = None

    def __post_init__(self) -> None:
        if not self.edits:
            raise ValueError("A Fix needs at least one edit.")
        if self.applicability not in APPLICABILITIES:
            raise ValueError(f"Unknown applicability {self.applicability!r}; use one of {APPLICABILITIES}.")

    @classmethod
    def of(cls, edits: Iterable[Edit], safe: bool) -> Fix | None:
        """A fix of these edits (None without edits), safe or a proposal."""
        edits = tuple(edits)
        return cls(edits, SAFE if safe else PROPOSAL) if edits else None

    @property
    def safe(self) -> bool:
        return self.applicability == SAFE

    # The first edit is the main one: where the fix starts, what a reader sees replaced.
    @property
    def start(self) -> int:
        return self.edits[0].start

    @property
    def end(self) -> int:
        return self.edits[0].end

    @property
    def replacement(self) -> str:
        return self.edits[0].replacement

    def shifted(self, offset: int) -> Fix:
        return replace(self, edits=tuple(e.shifted(offset) for e in self.edits))

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: the first edit, and further edits under ``extra``."""
        first, *rest = self.edits
        data = first.to_dict(self.safe)
        if rest:
            data["extra"] = [e.to_dict(self.safe) for e in rest]
        if self.reason:
            data["reden"] = self.reason
        return data

    def proposal(self, reason: str) -> Fix:
        """The same edits as a proposal, with the reason it is not safe."""
        return replace(self, applicability=PROPOSAL, reason=reason)


@dataclass(frozen=True)
class Finding:
    """One problem in a text, with offsets into the text as read."""

    rule: str
    category: str
    severity: str
    start: int
    end: int
    text: str
    message: str
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    line: int = 0
    column: int = 0
    # Free-form location for formats without lines (Word: "alinea 3").
    location: str | None = None

    def with_position(self, line: int, column: int) -> Finding:
        return replace(self, line=line, column=column)

    def shifted(self, offset: int) -> Finding:
        """The same finding with all offsets moved by ``offset``."""
        fix = self.fix.shifted(offset) if self.fix is not None else None
        return replace(self, start=self.start + offset, end=self.end + offset, fix=fix)

    @property
    def edits(self) -> tuple[Edit, ...]:
        """All edits of this finding's fix, main edit first."""
        return self.fix.edits if self.fix is not None else ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "text": self.text,
            "message": self.message,
            "suggestions": list(self.suggestions),
        }
        if self.fix is not None:
            data["fix"] = self.fix.to_dict()
        if self.location:
            data["location"] = self.location
        return data
