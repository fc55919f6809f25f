"""Issue 14, problem 11: `meldpunt top` counts variants of a word as one, and knows what a list holds.

'keukentafelgesprek' and 'Keukentafelgesprekken' are one word; 'Gemeente
Zwolle' and 'gemeente zwolle' one organisation. After `overnemen` the word
is never shown as "staat nog in geen lijst".
"""

from __future__ import annotations

import json

from click.testing import CliRunner

from taalcheck.cli import main
from taalcheck.meldpunt.varianten import variant_key


def _cli(db_url, *args):
    result = CliRunner().invoke(main, ["meldpunt", *args, "--db", db_url], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _melden(db_url, woord, organisatie, sleutel):
    out = _cli(db_url, "melden", "--woord", woord, "--organisatie", organisatie, "--sleutel", sleutel)
    return out.split("Nummer: ")[1].strip()


def test_top_merges_case_and_plural_and_organisation_spelling(db_url):
    _melden(db_url, "keukentafelgesprek", "Gemeente Zwolle", "a")
    _melden(db_url, "Keukentafelgesprekken", "gemeente zwolle", "b")
    _melden(db_url, "KEUKENTAFELGESPREK", "Gemeente Zwolle", "c")
    _melden(db_url, "beschikking", "Gemeente Zwolle", "d")
    _melden(db_url, "beschikkingen", "Gemeente Ede", "e")

    top = json.loads(_cli(db_url, "top", "--json"))["woorden"]
    assert [(row["woord"], row["aantal"]) for row in top] == [("keukentafelgesprek", 3), ("beschikking", 2)]
    assert top[0]["per_organisatie"] == {"Gemeente Zwolle": 3}
    assert top[0]["varianten"] == ["keukentafelgesprekken"]
    assert top[1]["per_organisatie"] == {"Gemeente Ede": 1, "Gemeente Zwolle": 1}

    table = _cli(db_url, "top")  # the shipped list has the singular; the plural is found there too
    assert "    3  keukentafelgesprek  (Gemeente Zwolle: 3; staat al in lijst misleidend; ook als: keukentafelgesprekken)" in table
    assert "gemeente zwolle" not in table


def test_a_word_taken_over_is_known_to_top(db_url, tmp_path):
    first = _melden(db_url, "buurtteamgesprek", "Gemeente Zwolle", "a")
    _melden(db_url, "Buurtteamgesprekken", "gemeente zwolle", "b")
    _melden(db_url, "beschikking", "Gemeente Zwolle", "d")
    assert "    2  buurtteamgesprek  (Gemeente Zwolle: 2; staat nog in geen lijst; ook als: buurtteamgesprekken)" in _cli(db_url, "top")

    # Taken over: every variant gets the status, the list holds the singular, top knows it (without --lijst).
    lijst = str(tmp_path / "gemeente.csv")
    out = _cli(db_url, "overnemen", first[:8], "--alternatief", "gesprek over hulp", "--lijst", lijst)
    assert "'buurtteamgesprek' staat nu in" in out and "2 lezers meldden dit woord" in out and "2 meldingen" in out
    assert "\nbuurtteamgesprek," in open(lijst, encoding="utf-8").read()
    statuses = {m["woord"]: m["status"] for m in json.loads(_cli(db_url, "lijst", "--json"))["meldingen"]}
    assert statuses["Buurtteamgesprekken"] == "overgenomen" and statuses["beschikking"] == "nieuw"

    table = _cli(db_url, "top")
    line = next(line for line in table.splitlines() if "buurtteamgesprek " in line)
    assert "staat nog in geen lijst" not in line and f"overgenomen in {lijst}" in line
    row = next(r for r in json.loads(_cli(db_url, "top", "--json"))["woorden"] if r["woord"] == "buurtteamgesprek")
    assert row["in_woordenlijst"] == "jargon" and row["overgenomen_in"] == [lijst]


def test_variant_key_only_goes_from_plural_to_singular():
    assert variant_key("Keukentafelgesprekken") == "keukentafelgesprek"
    assert variant_key("WOZ-beschikkingen") == "woz-beschikking"
    assert variant_key("persoonsgebonden budgetten") == "persoonsgebonden budget"
    assert variant_key("Gemeente Zwolle") == "gemeente zwolle"  # not a verb 'zwellen'
    assert variant_key("derhalve") == "derhalve" and variant_key("middels", listed={"middels"}) == "middels"
    assert variant_key("bijlagen", known={"bijlage"}) == "bijlage"
