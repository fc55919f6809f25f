"""Issue 14, problem 2: a typo in a rule code or category is never a silent false green.

``--select jargn`` used to switch off every check and exit 0; ``negeer W10l``
hid everything in its paragraph.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import taalcheck
from taalcheck.cli import main
from taalcheck.config import clear_cache

BAD = "Indien u vragen heeft, dient u middels het formulier contact op te nemen.\n"


@pytest.fixture(autouse=True)
def _fresh_config_cache():
    clear_cache()
    yield
    clear_cache()


def _run(tmp_path, *args, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize(
    "option, value, hint",
    [("--select", "jargn", "jargon"), ("--ignore", "W999", None), ("--select", "W10l", "W101"), ("--ignore", "pasief", "passief")],
)
def test_cli_unknown_code_is_a_usage_error_with_a_hint(tmp_path, monkeypatch, option, value, hint):
    (tmp_path / "brief.txt").write_text(BAD, encoding="utf-8")
    result = _run(tmp_path, "check", "brief.txt", option, value, monkeypatch=monkeypatch)
    assert result.exit_code == 2, result.output
    assert f"'{value}' is geen regel en geen soort" in result.output
    if hint:
        assert f"Bedoelt u '{hint}'?" in result.output
    assert "Traceback" not in result.output


def test_cli_known_codes_in_any_case_still_work(tmp_path, monkeypatch):
    (tmp_path / "brief.txt").write_text(BAD, encoding="utf-8")
    result = _run(tmp_path, "check", "brief.txt", "--select", "w101,Jargon", "--format", "json", monkeypatch=monkeypatch)
    assert result.exit_code == 1, result.output
    rules = {f["rule"] for f in json.loads(result.output)["files"][0]["findings"]}
    assert rules == {"W101"}


def test_config_unknown_select_stops_the_run(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.taalcheck]\nselect = ["jargn"]\n', encoding="utf-8")
    (tmp_path / "brief.txt").write_text(BAD, encoding="utf-8")
    result = _run(tmp_path, "check", "brief.txt", monkeypatch=monkeypatch)
    assert result.exit_code == 2, result.output
    assert "pyproject.toml [tool.taalcheck]: 'select': 'jargn' is geen regel en geen soort. Bedoelt u 'jargon'?" in result.output


def test_config_unknown_per_file_ignore_stops_the_run(tmp_path, monkeypatch):
    (tmp_path / "taalcheck.toml").write_text('[per-file-ignores]\n"*.txt" = ["W10l"]\n', encoding="utf-8")
    (tmp_path / "brief.txt").write_text(BAD, encoding="utf-8")
    result = _run(tmp_path, "check", "brief.txt", monkeypatch=monkeypatch)
    assert result.exit_code == 2, result.output
    assert "Bedoelt u 'W101'?" in result.output


def test_library_unknown_select_raises_value_error():
    with pytest.raises(ValueError, match=r"'jargn' is geen regel en geen soort. Bedoelt u 'jargon'\?"):
        taalcheck.check(BAD, select=["jargn"])
    with pytest.raises(ValueError, match="W999"):
        taalcheck.check(BAD, options=taalcheck.CheckOptions(ignore=frozenset({"W999"})))
    assert {f.rule for f in taalcheck.check(BAD, select=["jargon"]).findings} == {"W101"}


def test_inline_unknown_code_hides_nothing_and_is_reported(tmp_path, monkeypatch):
    (tmp_path / "brief.md").write_text("<!-- taalcheck: negeer W10l -->\n" + BAD, encoding="utf-8")
    result = _run(tmp_path, "check", "brief.md", "--format", "json", monkeypatch=monkeypatch)
    assert result.exit_code == 1, result.output
    findings = json.loads(result.output)["files"][0]["findings"]
    t101 = [f for f in findings if f["rule"] == "T101"]
    assert len(t101) == 1
    assert t101[0]["text"] == "W10l" and t101[0]["category"] == "instelling" and t101[0]["severity"] == "warning"
    assert (t101[0]["line"], t101[0]["column"]) == (1, 24)
    assert "Bedoelt u 'W101'?" in t101[0]["message"]
    assert {"Indien", "middels"} <= {f["text"] for f in findings if f["rule"] == "W101"}


def test_inline_known_codes_still_hide_and_a_reason_is_allowed():
    report = taalcheck.check(taalcheck.Document(text=BAD))  # plain text: no comments, all findings
    assert any(f.rule == "W101" for f in report.findings)
    from taalcheck.readers import read_file  # noqa: F401 - the reader path is what users meet
    from taalcheck.readers.markdown import read_markdown

    doc = read_markdown(("<!-- taalcheck: negeer W101 jargon -- citaat uit de wet -->\n" + BAD).encode(), "brief.md")
    rules = {f.rule for f in taalcheck.check(doc).findings}
    assert "W101" not in rules and "T101" not in rules


def test_t101_is_documented(tmp_path, monkeypatch):
    result = _run(tmp_path, "regels", "T101", monkeypatch=monkeypatch)
    assert result.exit_code == 0
    assert "T101 [instelling]" in result.output and "Bedoelt u" not in result.output
    assert "Waarom is dit lastig voor lezers?" in result.output
