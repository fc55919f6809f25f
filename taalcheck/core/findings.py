"""Plain data for what the checker finds.

Frozen dataclasses without any spaCy import, so reporters, the fixer and the
meldpunt can use them without loading the NLP pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

SEVERITIES = ("info", "warning", "error")


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` by ``replacement``.

    ``safe`` edits keep meaning and grammar and are applied by ``--fix``;
    unsafe ones are proposals for a human and need ``--unsafe-fixes``.
    """

    start: int
    end: int
    replacement: str
    safe: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "replacement": self.replacement, "safe": self.safe}


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
    fix: Edit | None = None
    line: int = 0
    column: int = 0
    # Extra edits that belong to the same fix (for example removing "te"
    # when "dient ... te" becomes "moet ..."). Applied together with ``fix``.
    extra_edits: tuple[Edit, ...] = ()
    # Free-form location for formats without lines (Word: "alinea 3").
    location: str | None = None
    # Why a fix is a proposal and not safe (the checker's verification), in Dutch.
    fix_reason: str | None = None

    def with_position(self, line: int, column: int) -> "Finding":
        return replace(self, line=line, column=column)

    def shifted(self, offset: int) -> "Finding":
        """The same finding with all offsets moved by ``offset``."""

        def move(edit: Edit | None) -> Edit | None:
            if edit is None:
                return None
            return replace(edit, start=edit.start + offset, end=edit.end + offset)

        return replace(
            self,
            start=self.start + offset,
            end=self.end + offset,
            fix=move(self.fix),
            extra_edits=tuple(move(e) for e in self.extra_edits),
        )

    @property
    def edits(self) -> tuple[Edit, ...]:
        """All edits of this finding's fix, main edit first."""
        if self.fix is None:
            return ()
        return (self.fix, *self.extra_edits)

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
            if self.extra_edits:
                data["fix"]["extra"] = [e.to_dict() for e in self.extra_edits]
            if self.fix_reason:
                data["fix"]["reden"] = self.fix_reason
        if self.location:
            data["location"] = self.location
        return data
