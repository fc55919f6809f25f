"""SARIF 2.1.0: one run, for code scanning tools (GitHub, GitLab, Azure DevOps).

Rule metadata comes from the rules' own documentation, so the help a tool
shows is the same text ``taalcheck regels CODE`` prints. Columns count
Unicode code points (``columnKind``), as Python strings do.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from taalcheck.core.findings import Finding
from taalcheck.core.report import Report
from taalcheck.reporters.common import display_path, end_position, offset_position, rules_table, suggestion_text

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FALLBACK_URI = "https://pypi.org/project/taalcheck/"


def _version_and_uri() -> tuple[str, str]:
    try:
        from importlib.metadata import PackageNotFoundError, metadata

        meta = metadata("taalcheck")
        urls = [u.split(",", 1)[1].strip() for u in meta.get_all("Project-URL") or [] if "," in u]
        return meta["Version"], (urls[0] if urls else meta.get("Home-page") or FALLBACK_URI)
    except (ImportError, PackageNotFoundError, KeyError):
        from taalcheck import __version__

        return __version__, FALLBACK_URI


def _rule_descriptor(code: str, rule: Any, category: str, severity: str) -> dict[str, Any]:
    title = getattr(rule, "title", "") or category
    doc = getattr(rule, "doc", "") or title
    sections = rule.sections() if hasattr(rule, "sections") else {}
    full = sections.get("Wat het doet") or doc.split("\n\n")[0]
    why = sections.get("Waarom is dit lastig voor lezers?", "")
    return {
        "id": code,
        "name": category,
        "shortDescription": {"text": title},
        "fullDescription": {"text": " ".join(f"{full} {why}".split())},
        "help": {"text": doc, "markdown": _help_markdown(doc, sections)},
        "defaultConfiguration": {"level": LEVELS.get(getattr(rule, "severity", severity), "warning")},
        "properties": {"category": category, "tags": ["taal", category]},
    }


def _help_markdown(doc: str, sections: dict[str, str]) -> str:
    if not sections:
        return doc
    parts = [sections.get("samenvatting", "")]
    for heading, body in sections.items():
        if heading != "samenvatting" and body:
            parts.append(f"**{heading}**\n\n{body}")
    return "\n\n".join(p for p in parts if p)


def _uri(path: str | None) -> str:
    return quote(display_path(path), safe="/:@-._~!$&'()*+,;=")


def _region(report: Report, f: Finding, ends: dict[int, list[int]]) -> dict[str, Any]:
    end_line, end_column = end_position(report, f, ends)
    return {
        "startLine": max(f.line, 1),
        "startColumn": max(f.column, 1),
        "endLine": max(end_line, 1),
        "endColumn": max(end_column, 1),
        "snippet": {"text": f.text},
    }


def _result(report: Report, f: Finding, index: dict[str, int], ends: dict[int, list[int]]) -> dict[str, Any]:
    uri = _uri(report.path)
    region = _region(report, f, ends)
    message = " ".join(p for p in (f.message, suggestion_text(f)) if p)
    location: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"}, "region": region}}
    if f.location:
        location["logicalLocations"] = [{"name": f.location, "kind": "paragraph"}]
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": index[f.rule],
        "level": LEVELS.get(f.severity, "warning"),
        "message": {"text": message},
        "locations": [location],
        "properties": {"category": f.category, "suggestions": list(f.suggestions)},
    }
    if f.fix is not None and f.fix.safe and not f.location:
        result["fixes"] = [_fix(report, f, uri, ends)]
    return result


def _fix(report: Report, f: Finding, uri: str, ends: dict[int, list[int]]) -> dict[str, Any]:
    replacements = []
    for edit in f.edits:
        start = offset_position(report, edit.start, ends)
        end = offset_position(report, edit.end, ends)
        replacements.append(
            {
                "deletedRegion": {"startLine": start[0], "startColumn": start[1], "endLine": end[0], "endColumn": end[1]},
                "insertedContent": {"text": edit.replacement},
            }
        )
    return {
        "description": {"text": f"Vervang '{f.text}' door '{f.edits[0].replacement}'."},
        "artifactChanges": [{"artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"}, "replacements": replacements}],
    }


def document(reports: Sequence[Report], errors: Sequence[str] = ()) -> dict[str, Any]:
    rules = rules_table()
    used: dict[str, tuple[str, str]] = {code: (r.category, r.severity) for code, r in rules.items()}
    for report in reports:
        for f in report.findings:
            used.setdefault(f.rule, (f.category, f.severity))
    index = {code: i for i, code in enumerate(used)}
    descriptors = [_rule_descriptor(code, rules.get(code), cat, sev) for code, (cat, sev) in used.items()]
    ends: dict[int, list[int]] = {}
    results = [_result(r, f, index, ends) for r in reports for f in r.findings]
    notifications = [{"level": "error", "message": {"text": e}} for e in errors]
    notifications += [{"level": "note", "message": {"text": n}} for r in reports for n in r.notes]
    version, uri = _version_and_uri()
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "taalcheck",
                        "version": version,
                        "semanticVersion": version,
                        "informationUri": uri,
                        "language": "nl",
                        "rules": descriptors,
                    }
                },
                "invocations": [{"executionSuccessful": not errors, "toolExecutionNotifications": notifications}],
                "artifacts": [{"location": {"uri": _uri(r.path), "uriBaseId": "%SRCROOT%"}} for r in reports],
                "columnKind": "unicodeCodePoints",
                "defaultSourceLanguage": "nl",
                "results": results,
            }
        ],
    }


def render(reports: Sequence[Report], errors: Sequence[str] = ()) -> str:
    return json.dumps(document(reports, errors), ensure_ascii=False, indent=2) + "\n"
