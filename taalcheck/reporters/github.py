"""GitHub Actions workflow commands: findings show up as notes on the changed lines."""

from __future__ import annotations

from collections.abc import Sequence

from taalcheck.core.report import Report
from taalcheck.reporters.common import display_path, end_position, suggestion_text

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """Escape the message part as GitHub's runner expects."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value (file, title): also ':' and ','."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(reports: Sequence[Report], errors: Sequence[str] = ()) -> str:
    lines: list[str] = []
    ends: dict[int, list[int]] = {}
    for report in reports:
        path = escape_property(display_path(report.path))
        for note in report.notes:
            lines.append(f"::notice file={path}::{escape_data(note)}")
        for f in report.findings:
            end_line, end_column = end_position(report, f, ends)
            props = [f"file={path}", f"line={f.line}", f"col={f.column}"]
            if end_line == f.line:
                # GitHub counts the last column inclusive; our end is exclusive
                props.append(f"endColumn={max(end_column - 1, f.column)}")
            else:
                props.append(f"endLine={end_line}")
            props.append(f"title={escape_property(f'{f.rule} {f.category}')}")
            message = f.message
            if f.location:
                message = f"{f.location}: {message}"
            extra = suggestion_text(f)
            if extra:
                message = f"{message} {extra}"
            lines.append(f"::{LEVELS.get(f.severity, 'warning')} {','.join(props)}::{escape_data(message)}")
    for error in errors:
        lines.append(f"::error title={escape_property('taalcheck')}::{escape_data(error)}")
    return "\n".join(lines) + ("\n" if lines else "")
