"""Small measuring tools for the benchmarks: timers, word counts, machine facts.

The machine is shared (other jobs run on the same cores), so every timing
keeps both wall-clock and CPU time of this process, and a repeated
measurement reports its fastest run: noise only ever adds time.
"""

from __future__ import annotations

import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

WORD = re.compile(r"[^\W_]", re.UNICODE)


def count_words(text: str) -> int:
    """Words as DESIGN.md counts them: whitespace-separated pieces with a letter or digit."""
    return sum(1 for part in text.split() if WORD.search(part))


@dataclass
class Timing:
    wall: float
    cpu: float

    def __str__(self) -> str:
        return f"{self.wall:.3f} s (cpu {self.cpu:.3f} s)"


def timed(func: Callable[[], object]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    func()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def best_of(func: Callable[[], object], repeat: int) -> Timing:
    """Fastest of ``repeat`` runs (wall and cpu each their own minimum)."""
    runs = [timed(func) for _ in range(repeat)]
    return Timing(min(r.wall for r in runs), min(r.cpu for r in runs))


def subprocess_times(argv: Sequence[str], repeat: int, env: dict[str, str] | None = None, cwd: str | None = None) -> dict[str, float]:
    """Wall time and child CPU time of a command, run ``repeat`` times: min and median."""
    return subprocess_runs([argv] * repeat, env, cwd)


def subprocess_runs(argvs: Sequence[Sequence[str]], env: dict[str, str] | None = None, cwd: str | None = None) -> dict[str, float]:
    """Wall time and child CPU time of each command in turn (e.g. one letter each): min and median."""
    walls, cpus = [], []
    for argv in argvs:
        before = os.times()
        start = time.perf_counter()
        done = subprocess.run(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        walls.append(time.perf_counter() - start)
        after = os.times()
        cpus.append((after.children_user - before.children_user) + (after.children_system - before.children_system))
        if done.returncode not in (0, 1):  # taalcheck exits 1 when it finds something
            raise RuntimeError(f"{argv[:3]} failed ({done.returncode}): {done.stderr.decode(errors='replace')[-500:]}")
    return {
        "wall_min": min(walls),
        "wall_median": statistics.median(walls),
        "cpu_min": min(cpus),
        "cpu_median": statistics.median(cpus),
    }


def rss_mb() -> float:
    """Current resident set size of this process (Linux), in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (Linux VmHWM), in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def machine() -> dict[str, str]:
    """What the README needs to describe the machine the figures come from."""
    cpu = "onbekend"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        import spacy

        spacy_version = spacy.__version__
    except ImportError:  # pragma: no cover
        spacy_version = "niet geïnstalleerd"
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "python": platform.python_version(),
        "spacy": spacy_version,
        "os": platform.platform(),
        "load_at_start": " ".join(f"{x:.2f}" for x in load),
        "executable": os.path.basename(sys.executable),
    }
