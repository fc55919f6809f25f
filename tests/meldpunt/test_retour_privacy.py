"""Sending a letter back keeps nothing but what the reader chose to send, scrubbed. A letter holds three unique
markers: in the addressee's name, in a sentence the reader marks, and in a sentence she does not mark. Afterwards
the name and the unmarked sentence are in no file, temporary file, database row or log; the marked one is only in
the passage rows."""

from __future__ import annotations

import re
import sqlite3

import httpx
import pytest

pytestmark = pytest.mark.slow

NAME = "Zwikmrkrnaam"
SENT = "MRKRGEKOZEN7731"
KEPT = "MRKRNIETGEKOZEN5512"
LETTER = f"""Gemeente Lindebroek
Postbus 80
7411 GX Lindebroek

De heer K. {NAME}
Kerkstraat 12
7412 AB Lindebroek

Datum: 4 mei 2026
Ons kenmerk: WMO/2026/17
Onderwerp: Eigen bijdrage

Geachte heer {NAME},

Uw dossier heeft bij ons het nummer {SENT} en uw BSN is 123456782.
U moet in totaal € 163,50 betalen. Uw code voor de website is {KEPT}.
Betaal dit bedrag binnen zes weken na de datum van deze brief.
"""


@pytest.mark.parametrize("kind", ["tekst", "pdf"])
def test_only_the_marked_passage_is_kept(tmp_path, monkeypatch, start_server, letter_files, kind):
    spool = tmp_path / "tmp"
    spool.mkdir()
    monkeypatch.setenv("TMPDIR", str(spool))
    db_file = tmp_path / "meldpunt.sqlite3"
    server = start_server(f"sqlite:///{db_file}")
    with httpx.Client(base_url=server.base, timeout=120) as client:
        if kind == "tekst":
            page = client.post("/uitleg", data={"tekst": LETTER})
        else:  # an upload; padded past the 1 MB the upload parser keeps in memory, so it is spooled to a file
            page = client.post("/uitleg", files={"bestand": ("brief.pdf", letter_files.pdf(LETTER) + b"\n" * 1_100_000, "application/pdf")})
        assert page.status_code == 200
        form_html = page.text.split('id="terug"')[1]
        assert NAME not in form_html  # the name never goes into the send-back form
        offered = dict(re.findall(r'name="zin-(\d+)" value="([^"]*)"', form_html))
        marked = [i for i, text in offered.items() if SENT in text]
        assert len(marked) == 1 and not any(KEPT in offered[i] for i in marked)
        token = re.search(r'name="csrf_token" value="([^"]*)"', page.text).group(1)
        salutation = [i for i, text in offered.items() if text.startswith("Geachte")]
        data = {"csrf_token": token, "organisatie": "Gemeente Lindebroek"}
        for i in marked + salutation:
            data[f"zin-{i}"] = offered[i]
        sent = client.post("/uitleg/terug", data=data)
        assert sent.status_code == 200 and "Uw code" in sent.text
    server.stop()

    log = server.log()
    for marker in (NAME, SENT, KEPT):
        assert marker not in log, f"{marker} is in the server log"
    for path in tmp_path.rglob("*"):
        if path.is_file() and path != db_file:
            content = path.read_bytes()
            assert not any(m.encode() in content for m in (NAME, SENT, KEPT)), f"the letter is in {path}"
    assert list(spool.iterdir()) == [], "a temporary file was left behind"
    raw = db_file.read_bytes()
    assert NAME.encode() not in raw and KEPT.encode() not in raw and b"123456782" not in raw

    places = []
    with sqlite3.connect(db_file) as conn:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                places += [(table, col, value) for col, value in zip(columns, row, strict=True) if isinstance(value, str) and SENT in value]
        passages = conn.execute("SELECT tekst FROM retour_passages ORDER BY volgorde").fetchall()
    assert {(table, col) for table, col, _ in places} == {("retour_passages", "tekst"), ("retour_passages", "tekst_norm")}
    assert [p[0] for p in passages] == [
        "Geachte heer [naam verwijderd],",
        f"Uw dossier heeft bij ons het nummer {SENT} en uw BSN is [BSN verwijderd].",
    ]
