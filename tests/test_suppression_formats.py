"""Inline suppression in plain text and Word files (first-day issue, problem 9)."""

from __future__ import annotations

import io
import json
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from taalcheck.cli import main


def _findings(path) -> list:
    """What `taalcheck check --format json` reports for one file."""
    result = CliRunner().invoke(main, ["check", "--format", "json", str(path)])
    assert result.exit_code in (0, 1), result.output
    return [SimpleNamespace(**f) for file in json.loads(result.output)["files"] for f in file["findings"]]


def test_txt_comment_line_suppresses_the_next_paragraph(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text(
        "Geachte heer Jansen,\n\n"
        "# taalcheck: negeer W101\n"
        "Wij verzoeken u middels dit formulier te betalen.\n\n"
        "Indien u vragen heeft, kunt u ons bellen.\n",
        encoding="utf-8",
    )
    texts = [f.text for f in _findings(letter) if f.rule == "W101"]
    assert "middels" not in texts
    assert "Indien" in texts  # the next paragraph is checked again
    assert not any("taalcheck" in f.text for f in _findings(letter))  # the comment itself is not checked


def test_txt_trailing_comment_suppresses_its_own_line(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text(
        "Wij verzoeken u middels dit formulier te betalen. # taalcheck: negeer jargon\nIndien nodig bellen wij.\n", encoding="utf-8"
    )
    texts = [f.text for f in _findings(letter) if f.category == "jargon"]
    assert "middels" not in texts and "Indien" in texts


def test_a_hash_in_a_letter_is_not_a_comment(tmp_path):
    letter = tmp_path / "brief.txt"
    letter.write_text("Uw dossier #4411 is bekeken. Wij verzoeken u middels dit formulier te betalen.\n", encoding="utf-8")
    assert "middels" in [f.text for f in _findings(letter)]


def test_word_comment_suppresses_the_paragraph_it_covers(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    first = document.add_paragraph("Wij verzoeken u middels dit formulier te betalen.")
    document.add_paragraph("Indien u vragen heeft, kunt u ons bellen.")
    document.add_comment(first.runs, text="taalcheck: negeer W101", author="Redactie")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "brief.docx"
    path.write_bytes(buffer.getvalue())
    texts = [f.text for f in _findings(path) if f.rule == "W101"]
    assert "middels" not in texts
    assert "Indien" in texts


def test_other_word_comments_hide_nothing(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    first = document.add_paragraph("Wij verzoeken u middels dit formulier te betalen.")
    document.add_comment(first.runs, text="Klopt dit bedrag?", author="Redactie")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "brief.docx"
    path.write_bytes(buffer.getvalue())
    assert "middels" in [f.text for f in _findings(path)]
