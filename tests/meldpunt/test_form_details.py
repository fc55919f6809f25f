"""Issue 14, problem 13: form details for readers who find reading hard.

The error summary names the field; the form passes taalcheck itself; the
receipt number has no characters that look alike; the browser does not fill
in the reader's employer as the sender of the letter.
"""

from __future__ import annotations

import re
import uuid
import warnings

import pytest
from click.testing import CliRunner

from taalcheck.cli import main
from taalcheck.meldpunt.app import create_app
from taalcheck.meldpunt.store import RECEIPT_ALPHABET, receipt_code, receipt_prefix

TOKEN = "beheer-sleutel-1234567890"
CONFUSABLE = set("0OD1Il")


@pytest.fixture
def client(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'm.sqlite3'}", rate_limit="0", admin_token=TOKEN)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(app) as c:
        yield c


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def test_error_summary_names_each_field(client):
    page = client.get("/").text
    r = client.post("/", data={"csrf_token": _token(page), "woord": "beschikking", "zin": "z" * 3000, "toelichting": "t" * 3000})
    assert r.status_code == 422
    summary = re.search(r'<div class="melding-fout" role="alert" aria-labelledby="fouten-titel">(.*?)</div>', r.text, re.S).group(1)
    items = re.findall(r'<li><a href="#(\w+)">([^<]*)</a></li>', summary)
    assert [name for name, _ in items] == ["zin", "toelichting"]
    assert items[0][1].startswith("De zin: Dit is te lang.")
    assert items[1][1].startswith("Wat u dacht: Dit is te lang.")
    assert len({text for _, text in items}) == 2  # no two lines the same


def test_the_form_passes_taalcheck(client, tmp_path, monkeypatch):
    (tmp_path / "formulier.html").write_text(client.get("/").text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "formulier.html", "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output  # no warnings: 'BSN' explained, no misleading example word
    assert "burgerservicenummer (BSN)" in (tmp_path / "formulier.html").read_text(encoding="utf-8")


def test_no_organisation_autocomplete_for_the_sender(client):
    page = client.get("/").text
    field = re.search(r'<input id="organisatie"[^>]*>', page, re.S).group(0)
    assert 'autocomplete="organization"' not in page
    assert 'autocomplete="off"' in field


def test_receipt_code_has_no_lookalikes_and_finds_the_melding(client, tmp_path):
    assert not CONFUSABLE & set(RECEIPT_ALPHABET)
    page = client.get("/").text
    r = client.post("/", data={"csrf_token": _token(page), "woord": "eigen bijdrage"})
    number = re.search(r"Uw nummer: <strong>([^<]+)</strong>", r.text).group(1)
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}", number) and not CONFUSABLE & set(number)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    stored = client.get(f"/api/meldingen/{number.lower().replace('-', ' ')}", headers=auth).json()
    assert stored["woord"] == "eigen bijdrage"


def test_receipt_code_round_trip():
    for _ in range(2000):
        melding_id = str(uuid.uuid4())
        code = receipt_code(melding_id)
        assert len(code) == 9 and not CONFUSABLE & set(code)
        assert receipt_prefix(code) == melding_id[:8]
    assert receipt_prefix("deadbeef") is None and receipt_prefix("ABCD-0123") is None


def test_admin_can_use_the_receipt_code_in_the_cli(tmp_path):
    db = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    out = CliRunner().invoke(main, ["meldpunt", "melden", "--woord", "eigen bijdrage", "--db", db]).output
    code = receipt_code(out.split("Nummer: ")[1].strip())
    result = CliRunner().invoke(main, ["meldpunt", "status", code, "bekeken", "--db", db])
    assert result.exit_code == 0 and "heeft nu status 'bekeken'" in result.output
