"""The whole loop: readers report a word, an editor takes it over, and
`taalcheck check --woordenlijst` then flags it with the number of reports."""

import json
import os
import pathlib
import subprocess
import sys

import pytest
from click.testing import CliRunner

import taalcheck.meldpunt
from taalcheck.meldpunt.cli import meldpunt

pytestmark = pytest.mark.slow


def test_reports_become_a_rule(tmp_path):
    pytest.importorskip("taalcheck.cli", reason="taalcheck.cli ontbreekt nog")
    db = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    runner = CliRunner()
    for i in range(3):
        args = ["melden", "--woord", "keukentafelgesprek", "--organisatie", "Gemeente A", "--sleutel", f"k{i}"]
        assert runner.invoke(meldpunt, [*args, "--db", db]).exit_code == 0
    melding_id = json.loads(runner.invoke(meldpunt, ["lijst", "--json", "--db", db]).output)["meldingen"][0]["id"]
    lijst = tmp_path / "gemeente-a.csv"
    result = runner.invoke(
        meldpunt,
        [
            "overnemen",
            melding_id,
            "--alternatief",
            "gesprek over hulp",
            "--lijst",
            str(lijst),
            "--uitleg",
            "Zeg waar het gesprek over gaat.",
            "--db",
            db,
        ],
    )
    assert result.exit_code == 0, result.output

    brief = tmp_path / "brief.txt"
    brief.write_text("Wij nodigen u uit voor een keukentafelgesprek op maandag.\n", encoding="utf-8")
    package_root = pathlib.Path(taalcheck.meldpunt.__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(package_root), os.environ.get("PYTHONPATH")]))}
    check = subprocess.run(
        [sys.executable, "-m", "taalcheck", "check", "--woordenlijst", str(lijst), "--format", "json", str(brief)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert check.returncode == 1, check.stderr
    findings = json.loads(check.stdout)["files"][0]["findings"]
    found = [f for f in findings if f["text"] == "keukentafelgesprek"]
    assert found and found[0]["category"] == "jargon"
    assert "3 lezers meldden dit woord" in found[0]["message"]
    assert found[0]["suggestions"] == ["gesprek over hulp"]
