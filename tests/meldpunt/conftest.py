"""Fixtures for the meldpunt tests: a database on SQLite and on PostgreSQL,
and a real `taalcheck serve` process on a free loopback port."""

from __future__ import annotations

import importlib.util
import os
import pathlib
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import taalcheck.meldpunt
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

ADMIN_TOKEN = "test-beheer-" + "x" * 16


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve_command() -> list[str]:
    """`python -m taalcheck serve` once the main CLI exists, else the meldpunt's own command."""
    if importlib.util.find_spec("taalcheck.__main__") is not None:
        return [sys.executable, "-m", "taalcheck", "serve"]
    return [sys.executable, "-c", "from taalcheck.meldpunt.cli import serve; serve()"]


class Server:
    def __init__(self, db_url: str, rate_limit: str = "0", secret: str = "test-geheim"):
        self.db_url = db_url
        self.rate_limit = rate_limit
        self.secret = secret
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 30.0) -> Server:
        package_root = pathlib.Path(taalcheck.meldpunt.__file__).resolve().parents[2]
        env = dict(os.environ)
        # The child imports the same code as this test run (checkout or installed).
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(package_root), env.get("PYTHONPATH")]))
        env["TAALCHECK_ADMIN_TOKEN"] = ADMIN_TOKEN
        env["TAALCHECK_SECRET"] = self.secret
        cmd = [*_serve_command(), "--host", "127.0.0.1", "--port", str(self.port), "--db", self.db_url]
        cmd += ["--rate-limit", self.rate_limit]
        self._log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=self._log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("serve stopte meteen: " + self.log())
            try:
                if httpx.get(self.base + "/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("serve kwam niet op binnen de tijd")

    def kill9(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def log(self) -> str:
        self._log.seek(0)
        return self._log.read().decode(errors="replace")

    @property
    def admin(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {ADMIN_TOKEN}"}


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
