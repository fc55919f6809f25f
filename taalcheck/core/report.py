"""The findings and metrics of one text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from taalcheck.core.findings import Finding
from taalcheck.core.fixes import apply_findings


@dataclass
class Report:
    """The findings and metrics of one text."""

    text: str
    findings: list[Finding] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    path: str | None = None
    notes: list[str] = field(default_factory=list)
    # The checker's fix loop for this text (set by the engine): fixes until nothing changes,
    # exactly as ``taalcheck.rewrite``. Not pickled; without it one pass of fixes is applied.
    fixer: Callable[[bool], str] | None = field(default=None, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["fixer"] = None
        return state

    def by_category(self, category: str) -> list[Finding]:
        return [f for f in self.findings if f.category == category]

    def fixed_text(self, safe_only: bool = True) -> str:
        """The text with the fixes applied (safe ones only by default), as ``taalcheck.rewrite`` gives it."""
        if self.fixer is not None:
            return self.fixer(safe_only)
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
