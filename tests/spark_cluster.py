"""Spark for the tests and the benchmark: a local session, or a standalone cluster on 127.0.0.1.

The cluster is pyspark's own master and workers (``bin/spark-class
org.apache.spark.deploy.master.Master`` / ``...worker.Worker``), each worker
with one core; `Cluster.stop` ends exactly the processes it started.
Executors import taalcheck from ``package_root`` (the folder above the
package: a checkout or site-packages) through PYTHONPATH.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path


class ToolMissing(RuntimeError):
    pass


def require_tools() -> None:
    """Java and pyspark, or ToolMissing (the tests fail on it under CI=true, else skip)."""
    if shutil.which("java") is None:
        raise ToolMissing("java ontbreekt (apt-get install openjdk-17-jre-headless)")
    try:
        import pyspark  # noqa: F401 - only whether it imports
    except ImportError:
        raise ToolMissing("pyspark ontbreekt (pip install 'taalcheck[spark]')") from None


def spark_home() -> Path:
    import pyspark

    return Path(pyspark.__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def package_root() -> str:
    import taalcheck

    return str(Path(taalcheck.__file__).resolve().parents[1])


def session(master: str, app_name: str = "taalcheck-tests", extra: dict[str, str] | None = None):
    """A SparkSession on ``master`` ("local[2]" or "spark://..."); stops an active one first."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        active.stop()
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    pythonpath = os.pathsep.join(filter(None, [package_root(), os.environ.get("PYTHONPATH")]))
    builder = (
        SparkSession.builder.master(master)
        .appName(app_name)
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.pyspark.python", sys.executable)
        .config("spark.executorEnv.PYTHONPATH", pythonpath)
        .config("spark.python.worker.reuse", "true")
        .config("spark.sql.shuffle.partitions", "4")
    )
    for key, value in (extra or {}).items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


class Cluster:
    """A master and ``workers`` workers (1 core, ``memory`` each) on 127.0.0.1."""

    def __init__(self, workers: int = 2, memory: str = "2g") -> None:
        self.workers, self.memory = workers, memory
        self.folder = Path(tempfile.mkdtemp(prefix="taalcheck-spark-"))
        self.port, self.ui_port = free_port(), free_port()
        self.url = f"spark://127.0.0.1:{self.port}"
        self.procs: list[subprocess.Popen] = []

    def _start(self, name: str, *args: str) -> None:
        env = dict(
            os.environ,
            SPARK_HOME=str(spark_home()),
            SPARK_LOCAL_IP="127.0.0.1",
            SPARK_NO_DAEMONIZE="1",
            PYSPARK_PYTHON=sys.executable,
        )
        log = open(self.folder / f"{name}.log", "wb")
        cmd = [str(spark_home() / "bin" / "spark-class"), *args]
        # a session of its own: stop() ends the process group it started, and only that
        self.procs.append(subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True))

    def alive_workers(self) -> int:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.ui_port}/json/", timeout=2) as answer:
                data = json.load(answer)
        except OSError:
            return -1
        return sum(1 for w in data.get("workers", []) if w.get("state") == "ALIVE")

    def start(self, timeout: float = 180) -> Cluster:
        self._start(
            "master",
            "org.apache.spark.deploy.master.Master",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--webui-port",
            str(self.ui_port),
        )
        for number in range(self.workers):
            work = self.folder / f"work{number}"
            work.mkdir()
            self._start(
                f"worker{number}",
                "org.apache.spark.deploy.worker.Worker",
                self.url,
                "--host",
                "127.0.0.1",
                "--cores",
                "1",
                "--memory",
                self.memory,
                "--webui-port",
                str(free_port()),
                "--work-dir",
                str(work),
            )
        deadline = time.monotonic() + timeout
        while self.alive_workers() < self.workers:
            if any(p.poll() is not None for p in self.procs) or time.monotonic() > deadline:
                logs = self.logs()
                self.stop()
                raise RuntimeError("Het Spark-cluster kwam niet op:\n" + logs)
            time.sleep(0.5)
        return self

    def session(self, app_name: str = "taalcheck-cluster"):
        return session(
            self.url, app_name, {"spark.executor.cores": "1", "spark.cores.max": str(self.workers), "spark.executor.memory": "1g"}
        )

    def logs(self) -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}" for p in sorted(self.folder.glob("*.log")))

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)
