"""What the organisation sees of letters sent back: the admin API and the CLI, grouped by sender and passage."""

import datetime as dt
import json

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from taalcheck.meldpunt.app import create_app
from taalcheck.meldpunt.cli import meldpunt
from taalcheck.meldpunt.retour import RetourInput, add_retour
from taalcheck.meldpunt.store import Store, receipt_code

TOKEN = "beheer-" + "z" * 20
T0 = dt.datetime(2026, 11, 2, 9, tzinfo=dt.timezone.utc)


def _fill(store: Store) -> list[dict]:
    made = []
    for i, (amount, date) in enumerate((("163,50", "15 juni 2026"), ("1.204,00", "1 juli 2026"))):
        melding, _ = add_retour(
            store,
            RetourInput(
                passages=(
                    (f"U moet in totaal € {amount} betalen vóór {date}.", "Ik dacht dat het al betaald was"),
                    ("Ingevolge de Wmo betaalt u een eigen bijdrage.", None),
                ),
                organisatie="Gemeente Lindebroek",
                kenmerk="WMO-17",
                email="lezer@voorbeeld.nl",
                sleutel=f"s{i}",
            ),
            now=T0 + dt.timedelta(days=i),
        )
        made.append(melding)
    add_retour(
        store,
        RetourInput(passages=(("Ingevolge de Wmo betaalt u een eigen bijdrage.", None),), organisatie="Gemeente Lindebroek", sleutel="s9"),
        now=T0,
    )
    return made


@pytest.fixture
def filled(db_url):
    store = Store(db_url)
    made = _fill(store)
    store.close()
    return db_url, made


def test_api_groups_and_answers(filled):
    db_url, made = filled
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(db_url, rate_limit="0", admin_token=TOKEN)) as client:
        assert client.get("/api/meldingen/retour").status_code == 401
        body = client.get("/api/meldingen/retour", headers=headers).json()
        assert body["totaal"] == 3
        (sender,) = body["afzenders"]
        assert sender["organisatie"] == "Gemeente Lindebroek" and sender["aantal_meldingen"] == 3
        counts = {p["passage"]: p["aantal"] for p in sender["passages"]}
        assert counts == {"Ingevolge de Wmo betaalt u een eigen bijdrage.": 3, "U moet in totaal € <bedrag> betalen vóór <datum>.": 2}
        answered = client.patch(
            f"/api/meldingen/{made[0]['id']}", headers=headers, json={"status": "beantwoord", "notitie": "Gebeld", "door": "Team Wmo"}
        )
        assert answered.status_code == 200 and answered.json()["status"] == "beantwoord"
        assert client.get(f"/api/meldingen/{made[0]['id']}/contact", headers=headers).json()["email"] == "lezer@voorbeeld.nl"
        only = client.get("/api/meldingen/retour?status=beantwoord", headers=headers).json()
        assert only["totaal"] == 1
        assert client.get("/api/meldingen/retour?organisatie=Belastingdienst", headers=headers).json()["afzenders"] == []


def test_cli_lists_and_answers(filled):
    db_url, made = filled
    runner = CliRunner()
    result = runner.invoke(meldpunt, ["retour", "--db", db_url], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Gemeente Lindebroek: 3 brieven teruggestuurd"
    assert lines[1].split() == ["3x", "Ingevolge", "de", "Wmo", "betaalt", "u", "een", "eigen", "bijdrage."]
    assert "2x  U moet in totaal € <bedrag> betalen vóór <datum>." in result.output
    assert "2026-11-02 t/m 2026-11-03; kenmerk WMO-17; nieuw 2" in result.output
    assert "lezer dacht: Ik dacht dat het al betaald was" in result.output
    as_json = json.loads(runner.invoke(meldpunt, ["retour", "--json", "--db", db_url]).output)
    assert as_json["totaal"] == 3
    code = receipt_code(made[1]["id"])
    answered = runner.invoke(meldpunt, ["beantwoord", code, "--notitie", "Brief uitgelegd", "--db", db_url])
    assert answered.exit_code == 0 and "status 'beantwoord'" in answered.output and "contact" in answered.output
    only = runner.invoke(meldpunt, ["retour", "--status", "beantwoord", "--db", db_url]).output
    assert only.startswith("Gemeente Lindebroek: 1 brief teruggestuurd")
    missing = runner.invoke(meldpunt, ["beantwoord", "00000000-0000", "--db", db_url])
    assert missing.exit_code == 2 and "Geen melding" in missing.output
