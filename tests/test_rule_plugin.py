"""A new rule is one class plus one registration line, and every output shows it.

The rule below lives in this file only. ``register`` is the one line that
adds it; after that the CLI (text, JSON, SARIF, HTML), ``taalcheck regels``
and the LanguageTool API ``/v2/check`` know it without any other change.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from taalcheck.core.findings import Edit, Finding, Fix
from taalcheck.rules.base import Category, DocumentContext, Note, Rule, SegmentContext

LETTER = "Geachte heer,\n\nWij sturen u een zebra. De zebra staat in de tuin.\n"


class Zebra(Rule):
    """Vindt het woord 'zebra' (een regel alleen voor deze test).

    Wat het doet
    Zoekt het woord 'zebra'.

    Waarom is dit lastig voor lezers?
    Het is een voorbeeld.

    Voorbeeld
    Wij sturen u een zebra.

    Beter
    Wij sturen u een paard.

    Veiligheid van de aanpassing
    De aanpassing is veilig.
    """

    code = "T901"
    category = "testwoord"
    title = "Testwoord"
    priority = 5
    category_info = Category("Testwoorden", "testwoord", "woord dat alleen de test zoekt")
    document_level = True

    def check(self, ctx: SegmentContext) -> Iterator[Finding]:
        for m in re.finditer(r"\bzebra\b", ctx.text):
            yield self.finding(ctx, m.start(), m.end(), "Schrijf 'paard'.", ("paard",), Fix.of([Edit(m.start(), m.end(), "paard")], safe=True))

    def collect(self, ctx: SegmentContext) -> list[int]:
        return [m.start() for m in re.finditer(r"\bzebra\b", ctx.text)]

    def check_document(self, doc: DocumentContext) -> Iterator[Finding]:
        notes: list[Note] = list(doc.notes)
        if len(notes) > 1:  # a document-level remark at the last use
            at = notes[-1].offset + notes[-1].item
            yield Finding(self.code, self.category, "info", at, at + 5, doc.text[at : at + 5], f"'zebra' staat {len(notes)} keer in de brief.")


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
