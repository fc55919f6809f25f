"""Small helpers the sarif, github and html reporters share."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from taalcheck.core.findings import Finding
from taalcheck.core.report import Report
from taalcheck.core.text import line_starts, position


def rules_table() -> dict[str, Any]:
    """code -> rule object (``.code .category .severity .title .doc``); empty if unavailable."""
    try:
        from taalcheck.rules import RULES
    except ImportError:  # reporters must work without the rule modules
        return {}
    return dict(RULES)


def display_path(path: str | None) -> str:
    """The path relative to the working folder when it lies below it, with forward slashes."""
    if not path or path == "-":
        return "stdin"
    try:
        rel = Path(os.path.relpath(Path(path).resolve(), Path.cwd()))
    except ValueError:  # another drive on Windows
        return Path(path).as_posix()
    return Path(path).as_posix() if rel.as_posix().startswith("../") else rel.as_posix()


def offset_position(report: Report, offset: int, cache: dict[int, list[int]]) -> tuple[int, int]:
    """1-based (line, column) of ``offset`` in ``report.text``; line starts cached per report."""
    key = id(report)
    if key not in cache:
        cache[key] = line_starts(report.text)
    return position(cache[key], offset)


def end_position(report: Report, finding: Finding, cache: dict[int, list[int]]) -> tuple[int, int]:
    """1-based (line, column) just after the finding, in the same line numbering as ``finding.line``.

    Readers with their own position map (HTML, Markdown, Jinja) keep source
    offsets, so counting lines in ``report.text`` gives the same numbering.
    """
    line, column = offset_position(report, finding.end, cache)
    if finding.line and (line, column) < (finding.line, finding.column):
        return finding.line, finding.column + len(finding.text)
    return line, column


def suggestion_text(finding: Finding) -> str:
    """'Beter: met | via.' (no second full stop when a suggestion ends with one)."""
    if not finding.suggestions:
        return ""
    text = "Beter: " + " | ".join(finding.suggestions)
    return text if text.rstrip().endswith((".", "!", "?", "…")) else text + "."
