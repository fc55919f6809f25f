"""A real third-party LanguageTool client (language-tool-python) against a real `taalcheck serve`."""

from __future__ import annotations

import json

import httpx
import pytest

language_tool_python = pytest.importorskip("language_tool_python", reason="language-tool-python is niet geïnstalleerd")

import servers  # noqa: E402 - after importorskip: without the client the module is skipped first

pytestmark = pytest.mark.slow  # starts a taalcheck server process

LETTER = (
    "Geachte mevrouw De Vries,\n\n"
    "Wij hebben uw aanvraag ontvangen 👍. Indien u vragen heeft, kunt u middels het formulier contact opnemen.\n"
    "Met vriendelijke groet 😀,\n"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`python -m taalcheck serve` on a free loopback port, with its own database."""
    db = tmp_path_factory.mktemp("lt") / "meldpunt.sqlite3"
    with servers.Server(str(db)) as running:
        yield running.base


@pytest.fixture
def no_java(monkeypatch):
    """The client must only talk HTTP: downloading or starting LanguageTool (Java) fails the test."""
    import language_tool_python.download_lt as download
    import language_tool_python.server as lt_server

    def forbidden(*args, **kwargs):
        raise AssertionError("language-tool-python probeerde LanguageTool (Java) te downloaden of te starten")

    monkeypatch.setattr(download, "download_lt", forbidden)
    monkeypatch.setattr(lt_server.LanguageTool, "_start_server_on_free_port", forbidden)
    monkeypatch.setattr(lt_server.LanguageTool, "_start_local_server", forbidden)


def _tool(server: str, language: str):
    return language_tool_python.LanguageTool(language, remote_server=server)


def test_client_gets_findings_with_right_offsets_despite_emoji(server, no_java):
    tool = _tool(server, "nl")
    try:
        matches = tool.check(LETTER)
    finally:
        tool.close()
    # language-tool-python turns LanguageTool's UTF-16 offsets back into Python offsets.
    found = {LETTER[m.offset : m.offset + m.error_length]: m for m in matches}
    assert {"Indien", "middels"} <= set(found), found
    middels = found["middels"]
    assert middels.rule_id == "W101" and middels.category == "JARGON"
    assert "met" in middels.replacements
    import taalcheck

    expected = {f.text for f in taalcheck.check(LETTER).findings}
    assert {LETTER[m.offset : m.offset + m.error_length] for m in matches} == expected


def test_client_disabled_rules_and_categories(server, no_java):
    tool = _tool(server, "nl-NL")
    try:
        assert any(m.rule_id == "W101" for m in tool.check(LETTER))
        tool.disabled_rules = {"W101"}
        assert not any(m.rule_id == "W101" for m in tool.check(LETTER))
        tool.disabled_rules = set()
        tool.disabled_categories = {"JARGON"}
        assert not any(m.category == "JARGON" for m in tool.check(LETTER))
    finally:
        tool.close()


def test_client_belgian_dutch(server, no_java):
    tool = _tool(server, "nl-BE")
    try:
        assert any(m.rule_id == "W101" for m in tool.check(LETTER))
    finally:
        tool.close()


def test_client_refuses_english_because_the_server_does_not_list_it(server, no_java):
    with pytest.raises(ValueError):
        _tool(server, "en-US")


def test_english_is_refused_with_a_clear_400(server):
    answer = httpx.post(server + "/v2/check", data={"text": "Hello world.", "language": "en-US"}, timeout=30)
    assert answer.status_code == 400
    assert answer.headers["content-type"].startswith("text/plain")
    assert "en-US" in answer.text and "Nederlands" in answer.text


def test_annotated_markup_over_http(server):
    parts = [
        {"markup": "<p>"},
        {"text": "Indien u 😀 vragen heeft, bel ons. Wij "},
        {"markup": "<em>"},
        {"text": "verzoeken"},
        {"markup": "</em>"},
        {"text": " u "},
        {"markup": '<a href="/formulier">'},
        {"text": "middels"},
        {"markup": "</a>"},
        {"text": " dit formulier te betalen."},
        {"markup": "</p>", "interpretAs": "\n\n"},
    ]
    original = "".join(part.get("text", part.get("markup")) for part in parts)
    answer = httpx.post(server + "/v2/check", data={"data": json.dumps({"annotation": parts}), "language": "nl"}, timeout=60)
    assert answer.status_code == 200, answer.text
    units = original.encode("utf-16-le")
    found = {units[2 * m["offset"] : 2 * (m["offset"] + m["length"])].decode("utf-16-le") for m in answer.json()["matches"]}
    assert {"Indien", "verzoeken", "middels"} <= found, found
