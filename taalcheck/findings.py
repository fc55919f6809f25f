"""Plain data for what the checker finds.

Frozen dataclasses without any spaCy import, so reporters, the fixer and the
meldpunt can use them without loading the NLP pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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
        if self.location:
            data["location"] = self.location
        return data


@dataclass
class Report:
    """The findings and metrics of one text."""

    text: str
    findings: list[Finding] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    path: str | None = None
    notes: list[str] = field(default_factory=list)

    def by_category(self, category: str) -> list[Finding]:
        return [f for f in self.findings if f.category == category]

    def fixed_text(self, safe_only: bool = True) -> str:
        """The text with the fixes applied (safe ones only by default)."""
        from taalcheck.fixes import apply_findings

        return apply_findings(self.text, self.findings, safe_only=safe_only)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "path": self.path,
            "findings": [f.to_dict() for f in self.findings],
            "metrics": self.metrics,
        }
        if self.notes:
            data["notes"] = list(self.notes)
        return data


def line_starts(text: str) -> list[int]:
    """Offsets where each line starts; a line ends at \\n, \\r\\n or a lone \\r."""
    starts = [0]
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            starts.append(i + 1)
        elif ch == "\r":
            if i + 1 < n and text[i + 1] == "\n":
                i += 1
            starts.append(i + 1)
        i += 1
    return starts


def position(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based (line, column) of ``offset`` given ``line_starts`` output."""
    from bisect import bisect_right

    index = bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1
