"""The citizens' page /uitleg keeps nothing: a letter with a unique marker, sent as text, PDF and photo to a
real `taalcheck serve`, is afterwards in no file, temporary file, database row or log."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.slow

MARKER = "MRKR-8842-UNIEK"
LETTER = f"""Gemeente Lindebroek

Datum: 4 mei 2026
Onderwerp: Eigen bijdrage

Geachte heer {MARKER},

U moet in totaal € 163,50 betalen. Betaal dit bedrag binnen zes weken na de datum van deze brief.
Uw BSN is 123456782. Ons telefoonnummer is 14 0546.
"""


def test_letter_leaves_no_trace(tmp_path, monkeypatch, start_server, letter_files):
    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setenv("TMPDIR", str(spool))  # the server's temporary files go here
    db_file = tmp_path / "meldpunt.sqlite3"
    server = start_server(f"sqlite:///{db_file}")

    sent = 0
    answer = httpx.post(f"{server.base}/uitleg", data={"tekst": LETTER}, timeout=120)
    assert answer.status_code == 200 and "€ 163,50" in answer.text
    sent += 1
    # over the 1 MB the upload parser keeps in memory, so the server spools them to a temporary file
    padding = b"\0" * 1_100_000
    pdf, photo = letter_files.pdf(LETTER) + padding, letter_files.photo(LETTER) + padding
    for name, data, kind in (("brief.pdf", pdf, "application/pdf"), ("foto.jpg", photo, "image/jpeg")):
        answer = httpx.post(f"{server.base}/uitleg", files={"bestand": (name, data, kind)}, timeout=180)
        assert answer.status_code == 200, answer.text
        assert "€ 163,50" in answer.text
        sent += 1
    from taalcheck.uitleg import speech

    if speech.available():  # reading aloud on the server (espeak-ng) keeps nothing either
        answer = httpx.post(f"{server.base}/uitleg/voorlezen", data={"tekst": f"Geachte heer {MARKER},"}, timeout=60)
        assert answer.status_code == 200 and answer.content.startswith(b"RIFF")
    server.stop()

    marker = MARKER.encode()
    assert marker not in server.log().encode(), "the letter is in the server log"
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert marker not in path.read_bytes(), f"the letter is in {path}"
    assert list(spool.iterdir()) == [], "a temporary file was left behind"
    assert db_file.exists() and marker not in db_file.read_bytes()
    assert sent >= 1
