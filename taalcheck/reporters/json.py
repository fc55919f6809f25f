"""JSON output, versioned as in DESIGN.md."""

from __future__ import annotations

import json
from collections.abc import Sequence

from taalcheck.core.report import Report

VERSION = 1


def document(reports: Sequence[Report], errors: Sequence[str] = ()) -> dict:
    per_category: dict[str, int] = {}
    for report in reports:
        for f in report.findings:
            per_category[f.category] = per_category.get(f.category, 0) + 1
    return {
        "version": VERSION,
        "files": [r.to_dict() for r in reports],
        "summary": {
            "files": len(reports),
            "findings": sum(len(r.findings) for r in reports),
            "per_category": per_category,
            "errors": list(errors),
        },
    }


def render(reports: Sequence[Report], errors: Sequence[str] = ()) -> str:
    return json.dumps(document(reports, errors), ensure_ascii=False, indent=2) + "\n"
