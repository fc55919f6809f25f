"""The store on SQLite and PostgreSQL: stored once, scrubbed, filtered, purged."""

import datetime as dt
import threading

import pytest

from taalcheck.meldpunt.privacy import MARKER_BSN, MARKER_IBAN
from taalcheck.meldpunt.store import MeldingNietGevonden, OngeldigeStatus
from taalcheck.meldpunt.validation import MeldingInput, Ongeldig, validate

UTC = dt.timezone.utc


def melding(**kwargs) -> MeldingInput:
    return validate({"woord": "middels", **kwargs}, kanaal=kwargs.get("kanaal", "web"))


def test_add_and_get(store):
    stored, created = store.add(melding(zin="Middels deze brief.", organisatie="Gemeente Utrecht", kenmerk="ABC-1"))
    assert created
    assert stored["status"] == "nieuw" and stored["kanaal"] == "web"
    assert dt.datetime.fromisoformat(stored["aangemaakt"]).tzinfo is not None
    again = store.get(stored["id"])
    assert again["woord"] == "middels" and again["organisatie"] == "Gemeente Utrecht"
    assert [h["naar"] for h in again["geschiedenis"]] == ["nieuw"]
    assert store.get(stored["id"][:8])["id"] == stored["id"]  # short number works too


def test_same_key_is_stored_once(store):
    first, created1 = store.add(melding(idempotentie_sleutel="abc-123"))
    second, created2 = store.add(melding(idempotentie_sleutel="abc-123", zin="anders"))
    assert created1 and not created2
    assert second["id"] == first["id"]
    assert store.list()[1] == 1


def test_derived_key_within_time_bucket(store):
    now = dt.datetime(2026, 1, 5, 10, 0, 1, tzinfo=UTC)
    a, _ = store.add(melding(zin="z"), client="1.2.3.4", now=now)
    b, created = store.add(melding(zin="z"), client="1.2.3.4", now=now + dt.timedelta(seconds=30))
    assert not created and b["id"] == a["id"]
    _, other_client = store.add(melding(zin="z"), client="5.6.7.8", now=now)
    _, later = store.add(melding(zin="z"), client="1.2.3.4", now=now + dt.timedelta(hours=1))
    assert other_client and later
    assert store.list()[1] == 3


def test_concurrent_retries_store_once(store):
    results = []

    def submit():
        results.append(store.add(melding(idempotentie_sleutel="tegelijk"))[0]["id"])

    threads = [threading.Thread(target=submit) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results)) == 1
    assert store.list()[1] == 1


def test_personal_data_is_scrubbed_before_storage(store):
    stored, _ = store.add(
        melding(zin="Mijn BSN 111222333 staat in de brief", toelichting="Geld naar NL91ABNA0417164300?", kenmerk="111222333")
    )
    row = store.get(stored["id"])
    assert row["zin"] == f"Mijn BSN {MARKER_BSN} staat in de brief"
    assert row["toelichting"] == f"Geld naar {MARKER_IBAN}?"
    assert row["kenmerk"] == MARKER_BSN
    with store.engine.connect() as conn:
        dump = " ".join(str(v) for r in conn.exec_driver_sql("SELECT * FROM meldingen") for v in r)
    assert "111222333" not in dump and "NL91ABNA" not in dump


def test_hostile_text_is_stored_as_text(store):
    payload = "'); DROP TABLE meldingen; -- <script>alert(1)</script>"
    stored, _ = store.add(melding(woord=payload[:200], organisatie="x' OR '1'='1"))
    assert store.get(stored["id"])["woord"] == payload
    rows, total = store.list(organisatie="x' OR '1'='1")
    assert total == 1 and rows[0]["woord"] == payload
    assert store.list(organisatie="nobody' OR '1'='1")[1] == 0


def test_status_history(store):
    stored, _ = store.add(melding())
    store.set_status(stored["id"], "bekeken", notitie="Gelezen", door="Anna")
    result = store.set_status(stored["id"], "doorgestuurd", notitie="Naar team brieven. Bel 0612345678", door="Anna")
    assert result["status"] == "doorgestuurd"
    history = result["geschiedenis"]
    assert [(h["van"], h["naar"]) for h in history] == [(None, "nieuw"), ("nieuw", "bekeken"), ("bekeken", "doorgestuurd")]
    assert history[1]["door"] == "Anna" and history[1]["notitie"] == "Gelezen"
    assert "0612345678" not in history[2]["notitie"]
    with pytest.raises(OngeldigeStatus):
        store.set_status(stored["id"], "weg")
    with pytest.raises(MeldingNietGevonden):
        store.set_status("00000000-0000-0000-0000-000000000000", "bekeken")


