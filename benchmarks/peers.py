"""What taalcheck is compared with: real prose (Debian's Dutch FAQ) and Frog.

Both come from Debian packages that ``benchmarks/setup.sh`` installs. When
they are missing, the functions return None and say why, so the rest of the
benchmark still runs.
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

FAQ_TXT = Path("/usr/share/doc/debian/FAQ/debian-faq.nl.txt.gz")
FROG_SKIP_NOTE = "frog niet gevonden: draai eerst benchmarks/setup.sh (Debian-pakketten frog, frogdata, ucto, uctodata)"


def faq_text() -> tuple[str | None, str]:
    """The Dutch Debian FAQ as plain text (package debian-faq-nl), or None and the reason."""
    if not FAQ_TXT.is_file():
        return None, f"{FAQ_TXT} ontbreekt: draai eerst benchmarks/setup.sh (Debian-pakket debian-faq-nl)"
    with gzip.open(FAQ_TXT, "rt", encoding="utf-8") as handle:
        return handle.read(), str(FAQ_TXT)


def first_words(text: str, count: int) -> str:
    """The text up to the line where ``count`` words are reached (whole lines, layout kept)."""
    lines, seen = [], 0
    for line in text.splitlines(keepends=True):
        lines.append(line)
        seen += len(line.split())
        if seen >= count:
            break
    return "".join(lines)


def frog_version() -> str | None:
    if shutil.which("frog") is None:
        return None
    done = subprocess.run(["frog", "-V"], capture_output=True, text=True, cwd=tempfile.gettempdir())
    for line in (done.stdout + done.stderr).splitlines():
        if line.startswith("frog "):
            return line.strip()
    return "frog (versie onbekend)"


def run_frog(text: str, threads: int = 1, skip: str = "") -> dict[str, float] | None:
    """Time one frog run on ``text`` (tab-separated output to a file), in a scratch dir.

    Frog writes debug files into its working directory, so it runs in a
    temporary one. Returns wall and CPU seconds, or None when frog is absent.
    """
    if shutil.which("frog") is None:
        return None
    with tempfile.TemporaryDirectory(prefix="frog-bench-") as tmp:
        source = Path(tmp) / "in.txt"
        source.write_text(text, encoding="utf-8")
        argv = ["frog", "-t", str(source), f"--threads={threads}"]
        if skip:
            argv.append(f"--skip={skip}")
        output = Path(tmp) / "out.tsv"  # frog's -o with --nostdout left the file empty: take stdout
        before = os.times()
        start = time.perf_counter()
        with output.open("w", encoding="utf-8") as out:
            done = subprocess.run(argv, cwd=tmp, stdout=out, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
        after = os.times()
        if done.returncode != 0:
            raise RuntimeError(f"frog faalde ({done.returncode}): {done.stderr[-800:]}")
        tokens = sum(1 for line in output.read_text(encoding="utf-8").splitlines() if line.strip())
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return {"wall": wall, "cpu": cpu, "tokens": tokens}


def frog_throughput(text: str, words: int, threads: int = 1, skip: str = "") -> dict[str, float] | None:
    """Frog's words per second on ``text``, its start-up (a run on one sentence) subtracted.

    Frog loads its models for several seconds; taalcheck's model is already
    loaded when its throughput is measured, so frog's start-up is taken out.
    """
    tiny = run_frog("Dit is een zin.\n", threads, skip)
    full = run_frog(text, threads, skip)
    if tiny is None or full is None:
        return None
    wall = max(full["wall"] - tiny["wall"], 1e-9)
    cpu = max(full["cpu"] - tiny["cpu"], 1e-9)
    return {
        "startup_wall": tiny["wall"],
        "total_wall": full["wall"],
        "wall": wall,
        "cpu": cpu,
        "words_per_s_wall": words / wall,
        "words_per_s_cpu": words / cpu,
        "tokens": full["tokens"],
    }
