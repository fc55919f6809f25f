"""`create_app` as a library: extra routers plug in, settings are checked."""

import warnings

import pytest
from fastapi import APIRouter

from taalcheck.meldpunt import app as app_module
from taalcheck.meldpunt.app import create_app


def _client(app):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette: "use httpx2" notice
        from fastapi.testclient import TestClient
    return TestClient(app)


def test_extra_routers_are_included_with_the_same_protections(tmp_path, monkeypatch):
    extra = APIRouter()

    @extra.get("/extra/hallo")
    def hallo() -> dict:
        return {"hallo": "wereld"}

    registered = APIRouter()

    @registered.get("/extra/geregistreerd")
    def geregistreerd() -> dict:
        return {"ok": True}

    monkeypatch.setattr(app_module, "EXTRA_ROUTERS", [registered])
    app = create_app(f"sqlite:///{tmp_path / 'm.sqlite3'}", rate_limit="0", admin_token="t" * 20, routers=[extra])
    with _client(app) as client:
        r = client.get("/extra/hallo")
        assert r.json() == {"hallo": "wereld"}
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
        assert client.get("/extra/geregistreerd").json() == {"ok": True}


def test_bad_rate_limit_is_refused(tmp_path):
    with pytest.raises(ValueError, match="geen geldige limiet"):
        create_app(f"sqlite:///{tmp_path / 'm.sqlite3'}", rate_limit="veel")


def test_admin_token_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("TAALCHECK_ADMIN_TOKEN", "uit-de-omgeving-1234")
    app = create_app(f"sqlite:///{tmp_path / 'm.sqlite3'}", rate_limit="0")
    with _client(app) as client:
        assert client.get("/api/meldingen", headers={"Authorization": "Bearer uit-de-omgeving-1234"}).status_code == 200
    monkeypatch.delenv("TAALCHECK_ADMIN_TOKEN")
    app = create_app(f"sqlite:///{tmp_path / 'm.sqlite3'}", rate_limit="0")
    with _client(app) as client:  # no token set: the admin API is closed
        assert client.get("/api/meldingen", headers={"Authorization": "Bearer "}).status_code == 401
