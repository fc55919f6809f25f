"""The layers of README's "Architectuur" stay true, and modules stay small."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "taalcheck"
MAX_LINES = 400


def lint_imports() -> str:
    script = Path(sys.executable).parent / "lint-imports"
    found = str(script) if script.exists() else shutil.which("lint-imports")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("import-linter is not installed")
        pytest.skip("import-linter is not installed (pip install import-linter)")
    return found


@pytest.mark.slow
def test_import_linter_contract_is_kept():
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    result = subprocess.run(
        [lint_imports(), "--config", str(REPO / "pyproject.toml"), "--no-cache"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_contract_has_all_layers_and_no_exceptions():
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    (contract,) = config["contracts"]
    assert contract["type"] == "layers"
    assert "ignore_imports" not in contract
    assert [layer.split(" : ")[0] for layer in contract["layers"][1:]] == [
        f"taalcheck.{name}" for name in ("engine", "rules", "rewrites", "nl", "lexicon", "core")
    ]
    # every package and module of taalcheck/ stands in a layer
    listed = {name.strip() for layer in contract["layers"] for name in layer.split(":")}
    present = {
        f"taalcheck.{p.stem}"
        for p in PACKAGE.iterdir()
        if (p.suffix == ".py" and p.name != "__init__.py") or (p.is_dir() and (p / "__init__.py").exists())
    }
    assert present <= listed, f"not in any layer: {sorted(present - listed)}"


def test_no_module_over_400_lines():
    long = {
        str(path.relative_to(REPO)): n
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"split these modules (more than {MAX_LINES} lines): {long}"


def test_core_uses_the_standard_library_only():
    allowed = set(sys.stdlib_module_names) | {"taalcheck"}
    for path in (PACKAGE / "core").glob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            words = line.split()
            if len(words) >= 2 and words[0] in ("import", "from"):
                assert words[1].split(".")[0] in allowed, f"{path.name}: {line.strip()}"


def test_readme_architecture_names_every_layer():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Architectuur", 1)[1].split("\n## ", 1)[0]
    for layer in ("engine/", "rules/", "rewrites/", "nl/", "lexicon/", "core/"):
        assert f"  {layer}" in section, layer
    assert len(section.splitlines()) < 30
