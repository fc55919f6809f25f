"""Migrations: an old database is upgraded with its data; models equal head."""

import datetime as dt
import uuid

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from taalcheck.meldpunt import db
from taalcheck.meldpunt.models import Base
from taalcheck.meldpunt.store import Store
from taalcheck.meldpunt.validation import validate


def test_upgrade_from_first_revision_keeps_data(db_url):
    engine = db.create_db_engine(db_url)
    db.upgrade(engine, "0001")
    assert db.current_revision(engine) == "0001"
    assert "contactgegevens" not in inspect(engine).get_table_names()
    melding_id = str(uuid.uuid4())
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO meldingen (id, aangemaakt, woord, woord_norm, kanaal, status, idempotentie_sleutel) "
                "VALUES (:id, :t, 'Middels', 'middels', 'web', 'nieuw', 'k:oud')"
            ),
            {"id": melding_id, "t": dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)},
        )
    engine.dispose()

    store = Store(db_url)  # upgrades to head on open
    try:
        assert db.current_revision(store.engine) == "0003"
        assert store.get(melding_id)["woord"] == "Middels"
        new, _ = store.add(validate({"woord": "thans", "email": "a@b.nl", "toestemming": "ja"}))
        assert store.contact(new["id"])["email"] == "a@b.nl"
    finally:
        store.close()


def test_upgrade_twice_is_harmless(db_url):
    Store(db_url).close()
    store = Store(db_url)
    assert db.current_revision(store.engine) == "0003"
    store.close()


def test_models_match_migrations(db_url):
    store = Store(db_url)
    try:
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        store.close()


def test_two_processes_opening_a_new_database_at_once(db_url):
    import threading

    errors, stores = [], []

    def open_store():
        try:
            stores.append(Store(db_url))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert {db.current_revision(s.engine) for s in stores} == {"0003"}
    for s in stores:
        s.close()
