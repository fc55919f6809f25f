"""The findings and metrics of one text."""

from __future__ import annotations

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

    def by_category(self, category: str) -> list[Finding]:
        return [f for f in self.findings if f.category == category]

    def fixed_text(self, safe_only: bool = True) -> str:
        """The text with the fixes applied (safe ones only by default)."""
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
