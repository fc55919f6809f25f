"""The real `taalcheck serve` process over HTTP: form, API, protections."""

import re

import httpx
import pytest

pytestmark = pytest.mark.slow

HOSTILE = "'); DROP TABLE meldingen; -- <script>alert('x')</script>"


@pytest.fixture
def server(shared_server):
    return shared_server


@pytest.fixture
def client(server):
    with httpx.Client(base_url=server.base, timeout=10) as c:
        yield c


def _token(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _count(client, server, **params) -> int:
    return client.get("/api/meldingen", params=params, headers=server.admin).json()["totaal"]


def _all(client, server) -> list[dict]:
    return client.get("/api/meldingen", params={"limit": 500}, headers=server.admin).json()["meldingen"]


def test_security_headers_everywhere(client):
    for path in ("/", "/health", "/api/meldingen", "/bestaat-niet", "/static/meldpunt.css"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src" not in csp and "'unsafe-inline'" not in csp, path
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"


def test_health_and_openapi(client):
    assert client.get("/health").json() == {"status": "ok", "database": "ok"}
    spec = client.get("/openapi.json").json()
    assert "/api/meldingen" in spec["paths"] and "patch" in spec["paths"]["/api/meldingen/{melding_id}"]


def test_form_prefill_is_escaped(client):
    r = client.get("/", params={"woord": "<script>alert(1)</script>", "organisatie": "Gemeente A", "kenmerk": "K-12"})
    assert r.status_code == 200
    assert "<script>alert(1)</script>" not in r.text
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt;"' in r.text
    assert 'value="Gemeente A"' in r.text and 'value="K-12"' in r.text
    assert "meldpunt_csrf" in r.headers["set-cookie"] and "HttpOnly" in r.headers["set-cookie"]


def test_form_submit_stores_once_and_thanks(client, server):
    before = _count(client, server)
    token = _token(client.get("/").text)
    fields = {
        "csrf_token": token,
        "woord": "zienswijze",
        "zin": "U kunt een zienswijze indienen.",
        "organisatie": "Provincie Z",
        "website": "",
    }
    r = client.post("/", data=fields)
    assert r.status_code == 200 and "Bedankt voor uw melding" in r.text
    number = re.search(r"Uw nummer: <strong>([3-9A-Y]{4}-[3-9A-Y]{4})</strong>", r.text).group(1)
    again = client.post("/", data=fields)  # double click / reload: same form token
    assert again.status_code == 200
    assert _count(client, server) == before + 1
    stored = client.get(f"/api/meldingen/{number.lower()}", headers=server.admin).json()
    assert stored["woord"] == "zienswijze" and stored["kanaal"] == "web"


def test_form_errors_keep_values_and_point_at_fields(client, server):
    before = _count(client, server)
    token = _token(client.get("/").text)
    r = client.post("/", data={"csrf_token": token, "woord": "", "zin": "x" * 1001, "toelichting": HOSTILE, "email": "a@b.nl"})
    assert r.status_code == 422
    assert "<title>Fout: " in r.text
    assert "Vul het woord in dat u niet snapt." in r.text
    assert "hoogstens 1000 tekens" in r.text and "Zet dan een vinkje bij &#39;Ja, u mag mij mailen of bellen&#39;" in r.text
    assert re.search(r'id="woord"[^>]*aria-describedby="woord-hint woord-fout"[^>]*aria-invalid="true"', r.text, re.S)
    assert 'id="zin-fout"' in r.text and "autofocus" in r.text
    assert HOSTILE not in r.text and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in r.text  # kept, escaped
    assert 'value="a@b.nl"' in r.text
    assert _count(client, server) == before


def test_csrf_is_checked(client, server):
    before = _count(client, server)
    token = _token(client.get("/").text)
    # No cookie (a form posted from another site):
    r = httpx.post(server.base + "/", data={"csrf_token": token, "woord": "thans"})
    assert r.status_code == 403 and "Uw formulier is verlopen" in r.text and 'value="thans"' in r.text
    # Cookie present but another token in the field:
    r = client.post("/", data={"csrf_token": token[:-1] + ("0" if token[-1] != "0" else "1"), "woord": "thans"})
    assert r.status_code == 403
    assert _count(client, server) == before


def test_two_open_forms_are_two_meldingen(client, server):
    before = _count(client, server)
    first, second = _token(client.get("/").text), _token(client.get("/").text)
    assert first != second
    for token, woord in ((first, "eerste tab"), (second, "tweede tab")):
        assert client.post("/", data={"csrf_token": token, "woord": woord}).status_code == 200
    assert _count(client, server) == before + 2


def test_honeypot_stores_nothing(client, server):
    before = _count(client, server)
    token = _token(client.get("/").text)
    r = client.post("/", data={"csrf_token": token, "woord": "thans", "website": "http://spam.example"})
    assert r.status_code == 200 and "Bedankt" in r.text and "Uw nummer" not in r.text
    assert _count(client, server) == before


def test_api_create_retry_and_field_errors(client, server):
    r = client.post(
        "/api/meldingen",
        json={"woord": "ingevolge", "organisatie": "UWV", "toelichting": "BSN 111222333"},
        headers={"Idempotency-Key": "sleutel-1"},
    )
    assert r.status_code == 201
    body = r.json()
    assert {"id", "aangemaakt", "status"} <= body.keys() and body["status"] == "nieuw" and body["kanaal"] == "api"
    assert body["toelichting"] == "BSN [BSN verwijderd]"
    retry = client.post("/api/meldingen", json={"woord": "ingevolge"}, headers={"Idempotency-Key": "sleutel-1"})
    assert retry.status_code == 200 and retry.json()["id"] == body["id"]

    # Without a key, the same content from the same client soon after is a retry too.
    plain = [client.post("/api/meldingen", json={"woord": "ter zake", "zin": "Z."}) for _ in range(2)]
    assert [r.status_code for r in plain] == [201, 200] and plain[0].json()["id"] == plain[1].json()["id"]

    bad = client.post("/api/meldingen", json={"zin": "x" * 1001, "kanaal": "fax", "woord": 5})
    assert bad.status_code == 422
    assert bad.json()["fouten"] == {
        "woord": "Dit moet tekst zijn.",
        "zin": "Dit is te lang. Gebruik hoogstens 1000 tekens. U gebruikte er 1001.",
        "kanaal": "Kies een van deze kanalen: web, api, cli, sticker.",
    }
    assert client.post("/api/meldingen", content=b"{kapot", headers={"content-type": "application/json"}).status_code == 422
    assert client.post("/api/meldingen", json=["woord"]).status_code == 422
    assert client.post("/api/meldingen", data={"woord": "x"}).status_code == 415


def test_hostile_input_is_text(client, server):
    r = client.post("/api/meldingen", json={"woord": HOSTILE, "organisatie": "x' OR 1=1 --"})
    assert r.status_code == 201
    stored = client.get(f"/api/meldingen/{r.json()['id']}", headers=server.admin).json()
    assert stored["woord"] == HOSTILE and stored["organisatie"] == "x' OR 1=1 --"
    assert _count(client, server, organisatie="x' OR 1=1 --") == 1
    assert client.get("/health").status_code == 200  # the table is still there


def test_oversized_bodies_are_refused(client, server):
    before = _count(client, server)
    big = {"woord": "x", "toelichting": "a" * 70_000}
    r = client.post("/api/meldingen", json=big)
    assert r.status_code == 413 and "te groot" in r.json()["detail"]
    token = _token(client.get("/").text)
    r = client.post("/", data={"csrf_token": token, "woord": "x", "zin": "b" * 70_000})
    assert r.status_code == 413 and "Maak uw tekst korter" in r.text

    def chunks():  # no Content-Length: the limit applies while reading
        for _ in range(20):
            yield b"c" * 8192

    r = client.post("/api/meldingen", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert _count(client, server) == before


def test_admin_endpoints_need_the_token(client, admin_token):
    for method, path in [
        ("GET", "/api/meldingen"),
        ("GET", "/api/meldingen/top"),
        ("GET", "/api/meldingen/export"),
        ("GET", "/api/meldingen/abc"),
        ("PATCH", "/api/meldingen/abc"),
        ("GET", "/api/meldingen/abc/contact"),
        ("DELETE", "/api/meldingen/abc/contact"),
    ]:
        for headers in ({}, {"Authorization": "Bearer fout"}, {"Authorization": admin_token}):
            r = client.request(method, path, headers=headers, json={"status": "onzin"})
            assert r.status_code == 401, (method, path, headers)
            assert r.json() == {"detail": "Niet ingelogd. Gebruik een geldige sleutel."}
            assert r.headers["www-authenticate"] == "Bearer"


def test_admin_list_top_export_patch(client, server):
    created = client.post("/api/meldingen", json={"woord": "Verstrekken", "organisatie": "Gemeente Q"}).json()
    page = client.get("/api/meldingen", params={"limit": 1, "organisatie": "Gemeente Q"}, headers=server.admin).json()
    assert page["totaal"] == 1 and page["meldingen"][0]["id"] == created["id"]
    top = client.get("/api/meldingen/top", params={"organisatie": "Gemeente Q"}, headers=server.admin).json()
    assert top["woorden"][0]["woord"] == "verstrekken" and top["woorden"][0]["per_organisatie"] == {"Gemeente Q": 1}
    assert "in_woordenlijst" in top["woorden"][0]

    csv_r = client.get("/api/meldingen/export", params={"format": "csv"}, headers=server.admin)
    assert csv_r.headers["content-type"].startswith("text/csv") and "Verstrekken" in csv_r.text
    excel = client.get("/api/meldingen/export", params={"format": "csv", "excel": "true"}, headers=server.admin)
    assert excel.content.startswith("\ufeffid;".encode())
    js = client.get("/api/meldingen/export", params={"format": "json"}, headers=server.admin).json()
    assert any(m["id"] == created["id"] for m in js["meldingen"])

    r = client.patch(
        f"/api/meldingen/{created['id']}", headers=server.admin, json={"status": "doorgestuurd", "notitie": "Naar team", "door": "Anna"}
    )
    assert r.status_code == 200 and r.json()["status"] == "doorgestuurd"
    assert r.json()["geschiedenis"][-1] == {**r.json()["geschiedenis"][-1], "van": "nieuw", "door": "Anna"}
    assert client.patch(f"/api/meldingen/{created['id']}", headers=server.admin, json={"status": "weg"}).status_code == 422
    missing = client.patch("/api/meldingen/00000000-0000", headers=server.admin, json={"status": "bekeken"})
    assert missing.status_code == 404 and missing.json()["detail"] == "Deze melding bestaat niet."
    assert client.get("/api/meldingen", params={"limit": 0}, headers=server.admin).status_code == 422


def test_rate_limit(start_server, tmp_path):
    srv = start_server(f"sqlite:///{tmp_path / 'rl.sqlite3'}", rate_limit="3/minute")
    with httpx.Client(base_url=srv.base) as c:
        codes = [c.post("/api/meldingen", json={"woord": f"w{i}"}).status_code for i in range(4)]
        assert codes == [201, 201, 201, 429]
        r = c.post("/api/meldingen", json={"woord": "w9"})
        assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1 and "Wacht even" in r.json()["detail"]
        token = _token(c.get("/").text)
        page = c.post("/", data={"csrf_token": token, "woord": "x"})
        assert page.status_code == 429 and "Wacht een minuut" in page.text


def test_contact_details_for_admins_only_and_deletable(client, server):
    created = client.post("/api/meldingen", json={"woord": "thans", "email": "lezer@voorbeeld.nl", "toestemming": True})
    assert created.status_code == 201 and "email" not in created.json()
    path = f"/api/meldingen/{created.json()['id']}/contact"
    assert client.get(path, headers=server.admin).json() == {"naam": None, "email": "lezer@voorbeeld.nl", "telefoon": None}
    assert client.delete(path, headers=server.admin).status_code == 204
    assert client.get(path, headers=server.admin).status_code == 404
    assert client.delete(path, headers=server.admin).status_code == 404


def test_qr_link_sets_channel_sticker(client, server):
    assert 'name="kanaal" value="web"' in client.get("/", params={"kanaal": "api"}).text
    page = client.get("/", params={"kanaal": "sticker", "woord": "w" * 300})  # new cookie + token
    assert 'name="kanaal" value="sticker"' in page.text
    assert 'value="' + "w" * 200 + '"' in page.text  # prefill cut to the field limit
    r = client.post("/", data={"csrf_token": _token(page.text), "woord": "beschikking", "kanaal": "sticker"})
    number = re.search(r"Uw nummer: <strong>([3-9A-Y]{4}-[3-9A-Y]{4})</strong>", r.text).group(1)
    assert client.get(f"/api/meldingen/{number}", headers=server.admin).json()["kanaal"] == "sticker"
