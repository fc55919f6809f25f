"""A new rule is one class plus one registration line, and every output shows it.

The rule lives in one file (``tests/plugins/zebra_rule.py``). ``register`` is the one line that
adds it; after that the CLI (text, JSON, SARIF, HTML), ``taalcheck regels``
and the LanguageTool API ``/v2/check`` know it without any other change.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from taalcheck.rules.base import Rule

# Worker processes (--jobs) find the plugin module the same way: spawn copies sys.path.
sys.path.insert(0, str(Path(__file__).parent / "plugins"))
_plugin = importlib.import_module("zebra_rule")
LETTER, Zebra = _plugin.LETTER, _plugin.Zebra


@pytest.fixture
def zebra() -> Iterator[Rule]:
    from taalcheck.rules import register, unregister

    rule = register(Zebra())  # the one registry line
    yield rule
    unregister(rule.code)


def _run(*args: str) -> str:
    from taalcheck.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False).output


def test_a_registered_rule_shows_in_every_output(zebra, tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(LETTER, encoding="utf-8")

    text = _run("check", str(path), "--select", "T901")
    assert "T901" in text and "Schrijf 'paard'." in text

    data = json.loads(_run("check", str(path), "--format", "json", "--select", "testwoord"))
    findings = data["files"][0]["findings"]
    assert [(f["rule"], f["text"]) for f in findings] == [("T901", "zebra"), ("T901", "zebra"), ("T901", "zebra")]
    at = LETTER.index("zebra")
    assert findings[0]["fix"] == {"start": at, "end": at + 5, "replacement": "paard", "safe": True}
    assert findings[-1]["message"] == "'zebra' staat 2 keer in de brief."  # from the document-level hook

    sarif = json.loads(_run("check", str(path), "--format", "sarif", "--select", "T901"))
    run = sarif["runs"][0]
    assert "T901" in {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert {r["ruleId"] for r in run["results"]} == {"T901"}

    html = _run("check", str(path), "--format", "html", "--select", "T901")
    assert "woord dat alleen de test zoekt" in html and "cat-testwoord" in html  # legend and marks

    assert "T901" in _run("regels") and "Vindt het woord 'zebra'" in _run("regels", "T901")

    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from taalcheck.languagetool import create_router

    app = FastAPI()
    app.include_router(create_router())
    answer = TestClient(app).post("/v2/check", data={"text": LETTER, "language": "nl", "enabledOnly": "true", "enabledRules": "T901"})
    matches = answer.json()["matches"]
    assert matches and {m["rule"]["id"] for m in matches} == {"T901"}
    assert matches[0]["rule"]["category"] == {"id": "TESTWOORD", "name": "Testwoorden"}
    assert matches[0]["replacements"] == [{"value": "paard"}]


def test_rules_run_in_priority_order_and_the_registry_checks_new_rules(zebra):
    from taalcheck.rules import RULES, categories, register

    assert next(iter(RULES)) == "T901"  # priority 5 runs before the long-sentence rule (10)
    assert [rule.priority for rule in RULES.values()] == sorted(rule.priority for rule in RULES.values())
    assert categories()["testwoord"].name == "Testwoorden"
    with pytest.raises(ValueError, match="already taken"):
        register(Zebra())

    class Nameless(Zebra):
        code, category, category_info = "T902", "nieuw", None

    with pytest.raises(ValueError, match="category_info"):
        register(Nameless())


def test_unregistering_leaves_no_trace(tmp_path):
    import taalcheck
    from taalcheck.rules import RULES, register, unregister

    before = taalcheck.check(LETTER).to_dict()
    register(Zebra())
    try:
        assert any(f.rule == "T901" for f in taalcheck.check(LETTER).findings)  # a cached checker sees the new rule
    finally:
        unregister("T901")
    assert "T901" not in RULES
    assert taalcheck.check(LETTER).to_dict() == before


@pytest.mark.slow  # starts two worker processes
def test_a_registered_rule_also_runs_in_worker_processes(zebra, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(LETTER, encoding="utf-8")
    data = json.loads(
        _run("check", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--jobs", "2", "--format", "json", "--select", "T901")
    )
    assert [len(f["findings"]) for f in data["files"]] == [3, 3]
