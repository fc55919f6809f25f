"""Lean start-up: help and the rule list never load spaCy; the pipeline loads once per process.

Each check runs in a fresh interpreter, because this test session itself has
long since imported spaCy.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import taalcheck

pytestmark = pytest.mark.slow  # starts new Python processes to measure start-up

PACKAGE_ROOT = str(Path(taalcheck.__file__).resolve().parent.parent)
HEAVY = ("spacy", "thinc", "wordfreq", "textstat", "simplemma", "numpy", "nltk")

PROBE = """
import io, json, sys
from contextlib import redirect_stdout
from taalcheck.cli import main
out = io.StringIO()
with redirect_stdout(out):
    try:
        main(args={args!r}, prog_name="taalcheck", standalone_mode=False)
    except SystemExit:
        pass
heavy = sorted(name for name in {heavy!r} if name in sys.modules)
print(json.dumps({{"heavy": heavy, "output": out.getvalue()}}))
"""


def run_python(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [PACKAGE_ROOT, os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]


def cli_modules(args: list[str]) -> dict:
    return json.loads(run_python(PROBE.format(args=args, heavy=HEAVY)))


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--help"], "taalcheck"),
        (["check", "--help"], "--jobs"),
        (["regels"], "W101"),
        (["regels", "W101"], "Wat het doet"),
    ],
)
def test_help_and_rules_do_not_load_spacy(args, expected):
    result = cli_modules(args)
    assert expected in result["output"]
    assert result["heavy"] == [], f"taalcheck {' '.join(args)} laadt {result['heavy']}"


def test_import_taalcheck_is_light():
    code = f"import json, sys, taalcheck; print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    assert json.loads(run_python(code)) == []


def test_python_m_taalcheck_help_does_not_load_spacy():
    code = (
        "import json, runpy, sys\n"
        "sys.argv = ['taalcheck', '--help']\n"
        "try:\n    runpy.run_module('taalcheck', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    )
    assert json.loads(run_python(code)) == []


def test_pipeline_loads_once_per_process():
    code = (
        "import json\n"
        "from unittest import mock\n"
        "import spacy\n"
        "from taalcheck.nl import pipeline\n"
        "from taalcheck.engine.checker import Checker\n"
        "import taalcheck\n"
        "real_build = pipeline.build\n"
        "with mock.patch.object(pipeline, 'build', side_effect=real_build) as build:\n"
        "    a, b = Checker(), Checker(cache=False)\n"
        "    taalcheck.check('Indien u vragen heeft, kunt u bellen.')\n"
        "    list(taalcheck.check_many(['Hierbij de brief.', 'Middels deze brief.'], cache=False))\n"
        "    a.check('Een zin.'); b.check('Nog een zin.')\n"
        "    print(json.dumps({'builds': build.call_count, 'same': a.nlp is b.nlp}))\n"
    )
    result = json.loads(run_python(code))
    assert result == {"builds": 1, "same": True}


def test_checking_a_letter_does_not_import_textstat_or_nltk(tmp_path):
    """Syllables come from pyphen directly: textstat imports nltk, half a second of start-up."""
    letter = tmp_path / "brief.txt"
    letter.write_text("Geachte heer Jansen,\n\nHierbij ontvangt u de beschikking. Indien u vragen heeft, belt u ons.\n", encoding="utf-8")
    result = cli_modules(["check", str(letter)])
    assert "W101" in result["output"] or "jargon" in result["output"]
    assert "spacy" in result["heavy"]  # the probe sees real imports
    assert "textstat" not in result["heavy"] and "nltk" not in result["heavy"]


def test_syllable_counts_match_textstat():
    counts = pytest.importorskip("textstat.backend.counts")
    from taalcheck.nl.readability import syllables

    words = [
        "gemeente",
        "aanslag",
        "onroerendezaakbelasting",
        "cv-ketel",
        "auto's",
        "zo'n",
        "'s",
        "e-mail",
        "€",
        "12,50",
        "-",
        "beschikking",
        "Ouderdomswet",
        "WW-uitkering",
        "bezwaarschrift",
        "geïnstalleerd",
    ]
    corpus = Path(__file__).resolve().parent.parent / "corpus" / "brieven"
    for path in sorted(corpus.glob("*.txt"))[:5]:
        words.extend(path.read_text(encoding="utf-8").split())
    different = [w for w in set(words) if syllables(w) != max(1, counts.count_syllables(w, "nl"))]
    assert different == []
