"""Issue 14, problem 5: the README's pre-commit setup works exactly as written, on a fresh repository.

The YAML block is taken from README.md as it stands. The only thing filled in
is the placeholder for the repository address: it points to a throw-away
clone of this checkout (with its uncommitted changes), in which the test
creates the tag that the README names as ``rev``. So the test never depends
on a tag that may not exist in the real repository, and it checks that the
README's ``rev`` is the package's own version.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def _load_helpers():
    """_env and _git of test_precommit (same offline pip setup); test modules are not a package here."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_precommit_helpers", Path(__file__).with_name("test_precommit.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_helpers = _load_helpers()
PRE_COMMIT, REPO, _env, _git = _helpers.PRE_COMMIT, _helpers.REPO, _helpers._env, _helpers._git

PLACEHOLDER = "<adres van de taalcheck-repository>"
BAD_TEMPLATE = "Geachte {{ naam }},\n\nMiddels deze brief delen wij u mede dat uw aanvraag is toegekend.\n"
GOOD = "Geachte heer Jansen,\n\nWij hebben uw brief gekregen. Bedankt daarvoor.\n"
FIXABLE = "Geachte heer Jansen,\n\nIndien u vragen heeft, kunt u ons bellen.\n"


def readme_snippet() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Bij elke commit: pre-commit") :]
    return re.search(r"```yaml\n(.*?)```", section, re.S).group(1)


def test_readme_rev_is_the_package_version():
    rev = re.search(r"^\s*rev:\s*(\S+)", readme_snippet(), re.M).group(1)
    version = re.search(r'^version = "([^"]+)"', (REPO / "pyproject.toml").read_text(encoding="utf-8"), re.M).group(1)
    assert rev == f"v{version}"
    assert PLACEHOLDER in readme_snippet()


def _hook_repository(tmp_path: Path, env: dict[str, str], rev: str) -> Path:
    """A clone of this checkout, uncommitted changes included, tagged ``rev``."""
    clone = tmp_path / "taalcheck-repo"
    subprocess.run(["git", "clone", "-q", "--no-hardlinks", str(REPO), str(clone)], check=True, env=env, capture_output=True)
    diff = subprocess.run(["git", "diff", "HEAD", "--binary"], cwd=REPO, check=True, capture_output=True).stdout
    if diff:
        subprocess.run(["git", "apply", "--whitespace=nowarn"], cwd=clone, input=diff, check=True, env=env, capture_output=True)
    untracked = subprocess.run(
        ["git", "ls-files", "--others", "--exclude-standard", "-z"], cwd=REPO, check=True, capture_output=True
    ).stdout.decode()
    for name in filter(None, untracked.split("\0")):
        (clone / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, clone / name)
    _git(["add", "-A"], clone, env)
    _git(["commit", "-q", "--allow-empty", "-m", "werkkopie"], clone, env)
    _git(["tag", rev], clone, env)
    return clone


def _word_file(path: Path, text: str) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph(text)
    document.save(path)


@pytest.mark.slow
def test_readme_snippet_runs_with_real_pre_commit(tmp_path):
    if not PRE_COMMIT.exists():
        pytest.skip(f"pre-commit ontbreekt naast {sys.executable}")
    if not (REPO / ".git").exists():
        pytest.skip("deze test heeft de git-repository van taalcheck nodig")
    env = _env(tmp_path)
    snippet = readme_snippet()
    rev = re.search(r"^\s*rev:\s*(\S+)", snippet, re.M).group(1)
    clone = _hook_repository(tmp_path, env, rev)

    project = tmp_path / "project"
    (project / "brieven").mkdir(parents=True)
    (project / "notities").mkdir()
    _git(["init", "-q"], project, env)
    (project / ".pre-commit-config.yaml").write_text(snippet.replace(PLACEHOLDER, str(clone)), encoding="utf-8")
    (project / "brieven" / "besluit.txt.j2").write_text(BAD_TEMPLATE, encoding="utf-8")
    (project / "brieven" / "bedankt.txt").write_text(GOOD, encoding="utf-8")
    _word_file(project / "brieven" / "brief.docx", GOOD.replace("\n\n", " "))
    (project / "notities" / "intern.txt").write_text(FIXABLE, encoding="utf-8")  # outside ^brieven/
    _git(["add", "."], project, env)

    def run() -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(PRE_COMMIT), "run", "--all-files", "--verbose"], cwd=project, env=env, capture_output=True, text=True, timeout=900
        )

    bad = run()
    output = bad.stdout + bad.stderr
    assert bad.returncode == 1, output
    assert "brieven/besluit.txt.j2:3:1: W101" in output and "intern.txt" not in output

    # The template fixed by hand: the commit goes through (the Word file is checked too).
    (project / "brieven" / "besluit.txt.j2").write_text(GOOD, encoding="utf-8")
    _git(["add", "."], project, env)
    good = run()
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout

    # The same block with its `args: [--fix]` line switched on.
    with_fix = snippet.replace("# args: [--fix]", "args: [--fix]").replace(PLACEHOLDER, str(clone))
    assert with_fix != snippet.replace(PLACEHOLDER, str(clone))
    (project / ".pre-commit-config.yaml").write_text(with_fix, encoding="utf-8")
    (project / "brieven" / "vragen.txt").write_text(FIXABLE, encoding="utf-8")
    _git(["add", "."], project, env)
    fixed = run()
    assert fixed.returncode == 1, fixed.stdout + fixed.stderr  # pre-commit fails a hook that changed files
    assert (project / "brieven" / "vragen.txt").read_text(encoding="utf-8") == FIXABLE.replace("Indien u", "Als u")
    _git(["add", "."], project, env)
    again = run()
    assert again.returncode == 0, again.stdout + again.stderr  # a Word file does not block --fix

    # A Word file with a finding: not changed, a note, and the commit stops by the findings (exit 1, not 2).
    _word_file(project / "brieven" / "brief.docx", "Indien u vragen heeft, kunt u ons bellen.")
    _git(["add", "."], project, env)
    before = (project / "brieven" / "brief.docx").read_bytes()
    word = run()
    output = word.stdout + word.stderr
    assert word.returncode == 1, output
    assert "exit code: 1" in output and "exit code: 2" not in output
    assert "brief.docx: dit soort bestand past taalcheck niet zelf aan" in output
    assert (project / "brieven" / "brief.docx").read_bytes() == before
