"""Issue 14, problem 15: the text output gives an adviser what they need, in Dutch.

Per letter the B1 estimate and key metrics, the severity of each finding, a
confirmation for --output, files in a folder that taalcheck cannot read named
as skipped, no "Geen opmerkingen in 0 bestanden" after errors, and click's
own help texts in Dutch.
"""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from taalcheck.cli import main

BAD = "Indien u vragen heeft, dient u middels het formulier contact op te nemen.\n"
GOOD = "Heeft u vragen? Bel ons gerust. Wij helpen u graag.\n"


def _run(tmp_path, monkeypatch, *args):
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_each_letter_gets_its_b1_estimate_metrics_and_severities(tmp_path, monkeypatch):
    (tmp_path / "brief.txt").write_text(BAD, encoding="utf-8")
    result = _run(tmp_path, monkeypatch, "check", "brief.txt")
    assert result.exit_code == 1
    out = result.stdout
    assert "brief.txt:1:1: W101 [jargon] waarschuwing: 'Indien' is ambtelijke taal." in out
    [level] = [line for line in out.splitlines() if line.startswith("brief.txt: niveau ")]
    assert re.match(
        r"brief\.txt: niveau (B1|hoger dan B1) \(\d+ woorden, 1 zin, gemiddeld [\d,]+ woorden per zin, "
        r"\d+% lange zinnen, \d+% moeilijke woorden, Flesch-Douma -?[\d,]+\)$",
        level,
    ), level
    assert re.search(r"^\d+ opmerkingen in 1 bestand \(\d+ waarschuwingen(, \d+ info)?\)\.$", out, re.M), out


def test_output_file_is_confirmed_on_stderr(tmp_path, monkeypatch):
    (tmp_path / "brief.txt").write_text(BAD, encoding="utf-8")
    result = _run(tmp_path, monkeypatch, "check", "brief.txt", "--format", "html", "--output", "rapport.html")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert re.fullmatch(r"Resultaat geschreven naar rapport\.html \(1 bestand, \d+ opmerkingen\)\.\n", result.stderr)
    assert (tmp_path / "rapport.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_rtf_and_doc_in_a_folder_are_named_as_skipped(tmp_path, monkeypatch):
    folder = tmp_path / "brieven"
    folder.mkdir()
    (folder / "goed.txt").write_text(GOOD, encoding="utf-8")
    (folder / "oud.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)
    (folder / "besluit.rtf").write_bytes(b"{\\rtf1\\ansi Besluit}")
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = _run(tmp_path, monkeypatch, "check", "brieven")
    assert result.exit_code == 0, result.output  # skipping is no error; the findings decide
    out = result.stdout
    assert f"overgeslagen: {folder.name}/besluit.rtf: dit soort bestand kan taalcheck (nog) niet lezen." in out
    assert f"overgeslagen: {folder.name}/oud.doc: dit soort bestand kan taalcheck (nog) niet lezen." in out
    assert "logo.png" not in out  # a picture is no letter
    assert "Geen opmerkingen in 1 bestand. 2 bestanden overgeslagen." in out

    as_json = _run(tmp_path, monkeypatch, "check", "brieven", "--format", "json")
    assert "overgeslagen: brieven/besluit.rtf" in as_json.stderr


def test_only_unreadable_files_in_a_folder_are_still_named(tmp_path, monkeypatch):
    folder = tmp_path / "rtf"
    folder.mkdir()
    (folder / "besluit.rtf").write_bytes(b"{\\rtf1 Besluit}")
    result = _run(tmp_path, monkeypatch, "check", "rtf")
    assert "overgeslagen: rtf/besluit.rtf" in result.stdout
    assert "Geen opmerkingen in 0 bestanden. 1 bestand overgeslagen." in result.stdout


def test_no_all_clear_after_errors(tmp_path, monkeypatch):
    result = _run(tmp_path, monkeypatch, "check", "bestaat-niet.txt")
    assert result.exit_code == 2
    assert "Geen opmerkingen" not in result.output
    assert result.stdout.strip() == "fout: bestaat-niet.txt: dit bestand bestaat niet."

    (tmp_path / "goed.txt").write_text(GOOD, encoding="utf-8")
    mixed = _run(tmp_path, monkeypatch, "check", "bestaat-niet.txt", "goed.txt")
    assert mixed.exit_code == 2
    assert mixed.stdout.strip().splitlines()[-1] == "Geen opmerkingen in 1 bestand. Er was 1 fout (zie boven)."


HELP_PAGES = [
    [],
    ["check"],
    ["regels"],
    ["herschrijf"],
    ["serve"],
    ["meldpunt"],
    ["meldpunt", "melden"],
    ["meldpunt", "lijst"],
    ["meldpunt", "status"],
    ["meldpunt", "overnemen"],
    ["meldpunt", "contact"],
]


@pytest.mark.parametrize("command", HELP_PAGES, ids=lambda c: " ".join(c) or "taalcheck")
def test_help_is_dutch(tmp_path, monkeypatch, command):
    result = _run(tmp_path, monkeypatch, *command, "--help")
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("Gebruik: ") and "\nOpties:\n" in out and "Toon deze hulp en stop." in out
    for english in ("Usage:", "Options:", "Commands:", "[required]", "default:", "Show this message", "TEXT", "INTEGER", "PATH"):
        assert english not in out, f"{english!r} in: {out}"
    if command in ([], ["meldpunt"]):
        assert "\nOpdrachten:\n" in out
    if command == ["meldpunt", "melden"]:
        assert "[verplicht]" in out
