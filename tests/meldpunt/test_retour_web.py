"""'Stuur terug naar de afzender' without JavaScript: the explained page offers the letter's sentences as
checkboxes, without the addressee's name and address; only the ticked ones are stored, as one retour report."""

import re

import pytest
from fastapi.testclient import TestClient

from taalcheck.meldpunt.app import create_app
from taalcheck.meldpunt.store import RECEIPT_ALPHABET
from taalcheck.uitleg.terug import reference, sentences

TOKEN = "beheer-" + "y" * 20
LETTER = """Gemeente Lindebroek
Postbus 80
7411 GX Lindebroek

Mevrouw A. Bakker
Dorpsstraat 3
7412 AB Lindebroek

Datum: 4 mei 2026
Ons kenmerk: WMO/2026/17
Onderwerp: Eigen bijdrage huishoudelijke hulp

Geachte mevrouw Bakker,

Ingevolge de Wmo betaalt u een eigen bijdrage. U moet in totaal € 163,50 betalen.
Betaal dit bedrag binnen zes weken na de datum van deze brief.

Heeft u vragen? Bel ons op 14 0546.
"""


@pytest.fixture
def client(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'm.sqlite3'}", rate_limit="0", admin_token=TOKEN)
    with TestClient(app) as c:
        yield c


def _explained(client):
    response = client.post("/uitleg", data={"tekst": LETTER}, files={"bestand": ("", b"", "application/octet-stream")})
    assert response.status_code == 200
    html = response.text
    offered = dict(re.findall(r'name="zin-(\d+)" value="([^"]*)"', html))
    token = re.search(r'name="csrf_token" value="([^"]*)"', html).group(1)
    return html, offered, token


def test_sentences_leave_out_name_and_address():
    found = sentences(LETTER)
    assert found[0] == "Eigen bijdrage huishoudelijke hulp"
    assert "Geachte mevrouw [naam verwijderd]," in found
    assert not any("Bakker" in s or "Dorpsstraat" in s or "7412" in s for s in found)
    assert reference(LETTER) == "WMO/2026/17"


def test_marked_sentences_become_one_retour_report(client):
    html, offered, token = _explained(client)
    assert "Bakker" not in html.split('id="terug"')[1]  # the send-back form holds no name
    assert 'name="organisatie" value="Gemeente Lindebroek"' in html and 'value="WMO/2026/17"' in html
    by_text = {v: k for k, v in offered.items()}
    first = by_text["Ingevolge de Wmo betaalt u een eigen bijdrage."]
    second = by_text["U moet in totaal € 163,50 betalen."]
    form = {
        "csrf_token": token,
        "organisatie": "Gemeente Lindebroek",
        "kenmerk": "WMO/2026/17",
        f"zin-{first}": offered[first],
        f"uitleg-{first}": "Dat ik iets moet invullen",
        f"zin-{second}": offered[second],
        f"uitleg-{second}": "",
        "uitleg-0": "not ticked, not sent",
    }
    response = client.post("/uitleg/terug", data=form)
    assert response.status_code == 200 and "Verstuurd" in response.text
    code = re.search(r"Uw code: <strong>([^<]+)</strong>", response.text).group(1)
    assert re.fullmatch(f"[{RECEIPT_ALPHABET}]{{4}}-[{RECEIPT_ALPHABET}]{{4}}", code)
    listed = client.get("/api/meldingen", headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert listed["totaal"] == 1
    melding = listed["meldingen"][0]
    assert melding["kanaal"] == "retour" and melding["kenmerk"] == "WMO/2026/17"
    assert [(p["volgorde"], p["tekst"], p["toelichting"]) for p in melding["passages"]] == [
        (int(first), "Ingevolge de Wmo betaalt u een eigen bijdrage.", "Dat ik iets moet invullen"),
        (int(second), "U moet in totaal € 163,50 betalen.", None),
    ]
    assert client.get(f"/api/meldingen/{code}", headers={"Authorization": f"Bearer {TOKEN}"}).json()["id"] == melding["id"]
    # sent twice (double click): stored once
    assert client.post("/uitleg/terug", data=form).status_code == 200
    assert client.get("/api/meldingen", headers={"Authorization": f"Bearer {TOKEN}"}).json()["totaal"] == 1


def test_refusals(client):
    _html, offered, token = _explained(client)
    assert client.post("/uitleg/terug", data={"zin-1": offered["1"]}).status_code == 403  # no token
    # a retour report always has its passages: the word API does not take the channel
    assert client.post("/api/meldingen", json={"woord": "thans", "kanaal": "retour"}).status_code == 422
    nothing = client.post("/uitleg/terug", data={"csrf_token": token})
    assert nothing.status_code == 422 and "geen zin aangevinkt" in nothing.text
    no_consent = client.post("/uitleg/terug", data={"csrf_token": token, "zin-1": offered["1"], "email": "a@b.nl"})
    assert no_consent.status_code == 422 and "vinkje" in no_consent.text
    # the form comes back with only the ticked sentence, ticked, and the e-mail address filled in
    assert re.findall(r'name="zin-(\d+)" value="([^"]*)" checked', no_consent.text) == [("1", offered["1"])]
    assert 'value="a@b.nl"' in no_consent.text and "Ingevolge" not in no_consent.text
    listed = client.get("/api/meldingen", headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert listed["totaal"] == 0
    with_consent = client.post("/uitleg/terug", data={"csrf_token": token, "zin-1": offered["1"], "email": "a@b.nl", "toestemming": "ja"})
    assert with_consent.status_code == 200
    melding = client.get("/api/meldingen", headers={"Authorization": f"Bearer {TOKEN}"}).json()["meldingen"][0]
    contact = client.get(f"/api/meldingen/{melding['id']}/contact", headers={"Authorization": f"Bearer {TOKEN}"})
    assert contact.json()["email"] == "a@b.nl"
