"""Issue 14, problem 7: every `check` and `meldpunt` command meets bad input without a traceback.

Bad ids, database URLs that do not work, an empty --woord and missing files:
always a plain Dutch error of at most two lines, and exit code 2. The
commands run through ``taalcheck``'s own entry point, as a user types them.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from taalcheck.cli import main
from taalcheck.meldpunt.cli import meldpunt

BAD_DBS = {
    "unknown kind": "blah://ergens/db",
    "server that does not answer": "postgresql+psycopg://beheer:geheim@127.0.0.1:1/meldpunt",
    "text file": "{tmp}/brief.txt",
}

# Per meldpunt subcommand: the arguments that come before the bad input.
MELDPUNT_ARGS = {
    "melden": ["melden", "--woord", "keukentafelgesprek"],
    "lijst": ["lijst"],
    "top": ["top"],
    "export": ["export"],
    "status": ["status", "deadbeef", "bekeken"],
    "overnemen": ["overnemen", "deadbeef", "--alternatief", "gesprek", "--lijst", "{tmp}/lijst.csv"],
    "opschonen": ["opschonen"],
    "contact": ["contact", "deadbeef"],
    "contact-verwijderen": ["contact-verwijderen", "deadbeef"],
    "retour": ["retour"],
    "beantwoord": ["beantwoord", "deadbeef"],
}

BAD_IDS = ["status", "overnemen", "contact", "contact-verwijderen", "beantwoord"]


def _cases():
    for name, args in MELDPUNT_ARGS.items():
        for label, url in BAD_DBS.items():
            yield pytest.param(["meldpunt", *args, "--db", url], id=f"meldpunt {name}, --db {label}")
    for name in BAD_IDS:
        yield pytest.param(["meldpunt", *MELDPUNT_ARGS[name], "--db", "{tmp}/ok.sqlite3"], id=f"meldpunt {name}, bad id")
    for woord in ("", "   "):
        yield pytest.param(["meldpunt", "melden", "--woord", woord, "--db", "{tmp}/ok.sqlite3"], id=f"melden --woord {woord!r}")
    yield pytest.param(["meldpunt", "top", "--lijst", "{tmp}/weg.csv", "--db", "{tmp}/ok.sqlite3"], id="top, missing list")
    yield pytest.param(
        ["meldpunt", "export", "--output", "{tmp}/geen-map/uit.csv", "--db", "{tmp}/ok.sqlite3"], id="export, missing folder"
    )
    yield pytest.param(["meldpunt", "opschonen", "--ouder-dan", "een jaar", "--db", "{tmp}/ok.sqlite3"], id="opschonen, bad duration")
    yield pytest.param(["meldpunt", "lijst", "--van", "2026-13-01", "--db", "{tmp}/ok.sqlite3"], id="lijst, bad date")
    for label, url in BAD_DBS.items():
        yield pytest.param(["serve", "--db", url, "--port", "0"], id=f"serve, --db {label}")
    yield pytest.param(["check", "{tmp}/weg.txt"], id="check, missing file")
    yield pytest.param(["check", "--config", "{tmp}/weg.toml", "{tmp}/brief.txt"], id="check, missing config")
    yield pytest.param(["check", "--woordenlijst", "{tmp}/weg.csv", "{tmp}/brief.txt"], id="check, missing word list")
    yield pytest.param(["check", "--select", "jargn", "{tmp}/brief.txt"], id="check, unknown code")
    yield pytest.param(["herschrijf", "{tmp}/weg.txt"], id="herschrijf, missing file")
    yield pytest.param(["regels", "X999"], id="regels, unknown rule")


def test_every_meldpunt_subcommand_is_covered():
    assert set(MELDPUNT_ARGS) == set(meldpunt.commands)


@pytest.mark.parametrize("args", list(_cases()))
def test_bad_input_gives_a_short_dutch_error(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TAALCHECK_DB", str(tmp_path / "standaard.sqlite3"))
    monkeypatch.delenv("TAALCHECK_DEBUG", raising=False)
    (tmp_path / "brief.txt").write_text("Wij hebben uw brief gekregen.\n", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and 1 <= len(lines) <= 2, result.output
    assert "niet verwachtte" not in result.output, result.output  # a known problem gets its own message
    assert "geheim" not in result.output  # a password in a database URL is never shown
    assert not any(word in result.output for word in ("Error", "Usage", "sqlalche.me", "Background")), result.output
