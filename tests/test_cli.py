"""The installed `taalcheck` command, run as a real subprocess."""

from __future__ import annotations

import json

BAD = "Indien u vragen heeft, dient u middels het formulier contact op te nemen.\n"
GOOD = "Heeft u vragen? Bel ons gerust. Wij helpen u graag.\n"


def test_check_file_with_findings_exits_1(run_cli, tmp_path):
    (tmp_path / "brief.txt").write_text(BAD, encoding="utf-8")
    result = run_cli("check", "brief.txt")
    out = result.stdout.decode()
    assert result.returncode == 1, result.stderr.decode()
    assert "brief.txt:1:1: W101 [jargon]" in out
    assert "beter: als" in out


def test_clean_file_exits_0(run_cli, tmp_path):
    (tmp_path / "goed.txt").write_text(GOOD, encoding="utf-8")
    result = run_cli("check", "goed.txt")
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()
    assert "Geen opmerkingen" in result.stdout.decode()


def test_stdin(run_cli):
    result = run_cli("check", "-", "--format", "json", input=BAD.encode())
    data = json.loads(result.stdout)
    assert result.returncode == 1
    assert data["files"][0]["path"] == "-"
    assert {f["text"] for f in data["files"][0]["findings"]} >= {"Indien", "dient", "middels"}


def test_missing_file_is_reported_and_others_still_checked(run_cli, tmp_path):
    (tmp_path / "brief.txt").write_text(BAD, encoding="utf-8")
    result = run_cli("check", "bestaat-niet.txt", "brief.txt")
    out = result.stdout.decode()
    assert result.returncode == 2
    assert "bestaat-niet.txt: dit bestand bestaat niet." in out
    assert "brief.txt:1:1: W101" in out


def test_binary_file_is_refused_in_plain_dutch(run_cli, tmp_path):
    (tmp_path / "plaatje.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = run_cli("check", "plaatje.txt")
    assert result.returncode == 2
    assert "plaatje.txt: dit is geen tekstbestand." in result.stdout.decode()
    assert "Traceback" not in result.stderr.decode()


def test_windows_1252_is_read_with_a_note(run_cli, tmp_path):
    (tmp_path / "oud.txt").write_bytes("Wij betalen € 12,50 terug aan de heer Müller.\n".encode("cp1252"))
    result = run_cli("check", "oud.txt", "--format", "json")
    data = json.loads(result.stdout)
    text = data["files"][0]
    assert result.returncode in (0, 1)
    assert any("Windows-1252" in n for n in text.get("notes", []))


def test_utf8_bom_offsets_point_into_decoded_text(run_cli, tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffIndien u wilt, bel ons.\n".encode("utf-8"))
    data = json.loads(run_cli("check", "bom.txt", "--format", "json").stdout)
    [f] = [f for f in data["files"][0]["findings"] if f["category"] == "jargon"]
    assert (f["start"], f["end"], f["column"]) == (0, 6, 1)


def test_directory_is_walked(run_cli, tmp_path):
    (tmp_path / "brieven").mkdir()
    (tmp_path / "brieven" / "a.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "brieven" / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "brieven" / "plaatje.png").write_bytes(b"\x89PNG")
    data = json.loads(run_cli("check", "brieven", "--format", "json").stdout)
    assert sorted(f["path"].replace("\\", "/") for f in data["files"]) == ["brieven/a.txt", "brieven/b.txt"]


def test_empty_directory_is_an_error(run_cli, tmp_path):
    (tmp_path / "leeg").mkdir()
    result = run_cli("check", "leeg")
    assert result.returncode == 2
    assert "geen bestanden" in result.stdout.decode()


def test_select_ignore_and_max_zinlengte(run_cli, tmp_path):
    (tmp_path / "brief.txt").write_text(BAD, encoding="utf-8")
    only = json.loads(run_cli("check", "brief.txt", "--format", "json", "--select", "lange-zin", "--max-zinlengte", "5").stdout)
    assert {f["category"] for f in only["files"][0]["findings"]} == {"lange-zin"}
    none = run_cli("check", "brief.txt", "--ignore", "W101,lange-zin,G101,G201,W201,A101,A102,M101")
    assert none.returncode == 0


def test_regels_lists_and_explains(run_cli):
    listing = run_cli("regels").stdout.decode()
    assert "W101" in listing and "jargon" in listing and "Z101" in listing
    one = run_cli("regels", "W101").stdout.decode()
    for section in ("Wat het doet", "Waarom is dit lastig voor lezers?", "Voorbeeld", "Beter", "Veiligheid van de aanpassing"):
        assert section in one
    unknown = run_cli("regels", "X999")
    assert unknown.returncode == 2 and "bestaat niet" in unknown.stderr.decode()


def test_bad_word_list_names_file_and_row(run_cli, tmp_path):
    (tmp_path / "lijst.csv").write_text("woord,alternatieven,uitleg,veilig,bron\nmiddels,met,uitleg,misschien,x\n", encoding="utf-8")
    (tmp_path / "brief.txt").write_text(GOOD, encoding="utf-8")
    result = run_cli("check", "brief.txt", "--woordenlijst", "lijst.csv")
    assert result.returncode == 2
    assert "lijst.csv:2:" in result.stderr.decode()


def test_usage_errors_are_dutch(run_cli):
    result = run_cli("check", "--foo")
    err = result.stderr.decode()
    assert result.returncode == 2
    assert "fout: Deze optie bestaat niet '--foo'" in err and "Traceback" not in err
    assert "Bedoelt u 'check'?" in run_cli("chek").stderr.decode()
