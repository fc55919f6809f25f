"""The citizens' page /uitleg: paste, PDF or photo in; summary and explained letter out; nothing kept."""

from __future__ import annotations

import os

import pytest

fastapi_testclient = pytest.importorskip("fastapi.testclient")

MARKER = "QZXW-UNIEK-7731"
LETTER = f"""Gemeente Lindebroek
Postbus 80
7411 GX Lindebroek

Mevrouw R. Bakker {MARKER}
Esstraat 19

Datum: 4 mei 2026
Onderwerp: Eigen bijdrage huishoudelijke hulp

Geachte mevrouw Bakker,

Ingevolge de Wmo betaalt u een eigen bijdrage. U moet in totaal € 163,50 betalen.
Betaal dit bedrag binnen zes weken na de datum van deze brief.

Heeft u vragen? Bel ons op 14 0546.

Met vriendelijke groet,

J. de Vries
"""


@pytest.fixture
def client(tmp_path, monkeypatch):
    from taalcheck.meldpunt.app import create_app

    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setenv("TMPDIR", str(spool))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    app = create_app(db_url=f"sqlite:///{tmp_path / 'meldpunt.sqlite3'}", rate_limit="0", admin_token="x" * 32)
    with fastapi_testclient.TestClient(app) as c:
        c.spool = spool
        c.db = tmp_path / "meldpunt.sqlite3"
        yield c


def test_form_says_the_letter_is_not_kept(client):
    page = client.get("/uitleg")
    assert page.status_code == 200
    assert "Uw brief blijft niet bij ons." in page.text
    assert 'enctype="multipart/form-data"' in page.text and "<script" not in page.text
    css = client.get("/uitleg/uitleg.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")


def test_pasted_letter_is_explained_with_summary(client):
    page = client.post("/uitleg", data={"tekst": LETTER})
    assert page.status_code == 200, page.text
    html = page.text
    assert "€ 163,50" in html and "15 juni 2026" in html and "14 0546" in html
    assert '<span class="woord">Ingevolge</span> <span class="uitleg">[= volgens of door]</span>' in html
    assert "Wet maatschappelijke ondersteuning" in html
    assert html.index("De brief in het kort") < html.index("De brief, met uitleg")
    assert page.headers["cache-control"] == "no-store"
    # "Lees voor" is our own script: the explained page allows exactly that, the form needs no script at all
    assert page.headers["content-security-policy"].endswith("; script-src 'self'; connect-src 'self'; media-src 'self' blob:")
    assert '<script src="/uitleg/voorlezen.js"></script>' in html and "<script>" not in html
    assert "script-src" not in client.get("/uitleg").headers["content-security-policy"]
    script = client.get("/uitleg/voorlezen.js")
    assert script.status_code == 200 and "speechSynthesis" in script.text


def test_pdf_upload(client, letter_files):
    page = client.post("/uitleg", files={"bestand": ("mijn brief.pdf", letter_files.pdf(LETTER), "application/pdf")})
    assert page.status_code == 200, page.text
    assert "€ 163,50" in page.text and "15 juni 2026" in page.text
    assert "mijn brief" not in page.text  # the reader's file name is not used


def test_photo_upload_and_nothing_left_behind(client, letter_files):
    photo = letter_files.photo(LETTER) + b"\0" * (1_200_000)  # over the 1 MB spool size: the parser writes a temporary file
    page = client.post("/uitleg", files={"bestand": ("foto.jpg", photo, "image/jpeg")})
    assert page.status_code == 200, page.text
    assert "€ 163,50" in page.text
    assert "van een foto gelezen" in page.text
    assert list(client.spool.iterdir()) == []  # no temporary file left
    stored = client.db.read_bytes() if client.db.exists() else b""
    assert MARKER.encode() not in stored


def test_unreadable_upload_gives_plain_message(client):
    page = client.post("/uitleg", files={"bestand": ("x.pdf", b"%PDF-1.4 rommel", "application/pdf")})
    assert page.status_code == 422
    assert "Dit is geen geldig pdf-bestand. Is het bestand kapot?" in page.text
    assert "brief.pdf" not in page.text
    empty = client.post("/uitleg", data={"tekst": "   "})
    assert empty.status_code == 400 and "Plak de tekst van de brief" in empty.text


def test_upload_route_has_its_own_size_limit(client):
    big = client.post("/uitleg", files={"bestand": ("x.jpg", b"\xff\xd8\xff" + b"\0" * 11_000_000, "image/jpeg")})
    assert big.status_code == 413
    other = client.post("/api/meldingen", content=b"{" + b" " * 200_000 + b"}", headers={"content-type": "application/json"})
    assert other.status_code == 413  # the rest of the app keeps its 64 kB


def test_explaining_has_its_own_rate_limit(tmp_path):
    from taalcheck.meldpunt.app import create_app
    from taalcheck.uitleg.web import LETTERS_PER_MINUTE

    app = create_app(db_url=f"sqlite:///{tmp_path / 'm.sqlite3'}", rate_limit="30/minute", admin_token="x" * 32)
    with fastapi_testclient.TestClient(app) as c:
        codes = [c.post("/uitleg", data={"tekst": "   "}).status_code for _ in range(LETTERS_PER_MINUTE + 1)]
        assert codes[:-1] == [400] * LETTERS_PER_MINUTE and codes[-1] == 429
        assert c.get("/").status_code == 200  # the meldpunt form is not limited by it


def _need_espeak():
    from taalcheck.uitleg import speech

    if not speech.available():
        if os.environ.get("CI") == "true":
            pytest.fail("espeak-ng met een Nederlandse stem ontbreekt (apt-get install espeak-ng)")
        pytest.skip("espeak-ng met een Nederlandse stem ontbreekt")


def test_server_reads_a_block_aloud_when_the_browser_cannot(client):
    _need_espeak()
    page = client.post("/uitleg", data={"tekst": LETTER})
    assert 'id="voorlezen"' in page.text and 'data-stem="server"' in page.text
    sound = client.post("/uitleg/voorlezen", data={"tekst": "Betaal dit bedrag binnen zes weken."})
    assert sound.status_code == 200 and sound.headers["content-type"] == "audio/wav"
    assert sound.content.startswith(b"RIFF") and len(sound.content) > 10_000  # about two seconds of speech
    assert sound.headers["cache-control"] == "no-store"


def test_read_aloud_refuses_plainly(client, monkeypatch):
    _need_espeak()
    from taalcheck.uitleg import speech

    empty = client.post("/uitleg/voorlezen", data={"tekst": "  "})
    assert empty.status_code == 400 and empty.text == "Er is geen tekst om voor te lezen."
    long = client.post("/uitleg/voorlezen", data={"tekst": "woord " * 400})
    assert long.status_code == 413 and "te lang" in long.text
    monkeypatch.setattr(speech, "available", lambda: False)
    assert "data-stem" not in client.post("/uitleg", data={"tekst": LETTER}).text
    gone = client.post("/uitleg/voorlezen", data={"tekst": "Goedemorgen."})
    assert gone.status_code == 503 and "Vraag iemand om de brief voor te lezen." in gone.text
