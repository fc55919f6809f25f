"""Bug 1 of issue 13: an edited word list is seen by the next check, in the same process.

The lexicon is keyed on the lists' files with their modification times and
sizes; a long-lived checker asks for that fingerprint (a ``stat`` per file)
before every check. A running server therefore sees a word that
``taalcheck meldpunt overnemen`` added, on the next request.
"""

from __future__ import annotations

import os
import shutil

import taalcheck
from taalcheck.core.options import CheckOptions
from taalcheck.engine.checker import Checker

HEADER = "woord,alternatieven,uitleg,veilig,bron\n"
TEXT = "Wij sturen u de kwispeldoos. Daarna belt u ons."


def _jargon(report):
    return [f.text for f in report.findings if f.rule == "W101"]


def _touch_later(path, seconds: int = 5):
    """Some file systems keep mtimes in whole seconds: move the clock on for the test."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + seconds * 1_000_000_000))


def test_an_edited_list_is_seen_by_the_next_check(tmp_path):
    lijst = tmp_path / "organisatie.csv"
    lijst.write_text(HEADER + "daarna,dan,Test.,nee,test\n", encoding="utf-8")
    checker = Checker(CheckOptions(woordenlijsten=(str(lijst),)))
    assert _jargon(checker.check(TEXT)) == ["Daarna"]
    assert _jargon(taalcheck.check(TEXT, woordenlijsten=[str(lijst)])) == ["Daarna"]

    lijst.write_text(HEADER + "daarna,dan,Test.,nee,test\nkwispeldoos,doos,Test.,ja,test\n", encoding="utf-8")
    _touch_later(lijst)
    assert _jargon(checker.check(TEXT)) == ["kwispeldoos", "Daarna"]  # the same checker, its cache dropped
    assert _jargon(taalcheck.check(TEXT, woordenlijsten=[str(lijst)])) == ["kwispeldoos", "Daarna"]

    lijst.write_text(HEADER, encoding="utf-8")
    _touch_later(lijst, 10)
    assert _jargon(checker.check(TEXT)) == []


def test_a_running_server_sees_a_word_taken_over_from_the_meldpunt(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from taalcheck.lexicon import wordlists
    from taalcheck.meldpunt.app import create_app
    from taalcheck.meldpunt.overnemen import overnemen
    from taalcheck.meldpunt.store import Store
    from taalcheck.meldpunt.validation import validate

    shipped = tmp_path / "woordenlijsten"
    shutil.copytree(wordlists.shipped_dir(), shipped, ignore=shutil.ignore_patterns("grammatica"))
    monkeypatch.setattr(wordlists, "shipped_dir", lambda: shipped)
    url = f"sqlite:///{tmp_path / 'meldpunt.sqlite3'}"

    def flagged(client):
        answer = client.post("/v2/check", data={"text": TEXT, "language": "nl"})
        assert answer.status_code == 200
        return {TEXT[m["offset"] : m["offset"] + m["length"]] for m in answer.json()["matches"] if m["rule"]["id"] == "W101"}

    with TestClient(create_app(url, rate_limit="0")) as client:
        assert "kwispeldoos" not in flagged(client)
        store = Store(url)
        try:
            melding, _ = store.add(validate({"woord": "kwispeldoos"}))
            overnemen(store, melding["id"], alternatieven=["doos"], lijst=shipped / "jargon.csv", uitleg="Niemand kent dit woord.")
        finally:
            store.close()
        _touch_later(shipped / "jargon.csv")
        assert "kwispeldoos" in flagged(client)  # the next request, no restart
