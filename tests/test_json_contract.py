"""The JSON output follows DESIGN.md exactly."""

from __future__ import annotations

import json

from taalcheck.rules import RULES, categories

FINDING_KEYS = {"rule", "category", "severity", "start", "end", "line", "column", "text", "message", "suggestions"}
# Every category a finding may have comes from the rules registry (DESIGN.md lists the same).
CATEGORIES = set(categories())
CODES = set(RULES)

LETTER = (
    "Onderwerp: uw aanvraag\n\nGeachte heer Jansen,\n\n"
    "Indien u het niet eens bent met ons besluit, dient u middels het formulier binnen zes weken bezwaar te maken "
    "i.v.m. de wettelijke termijn die voor alle besluiten geldt die wij op grond van de Wmo nemen.\n"
    "Wij nodigen u uit voor een keukentafelgesprek. 😀 Uw BSN staat op uw pas.\r\nMet vriendelijke groet,\n"
)


def test_json_document_shape(run_cli, tmp_path):
    (tmp_path / "brief.txt").write_bytes(LETTER.encode("utf-8"))
    result = run_cli("check", "brief.txt", "--format", "json")
    data = json.loads(result.stdout)
    assert data["version"] == 1
    assert set(data) == {"version", "files", "summary"}
    [file] = data["files"]
    assert file["path"] == "brief.txt"
    source = (tmp_path / "brief.txt").read_bytes().decode("utf-8")
    lines = source.splitlines(keepends=True)
    assert file["findings"], "expected findings"
    for f in file["findings"]:
        assert FINDING_KEYS <= set(f)
        assert f["category"] in CATEGORIES
        assert f["rule"] in CODES and RULES[f["rule"]].category == f["category"]
        assert f["severity"] in {"info", "warning", "error"}
        assert source[f["start"] : f["end"]] == f["text"]
        line_start = sum(len(line) for line in lines[: f["line"] - 1])
        assert line_start + f["column"] - 1 == f["start"]
        if "fix" in f:
            assert {"start", "end", "replacement", "safe"} <= set(f["fix"])
    assert set(data["summary"]) >= {"files", "findings"}
    assert {"woorden", "zinnen", "gemiddelde_zinslengte", "flesch_douma", "niveau"} <= set(file["metrics"])
