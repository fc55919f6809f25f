"""'Stuur terug naar de afzender' in headless Chromium at phone and desktop width: paste a letter, get it
explained with its summary, mark two sentences, send them back; the admin API then holds one retour report with
exactly those sentences, scrubbed. axe finds no WCAG 2.1 AA problems in any state. Screenshots go to test-output/."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.slow

LETTER = """Gemeente Lindebroek
Postbus 80
7411 GX Lindebroek

Mevrouw A. Bakker
Dorpsstraat 3
7412 AB Lindebroek

Datum: 4 mei 2026
Ons kenmerk: WMO/2026/17
Onderwerp: Eigen bijdrage huishoudelijke hulp

Geachte mevrouw Bakker,

Ingevolge de Wmo betaalt u een eigen bijdrage. U moet in totaal € 163,50 betalen.
Wij hebben uw burgerservicenummer 123456782 gebruikt voor de berekening.
Betaal dit bedrag binnen zes weken na de datum van deze brief.

Heeft u vragen? Bel ons op 14 0546.

Met vriendelijke groet,

J. de Vries
"""
WIDTHS = {"telefoon": {"width": 390, "height": 844}, "computer": {"width": 1280, "height": 900}}


def _retour_reports(server) -> list[dict]:
    body = httpx.get(server.base + "/api/meldingen", headers=server.admin, params={"limit": 500}).json()
    return [m for m in body["meldingen"] if m["kanaal"] == "retour"]


@pytest.mark.parametrize("device", sorted(WIDTHS))
def test_mark_two_sentences_and_send_back(browser, axe_aa, shared_server, screenshots, device):
    before = {m["id"] for m in _retour_reports(shared_server)}
    page = browser.new_page(viewport=WIDTHS[device])
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda err: problems.append(str(err)))
    found = {}

    page.goto(shared_server.base + "/uitleg")
    page.get_by_label("Tekst van de brief").fill(LETTER)
    with page.expect_navigation():
        page.get_by_role("button", name="Leg de brief uit").click()
    assert page.title() == "Uitleg van uw brief - taalcheck"
    summary = page.locator("dl.samenvatting").inner_text()
    assert "€ 163,50" in summary and "15 juni 2026" in summary and "14 0546" in summary
    form = page.locator("section.terug")
    assert form.get_by_role("heading", name="Stuur terug naar de afzender").is_visible()
    assert "Bakker" not in form.inner_text() and "Dorpsstraat" not in form.inner_text()
    found["uitleg met terugsturen"] = axe_aa(page)

    first = form.get_by_label("Ingevolge de Wmo betaalt u een eigen bijdrage.")
    second = form.get_by_label("Wij hebben uw burgerservicenummer 123456782 gebruikt voor de berekening.")
    meaning = form.get_by_label("Wat dacht u dat dit betekent?", exact=False)
    assert not meaning.first.is_visible()  # the question shows only for a ticked sentence
    assert form.get_attribute("data-klaar") == "ja"  # the tap-to-mark script ran under the CSP
    assert page.locator("#tik-hint").is_visible()
    page.locator(".brief .woord", has_text="Ingevolge").first.click()  # tap the sentence in the letter itself
    assert first.is_checked()
    page.locator(".brief .woord", has_text="Ingevolge").first.click()  # a second tap takes the mark away
    assert not first.is_checked()
    page.locator(".brief .woord", has_text="Ingevolge").first.click()
    assert first.is_checked() and not second.is_checked()
    second.check()  # or tick it in the list under the letter
    visible = [i for i in range(meaning.count()) if meaning.nth(i).is_visible()]
    assert len(visible) == 2
    meaning.nth(visible[0]).fill("Ik dacht dat de hulp gratis was")
    found["twee zinnen gemarkeerd"] = axe_aa(page)
    assert page.evaluate("CSS.highlights.get('gemarkeerd').size") == 2  # both sentences yellow in the letter
    page.locator(".brief").screenshot(path=str(screenshots / f"retour-brief-gemarkeerd-{device}.png"))
    form.screenshot(path=str(screenshots / f"retour-gemarkeerd-{device}.png"))

    with page.expect_navigation():
        page.get_by_role("button", name="Stuur terug naar de afzender").click()
    assert page.title() == "Verstuurd - taalcheck"
    code = page.locator(".nummer strong").inner_text()
    assert len(code) == 9 and code[4] == "-"
    assert "2 zinnen naar Gemeente Lindebroek" in page.locator(".bedankt").inner_text()
    found["verstuurd"] = axe_aa(page)
    page.screenshot(path=str(screenshots / f"retour-verstuurd-{device}.png"), full_page=True)

    new = [m for m in _retour_reports(shared_server) if m["id"] not in before]
    assert len(new) == 1
    report = new[0]
    assert report["organisatie"] == "Gemeente Lindebroek" and report["kenmerk"] == "WMO/2026/17"
    assert [(p["tekst"], p["toelichting"]) for p in report["passages"]] == [
        ("Ingevolge de Wmo betaalt u een eigen bijdrage.", "Ik dacht dat de hulp gratis was"),
        ("Wij hebben uw burgerservicenummer [BSN verwijderd] gebruikt voor de berekening.", None),
    ]
    detail = httpx.get(f"{shared_server.base}/api/meldingen/{code}", headers=shared_server.admin).json()
    assert detail["id"] == report["id"]

    # sending without a ticked sentence: a plain message, also without problems for axe
    page.goto(shared_server.base + "/uitleg")
    page.get_by_label("Tekst van de brief").fill(LETTER)
    with page.expect_navigation():
        page.get_by_role("button", name="Leg de brief uit").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Stuur terug naar de afzender").click()
    assert page.title() == "Niet verstuurd - taalcheck" and page.get_by_role("alert").is_visible()
    found["niet verstuurd"] = axe_aa(page)

    assert {name: r.generate_snapshot() for name, r in found.items() if r.violations_count} == {}
    assert [p for p in problems if "status of 422" not in p] == []  # the empty send is answered 422 on purpose
    page.close()


@pytest.mark.parametrize("kind", ["pdf", "foto"])
def test_send_back_from_pdf_and_photo(browser, axe_aa, shared_server, letter_files, tmp_path, kind):
    """The same at phone width with the letter as a PDF and as a photo (read with OCR)."""
    before = {m["id"] for m in _retour_reports(shared_server)}
    page = browser.new_page(viewport=WIDTHS["telefoon"])
    page.goto(shared_server.base + "/uitleg")
    upload = tmp_path / f"brief.{'pdf' if kind == 'pdf' else 'jpg'}"
    upload.write_bytes(letter_files.pdf(LETTER) if kind == "pdf" else letter_files.photo(LETTER))
    page.get_by_label("Of kies een pdf of een foto", exact=False).set_input_files(str(upload))
    with page.expect_navigation(timeout=120_000):
        page.get_by_role("button", name="Leg de brief uit").click()
    assert "€ 163,50" in page.locator("dl.samenvatting").inner_text()
    form = page.locator("section.terug")
    assert "Bakker" not in form.inner_text()
    boxes = form.locator(".markeer")
    wanted = ("Ingevolge de Wmo", "burgerservicenummer")
    picked = []
    for i in range(boxes.count()):
        label = boxes.nth(i).locator("label").first.inner_text()
        if any(w in label for w in wanted) and len(picked) < 2:
            boxes.nth(i).locator("input[type=checkbox]").check()
            picked.append(boxes.nth(i).locator("input[type=checkbox]").get_attribute("value"))
    assert len(picked) == 2
    result = axe_aa(page)
    assert result.violations_count == 0, result.generate_snapshot()
    with page.expect_navigation():
        page.get_by_role("button", name="Stuur terug naar de afzender").click()
    assert page.title() == "Verstuurd - taalcheck"
    new = [m for m in _retour_reports(shared_server) if m["id"] not in before]
    assert len(new) == 1
    texts = [p["tekst"] for p in new[0]["passages"]]
    assert texts[0] == picked[0] and "[BSN verwijderd]" in texts[1] and "123456782" not in texts[1]
    page.close()
