"""Load and crash tests against the real server, on SQLite and PostgreSQL.

Figures are written to test-output/ so they can be reported.
"""

import asyncio
import json
import pathlib
import threading
import time

import httpx
import pytest

from taalcheck.meldpunt.store import Store

pytestmark = pytest.mark.slow

OUTPUT = pathlib.Path(__file__).resolve().parents[2] / "test-output"
TOTAL = 500
CLIENTS = 20
RETRIES = 50  # submissions sent a second time with the same Idempotency-Key


def _record(name: str, data: dict) -> None:
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / f"{name}.json").write_text(json.dumps(data, indent=2))
    print(name, data)


async def _submit_all(base: str, jobs: list[tuple[int, str]]) -> list[tuple[int, int, str]]:
    queue: asyncio.Queue = asyncio.Queue()
    for job in jobs:
        queue.put_nowait(job)
    results: list[tuple[int, int, str]] = []

    async def worker():
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            while not queue.empty():
                i, key = queue.get_nowait()
                body = {"woord": f"woord-{i}", "zin": f"Zin nummer {i}.", "organisatie": f"Org {i % 7}"}
                r = await client.post("/api/meldingen", json=body, headers={"Idempotency-Key": key})
                results.append((i, r.status_code, r.json()["id"]))

    await asyncio.gather(*(worker() for _ in range(CLIENTS)))
    return results


def test_500_submissions_from_20_clients(db_url, start_server, request):
    server = start_server(db_url, rate_limit="0")
    jobs = [(i, f"load-{i}") for i in range(TOTAL)]
    started = time.perf_counter()
    results = asyncio.run(_submit_all(server.base, jobs))
    elapsed = time.perf_counter() - started
    retries = asyncio.run(_submit_all(server.base, jobs[:RETRIES]))

    assert sorted(code for _, code, _ in results) == [201] * TOTAL
    assert [code for _, code, _ in retries] == [200] * RETRIES
    first_ids = {i: mid for i, _, mid in results}
    assert all(first_ids[i] == mid for i, _, mid in retries)

    store = Store(db_url)
    try:
        rows, total = store.list()
    finally:
        store.close()
    assert total == TOTAL
    assert len({r["id"] for r in rows}) == TOTAL
    assert sorted(r["woord"] for r in rows) == sorted(f"woord-{i}" for i in range(TOTAL))
    backend = request.node.callspec.params["db_url"]
    _record(
        f"meldpunt-load-{backend}",
        {
            "backend": backend,
            "submissions": TOTAL,
            "clients": CLIENTS,
            "seconds": round(elapsed, 2),
            "requests_per_second": round(TOTAL / elapsed, 1),
            "stored": total,
            "stored_more_than_once": total - len({r["id"] for r in rows}),
        },
    )


def test_kill_9_loses_no_accepted_submission(db_url, start_server, request):
    server = start_server(db_url, rate_limit="0")
    accepted: dict[str, str] = {}  # id -> woord, only for 201 answers
    failed = {"before_kill": 0, "after_kill": 0}
    stop = threading.Event()
    killing = threading.Event()
    lock = threading.Lock()

    def sender(n: int) -> None:
        with httpx.Client(base_url=server.base, timeout=30) as client:
            i = 0
            while not stop.is_set():
                woord = f"crash-{n}-{i}"
                i += 1
                try:
                    r = client.post("/api/meldingen", json={"woord": woord}, headers={"Idempotency-Key": woord})
                except httpx.TransportError:
                    with lock:  # unanswered: in flight when the server died (or an early failure)
                        failed["after_kill" if killing.is_set() else "before_kill"] += 1
                    return
                if r.status_code == 201:
                    with lock:
                        accepted[r.json()["id"]] = woord

    threads = [threading.Thread(target=sender, args=(n,)) for n in range(10)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 20
    while len(accepted) < 150 and time.monotonic() < deadline:
        time.sleep(0.02)
    killing.set()
    server.kill9()  # in the middle of the load
    stop.set()
    for t in threads:
        t.join(timeout=10)
    assert len(accepted) >= 150 and failed["before_kill"] == 0

    restarted = start_server(db_url, rate_limit="0")
    found: dict[str, str] = {}
    with httpx.Client(base_url=restarted.base, timeout=10) as client:
        offset = 0
        while True:
            page = client.get("/api/meldingen", params={"limit": 500, "offset": offset}, headers=restarted.admin).json()
            found.update({m["id"]: m["woord"] for m in page["meldingen"]})
            offset += 500
            if offset >= page["totaal"]:
                break
    missing = {mid: w for mid, w in accepted.items() if found.get(mid) != w}
    assert not missing
    backend = request.node.callspec.params["db_url"]
    _record(
        f"meldpunt-crash-{backend}",
        {
            "backend": backend,
            "accepted_201_before_kill": len(accepted),
            "present_after_restart": len(accepted) - len(missing),
            "stored_total": len(found),
            "requests_unanswered_at_kill": failed["after_kill"],
        },
    )
