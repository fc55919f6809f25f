"""The command line for fixes: check --fix / --diff / --unsafe-fixes, and herschrijf.

Runs the click application in-process (one spaCy load for the module).
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from taalcheck.cli import main

LETTER = "Geachte heer,\r\n\r\nIndien u vragen heeft, kunt u bellen. U dient het formulier in te vullen.\r\n"
FIXED = "Geachte heer,\r\n\r\nAls u vragen heeft, kunt u bellen. U moet het formulier invullen.\r\n"


@pytest.fixture
def runner():
    return CliRunner()


def _run(runner, *args):
    return runner.invoke(main, list(args), catch_exceptions=False)


def test_diff_shows_the_fixes_and_writes_nothing(runner, tmp_path):
    path = tmp_path / "brief.txt"
    path.write_bytes(LETTER.encode("utf-8"))
    result = _run(runner, "check", "--diff", str(path))
    assert "-Indien u vragen heeft" in result.output
    assert "+Als u vragen heeft, kunt u bellen. U moet het formulier invullen." in result.output
    assert path.read_bytes() == LETTER.encode("utf-8")


def test_fix_writes_safe_fixes_keeping_encoding_and_line_ends(runner, tmp_path):
    path = tmp_path / "brief.txt"
    path.write_bytes(LETTER.encode("cp1252"))
    result = _run(runner, "check", "--fix", str(path))
    assert result.exit_code in (0, 1)
    assert path.read_bytes() == FIXED.encode("cp1252")
    again = _run(runner, "check", "--fix", str(path))
    assert path.read_bytes() == FIXED.encode("cp1252")  # a second run changes nothing
    assert "Indien" not in again.output


def test_unsafe_fixes_add_the_proposals(runner, tmp_path):
    text = "Het formulier wordt door de gemeente naar u gestuurd.\n"
    path = tmp_path / "brief.txt"
    path.write_text(text, encoding="utf-8")
    _run(runner, "check", "--fix", "--select", "passief", str(path))
    assert path.read_text(encoding="utf-8") == text
    _run(runner, "check", "--fix", "--unsafe-fixes", "--select", "passief", str(path))
    assert path.read_text(encoding="utf-8") == "De gemeente stuurt het formulier naar u.\n"


def test_fix_never_touches_markup_or_placeholders(runner, tmp_path):
    html = tmp_path / "brief.html"
    source = "<html><body><p>Indien u vragen heeft, belt u <b>ons</b>.</p>\n<p>Beste «naam», indien nodig bellen wij.</p></body></html>\n"
    html.write_text(source, encoding="utf-8")
    _run(runner, "check", "--fix", str(html))
    fixed = html.read_text(encoding="utf-8")
    # 'indien nodig' has no verb: 'als nodig' is no Dutch (issue 17), so it stays
    assert fixed == source.replace("Indien u", "Als u")


def test_fix_does_not_write_into_a_word_file(runner, tmp_path):
    docx = pytest.importorskip("docx")
    path = tmp_path / "brief.docx"
    document = docx.Document()
    document.add_paragraph("Indien u vragen heeft, kunt u bellen.")
    document.save(path)
    before = path.read_bytes()
    result = _run(runner, "check", "--fix", str(path))
    assert path.read_bytes() == before
    assert result.exit_code == 1  # by the findings: a Word file is no usage error (issue 14, problem 5)
    assert "dit soort bestand past taalcheck niet zelf aan" in result.stderr
    assert "W101" in result.stdout


def test_herschrijf_prints_the_letter_and_a_table(runner, tmp_path):
    path = tmp_path / "brief.txt"
    path.write_bytes(LETTER.encode("utf-8"))
    result = _run(runner, "herschrijf", str(path))
    assert result.exit_code == 0
    assert "Als u vragen heeft, kunt u bellen. U moet het formulier invullen." in result.output
    for label in ("Gemiddelde zinslengte", "Lange zinnen", "Ambtelijke woorden", "Flesch-Douma", "Geschat niveau"):
        assert label in result.output
    jargon_row = next(line for line in result.output.splitlines() if line.startswith("Ambtelijke woorden"))
    assert jargon_row.split()[-2:] == ["2", "0"]
    assert path.read_bytes() == LETTER.encode("utf-8")  # herschrijf never writes


def test_herschrijf_without_table_and_with_a_missing_file(runner, tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text("Indien u wilt, bellen wij u.\n", encoding="utf-8")
    result = _run(runner, "herschrijf", "--zonder-tabel", str(path))
    assert result.output == "Als u wilt, bellen wij u.\n"
    missing = _run(runner, "herschrijf", str(tmp_path / "weg.txt"))
    assert missing.exit_code == 2
