"""PDF and picture readers: text layers, scans and photos through OCR, clear errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from letter_files import LetterFiles, need, need_tesseract

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

LETTER = CORPUS / "brieven" / "gemeente-terugvordering-bijstand.txt"
DRAW = LetterFiles()
render = DRAW.image


def text_pdf(pages: list[str], path: Path) -> Path:
    path.write_bytes(DRAW.pdf(*pages))
    return path


def test_pdf_text_layer_with_page_and_line(tmp_path):
    need("pypdf")
    from taalcheck.readers import read_file

    first = "Gemeente Lindebroek\n\nGeachte heer Jansen,\n\nWij sturen u deze brief."
    second = "Hebt u vragen?\n\nIndien u vragen heeft, kunt u ons bellen."
    doc = read_file(text_pdf([first, second], tmp_path / "brief.pdf"))
    start = doc.text.index("Indien")
    assert doc.locate(start) == "pagina 2, regel 3"
    assert doc.position(start) == (3, 1)
    assert doc.locate(doc.text.index("Wij sturen")) == "pagina 1, regel 5"
    assert doc.writable is False


def test_check_reads_pdf_with_locations(tmp_path, run_cli):
    need("pypdf")
    pdf = text_pdf([LETTER.read_text(encoding="utf-8")], tmp_path / "brief.pdf")
    result = run_cli("check", "--format", "json", str(pdf))
    assert result.returncode == 1, result.stderr.decode()
    findings = json.loads(result.stdout)["files"][0]["findings"]
    words = {f["text"] for f in findings}
    assert {"ingevolge", "voornoemde"} <= words
    for f in findings:
        assert f["location"] == f"pagina 1, regel {f['line']}"
    text_out = run_cli("check", str(pdf)).stdout.decode()
    assert "(pagina 1, regel " in text_out


def test_broken_pdf_exit_2_one_dutch_line_others_checked(tmp_path, run_cli):
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nrommel")
    good = tmp_path / "goed.txt"
    good.write_text("Indien u vragen heeft, kunt u bellen.\n", encoding="utf-8")
    result = run_cli("check", str(broken), str(good))
    assert result.returncode == 2
    out = result.stdout.decode()
    errors = [line for line in out.splitlines() if line.startswith("fout:")]
    assert errors == [f"fout: {broken}: dit is geen geldig pdf-bestand. Is het bestand kapot?"]
    assert "goed.txt:1:1" in out  # the other file was still checked
    assert "Traceback" not in result.stderr.decode()


def test_pdf_with_password_gives_clear_error(tmp_path):
    pypdf = need("pypdf")
    from taalcheck.readers import ReadError, read_file

    plain = text_pdf(["Geachte heer Jansen,\n\nWij sturen u deze brief."], tmp_path / "open.pdf")
    writer = pypdf.PdfWriter(clone_from=str(plain))
    writer.encrypt(user_password="geheim", algorithm="RC4-128")
    locked = tmp_path / "slot.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(ReadError, match="wachtwoord"):
        read_file(locked)


def test_scanned_pdf_goes_through_ocr(tmp_path):
    need("pypdf")
    need_tesseract()
    from taalcheck.readers import read_file

    image = render(["Geachte mevrouw Bakker,", "", "U moet het bedrag van € 163,50 betalen.", "Bel ons op 088 - 898 92 94."])
    scan = tmp_path / "scan.pdf"
    image.convert("RGB").save(scan, resolution=200)
    doc = read_file(scan)
    assert "€ 163,50" in doc.text
    assert "088 - 898 92 94" in doc.text
    assert any("scan" in note for note in doc.notes)
    assert doc.locate(doc.text.index("Bel")) == "pagina 1, regel 4"


def test_photo_slightly_turned_is_straightened(tmp_path):
    need_tesseract()
    from taalcheck.readers import read_file

    lines = ["Wij hebben uw aanvraag voor bijzondere bijstand ontvangen.", "Stuur ons uiterlijk 1 juni 2026 uw bankafschriften."]
    photo = tmp_path / "foto.jpg"
    render(lines).rotate(4, expand=True, fillcolor=255).save(photo, quality=85)
    doc = read_file(photo)
    assert "bijzondere bijstand ontvangen" in doc.text
    assert "uiterlijk 1 juni 2026" in doc.text
    assert doc.writable is False


def test_heic_photo_from_a_phone(tmp_path):
    need_tesseract()
    heif = need("pillow_heif")
    heif.register_heif_opener()
    from taalcheck.readers import read_file

    photo = tmp_path / "IMG_0001.HEIC"
    render(["U moet het bedrag van € 163,50 betalen."]).convert("RGB").save(photo, format="HEIF", quality=90)
    assert "€ 163,50" in read_file(photo).text


def test_skew_angle_found():
    need("PIL")
    from taalcheck.readers.ocr import skew_angle

    page = render(["Dit is een regel tekst om de hoek te meten."] * 12)
    assert abs(skew_angle(page.rotate(-3, expand=True, fillcolor=255)) - 3) <= 0.5
    assert abs(skew_angle(page)) <= 0.5


def test_picture_without_text_gives_clear_error(tmp_path):
    need_tesseract()
    from PIL import Image

    from taalcheck.readers import ReadError, read_file

    empty = tmp_path / "leeg.png"
    Image.new("RGB", (1200, 900), (200, 200, 200)).save(empty)
    with pytest.raises(ReadError, match="geen tekst lezen"):
        read_file(empty)
    broken = tmp_path / "kapot.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 dit is geen foto")
    with pytest.raises(ReadError, match="niet openen als foto"):
        read_file(broken)


def test_ocr_not_installed_gives_clear_error(tmp_path, monkeypatch):
    need("PIL")
    from taalcheck.readers import ReadError, ocr, read_file

    monkeypatch.setattr(ocr, "TESSERACT", "tesseract-bestaat-niet")
    ocr._languages.cache_clear()
    try:
        photo = tmp_path / "foto.png"
        render(["Geachte heer Jansen,"]).save(photo)
        with pytest.raises(ReadError) as info:
            read_file(photo)
        assert "Tesseract" in str(info.value) and "tesseract-ocr-nld" in str(info.value)
    finally:
        ocr._languages.cache_clear()


def test_ocr_leaves_no_files_behind(tmp_path, monkeypatch):
    need_tesseract()
    import tempfile

    from taalcheck.readers import read_file
    from taalcheck.readers.ocr import private_tempdir

    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setenv("TMPDIR", str(spool))
    monkeypatch.setattr(tempfile, "tempdir", None)
    photo = tmp_path / "foto.png"
    render(["Uniek merkteken XQZW7731 in deze brief."]).save(photo)
    assert "XQZW7731" in read_file(photo).text
    assert list(spool.iterdir()) == []
    with private_tempdir() as folder:
        assert Path(folder).parent == spool
        assert os.stat(folder).st_mode & 0o777 == 0o700
    assert not Path(folder).exists()


def test_folders_are_walked_without_pictures(tmp_path):
    from taalcheck.readers import iter_files

    (tmp_path / "brief.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "foto.jpg").write_bytes(b"")
    (tmp_path / "brief.txt").write_text("Tekst", encoding="utf-8")
    assert sorted(p.name for p in iter_files([tmp_path])) == ["brief.pdf", "brief.txt"]
    assert [p.name for p in iter_files([tmp_path / "foto.jpg"])] == ["foto.jpg"]
