"""SARIF, GitHub and HTML output, from hand-made reports (no NLP needed)."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from taalcheck.core.findings import Edit, Finding, Fix
from taalcheck.core.report import Report
from taalcheck.reporters import FORMATS, get_renderer

SCHEMA = Path(__file__).resolve().parents[2] / "shared/schemas/sarif-schema-2.1.0.json"

LETTER = (
    "Geachte heer Jansen,\n"
    "\n"
    "Middels deze brief delen wij u mede dat uw aanvraag voor bijzondere bijstand door ons is ontvangen "
    "en dat wij deze in behandeling hebben genomen.\n"
    'Indien u vragen heeft, belt u 100% zeker <ons> & "niet" het UWV.\n'
)


def _finding(rule, category, severity, needle, message, suggestions=(), safe_fix=None, occurrence=0, end_needle=None):
    start = LETTER.index(needle)
    for _ in range(occurrence):
        start = LETTER.index(needle, start + 1)
    end = LETTER.index(end_needle, start) + len(end_needle) if end_needle else start + len(needle)
    line = LETTER.count("\n", 0, start) + 1
    column = start - (LETTER.rfind("\n", 0, start) + 1) + 1
    fix = Fix.of([Edit(start, end, safe_fix)], safe=True) if safe_fix else None
    return Finding(rule, category, severity, start, end, LETTER[start:end], message, tuple(suggestions), fix, line, column)


def sample_report(path: str = "brieven/besluit bijstand.txt") -> Report:
    findings = [
        _finding("Z101", "lange-zin", "warning", "Middels", "Deze zin heeft 27 woorden. Maak er twee zinnen van.", end_needle="genomen."),
        _finding("W101", "jargon", "warning", "Middels", "'Middels' is ambtelijke taal.", ("met", "via"), "Met"),
        _finding("W101", "jargon", "warning", "in behandeling", "'in behandeling' is ambtelijke taal.", ("bekijken",)),
        _finding("W101", "jargon", "warning", "Indien", "'Indien' is ambtelijke taal, zeg: 'als'.", ("als",), "Als"),
        _finding("A102", "afkorting", "info", "UWV", "Schrijf 'UWV' voluit: Uitvoeringsinstituut Werknemersverzekeringen."),
    ]
    metrics = {
        "woorden": 40,
        "zinnen": 3,
        "gemiddelde_zinslengte": 13.3,
        "aandeel_lange_zinnen": 0.333,
        "flesch_douma": 58.0,
        "aandeel_moeilijke_woorden": 0.05,
        "niveau": "hoger dan B1",
        "niveau_redenen": ["33% van de zinnen is te lang (voor B1: hoogstens 10%)."],
    }
    return Report(LETTER, findings, metrics, path, notes=["gelezen als Windows-1252, niet als UTF-8."])


def test_formats_are_registered():
    for name in ("sarif", "github", "html"):
        assert name in FORMATS
        assert callable(get_renderer(name))


# --- SARIF ---------------------------------------------------------------------


def test_sarif_validates_against_the_official_schema():
    if not SCHEMA.is_file():
        pytest.skip(f"SARIF-schema niet gevonden op {SCHEMA} (map ../shared ontbreekt)")
    jsonschema = pytest.importorskip("jsonschema")
    word_report = Report(
        "Middels dit.",
        [
            Finding(
                "W101",
                "jargon",
                "warning",
                0,
                7,
                "Middels",
                "Ambtelijk.",
                ("met",),
                Fix.of([Edit(0, 7, "Met")], safe=True),
                1,
                1,
                location="tabel 1, rij 2, cel 1",
            )
        ],
        {},
        "brief.docx",
    )
    output = get_renderer("sarif")([sample_report(), word_report], ["kapot.docx: dit is geen geldig Word-bestand."])
    data = json.loads(output)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    # also catch what the schema cannot: URIs must be valid (spaces encoded)
    results = data["runs"][0]["results"]
    assert results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "brieven/besluit%20bijstand.txt"


def test_sarif_content():
    data = json.loads(get_renderer("sarif")([sample_report()], []))
    run = data["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "taalcheck" and driver["version"] and driver["informationUri"].startswith("https://")
    rules = {r["id"]: r for r in driver["rules"]}
    assert rules["W101"]["name"] == "jargon"
    assert rules["W101"]["shortDescription"]["text"]
    results = run["results"]
    jargon = results[1]
    assert jargon["ruleId"] == "W101" and driver["rules"][jargon["ruleIndex"]]["id"] == "W101"
    assert jargon["level"] == "warning" and results[4]["level"] == "note"
    assert jargon["message"]["text"] == "'Middels' is ambtelijke taal. Beter: met | via."
    assert jargon["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3,
        "startColumn": 1,
        "endLine": 3,
        "endColumn": 8,
        "snippet": {"text": "Middels"},
    }
    long_sentence = results[0]["locations"][0]["physicalLocation"]["region"]
    assert (long_sentence["startLine"], long_sentence["endLine"]) == (3, 3)
    assert long_sentence["endColumn"] == LETTER.split("\n")[2].index("genomen.") + len("genomen.") + 1
    (change,) = jargon["fixes"][0]["artifactChanges"]
    assert change["replacements"][0]["insertedContent"]["text"] == "Met"
    assert "fixes" not in results[2]  # no safe fix: nothing to apply
    assert run["invocations"][0]["executionSuccessful"] is True


def test_sarif_uses_rule_documentation(monkeypatch):
    from taalcheck.reporters import common

    class FakeRule:
        code, category, severity, title = "W101", "jargon", "warning", "Ambtelijk woord"
        doc = "Vindt ambtelijke woorden.\n\nWat het doet\nZoekt 'middels'.\n\nWaarom is dit lastig voor lezers?\nMensen kennen het niet."

        def sections(self):
            from taalcheck.rules.base import parse_sections

            return parse_sections(self.doc)

    monkeypatch.setattr(common, "rules_table", lambda: {"W101": FakeRule()})
    from taalcheck.reporters import sarif

    monkeypatch.setattr(sarif, "rules_table", lambda: {"W101": FakeRule()})
    rules = json.loads(sarif.render([sample_report()], []))["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["W101", "Z101", "A102"]
    assert rules[0]["fullDescription"]["text"] == "Zoekt 'middels'. Mensen kennen het niet."
    assert "**Waarom is dit lastig voor lezers?**" in rules[0]["help"]["markdown"]


# --- GitHub --------------------------------------------------------------------


def test_github_workflow_commands_are_escaped():
    report = sample_report("brieven/a,b:c.txt")
    report.findings.append(Finding("W101", "jargon", "warning", 0, 7, "Geachte", "100% fout\nregel twee", (), None, 1, 1))
    lines = get_renderer("github")([report], ["kapot.docx: dit is geen geldig Word-bestand."]).splitlines()
    assert lines[0] == "::notice file=brieven/a%2Cb%3Ac.txt::gelezen als Windows-1252, niet als UTF-8."
    assert lines[2] == (
        "::warning file=brieven/a%2Cb%3Ac.txt,line=3,col=1,endColumn=7,title=W101 jargon::'Middels' is ambtelijke taal. Beter: met | via."
    )
    assert lines[5].startswith("::notice file=brieven/a%2Cb%3Ac.txt,line=4,col=")  # info -> notice
    assert lines[6].endswith("::100%25 fout%0Aregel twee")
    assert lines[-1] == "::error title=taalcheck::kapot.docx: dit is geen geldig Word-bestand."
    for line in lines:
        assert re.match(r"^::(error|warning|notice) [^:]*::", line), line


# --- HTML ----------------------------------------------------------------------


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in ("br", "meta", "img", "hr", "input", "link"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_one_safe_accessible_page():
    page = get_renderer("html")([sample_report()], ["kapot.docx: dit is geen geldig Word-bestand."])
    parser = _Collector()
    parser.feed(page)
    assert parser.stack == [], "every element is closed"
    html_tag = next(attrs for tag, attrs in parser.tags if tag == "html")
    assert html_tag["lang"] == "nl"
    names = [tag for tag, _ in parser.tags]
    assert "script" not in names and "link" not in names and "img" not in names
    assert not re.search(r"""(src|href)=["']?https?:""", page), "no external resources"
    assert names.count("h1") == 1 and "h2" in names
    # user text is escaped, never markup
    assert "<ons>" not in page and "&lt;ons&gt;" in page and "&amp; &quot;niet&quot;" in page
    text = " ".join(parser.text)
    for expected in (
        "'Middels' is ambtelijke taal.",
        "met",
        "via",
        "kapot.docx",
        "hoger dan B1",
        "Flesch-Douma",
        "ambtelijk woord",
        "Windows-1252",
    ):
        assert expected in text, expected
    # every finding has a numbered marker in the letter and an explanation with the same number
    marks = [attrs for tag, attrs in parser.tags if tag == "mark" and "id" in attrs]
    assert [m["id"] for m in marks] == ["b1-m1", "b1-m2", "b1-m3", "b1-m4", "b1-m5"]
    links = [attrs["href"] for tag, attrs in parser.tags if tag == "a"]
    assert links == ["#b1-m1", "#b1-m2", "#b1-m3", "#b1-m4", "#b1-m5"]
    items = [attrs for tag, attrs in parser.tags if tag == "li" and "value" in attrs]
    assert sorted(int(a["value"]) for a in items) == [1, 2, 3, 4, 5]
    # category is shown by text, not only colour
    assert all(a.get("class", "").startswith("bevinding cat-") for a in marks)


def test_html_without_findings_or_metrics():
    page = get_renderer("html")([Report("Alles is goed.", [], {}, "goed.txt")], [])
    assert "Geen opmerkingen" in page and "Alles is goed." in page


def test_html_overview_links_every_file():
    second = Report("Goed.", [], {"niveau": "B1"}, "b.txt")
    page = get_renderer("html")([sample_report(), second], [])
    assert '<a href="#b1-titel">' in page and '<a href="#b2-titel">b.txt</a>: 0 opmerkingen · niveau B1' in page
    assert 'id="b1-titel"' in page and 'id="b2-titel"' in page
