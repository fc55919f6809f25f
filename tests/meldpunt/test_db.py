"""Where the database is found, and the signing secret beside it."""

import os
import stat

from taalcheck.meldpunt import db


def test_resolve_db_url(monkeypatch, tmp_path):
    monkeypatch.delenv(db.ENV_DB, raising=False)
    monkeypatch.setattr(db, "default_data_dir", lambda: tmp_path / "data")
    assert db.resolve_db_url() == f"sqlite:///{tmp_path / 'data' / db.DB_FILENAME}"
    assert (tmp_path / "data").is_dir()

    monkeypatch.setenv(db.ENV_DB, str(tmp_path / "elders" / "m.db"))
    assert db.resolve_db_url() == f"sqlite:///{tmp_path / 'elders' / 'm.db'}"
    monkeypatch.setenv(db.ENV_DB, "postgresql+psycopg://u@host/db")
    assert db.resolve_db_url() == "postgresql+psycopg://u@host/db"
    assert db.resolve_db_url("sqlite:///x.db") == "sqlite:///x.db"  # the argument wins


def test_sqlite_runs_in_wal_mode(tmp_path):
    engine = db.create_db_engine(f"sqlite:///{tmp_path / 'w.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == db.BUSY_TIMEOUT_MS
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_secret_is_kept_beside_the_database(monkeypatch, tmp_path):
    monkeypatch.delenv(db.ENV_SECRET, raising=False)
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    first = db.load_secret(url)
    assert len(first) == 64 and db.load_secret(url) == first
    path = tmp_path / "m.sqlite3.secret"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["m.sqlite3.secret"]  # no temp files left
    monkeypatch.setenv(db.ENV_SECRET, "uit-de-omgeving")
    assert db.load_secret(url) == b"uit-de-omgeving"
