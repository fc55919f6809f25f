"""The HTML report in a real browser: highlights are visible, the page works offline."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from taalcheck.core.findings import Finding
from taalcheck.core.report import Report
from taalcheck.reporters import get_renderer

CHROMIUM = Path("/usr/bin/chromium")
OUTPUT = Path(__file__).resolve().parents[1] / "test-output"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

LETTER = """Geachte «Naam»,

Middels deze brief delen wij u mede dat uw aanvraag voor bijzondere bijstand door ons in goede orde is ontvangen en dat wij deze thans in behandeling hebben genomen.

Indien u vragen heeft, kunt u contact opnemen met het KCC. Het besluit wordt binnen acht weken door ons genomen.

Met vriendelijke groet,
Gemeente Voorbeeld
"""


def _at(needle: str, end_needle: str | None = None) -> tuple[int, int, str, int, int]:
    start = LETTER.index(needle)
    end = LETTER.index(end_needle, start) + len(end_needle) if end_needle else start + len(needle)
    line = LETTER.count("\n", 0, start) + 1
    return start, end, LETTER[start:end], line, start - LETTER.rfind("\n", 0, start)


def _f(rule, category, severity, message, suggestions, *where):
    start, end, text, line, column = _at(*where)
    return Finding(rule, category, severity, start, end, text, message, tuple(suggestions), None, line, column)


def hand_made_report() -> Report:
    findings = [
        _f(
            "Z101",
            "lange-zin",
            "warning",
            "Deze zin heeft 31 woorden. Dat is meer dan 20. Maak er twee of meer zinnen van.",
            ["Zet elke gedachte in een eigen zin."],
            "Middels",
            "genomen.",
        ),
        _f("W101", "jargon", "warning", "'Middels' is ambtelijke taal. Veel lezers kennen het niet.", ["met", "via"], "Middels"),
        _f("W101", "jargon", "warning", "'delen wij u mede' is ambtelijke taal.", ["laten wij u weten"], "delen wij u mede"),
        _f("W101", "jargon", "warning", "'thans' is ouderwets.", ["nu"], "thans"),
        _f("W101", "jargon", "warning", "'Indien' is ambtelijke taal.", ["als"], "Indien"),
        _f("A102", "afkorting", "info", "Schrijf 'KCC' voluit.", ["Klantcontactcentrum"], "KCC"),
        _f("G101", "passief", "info", "Lijdende vorm: wie doet het? Schrijf: 'Wij nemen het besluit'.", [], "wordt", "genomen."),
    ]
    metrics = {
        "woorden": 58,
        "zinnen": 4,
        "gemiddelde_zinslengte": 14.5,
        "aandeel_lange_zinnen": 0.25,
        "flesch_douma": 61.0,
        "aandeel_moeilijke_woorden": 0.03,
        "niveau": "hoger dan B1",
        "niveau_redenen": ["25% van de zinnen is te lang (voor B1: hoogstens 10%).", "Er staan 4 ambtelijke woorden in de tekst."],
    }
    return Report(LETTER, findings, metrics, "brieven/ontvangstbevestiging.txt")


def html_letter_report() -> Report:
    """Findings placed on the HTML fixture as read, to show how markup looks in the report."""
    from taalcheck.readers import read_file

    doc = read_file(Path(__file__).parent / "fixtures" / "formats" / "brief.html")
    findings = []
    for word, advice in (("Middels", "met"), ("toegekend", "goedgekeurd")):
        start = doc.text.index(word)
        line, column = doc.position(start)
        findings.append(
            Finding(
                "W101", "jargon", "warning", start, start + len(word), word, f"'{word}' is ambtelijke taal.", (advice,), None, line, column
            )
        )
    return Report(doc.text, findings, {"gemiddelde_zinslengte": 9.0, "aandeel_lange_zinnen": 0.0, "niveau": "B1"}, doc.path)


def _reports() -> list[Report]:
    """A real report from the checker when it is available; the hand-made ones always."""
    reports = [hand_made_report(), html_letter_report()]
    try:
        import taalcheck

        real = taalcheck.check(LETTER)
        real.path = "brieven/echte-controle.txt"
        if real.findings:
            reports.append(real)
    except Exception:  # the checker (model, word lists) is not part of this test
        pass
    return reports


@pytest.mark.slow
def test_html_report_in_headless_chromium():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} ontbreekt: installeer chromium om deze test te draaien")
    if importlib.util.find_spec("playwright") is None:
        pytest.skip("python-pakket playwright ontbreekt")
    from playwright.sync_api import sync_playwright

    reports = _reports()
    page_html = get_renderer("html")(reports, ["brieven/kapot.docx: dit is geen geldig Word-bestand."])
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "html-report.html").write_text(page_html, encoding="utf-8")
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
            page.on("request", lambda r: requests.append(r.url))
            page.set_content(page_html, wait_until="load")
            marks = page.locator("article").first.locator("mark.bevinding[id]")
            assert marks.count() == len(reports[0].findings)
            for i in range(marks.count()):
                mark = marks.nth(i)
                assert mark.is_visible()
                box = mark.bounding_box()
                assert box and box["width"] > 5 and box["height"] > 5
                background = mark.evaluate("m => getComputedStyle(m).backgroundColor")
                assert background not in ("rgba(0, 0, 0, 0)", "transparent", "rgb(255, 255, 255)")
            jargon = page.locator("#b1-m2")
            assert jargon.evaluate("m => getComputedStyle(m).textDecorationLine") == "underline"
            assert jargon.evaluate("m => getComputedStyle(m).textDecorationStyle") == "solid"
            passive = page.locator("mark.cat-passief[id]").first
            assert passive.evaluate("m => getComputedStyle(m).textDecorationStyle") == "dotted"
            # explanation 2 sits next to its paragraph, to the right of the text
            explanation = page.locator("article").first.locator("li[value='2']")
            assert explanation.is_visible()
            assert explanation.bounding_box()["x"] > jargon.bounding_box()["x"]
            assert "met" in explanation.inner_text()
            assert page.locator("h1").inner_text().startswith("Taalcheck")
            page.screenshot(path=str(OUTPUT / "html-report.png"), full_page=True)
        finally:
            browser.close()
    external = [url for url in requests if not url.startswith(("about:", "data:"))]
    assert external == [], f"de pagina laadt iets van buiten: {external}"
    assert (OUTPUT / "html-report.png").stat().st_size > 10_000
