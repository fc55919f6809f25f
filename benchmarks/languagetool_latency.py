"""Latency of /v2/check while several people type in their editors at once.

Starts a real ``taalcheck serve`` process (or uses ``--url``), gives each
simulated editor its own one-page letter from ``corpus/brieven`` and lets it
"type": every request sends the whole letter again with one word added to one
sentence, as the LanguageTool browser extension does after a typing pause.
The first check of each letter (nothing cached yet) is reported apart from the
checks while typing. A probe calls ``/health`` all the time to show the event
loop stays free while checks run.

    python benchmarks/languagetool_latency.py [--editors 10] [--requests 30] [--pause 0.3]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import servers

LETTERS = ROOT / "corpus" / "brieven"
PAGE_CHARS = 2_500  # roughly one printed page of a letter
TYPED = ["echt", "graag", "nu", "ook", "zeker", "daarom", "dan", "wel"]


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def summary(name: str, values: list[float]) -> str:
    if not values:
        return f"{name:<28} geen metingen"
    ms = [v * 1000 for v in values]
    return (
        f"{name:<28} n={len(ms):<5} p50={percentile(ms, 50):7.1f} ms  p90={percentile(ms, 90):7.1f} ms  "
        f"p99={percentile(ms, 99):7.1f} ms  max={max(ms):7.1f} ms"
    )


def pages(count: int) -> list[str]:
    """``count`` one-page letters: corpus letters joined until a page is full, each starting elsewhere."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(LETTERS.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"Geen brieven gevonden in {LETTERS}")
    out = []
    for i in range(count):
        parts, j = [], i
        while sum(len(t) for t in parts) < PAGE_CHARS:
            parts.append(texts[j % len(texts)])
            j += 1
        out.append("\n\n".join(parts))
    return out


def type_a_word(text: str, rng: random.Random) -> str:
    """Insert one word after a random space: one sentence changes, the rest stays cached."""
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    at = rng.choice(spaces)
    return text[: at + 1] + rng.choice(TYPED) + " " + text[at + 1 :]


def start_server(tmp: str) -> tuple[servers.Server, str]:
    try:
        server = servers.Server(str(Path(tmp) / "meldpunt.sqlite3")).start()
    except servers.ServerFailed as failed:
        raise SystemExit(str(failed)) from None
    return server, server.base


def editor(base: str, letter: str, requests: int, pause: float, seed: int, first: list, typing: list, errors: list) -> None:
    rng = random.Random(seed)
    text = letter
    with httpx.Client(base_url=base, timeout=120) as client:
        for n in range(requests):
            started = time.perf_counter()
            answer = client.post("/v2/check", data={"text": text, "language": "nl-NL"})
            elapsed = time.perf_counter() - started
            if answer.status_code != 200:
                errors.append(answer.status_code)
            (first if n == 0 else typing).append(elapsed)
            time.sleep(pause)
            text = type_a_word(text, rng)


def probe(base: str, stop: threading.Event, out: list) -> None:
    with httpx.Client(base_url=base, timeout=30) as client:
        while not stop.is_set():
            started = time.perf_counter()
            client.get("/health")
            out.append(time.perf_counter() - started)
            time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--editors", type=int, default=10)
    parser.add_argument("--requests", type=int, default=30, help="checks per editor")
    parser.add_argument("--pause", type=float, default=0.3, help="seconds between checks of one editor")
    parser.add_argument("--url", default=None, help="use a running server instead of starting one")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        proc, base = (None, args.url.rstrip("/")) if args.url else start_server(tmp)
        try:
            started = time.perf_counter()
            httpx.post(base + "/v2/check", data={"text": "Warm worden.", "language": "nl"}, timeout=120)
            print(f"eerste check na start (model laden): {(time.perf_counter() - started) * 1000:.0f} ms")
            letters = pages(args.editors)
            print(
                f"{args.editors} editors, elk {args.requests} checks, pauze {args.pause} s, "
                f"brief van gemiddeld {sum(map(len, letters)) // len(letters)} tekens"
            )
            first: list[float] = []
            typing: list[float] = []
            health: list[float] = []
            errors: list[int] = []
            stop = threading.Event()
            prober = threading.Thread(target=probe, args=(base, stop, health))
            prober.start()
            threads = [
                threading.Thread(target=editor, args=(base, letter, args.requests, args.pause, i, first, typing, errors))
                for i, letter in enumerate(letters)
            ]
            wall = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - wall
            stop.set()
            prober.join()
            print(summary("eerste check van een brief", first))
            print(summary("checks tijdens het typen", typing))
            print(summary("alle checks", first + typing))
            print(summary("/health tijdens de last", health))
            print(f"{len(first) + len(typing)} checks in {wall:.1f} s; fouten: {len(errors)}")
        finally:
            if proc is not None:
                proc.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
