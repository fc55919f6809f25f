"""Linter-style text output: path:line:col: CODE [category] message."""

from __future__ import annotations

from typing import Sequence

from taalcheck.core.report import Report


def render(reports: Sequence[Report], errors: Sequence[str] = ()) -> str:
    lines: list[str] = []
    total = 0
    for report in reports:
        path = report.path or "-"
        for note in report.notes:
            lines.append(f"let op: {note}")
        for f in report.findings:
            where = f"{path}:{f.line}:{f.column}"
            if f.location:
                where += f" ({f.location})"
            lines.append(f"{where}: {f.rule} [{f.category}] {f.message}")
            if f.suggestions:
                lines.append("    beter: " + " | ".join(f.suggestions))
            total += 1
    for error in errors:
        lines.append(f"fout: {error}")
    files = len(reports)
    if total == 0:
        lines.append(f"Geen opmerkingen in {files} {'bestand' if files == 1 else 'bestanden'}.")
    else:
        lines.append(f"{total} {'opmerking' if total == 1 else 'opmerkingen'} in {files} {'bestand' if files == 1 else 'bestanden'}.")
    return "\n".join(lines) + "\n"
