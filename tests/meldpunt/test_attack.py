"""The meldpunt under attack, on loopback only and bounded in time.

What test_server.py already covers is not repeated (security headers on
ordinary pages, 401 on every admin route, the basic rate limit, the body
size limit). Here: a flood with a forged X-Forwarded-For from one address
while another address and /health keep working, slow clients holding
sockets open, every field limit, nesting bombs, and the headers on error
answers. A second client is a second loopback address (127.0.0.2).
"""

from __future__ import annotations

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from taalcheck.meldpunt.models import MAX_LENGTE
from taalcheck.meldpunt.validation import MAX_SLEUTEL

pytestmark = pytest.mark.slow


def _client(server, source: str = "127.0.0.1") -> httpx.Client:
    return httpx.Client(base_url=server.base, timeout=10, transport=httpx.HTTPTransport(local_address=source))


def _second_address_works() -> bool:
    try:
        with socket.socket() as sock:
            sock.bind(("127.0.0.2", 0))
        return True
    except OSError:
        return False


@pytest.fixture
def limited(start_server, tmp_path):
    return start_server(f"sqlite:///{tmp_path / 'aanval.sqlite3'}", rate_limit="20/minute")


def test_a_flood_hits_the_limit_and_others_are_still_served(limited):
    """The flood comes from 127.0.0.2 with a forged X-Forwarded-For on every request.

    uvicorn trusts that header only from 127.0.0.1 (a proxy on the same
    machine), so the forged one must not give the flood a fresh bucket.
    """
    if not _second_address_works():
        pytest.skip("127.0.0.2 is niet bruikbaar op deze machine")
    stop = threading.Event()
    codes: list[int] = []

    def flood(worker: int) -> None:
        with _client(limited, "127.0.0.2") as c:
            for i in range(100):
                if stop.is_set():
                    return
                r = c.post("/api/meldingen", json={"woord": f"spam-{worker}-{i}"}, headers={"X-Forwarded-For": f"10.0.{worker}.{i}"})
                codes.append(r.status_code)

    health_times: list[float] = []
    with ThreadPoolExecutor(4) as pool:
        workers = [pool.submit(flood, n) for n in range(4)]
        try:
            time.sleep(0.5)
            with _client(limited) as other:
                for _ in range(10):
                    started = time.perf_counter()
                    assert other.get("/health").status_code == 200
                    health_times.append(time.perf_counter() - started)
                    time.sleep(0.05)
                answer = other.post("/api/meldingen", json={"woord": "beschikking", "organisatie": "Gemeente B"})
        finally:
            stop.set()
            for w in workers:
                w.result()
    assert set(codes) <= {201, 429}
    assert codes.count(201) <= 21 and codes.count(429) >= 50, (codes.count(201), codes.count(429))
    assert answer.status_code == 201  # another address has its own bucket
    assert max(health_times) < 2.0, health_times


def test_the_429_answer_is_dutch_and_says_how_long_to_wait(limited):
    with _client(limited) as c:
        answers = [c.post("/api/meldingen", json={"woord": f"w{i}"}) for i in range(22)]
    last = answers[-1]
    assert last.status_code == 429
    assert last.json() == {"detail": "U heeft te veel meldingen gestuurd. Wacht even en probeer het opnieuw."}
    assert 1 <= int(last.headers["retry-after"]) <= 60
    assert "frame-ancestors 'none'" in last.headers["content-security-policy"]


def test_slow_clients_do_not_block_others(shared_server):
    """Slowloris: sockets that send their headers a byte at a time."""
    host, port = "127.0.0.1", shared_server.port
    sockets = [socket.create_connection((host, port), timeout=5) for _ in range(100)]
    request = b"POST /api/meldingen HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-Langzaam: "
    try:
        with httpx.Client(base_url=shared_server.base, timeout=5) as c:
            for i in range(12):  # about three seconds of dripping headers
                for sock in sockets:
                    sock.sendall(request[i : i + 1] if i < len(request) else b"a")
                started = time.perf_counter()
                assert c.get("/health").status_code == 200
                r = c.post("/api/meldingen", json={"woord": f"traag{i}"})
                assert r.status_code == 201
                assert time.perf_counter() - started < 2.0
                time.sleep(0.25)
    finally:
        for sock in sockets:
            sock.close()
    # a request that never ends its headers gets nothing back, not a half answer
    with socket.create_connection((host, port), timeout=1) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")
        with pytest.raises(socket.timeout):
            sock.recv(100)


def test_headers_far_too_large_are_refused_and_the_server_lives_on(shared_server):
    with socket.create_connection(("127.0.0.1", shared_server.port), timeout=10) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Groot: " + b"a" * 200_000 + b"\r\n\r\n")
        try:
            first = sock.recv(100)
        except (ConnectionResetError, BrokenPipeError):
            first = b""
    assert not first.startswith(b"HTTP/1.1 200"), first
    assert httpx.get(shared_server.base + "/health", timeout=5).status_code == 200


# Each text field one character over its limit.
OVER = {field: "x" * (limit + 1) for field, limit in MAX_LENGTE.items()}


