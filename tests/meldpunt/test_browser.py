"""The form in headless Chromium: fill in, make a mistake, fix it, send.

Screenshots go to test-output/ for a human look.
"""

import httpx
import pytest

pytestmark = pytest.mark.slow


def test_citizen_reports_a_word_on_a_phone(browser, shared_server, admin_token, screenshots):
    page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=1)
    problems = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda err: problems.append(str(err)))

    page.goto(f"{shared_server.base}/?organisatie=Gemeente%20Utrecht&kenmerk=BR-2026-014")
    assert page.title() == "Meld een moeilijk woord - Meldpunt moeilijke woorden"
    assert page.get_by_label("Van wie kwam de brief?").input_value() == "Gemeente Utrecht"
    page.screenshot(path=str(screenshots / "meldpunt-formulier.png"), full_page=True)

    # A mistake: only a sentence, no word, and an e-mail address without consent.
    page.get_by_label("In welke zin stond het woord?").fill("Wij verstrekken u een maatwerkvoorziening.")
    page.get_by_label("Uw e-mailadres").fill("lezer@voorbeeld.nl")
    with page.expect_navigation():
        page.get_by_role("button", name="Verstuur melding").click()
    assert page.title().startswith("Fout: ")
    assert page.get_by_role("alert").first.is_visible()
    woord = page.get_by_label("Welk woord snapt u niet?")
    assert woord.get_attribute("aria-invalid") == "true"
    assert page.evaluate("document.activeElement.id") == "woord"  # focus on the first mistake
    described = woord.get_attribute("aria-describedby").split()
    assert page.locator(f"#{described[-1]}").inner_text().endswith("Vul het woord in dat u niet snapt.")
    assert page.get_by_label("In welke zin stond het woord?").input_value() == "Wij verstrekken u een maatwerkvoorziening."
    page.screenshot(path=str(screenshots / "meldpunt-formulier-fout.png"), full_page=True)
    page.screenshot(path=str(screenshots / "meldpunt-formulier-fout-scherm.png"))  # what the phone shows first

    # Fix it with the keyboard only.
    page.keyboard.type("maatwerkvoorziening")
    page.get_by_label("Ja, u mag mij mailen of bellen over deze melding.", exact=False).focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Verstuur melding").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.title().startswith("Bedankt voor uw melding")
    number = page.locator(".nummer strong").inner_text()
    assert len(number) == 9 and number[4] == "-"  # receipt code: two groups of four
    page.screenshot(path=str(screenshots / "meldpunt-bedankt.png"), full_page=True)
    # No script errors and no CSP violations; the only failed load is the
    # form with mistakes, which is answered with status 422 on purpose.
    assert [p for p in problems if "status of 422" not in p] == []

    stored = httpx.get(f"{shared_server.base}/api/meldingen/{number.lower()}", headers={"Authorization": f"Bearer {admin_token}"}).json()
    assert stored["woord"] == "maatwerkvoorziening"
    assert stored["organisatie"] == "Gemeente Utrecht" and stored["kenmerk"] == "BR-2026-014"
    assert stored["heeft_contact"] is True


def test_tap_targets_and_no_sideways_scrolling(browser, shared_server):
    page = browser.new_page(viewport={"width": 320, "height": 640})
    page.goto(shared_server.base + "/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    for selector in ("button.knop", "#woord", "#toestemming"):
        box = page.locator(selector).bounding_box()
        assert box["height"] >= 24 and box["width"] >= 24, selector
    assert page.locator("button.knop").bounding_box()["height"] >= 44


def test_axe_finds_no_wcag_aa_problems(browser, axe_aa, shared_server):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    pages = {}
    page.goto(shared_server.base + "/?organisatie=Gemeente%20Utrecht")
    pages["formulier"] = axe_aa(page)
    with page.expect_navigation():
        page.get_by_role("button", name="Verstuur melding").click()
    pages["formulier met fouten"] = axe_aa(page)
    page.get_by_label("Welk woord snapt u niet?").fill("beschikking")
    with page.expect_navigation():
        page.get_by_role("button", name="Verstuur melding").click()
    pages["bedankt"] = axe_aa(page)
    report = {name: result.generate_snapshot() for name, result in pages.items() if result.violations_count}
    assert report == {}
