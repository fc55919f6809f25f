"""Issue 14, problem 10: an administrator sees who asked for an answer, and can find how to reach them.

The flag ``heeft_contact`` is in `meldpunt lijst`, in the export and in the API
list; the details themselves only come from `meldpunt contact ID` (and the
admin API), never from a list or an export.
"""

from __future__ import annotations

import csv
import io
import json
import warnings

from click.testing import CliRunner

from taalcheck.cli import main
from taalcheck.meldpunt.app import create_app
from taalcheck.meldpunt.store import Store
from taalcheck.meldpunt.validation import validate

TOKEN = "beheer-sleutel-1234567890"


def _fill(db_url):
    store = Store(db_url)
    with_contact, _ = store.add(
        validate({"woord": "keukentafelgesprek", "naam": "Fatima", "email": "fatima@example.nl", "toestemming": True}),
        client="t",
    )
    without, _ = store.add(validate({"woord": "beschikking"}), client="t")
    store.close()
    return with_contact["id"], without["id"]


def _cli(*args):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_lijst_and_export_show_the_flag_but_not_the_details(db_url):
    with_contact, without = _fill(db_url)
    table = _cli("meldpunt", "lijst", "--db", db_url)
    line_with = next(line for line in table.splitlines() if line.startswith(with_contact[:8]))
    line_without = next(line for line in table.splitlines() if line.startswith(without[:8]))
    assert " ja " in line_with and " ja " not in line_without
    assert "antwoord?" in table and "meldpunt contact" in table
    assert "fatima@example.nl" not in table

    listed = json.loads(_cli("meldpunt", "lijst", "--json", "--db", db_url))["meldingen"]
    assert {m["id"]: m["heeft_contact"] for m in listed} == {with_contact: True, without: False}

    exported = list(csv.DictReader(io.StringIO(_cli("meldpunt", "export", "--db", db_url))))
    assert {row["id"]: row["heeft_contact"] for row in exported} == {with_contact: "ja", without: "nee"}
    as_json = json.loads(_cli("meldpunt", "export", "--format", "json", "--db", db_url))
    assert {m["id"]: m["heeft_contact"] for m in as_json["meldingen"]} == {with_contact: True, without: False}
    assert "fatima" not in json.dumps(as_json) + json.dumps(exported)


def test_contact_subcommand_shows_the_details(db_url):
    with_contact, without = _fill(db_url)
    shown = _cli("meldpunt", "contact", with_contact[:8], "--db", db_url)
    assert "fatima@example.nl" in shown and "Fatima" in shown and "keukentafelgesprek" in shown
    none = _cli("meldpunt", "contact", without, "--db", db_url)
    assert "geen contactgegevens" in none


def test_api_list_has_the_flag(db_url):
    with_contact, without = _fill(db_url)
    app = create_app(db_url, rate_limit="0", admin_token=TOKEN)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(app) as client:
        body = client.get("/api/meldingen", headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert {m["id"]: m["heeft_contact"] for m in body["meldingen"]} == {with_contact: True, without: False}
    assert "fatima" not in json.dumps(body)
