"""The pre-commit hook, run for real with pre-commit against a throw-away repository.

pre-commit builds its own environment for the hook from this repository's
working tree (``try-repo``). To stay offline and fast, pip installs only the
taalcheck package itself there; its dependencies come from the running
interpreter through PYTHONPATH.
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"

BAD = """Geachte {{ aanvrager.naam }},

{% if toegekend %}
Middels deze brief delen wij u mede dat uw aanvraag is toegekend.
{% endif %}
Indien u vragen heeft, kunt u ons bellen.
"""
GOOD = "Geachte heer Jansen,\n\nWij hebben uw brief gekregen. Bedankt daarvoor.\n"


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-cache"),
        PIP_NO_INDEX="1",
        PIP_NO_DEPS="1",
        PIP_NO_BUILD_ISOLATION="0",  # pip's spelling for "build without isolation"
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        PYTHONPATH=os.pathsep.join(site.getsitepackages()),
        GIT_AUTHOR_NAME="taalcheck test",
        GIT_AUTHOR_EMAIL="test@example.invalid",
        GIT_COMMITTER_NAME="taalcheck test",
        GIT_COMMITTER_EMAIL="test@example.invalid",
    )
    env.pop("VIRTUAL_ENV", None)
    return env


def _git(args: list[str], cwd: Path, env: dict[str, str]) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


@pytest.mark.slow
def test_hook_fails_on_a_bad_template_and_passes_a_good_letter(tmp_path):
    if not PRE_COMMIT.exists():
        pytest.skip(f"pre-commit ontbreekt naast {sys.executable}")
    if not (REPO / ".git").exists():
        pytest.skip("deze test heeft de git-repository van taalcheck nodig")
    env = _env(tmp_path)
    work = tmp_path / "brieven"
    work.mkdir()
    _git(["init", "-q"], work, env)
    (work / "besluit.txt.j2").write_text(BAD, encoding="utf-8")
    (work / "bedankt.txt").write_text(GOOD, encoding="utf-8")
    (work / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    _git(["add", "."], work, env)

    def run(*files: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(PRE_COMMIT), "try-repo", str(REPO), "taalcheck", "--verbose", "--files", *files],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )

    bad = run("besluit.txt.j2")
    output = bad.stdout + bad.stderr
    assert bad.returncode == 1, output
    assert "Failed" in output and "W101" in output and "besluit.txt.j2:4:1" in output
    assert "aanvrager" not in output.split("taalcheck (begrijpelijke taal)")[-1], "placeholder text in a finding"

    good = run("bedankt.txt", "logo.png")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout


def test_manifest_is_valid_and_selects_the_letter_files(tmp_path):
    clientlib = pytest.importorskip("pre_commit.clientlib")
    identify = pytest.importorskip("identify.identify")
    import re

    (hook,) = clientlib.load_manifest(str(REPO / ".pre-commit-hooks.yaml"))
    assert hook["id"] == "taalcheck" and hook["entry"] == "taalcheck check" and hook["language"] == "python"
    files = re.compile(hook["files"])

    def selected(name: str, data: bytes) -> bool:
        path = tmp_path / name
        path.write_bytes(data)
        tags = identify.tags_from_path(str(path))
        return bool(files.search(name)) and bool(tags & set(hook["types_or"])) and set(hook["types"]) <= tags

    zip_bytes = b"PK\x03\x04" + b"\x00" * 40
    for name, data in [
        ("a.txt", b"x"),
        ("b.md", b"x"),
        ("c.html", b"x"),
        ("d.html.j2", b"x"),
        ("e.j2", b"x"),
        ("f.docx", zip_bytes),
        ("g.odt", zip_bytes),
        ("h.jinja2", b"x"),
    ]:
        assert selected(name, data), name
    for name, data in [("i.py", b"x"), ("j.png", b"\x89PNG\x00"), ("k.pdf", b"%PDF\x00"), ("l.css", b"x")]:
        assert not selected(name, data), name
