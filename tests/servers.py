"""A real `python -m taalcheck serve` process on a free loopback port, for tests and benchmarks.

One way to start the server everywhere: the meldpunt fixtures, the LanguageTool client test, the
settings and /api/check tests, and benchmarks/languagetool_latency.py.
"""

from __future__ import annotations

import os
import pathlib
import signal
import socket
import subprocess
import sys
import tempfile
import time

import httpx

import taalcheck

ADMIN_TOKEN = "test-beheer-" + "x" * 16


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServerFailed(RuntimeError):
    """The server stopped at once or did not answer /health in time; the message holds its log."""


class Server:
    """``serve`` with its own database; the child imports the same taalcheck as the caller (checkout or installed)."""

    def __init__(
        self,
        db_url: str,
        rate_limit: str = "0",
        secret: str = "test-geheim",
        extra: tuple[str, ...] = (),
        env: dict[str, str] | None = None,
        cwd: pathlib.Path | None = None,
    ):
        self.db_url = db_url
        self.rate_limit = rate_limit
        self.secret = secret
        self.extra = extra
        self.env = env or {}
        self.cwd = cwd
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 60.0) -> Server:
        package_root = pathlib.Path(taalcheck.__file__).resolve().parents[1]
        env = dict(os.environ, **self.env)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(package_root), env.get("PYTHONPATH")]))
        env.setdefault("TAALCHECK_ADMIN_TOKEN", ADMIN_TOKEN)
        env.setdefault("TAALCHECK_SECRET", self.secret)
        cmd = [sys.executable, "-m", "taalcheck", "serve", "--host", "127.0.0.1", "--port", str(self.port)]
        cmd += ["--db", self.db_url, "--rate-limit", self.rate_limit, *self.extra]
        self._log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(cmd, env=env, cwd=self.cwd, stdout=subprocess.DEVNULL, stderr=self._log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise ServerFailed("taalcheck serve stopte meteen:\n" + self.log())
            try:
                if httpx.get(self.base + "/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise ServerFailed(f"taalcheck serve kwam niet op binnen {timeout:.0f} seconden:\n" + self.log())

    def kill9(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def log(self) -> str:
        self._log.seek(0)
        return self._log.read().decode(errors="replace")

    @property
    def admin(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {ADMIN_TOKEN}"}

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
