"""Tests run against the installed package, and the wheel carries its data."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import taalcheck
from taalcheck.lexicon.wordlists import shipped_dir

REPO = Path(__file__).resolve().parents[1]


def test_imported_from_installed_package_not_checkout():
    location = Path(taalcheck.__file__).resolve()
    if "site-packages" not in location.parts:
        pytest.skip("taalcheck komt uit de checkout (ontwikkelmodus); CI test het geïnstalleerde pakket")
    assert location.parent != REPO / "taalcheck"


def test_word_lists_are_found_inside_the_package():
    folder = shipped_dir()
    assert (folder / "jargon.csv").is_file()
    location = Path(taalcheck.__file__).resolve().parent
    if "site-packages" in location.parts:
        assert folder.resolve().parent == location


@pytest.mark.slow
def test_wheel_contains_word_lists_and_model(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("taalcheck-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "jargon.csv",
        "afkortingen.csv",
        "misleidend.csv",
        "betekenissen.csv",
        "toegestaan.csv",
        "vaktermen.csv",
        "grammatica/vervoegingen.csv",
        "vaste-termen/vaste-termen.csv",
    ):
        assert f"taalcheck/woordenlijsten/{required}" in names
    assert "taalcheck/model/config.cfg" in names, "het getrainde model ontbreekt in het wiel"
    assert any(n.startswith("taalcheck/meldpunt/") for n in names)
    assert {"taalcheck/uitleg/templates/uitleg.html", "taalcheck/uitleg/uitleg.css"} <= names  # the citizens' page
