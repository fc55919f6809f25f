"""Fixtures for the meldpunt tests: a database on SQLite and on PostgreSQL,
and a real `taalcheck serve` process on a free loopback port."""

from __future__ import annotations

import importlib.util
import os
import pathlib
import secrets

import pytest
import servers
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from taalcheck.meldpunt.store import Store

PG_ENV = "TAALCHECK_TEST_POSTGRES_URL"
# A fresh clone's `pytest` uses a local PostgreSQL here when it answers (as
# `.ci/run` sets it up); TAALCHECK_TEST_POSTGRES_URL picks another one, and
# TAALCHECK_TEST_POSTGRES_URL=uit switches the PostgreSQL tests off.
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
_pg_probe: dict[str, str | None] = {}


def postgres_base_url() -> str | None:
    """The PostgreSQL to test against, or None (then the tests skip with a message)."""
    given = os.environ.get(PG_ENV, "").strip()
    if given.lower() in ("uit", "off", "0", "nee"):
        return None
    if given:
        return given
    if "url" not in _pg_probe:
        _pg_probe["url"] = DEFAULT_PG_URL if _answers(DEFAULT_PG_URL) else None
    return _pg_probe["url"]


def _answers(url: str) -> bool:
    try:
        import psycopg

        psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False), connect_timeout=2).close()
        return True
    except Exception:
        return False


def _postgres_url(schema: str) -> str:
    base = make_url(postgres_base_url())
    return base.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path):
    """An empty database; PostgreSQL gets a fresh schema that is dropped after."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'meldpunt.sqlite3'}"
        return
    if postgres_base_url() is None:
        pytest.skip(
            f"PostgreSQL-test overgeslagen: geen PostgreSQL op {DEFAULT_PG_URL}. Start PostgreSQL, of zet {PG_ENV} op een andere database."
        )
    schema = "meldpunt_test_" + secrets.token_hex(6)
    admin = create_engine(postgres_base_url())
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _postgres_url(schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    yield s
    s.close()


# --- a real server process -------------------------------------------------

ADMIN_TOKEN = servers.ADMIN_TOKEN
Server = servers.Server
free_port = servers.free_port


@pytest.fixture
def start_server():
    """Factory: start_server(db_url, rate_limit="0") -> a running Server; all are stopped after the test."""
    started: list[Server] = []

    def _start(db_url: str, **kwargs) -> Server:
        server = Server(db_url, **kwargs).start()
        started.append(server)
        return server

    yield _start
    for server in started:
        server.stop()


@pytest.fixture(scope="module")
def shared_server(tmp_path_factory):
    """One server (SQLite, no rate limit) for all tests of a module."""
    server = Server(f"sqlite:///{tmp_path_factory.mktemp('srv') / 'meldpunt.sqlite3'}").start()
    yield server
    server.stop()


@pytest.fixture
def admin_token() -> str:
    return ADMIN_TOKEN


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}, "resultTypes": ["violations"]}


def _need_or_skip(module: str, what: str):
    if os.environ.get("CI") == "true":
        return importlib.import_module(module)
    return pytest.importorskip(module, reason=f"{what} ontbreekt")


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium from Debian; missing, it skips the test, or fails it under CI."""
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} ontbreekt")
        pytest.skip(f"Browsertest overgeslagen: {CHROMIUM} ontbreekt (apt-get install chromium)")
    sync_api = _need_or_skip("playwright.sync_api", "playwright")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def axe_aa():
    """Run axe on a page with the WCAG 2.1 A and AA rules only."""
    axe = _need_or_skip("axe_playwright_python.sync_playwright", "axe-playwright-python").Axe()
    return lambda page: axe.run(page, options=WCAG_AA)


@pytest.fixture(scope="session")
def screenshots() -> pathlib.Path:
    """test-output/ in the checkout: screenshots for a human look."""
    out = pathlib.Path(__file__).resolve().parents[2] / "test-output"
    out.mkdir(exist_ok=True)
    return out
