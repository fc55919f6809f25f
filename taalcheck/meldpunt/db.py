"""Where the meldpunt database lives, how to connect, and schema upgrades.

Default: an SQLite file in the user's data folder, in WAL mode with a busy
timeout, so the web app and the CLI can use it at the same time. Any
SQLAlchemy URL works too (PostgreSQL: ``postgresql+psycopg://...``).
"""

from __future__ import annotations

import os
import re
import secrets
import sqlite3
import time
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

ENV_DB = "TAALCHECK_DB"
ENV_SECRET = "TAALCHECK_SECRET"
DB_FILENAME = "meldpunt.sqlite3"
BUSY_TIMEOUT_MS = 10_000
_MIGRATION_LOCK_ID = 7_061_737_201  # any fixed number; "meldpunt migrations"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("taalcheck"))


def resolve_db_url(db: str | None = None) -> str:
    """`db` (or env TAALCHECK_DB, or the default file) as an SQLAlchemy URL.

    A value with ``://`` is a URL; anything else is a file path for SQLite.
    """
    value = db or os.environ.get(ENV_DB) or str(default_data_dir() / DB_FILENAME)
    if "://" in value:
        return value
    path = Path(value).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The database file of an SQLite URL, or None (memory, other backends)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def create_db_engine(url: str) -> Engine:
    """An engine with the settings the meldpunt needs for its backend."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, future=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        # Let SQLAlchemy control transactions; see the "begin" hook below.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        _enable_wal(cur)
        cur.execute("PRAGMA foreign_keys=ON")
        # FULL: a melding that got its 201 survives a power cut, not only kill -9.
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # Take the write lock at the start, so two writers wait for each other
        # (busy timeout) instead of failing halfway with "database is locked".
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _enable_wal(cur) -> None:
    """Switch the file to WAL, waiting up to the busy timeout for other connections.

    SQLite answers 'database is locked' at once, without its busy timeout,
    when several connections switch a new file to WAL together (the web app
    and the CLI starting at the same moment). So the waiting happens here.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def alembic_config() -> Config:
    """Alembic settings built in code; the scripts ship inside the package."""
    cfg = Config()
    cfg.set_main_option("script_location", "taalcheck.meldpunt:migrations")
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the schema to `revision` (idempotent)."""
    cfg = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Two processes starting at once: the second waits, then finds
            # the schema up to date. (SQLite: BEGIN IMMEDIATE does the same.)
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK_ID})")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def load_secret(url: str) -> bytes:
    """Key for signing form tokens: env TAALCHECK_SECRET, else a file beside the DB.

    The file is made once (mode 0600), so tokens stay valid over a restart.
    """
    env = os.environ.get(ENV_SECRET)
    if env:
        return env.encode()
    db_file = sqlite_path(url)
    path = db_file.with_name(db_file.name + ".secret") if db_file else default_data_dir() / "meldpunt.secret"
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    # Write a private temp file, then link it in place: the link fails if
    # another process was first, and nobody ever reads a half-written file.
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(secrets.token_hex(32).encode())
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        tmp.unlink()
    return path.read_bytes().strip()


def db_error_message(db: str | None, exc: BaseException) -> str:
    """One Dutch line for a database that cannot be opened; a password in the URL is never shown."""
    from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError

    shown = hide_password(db or "")
    if isinstance(exc, (ArgumentError, NoSuchModuleError)) or "Can't load plugin" in str(exc):
        return (
            f"'{shown}' is geen database die taalcheck kent. Geef een pad naar een SQLite-bestand "
            "of een adres als postgresql+psycopg://gebruiker@server/database."
        )
    if isinstance(exc, ModuleNotFoundError):
        return f'Voor deze database mist een onderdeel ({exc.name}). Installeer: pip install "taalcheck[postgres]".'
    if isinstance(exc, DatabaseError) and "not a database" in str(exc):
        return f"'{shown}' is geen database, of de database is kapot."
    if isinstance(exc, OperationalError):
        return f"De database '{shown}' kan niet worden geopend. Klopt het adres, en draait de database?"
    return f"De database '{shown}' kan niet worden geopend ({type(exc).__name__})."


def hide_password(url: str) -> str:
    return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)
