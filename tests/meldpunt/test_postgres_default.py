"""Issue 14: a fresh clone's `pytest` runs the PostgreSQL tests when PostgreSQL is up,
without a variable that the README does not mention."""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
README = (HERE.parents[1] / "README.md").read_text(encoding="utf-8")


def _conftest():
    spec = importlib.util.spec_from_file_location("_meldpunt_conftest", HERE / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_names_the_default_database_and_the_variable():
    conftest = _conftest()
    assert conftest.DEFAULT_PG_URL in README
    assert conftest.PG_ENV in README and f"{conftest.PG_ENV}=uit" in README


def test_without_the_variable_the_local_postgres_is_used_when_it_answers(monkeypatch):
    conftest = _conftest()
    monkeypatch.delenv(conftest.PG_ENV, raising=False)
    expected = conftest.DEFAULT_PG_URL if conftest._answers(conftest.DEFAULT_PG_URL) else None
    assert conftest.postgres_base_url() == expected
    monkeypatch.setenv(conftest.PG_ENV, "uit")
    assert conftest.postgres_base_url() is None
    monkeypatch.setenv(conftest.PG_ENV, "postgresql+psycopg://iemand@elders/db")
    assert conftest.postgres_base_url() == "postgresql+psycopg://iemand@elders/db"
