"""The HTTP check service: /api/check and /api/check/batch answer with the JSON document of the CLI."""

from __future__ import annotations

import json

import httpx
import pytest
import servers

from taalcheck.api_check import MAX_LETTERS

LETTER = (
    "Geachte heer Jansen,\n\n"
    "Wij hebben uw aanvraag in goede orde ontvangen. Indien u vragen heeft, kunt u middels het formulier "
    "contact opnemen met de afdeling Vergunningen van de gemeente, die u graag verder helpt met uw vraag.\n"
    "Het UWV neemt een besluit.\n\n"
    "Met vriendelijke groet,\n"
    "De gemeente\n"
)
OTHER = "Beste mevrouw,\n\nTen behoeve van de aanvraag dient u het formulier te ondertekenen.\n"


@pytest.fixture
def client(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from taalcheck.meldpunt.app import create_app

    monkeypatch.delenv("TAALCHECK_API_TOKEN", raising=False)
    with TestClient(create_app(f"sqlite:///{tmp_path / 'm.sqlite3'}", rate_limit="0")) as test_client:
        yield test_client


def cli_json(run_cli, tmp_path, text: str, *flags: str, name: str | None = None) -> dict:
    """What `taalcheck check --format json` prints for ``text`` (standard input, or a file called ``name``)."""
    if name:
        (tmp_path / name).write_text(text, encoding="utf-8")
        result = run_cli("check", name, "--format", "json", *flags)
    else:
        result = run_cli("check", "-", "--format", "json", *flags, input=text.encode("utf-8"))
    assert result.returncode in (0, 1), result.stderr.decode()
    return json.loads(result.stdout)


@pytest.mark.slow  # runs the CLI for comparison
def test_text_gives_the_cli_document(client, run_cli, tmp_path):
    answer = client.post("/api/check", json={"text": LETTER})
    assert answer.status_code == 200
    assert answer.json() == cli_json(run_cli, tmp_path, LETTER)
    assert any("fix" in f for f in answer.json()["files"][0]["findings"])  # with fixes
    narrowed = client.post("/api/check", json={"text": LETTER, "options": {"select": ["jargon", "Z101"], "max_zinlengte": 12}})
    assert narrowed.json() == cli_json(run_cli, tmp_path, LETTER, "--select", "jargon,Z101", "--max-zinlengte", "12")
    assert {f["category"] for f in narrowed.json()["files"][0]["findings"]} == {"jargon", "lange-zin"}
    ignored = client.post("/api/check", json={"text": LETTER, "options": {"ignore": "W101,afkorting"}})
    assert ignored.json() == cli_json(run_cli, tmp_path, LETTER, "--ignore", "W101,afkorting")


@pytest.mark.slow  # runs the CLI for comparison
def test_a_file_in_any_format(client, run_cli, tmp_path):
    markdown = "# Uw aanvraag\n\n" + LETTER
    answer = client.post("/api/check", files={"file": ("map/brief.md", markdown.encode("utf-8"), "text/markdown")})
    assert answer.status_code == 200
    assert answer.json() == cli_json(run_cli, tmp_path, markdown, name="brief.md")

    import docx

    word = docx.Document()
    for paragraph in LETTER.split("\n\n"):
        word.add_paragraph(paragraph)
    word.save(tmp_path / "brief.docx")
    answer = client.post(
        "/api/check",
        files={"file": ("brief.docx", (tmp_path / "brief.docx").read_bytes())},
        data={"options": json.dumps({"select": ["jargon"]})},
    )
    assert answer.status_code == 200
    expected = run_cli("check", "brief.docx", "--format", "json", "--select", "jargon")
    assert answer.json() == json.loads(expected.stdout)
    assert answer.json()["files"][0]["findings"]

    refused = client.post("/api/check", files={"file": ("brief.rtf", b"{\\rtf1 Besluit}")})
    assert refused.status_code == 415 and "dit soort bestand kan taalcheck niet lezen" in refused.json()["detail"]


@pytest.mark.slow  # runs the CLI for comparison
def test_batch_is_one_document_a_file_per_letter(client, run_cli, tmp_path):
    letters = [{"id": "a-1", "text": LETTER}, {"id": 2, "text": OTHER}, {"id": "leeg", "text": ""}]
    answer = client.post("/api/check/batch", json={"letters": letters, "options": {"ignore": ["W201"]}})
    assert answer.status_code == 200
    data = answer.json()
    assert [entry["id"] for entry in data["files"]] == ["a-1", 2, "leeg"]
    assert [entry["path"] for entry in data["files"]] == ["a-1", "2", "leeg"]
    for letter, entry in zip(letters, data["files"], strict=True):
        alone = cli_json(run_cli, tmp_path, letter["text"], "--ignore", "W201")["files"][0]
        assert {k: v for k, v in entry.items() if k not in ("id", "path")} == {k: v for k, v in alone.items() if k != "path"}
    assert data["summary"]["files"] == 3
    assert data["summary"]["findings"] == sum(len(entry["findings"]) for entry in data["files"])


@pytest.mark.parametrize(
    ("path", "body", "status", "message"),
    [
        ("/api/check", {"text": "x", "options": {"kleur": "rood"}}, 400, "Onbekende optie: kleur."),
        ("/api/check", {"text": "x", "options": {"select": ["W999"]}}, 400, "onbekende regel of categorie: W999"),
        ("/api/check", {"text": "x", "options": {"ignore": "jargo"}}, 400, "onbekende regel of categorie: jargo"),
        ("/api/check", {"text": "x", "options": {"max_zinlengte": 0}}, 400, "'max_zinlengte' moet een heel getal"),
        (
            "/api/check",
            {"text": "x", "options": {"organisatie": "zwolle"}},
            400,
            "De organisatie 'zwolle' kent deze server niet.",
        ),
        ("/api/check", {"text": "x", "options": {"woordenlijsten": ["/etc/passwd"]}}, 400, "Onbekende optie: woordenlijsten."),
        ("/api/check", {"tekst": "x"}, 400, "Onbekend veld: tekst."),
        ("/api/check", {"text": 3}, 400, "'text' moet tekst zijn."),
        ("/api/check/batch", {"letters": [{"text": "x"}]}, 400, 'Brief 1 heeft geen "id" en "text".'),
        ("/api/check/batch", {"letters": []}, 400, 'Stuur de brieven als "letters"'),
        (
            "/api/check/batch",
            {"letters": [{"id": i, "text": "x"} for i in range(MAX_LETTERS + 1)]},
            413,
            "Stuur er hoogstens 100 per keer",
        ),
    ],
)
def test_refusals_are_in_dutch(client, path, body, status, message):
    answer = client.post(path, json=body)
    assert answer.status_code == status
    assert message in answer.json()["detail"]


def test_not_json_and_too_big(client):
    answer = client.post("/api/check", content=b"text=hallo", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert answer.status_code == 415 and "Stuur JSON" in answer.json()["detail"]
    assert client.post("/api/check", content=b"{kapot", headers={"Content-Type": "application/json"}).status_code == 400
    big = {"letters": [{"id": i, "text": "Een zin. " * 120_000} for i in range(10)]}  # about 10.8 MB
    answer = client.post("/api/check/batch", json=big)
    assert answer.status_code == 413
    assert "hoogstens 10 MB" in answer.json()["detail"]
    # a body over the meldpunt's 64 kB is fine here
    answer = client.post("/api/check", json={"text": "Een korte zin. " * 6_000})
    assert answer.status_code == 200


def test_token_when_the_operator_sets_one(client, monkeypatch):
    monkeypatch.setenv("TAALCHECK_API_TOKEN", "geheim-" + "x" * 20)
    for headers in ({}, {"Authorization": "Bearer fout"}, {"Authorization": "Basic geheim-" + "x" * 20}):
        answer = client.post("/api/check", json={"text": "Hallo."}, headers=headers)
        assert answer.status_code == 401 and "Niet ingelogd" in answer.json()["detail"]
    answer = client.post(
        "/api/check/batch",
        json={"letters": [{"id": 1, "text": "Hallo."}]},
        headers={"Authorization": "Bearer geheim-" + "x" * 20},
    )
    assert answer.status_code == 200


def test_schema_without_outside_pages(client):
    schema = client.get("/openapi.json").json()
    assert {"/api/check", "/api/check/batch"} <= set(schema["paths"])
    body = schema["paths"]["/api/check"]["post"]["requestBody"]["content"]
    assert {"application/json", "multipart/form-data"} <= set(body)
    assert set(body["application/json"]["schema"]["properties"]["options"]["properties"]) == {
        "select",
        "ignore",
        "max_zinlengte",
        "organisatie",
    }
    assert client.get("/docs").status_code == 404  # Swagger's page needs an outside CDN: off


def test_organisation_lists_by_name(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from taalcheck.meldpunt.app import create_app
    from taalcheck.server_settings import ServerSettings

    (tmp_path / "zwolle.csv").write_text(
        "woord,alternatieven,uitleg,veilig,bron\nmeldingspasje,kaart,Een eigen woord.,ja,test\n", encoding="utf-8"
    )
    (tmp_path / "taalcheck.toml").write_text('[organisaties]\nzwolle = ["zwolle.csv"]\n', encoding="utf-8")
    monkeypatch.delenv("TAALCHECK_API_TOKEN", raising=False)
    settings = ServerSettings.from_file(str(tmp_path / "taalcheck.toml"))
    with TestClient(create_app(f"sqlite:///{tmp_path / 'm.sqlite3'}", rate_limit="0", settings=settings)) as client:
        text = {"text": "Uw meldingspasje ligt klaar."}
        plain = client.post("/api/check", json=text).json()["files"][0]["findings"]
        assert not [f for f in plain if f["text"] == "meldingspasje" and f["rule"] == "W101"]
        own = client.post("/api/check", json={**text, "options": {"organisatie": "zwolle"}}).json()["files"][0]["findings"]
        assert [f["suggestions"] for f in own if f["text"] == "meldingspasje" and f["rule"] == "W101"] == [["kaart"]]


@pytest.mark.slow
def test_real_server_with_a_plain_http_client(tmp_path, run_cli):
    token = "sleutel-" + "y" * 24
    server = servers.Server(f"sqlite:///{tmp_path / 'meldpunt.sqlite3'}", env={"TAALCHECK_API_TOKEN": token}).start()
    base = server.base
    try:
        with httpx.Client(base_url=base, timeout=120, headers={"Authorization": f"Bearer {token}"}) as http:
            answer = http.post("/api/check", json={"text": LETTER, "options": {"ignore": ["passief"]}})
            assert answer.status_code == 200
            assert answer.json() == cli_json(run_cli, tmp_path, LETTER, "--ignore", "passief")
            upload = http.post("/api/check", files={"file": ("brief.txt", OTHER.encode("cp1252"))})
            assert upload.json() == cli_json(run_cli, tmp_path, OTHER, name="brief.txt")
            batch = http.post("/api/check/batch", json={"letters": [{"id": "x", "text": OTHER}, {"id": "y", "text": LETTER}]})
            assert batch.status_code == 200
            assert [e["findings"] for e in batch.json()["files"]] == [
                cli_json(run_cli, tmp_path, text)["files"][0]["findings"] for text in (OTHER, LETTER)
            ]
            assert httpx.post(base + "/api/check", json={"text": "Hallo."}, timeout=60).status_code == 401
            too_many = http.post("/api/check/batch", json={"letters": [{"id": i, "text": "x"} for i in range(101)]})
            assert too_many.status_code == 413 and "hoogstens 100" in too_many.json()["detail"]
            assert http.get("/openapi.json").json()["paths"]["/api/check/batch"]["post"]
    finally:
        server.stop()


def test_busy_service_answers_503_in_dutch():
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from taalcheck.api_check import create_router

    app = FastAPI()
    app.include_router(create_router(max_pending=0))
    answer = TestClient(app).post("/api/check", json={"text": "Hallo."})
    assert answer.status_code == 503 and answer.headers["retry-after"]
    assert answer.json()["detail"].startswith("De server is druk.")


def test_upload_names_lose_their_folders():
    from taalcheck.api_check import RequestError, upload_name

    assert upload_name("../../etc/brief.docx") == "brief.docx"
    assert upload_name("C:\\Users\\a\\brief.md") == "brief.md"
    with pytest.raises(RequestError):
        upload_name("")
