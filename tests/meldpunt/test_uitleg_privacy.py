"""The citizens' page /uitleg keeps nothing: a letter with a unique marker, sent as text, PDF and photo to a
real `taalcheck serve`, is afterwards in no file, temporary file, database row or log."""

from __future__ import annotations

import io
import os
from pathlib import Path

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


def _pdf() -> bytes | None:
    try:
        import fpdf
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("fpdf2 ontbreekt")
        return None
    pdf = fpdf.FPDF()
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if font.exists():
        pdf.add_font("dejavu", "", str(font))
        pdf.set_font("dejavu", size=11)
    else:
        pdf.set_font("helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, LETTER)
    return bytes(pdf.output())


def _photo() -> bytes | None:
    from taalcheck.readers import ocr

    if not ocr.available():
        if os.environ.get("CI") == "true":
            pytest.fail("tesseract met Nederlandse taaldata ontbreekt")
        return None
    from PIL import Image, ImageDraw, ImageFont

    font_path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    font = ImageFont.truetype(str(font_path), 30) if font_path.exists() else ImageFont.load_default(size=30)
    lines = LETTER.splitlines()
    image = Image.new("L", (1800, 120 + 46 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((80, 60 + 46 * i), line, font=font, fill=0)
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=90)
    return buffer.getvalue() + b"\0" * 1_100_000  # bigger than the 1 MB the upload parser keeps in memory


def test_letter_leaves_no_trace(tmp_path, monkeypatch, start_server):
    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setenv("TMPDIR", str(spool))  # the server's temporary files go here
    db_file = tmp_path / "meldpunt.sqlite3"
    server = start_server(f"sqlite:///{db_file}")

    sent = 0
    answer = httpx.post(f"{server.base}/uitleg", data={"tekst": LETTER}, timeout=120)
    assert answer.status_code == 200 and "€ 163,50" in answer.text
    sent += 1
    for name, data, kind in (("brief.pdf", _pdf(), "application/pdf"), ("foto.jpg", _photo(), "image/jpeg")):
        if data is None:
            continue
        answer = httpx.post(f"{server.base}/uitleg", files={"bestand": (name, data, kind)}, timeout=180)
        assert answer.status_code == 200, answer.text
        assert "€ 163,50" in answer.text
        sent += 1
    server.stop()

    marker = MARKER.encode()
    assert marker not in server.log().encode(), "the letter is in the server log"
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert marker not in path.read_bytes(), f"the letter is in {path}"
    assert list(spool.iterdir()) == [], "a temporary file was left behind"
    assert db_file.exists() and marker not in db_file.read_bytes()
    assert sent >= 1