def test_every_field_limit_is_enforced_with_a_dutch_message(shared_server):
    with httpx.Client(base_url=shared_server.base, timeout=10) as c:
        body = {**OVER, "email": "a" * 250 + "@x.nl", "toestemming": True}
        r = c.post("/api/meldingen", json=body)
        assert r.status_code == 422
        fouten = r.json()["fouten"]
        for field, limit in MAX_LENGTE.items():
            given = len(body[field])
            assert fouten[field] == f"Dit is te lang. Gebruik hoogstens {limit} tekens. U gebruikte er {given}.", field
        at_limit = {field: "y" * limit for field, limit in MAX_LENGTE.items() if field not in ("email", "telefoon", "naam")}
        assert c.post("/api/meldingen", json=at_limit).status_code == 201
        key = c.post("/api/meldingen", json={"woord": "thans"}, headers={"Idempotency-Key": "k" * (MAX_SLEUTEL + 1)})
        assert key.status_code == 422
        assert key.json()["fouten"] == {"idempotentie_sleutel": f"Dit moet tekst zijn van 1 tot {MAX_SLEUTEL} tekens."}


def test_status_note_has_a_limit(shared_server):
    with httpx.Client(base_url=shared_server.base, timeout=10) as c:
        created = c.post("/api/meldingen", json={"woord": "ingevolge"}).json()
        r = c.patch(f"/api/meldingen/{created['id']}", headers=shared_server.admin, json={"status": "bekeken", "notitie": "n" * 60_000})
        assert r.status_code == 422 and r.json()["detail"] == "Een of meer gegevens kloppen niet."
        stored = c.get(f"/api/meldingen/{created['id']}", headers=shared_server.admin).json()
        assert stored["status"] == "nieuw"


@pytest.mark.parametrize("depth", [2_000, 30_000])
def test_nested_json_is_refused_not_a_server_error(shared_server, depth):
    with httpx.Client(base_url=shared_server.base, timeout=10) as c:
        bomb = b'{"woord": ' + b"[" * depth + b"]" * depth + b"}"
        r = c.post("/api/meldingen", content=bomb, headers={"content-type": "application/json"})
        assert r.status_code == 422
        assert r.json()["detail"] in ("Dit is geen geldige JSON.", "De melding is niet opgeslagen. Kijk de velden na.")
        assert c.get("/health").status_code == 200


def test_admin_routes_leak_nothing_without_a_valid_token(shared_server):
    with httpx.Client(base_url=shared_server.base, timeout=10) as c:
        c.post("/api/meldingen", json={"woord": "geheim-woord", "email": "lezer@voorbeeld.nl", "toestemming": True})
        tries = [
            {"params": {"token": "test"}},
            {"headers": {"Authorization": "Basic " + "dGVzdDp0ZXN0"}},
            {"headers": {"Authorization": "Bearer"}},
            {"headers": {"Authorization": "Bearer " + "x" * 10_000}},
            {"headers": {"Authorization": "Bearer \u00e9\u00e9n"}},
            {"headers": {"Cookie": "meldpunt_csrf=x; beheer=1"}},
        ]
        for kwargs in tries:
            for path in ("/api/meldingen", "/api/meldingen/export", "/api/meldingen/top"):
                try:
                    r = c.get(path, **kwargs)
                except (UnicodeEncodeError, httpx.LocalProtocolError):
                    continue  # the client refuses to send it at all
                assert r.status_code == 401, (path, kwargs)
                assert r.json() == {"detail": "Niet ingelogd. Gebruik een geldige sleutel."}
                assert "geheim-woord" not in r.text and "lezer@" not in r.text and "Traceback" not in r.text


def test_error_answers_carry_the_security_headers(shared_server):
    with httpx.Client(base_url=shared_server.base, timeout=10) as c:
        answers = {
            401: c.get("/api/meldingen"),
            405: c.request("TRACE", "/api/meldingen"),
            413: c.post("/api/meldingen", json={"woord": "x", "zin": "z" * 70_000}),
            415: c.post("/api/meldingen", data={"woord": "x"}),
            422: c.post("/api/meldingen", json={}),
            404: c.get("/bestaat/niet"),
        }
    for status, r in answers.items():
        assert r.status_code == status
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"], status
        assert r.headers["x-content-type-options"] == "nosniff", status
        assert r.headers["x-frame-options"] == "DENY", status
        assert "Traceback" not in r.text and "Internal Server Error" not in r.text


def test_a_server_error_is_plain_dutch_without_a_stack_trace(tmp_path):
    from fastapi import APIRouter
    from fastapi.testclient import TestClient

    from taalcheck.meldpunt.app import create_app

    broken = APIRouter()

    @broken.get("/api/stuk")
    async def stuk():
        raise RuntimeError("interne details die niemand mag zien")

    app = create_app(f"sqlite:///{tmp_path / 'fout.sqlite3'}", routers=[broken])
    with TestClient(app, raise_server_exceptions=False) as client:
        r = client.get("/api/stuk")
    assert r.status_code == 500
    assert r.json() == {"detail": "Er ging iets mis bij ons. Probeer het later opnieuw."}
    assert "interne details" not in r.text
