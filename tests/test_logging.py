"""Logging: messages under ``taalcheck.*``; a reader crash shows its traceback with --verbose."""

from __future__ import annotations

import logging


def _broken_reader(*args, **kwargs):
    raise KeyError("kapot")


def test_a_reader_crash_is_logged_with_its_traceback_under_verbose(run_cli, tmp_path, monkeypatch):
    from taalcheck import readers

    monkeypatch.setitem(readers.READERS, ".txt", _broken_reader)
    (tmp_path / "brief.txt").write_text("Indien u vragen heeft, bel ons.", encoding="utf-8")

    quiet = run_cli("check", "brief.txt")
    said = quiet.stdout.decode() + quiet.stderr.decode()
    assert quiet.returncode == 2
    assert "brief.txt: dit bestand kon niet gelezen worden (KeyError). Met --verbose ziet u waarom." in said
    assert "Traceback" not in said

    loud = run_cli("check", "--verbose", "brief.txt")
    err = loud.stderr.decode()
    assert loud.returncode == 2
    assert "DEBUG taalcheck.run: Lezer faalde op brief.txt" in err
    assert "Traceback (most recent call last)" in err and "KeyError: 'kapot'" in err


def test_an_edited_word_list_is_logged(tmp_path, caplog):
    from taalcheck.core.options import CheckOptions
    from taalcheck.engine.checker import Checker

    lijst = tmp_path / "lijst.csv"
    lijst.write_text("woord,alternatieven,uitleg,veilig,bron\n", encoding="utf-8")
    checker = Checker(CheckOptions(woordenlijsten=(str(lijst),)))
    lijst.write_text("woord,alternatieven,uitleg,veilig,bron\ndaarna,dan,Test.,nee,test\n", encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="taalcheck"):
        checker.refresh()
    assert [(r.name, r.levelname) for r in caplog.records] == [("taalcheck.engine.checker", "INFO")]