def test_list_filters_and_paging(store):
    base = dt.datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    for i in range(5):
        org = "Gemeente A" if i % 2 == 0 else "Belastingdienst"
        store.add(melding(woord=f"woord{i}", organisatie=org), now=base + dt.timedelta(days=i))
    rows, total = store.list(organisatie="gemeente a")
    assert total == 3 and [r["woord"] for r in rows] == ["woord4", "woord2", "woord0"]
    rows, total = store.list(van=base + dt.timedelta(days=1), tot=base + dt.timedelta(days=3))
    assert total == 2 and {r["woord"] for r in rows} == {"woord1", "woord2"}
    rows, total = store.list(limit=2, offset=2)
    assert total == 5 and [r["woord"] for r in rows] == ["woord2", "woord1"]
    first = store.list()[0][-1]
    store.set_status(first["id"], "afgewezen")
    assert [r["id"] for r in store.list(status="afgewezen")[0]] == [first["id"]]


def test_top_counts_per_organisation(store):
    reports = [("A", "Middels"), ("A", "middels "), ("B", "middels"), ("B", "verstrekken"), (None, "thans")]
    for i, (org, word) in enumerate(reports):
        store.add(melding(woord=word, organisatie=org), client=f"lezer{i}")
    top = store.top()
    assert top[0] == {"woord": "middels", "aantal": 3, "per_organisatie": {"A": 2, "B": 1}, "per_status": {"nieuw": 3}}
    assert {t["woord"] for t in top[1:]} == {"verstrekken", "thans"}
    assert store.top(organisatie="b")[0]["aantal"] == 1
    assert store.count_word("MIDDELS") == 3


def test_contact_only_stored_apart_and_deletable(store):
    with pytest.raises(Ongeldig) as info:
        validate({"woord": "x", "email": "a@b.nl"})
    assert "toestemming" in info.value.fouten
    stored, _ = store.add(validate({"woord": "x", "email": "a@b.nl", "toestemming": "ja"}))
    assert store.contact(stored["id"]) == {"naam": None, "email": "a@b.nl", "telefoon": None}
    assert "email" not in stored
    assert store.delete_contact(stored["id"]) is True
    assert store.contact(stored["id"]) is None
    assert store.delete_contact(stored["id"]) is False


def test_purge_removes_old_personal_data(store):
    now = dt.datetime(2027, 6, 1, tzinfo=UTC)
    old, _ = store.add(
        validate({"woord": "thans", "zin": "z", "toelichting": "t", "kenmerk": "k", "email": "a@b.nl", "toestemming": "ja"}),
        now=now - dt.timedelta(days=400),
    )
    new, _ = store.add(validate({"woord": "thans", "zin": "z2", "email": "c@d.nl", "toestemming": "ja"}), now=now - dt.timedelta(days=10))
    assert store.purge(dt.timedelta(days=365), now=now) == {"contactgegevens": 1, "meldingen": 1}
    purged = store.get(old["id"])
    assert (purged["zin"], purged["toelichting"], purged["kenmerk"]) == (None, None, None)
    assert purged["woord"] == "thans" and store.contact(old["id"]) is None
    assert store.get(new["id"])["zin"] == "z2" and store.contact(new["id"]) is not None
    assert store.purge(dt.timedelta(days=365), now=now) == {"contactgegevens": 0, "meldingen": 0}


def test_validation_messages_are_dutch():
    with pytest.raises(Ongeldig) as info:
        validate({"woord": "", "zin": "x" * 1001, "kanaal": "fax", "email": "geen-mail"})
    fouten = info.value.fouten
    assert fouten["woord"] == "Vul het woord in dat u niet snapt."
    assert "hoogstens 1000 tekens" in fouten["zin"]
    assert "kanalen" in fouten["kanaal"] and "e-mailadres" in fouten["email"]


def test_control_characters_and_broken_unicode_are_cleaned(store):
    stored, _ = store.add(validate({"woord": "mid\x00dels\ud800", "zin": "a\x07b"}))
    row = store.get(stored["id"])
    assert row["woord"] == "middels?" and row["zin"] == "ab"
