"""Linter-style text output: path:line:col: CODE [category] severity: message.

After the findings of a file comes one line with the B1 estimate and the key
metrics, and the reasons for the estimate; at the end a count per severity.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from taalcheck.core.report import Report

SEVERITY_NL = {"error": "fout", "warning": "waarschuwing", "info": "info"}
SEVERITY_PLURAL = {"error": "fouten", "warning": "waarschuwingen", "info": "info"}


def _number(value: float, decimals: int = 1) -> str:
    text = f"{value:.{decimals}f}".replace(".", ",")
    return text[:-2] if text.endswith(",0") else text


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def metrics_line(path: str, metrics: dict[str, Any]) -> list[str]:
    """'brief.txt: niveau hoger dan B1 (139 woorden, 8 zinnen, ...)' and the reasons under it."""
    if not metrics or not metrics.get("woorden"):
        return []
    words, sentences = metrics["woorden"], metrics.get("zinnen", 0)
    parts = [f"{words} {'woord' if words == 1 else 'woorden'}", f"{sentences} {'zin' if sentences == 1 else 'zinnen'}"]
    if metrics.get("zinnen"):
        parts.append(f"gemiddeld {_number(metrics.get('gemiddelde_zinslengte', 0))} woorden per zin")
        parts.append(f"{_percent(metrics.get('aandeel_lange_zinnen', 0))} lange zinnen")
    parts.append(f"{_percent(metrics.get('aandeel_moeilijke_woorden', 0))} moeilijke woorden")
    if metrics.get("flesch_douma") is not None:
        parts.append(f"Flesch-Douma {_number(metrics['flesch_douma'])}")
    lines = [f"{path}: niveau {metrics.get('niveau', 'onbekend')} ({', '.join(parts)})"]
    lines.extend(f"    - {reason}" for reason in metrics.get("niveau_redenen", ()))
    return lines


def render(reports: Sequence[Report], errors: Sequence[str] = (), skipped: Sequence[str] = ()) -> str:
    lines: list[str] = []
    per_severity: dict[str, int] = {}
    for report in reports:
        path = report.path or "-"
        for note in report.notes:
            lines.append(f"let op: {note}")
        for f in report.findings:
            where = f"{path}:{f.line}:{f.column}"
            if f.location:
                where += f" ({f.location})"
            lines.append(f"{where}: {f.rule} [{f.category}] {SEVERITY_NL.get(f.severity, f.severity)}: {f.message}")
            if f.suggestions:
                lines.append("    beter: " + " | ".join(f.suggestions))
            per_severity[f.severity] = per_severity.get(f.severity, 0) + 1
        lines.extend(metrics_line(path, report.metrics))
    for path in skipped:
        lines.append(f"overgeslagen: {path}: dit soort bestand kan taalcheck (nog) niet lezen.")
    for error in errors:
        lines.append(f"fout: {error}")
    lines.extend(summary(len(reports), per_severity, len(errors), len(skipped)))
    return "\n".join(lines) + "\n" if lines else ""


def summary(files: int, per_severity: dict[str, int], errors: int, skipped: int) -> list[str]:
    """The last line; nothing when no file was checked because of errors (the errors say it all)."""
    if files == 0 and errors:
        return []
    checked = f"{files} {'bestand' if files == 1 else 'bestanden'}"
    total = sum(per_severity.values())
    if total == 0:
        line = f"Geen opmerkingen in {checked}."
    else:
        counts = ", ".join(
            f"{per_severity[s]} {SEVERITY_NL[s] if per_severity[s] == 1 else SEVERITY_PLURAL[s]}"
            for s in ("error", "warning", "info")
            if per_severity.get(s)
        )
        line = f"{total} {'opmerking' if total == 1 else 'opmerkingen'} in {checked} ({counts})."
    if skipped:
        line += f" {skipped} {'bestand' if skipped == 1 else 'bestanden'} overgeslagen."
    if errors:
        line += " Er was 1 fout (zie boven)." if errors == 1 else f" Er waren {errors} fouten (zie boven)."
    return [line]
