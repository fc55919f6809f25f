"""Bad input through the real `taalcheck check` process: a clear Dutch answer,
the right exit code, no traceback, and the other files of the run still checked.

Most cases share one run, with a good letter (``brief.txt``) named last: a bad
file may never hide the findings of the others, and spaCy loads once. Each
case then asserts its own line. Cases the existing tests already cover (a PNG
as .txt, a missing file, a bad 'veilig' cell) are not repeated here.
"""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
import time
import zipfile
from pathlib import Path

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

import pytest

from taalcheck.readers import ReadError, read_file

REGRESSIONS = Path(__file__).parent / "regressions"
COMPANION = "Indien u vragen heeft, kunt u bellen.\n"
COMPANION_FINDING = "brief.txt:1:1: W101 [jargon]"


def lines_with(text: str, needle: str) -> list[str]:
    """Finding lines holding ``needle`` (not the per-file line with the B1 estimate and its reasons)."""
    return [line for line in text.splitlines() if needle in line and ": niveau " not in line and not line.startswith("    - ")]


def _command() -> list[str]:
    """The installed console script next to this Python (as conftest's run_cli uses)."""
    script = Path(sys.executable).parent / "taalcheck"
    return [str(script)] if script.exists() else [sys.executable, "-m", "taalcheck"]


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _office(folder: Path, ext: str) -> bytes:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_office", Path(__file__).parent / "fixtures" / "formats" / "build_office.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    build = module.build_docx if ext == ".docx" else module.build_odt
    return build(folder / f"goed{ext}").read_bytes()


def _damaged(folder: Path, ext: str, damage: str) -> bytes:
    good = _office(folder, ext)
    if damage == "half":
        return good[: len(good) // 2]
    member = "word/document.xml" if ext == ".docx" else "content.xml"
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members[member] = members[member][: len(members[member]) // 2]  # XML cut off halfway
    return _zip(members)


WORDS = "de gemeente stuurt u een brief over uw aanvraag voor bijstand en wij vragen u het formulier in te vullen".split()


def endless_sentence(n_words: int) -> str:
    rnd = random.Random(n_words)
    return " ".join(rnd.choice(WORDS) for _ in range(n_words))


JINJA_WITH_ERROR = "Beste {{ naam }},\n\nIndien u vragen heeft, bel ons.\n{% if x %}\nMiddels dit formulier.\n{% endfor %}\nTot ziens.\n"
DEPTH = 100_000


def _bad_files(folder: Path) -> dict[str, bytes]:
    """Every bad input of the matrix, by file name."""
    files = {
        "leeg.txt": b"",
        "witruimte.txt": b"  \n\t\r\n   \r",
        "alleen-bom.txt": "\ufeff".encode("utf-8"),
        "oud.txt": b"Middels dit formulier betaalt u \x80 12,50 \xff\xfe terug.\n",
        "bom-kapot.txt": b"\xef\xbb\xbfGoed zo.\n\xff\xfe\n",
        "utf16-kapot.txt": b"\xff\xfe" + "Hallo".encode("utf-16-le") + b"\x00\xd8",  # a lone surrogate
        "diep.html": ("<div>" * DEPTH + "Indien u wilt, bel ons." + "</div>" * DEPTH).encode(),
        "fout.txt.j2": JINJA_WITH_ERROR.encode(),
        "zin.txt": endless_sentence(200_000).encode(),
        "bom.docx": _zip({"word/document.xml": b"<a>" + b" " * (100 * 1024 * 1024) + b"</a>"}),
        "bom.odt": _zip({"content.xml": b"<a>" + b" " * (100 * 1024 * 1024) + b"</a>"}),
        "kapot-half.docx": _damaged(folder, ".docx", "half"),
        "kapot-xml.docx": _damaged(folder, ".docx", "xml"),
        "kapot-half.odt": _damaged(folder, ".odt", "half"),
        "kapot-xml.odt": _damaged(folder, ".odt", "xml"),
        "kapot-crc.odt": (REGRESSIONS / "odt-slechte-crc.odt").read_bytes(),
    }
    for name in ("ruis.txt", "ruis.md", "ruis.html", "ruis.txt.j2"):
        files[name] = random.Random(name).randbytes(20_000)
    return files


@pytest.fixture(scope="module")
def matrix(tmp_path_factory):
    """One `taalcheck check` run over all bad files plus a good letter (spaCy loads once)."""
    folder = tmp_path_factory.mktemp("slecht")
    files = _bad_files(folder)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with open(folder / "groot.txt", "wb") as handle:  # 50 MB
        handle.write(b"Indien u wilt. " * (50_000_000 // 15))
    (folder / "brief.txt").write_text(COMPANION, encoding="utf-8")
    names = [*files, "groot.txt", "brief.txt"]
    started = time.perf_counter()
    result = subprocess.run(
        [*_command(), "check", *names], capture_output=True, cwd=folder, env=dict(os.environ, NO_COLOR="1"), timeout=600
    )
    seconds = time.perf_counter() - started
    # the largest child so far (this run and any earlier one): a bound, not a measurement
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024 if resource else 0
    out, err = result.stdout.decode(), result.stderr.decode()
    return {"code": result.returncode, "out": out, "err": err, "seconds": seconds, "rss_mb": rss_mb}


@pytest.mark.slow
def test_the_run_goes_on_after_every_bad_file(matrix):
    assert matrix["code"] == 2
    assert "Traceback" not in matrix["err"] + matrix["out"]
    assert COMPANION_FINDING in matrix["out"]  # the good letter, named last, is still checked
    assert matrix["seconds"] < 300
    assert matrix["rss_mb"] < 2_000  # a 200,000-word sentence once took 5.6 GB


# (file, exact line expected in the output); "fout:" lines make the exit code 2
EXPECTED = [
    ("leeg.txt", "let op: leeg.txt: in dit bestand staat geen tekst. Er is niets gecontroleerd."),
    ("witruimte.txt", "let op: witruimte.txt: in dit bestand staat geen tekst. Er is niets gecontroleerd."),
    ("alleen-bom.txt", "let op: alleen-bom.txt: in dit bestand staat geen tekst. Er is niets gecontroleerd."),
    (
        "groot.txt",
        "fout: groot.txt: dit bestand is te groot (50 MB). Taalcheck leest bestanden tot 10 MB. "
        "Wilt u een grotere grens? Zet dan TAALCHECK_MAX_BYTES, bijvoorbeeld TAALCHECK_MAX_BYTES=50MB.",
    ),
    ("oud.txt", "let op: oud.txt: gelezen als Windows-1252, niet als UTF-8."),
    ("bom-kapot.txt", "fout: bom-kapot.txt: dit bestand is kapot. Het begint als UTF-8, maar byte 12 is geen UTF-8."),
    ("utf16-kapot.txt", "fout: utf16-kapot.txt: dit bestand is kapot (UTF-16)."),
    ("ruis.txt", "fout: ruis.txt: dit is geen tekstbestand."),
    ("ruis.md", "fout: ruis.md: dit is geen tekstbestand."),
    ("ruis.html", "fout: ruis.html: dit is geen tekstbestand."),
    ("ruis.txt.j2", "fout: ruis.txt.j2: dit is geen tekstbestand."),
    ("bom.docx", "fout: bom.docx: dit Word-bestand is uitgepakt veel te groot. Taalcheck leest het niet."),
    ("bom.odt", "fout: bom.odt: dit OpenDocument-bestand is uitgepakt veel te groot. Taalcheck leest het niet."),
    ("kapot-half.docx", "fout: kapot-half.docx: dit is geen geldig Word-bestand. Is het bestand kapot?"),
    ("kapot-xml.docx", "fout: kapot-xml.docx: dit is geen geldig Word-bestand. Is het bestand kapot?"),
    ("kapot-half.odt", "fout: kapot-half.odt: dit is geen geldig OpenDocument-bestand. Is het bestand kapot?"),
    ("kapot-xml.odt", "fout: kapot-xml.odt: dit OpenDocument-bestand is kapot (content.xml)."),
    ("kapot-crc.odt", "fout: kapot-crc.odt: dit OpenDocument-bestand is kapot (content.xml)."),
]


@pytest.mark.slow
@pytest.mark.parametrize("name, line", EXPECTED, ids=[name for name, _ in EXPECTED])
def test_bad_file_gets_one_clear_line(matrix, name, line):
    assert lines_with(matrix["out"], f" {name}: ") == [line]


@pytest.mark.slow
def test_invalid_utf8_is_still_checked(matrix):
    assert "oud.txt:1:1: W101 [jargon]" in matrix["out"]


@pytest.mark.slow
def test_a_200000_word_sentence_finishes_and_is_a_long_sentence(matrix):
    found = lines_with(matrix["out"], "zin.txt:")
    assert found and all(" Z101 [lange-zin] " in line for line in found), found[:3]
    assert found[0].startswith("zin.txt:1:1: Z101 [lange-zin] waarschuwing: Deze zin heeft ")


@pytest.mark.slow
def test_deeply_nested_html_is_checked(matrix):
    assert lines_with(matrix["out"], "diep.html:") == [
        f"diep.html:1:{5 * DEPTH + 1}: W101 [jargon] waarschuwing: 'Indien' is ambtelijke taal. Ouderwets woord voor 'als'. Veel lezers kennen het niet."
    ]


@pytest.mark.slow
def test_jinja_syntax_error_is_a_note_with_its_line_and_the_text_is_still_checked(matrix):
    [note] = lines_with(matrix["out"], "let op: fout.txt.j2")
    assert note.startswith("let op: fout.txt.j2: fout in de sjabloon op regel 6: ") and "De tekst is wel gecontroleerd." in note
    found = [line.split(" ")[0] for line in lines_with(matrix["out"], "fout.txt.j2:") if line.startswith("fout.txt.j2:")]
    assert found == ["fout.txt.j2:3:1:", "fout.txt.j2:5:1:"]


def test_a_file_without_text_alone_exits_0(run_cli, tmp_path):
    (tmp_path / "leeg.txt").write_bytes(b"")
    alone = run_cli("check", "leeg.txt")
    assert alone.returncode == 0
    assert alone.stdout.decode().splitlines() == [
        "let op: leeg.txt: in dit bestand staat geen tekst. Er is niets gecontroleerd.",
        "Geen opmerkingen in 1 bestand.",
    ]


# --- size limit ---------------------------------------------------------------------


def test_the_size_limit_can_be_changed(run_cli, tmp_path, monkeypatch):
    (tmp_path / "middel.txt").write_text("Middels dit formulier. " * 100, encoding="utf-8")  # 2,300 bytes
    (tmp_path / "klein.txt").write_text(COMPANION, encoding="utf-8")
    monkeypatch.setenv("TAALCHECK_MAX_BYTES", "2kB")
    result = run_cli("check", "middel.txt", "klein.txt")
    out = result.stdout.decode()
    assert result.returncode == 2 and "Traceback" not in result.stderr.decode()
    assert "middel.txt: dit bestand is te groot (2,3 kB). Taalcheck leest bestanden tot 2 kB." in out
    assert "klein.txt:1:1: W101 [jargon]" in out
    # standard input has the same limit, and is not read further than needed
    monkeypatch.setenv("TAALCHECK_MAX_BYTES", "100")
    piped = run_cli("check", "-", input=b"Middels dit formulier. " * 1000)
    assert piped.returncode == 2
    assert "-: dit bestand is te groot. Taalcheck leest bestanden tot 100 bytes." in piped.stdout.decode()
    monkeypatch.setenv("TAALCHECK_MAX_BYTES", "veel")
    wrong = run_cli("check", "middel.txt")
    assert wrong.returncode == 2
    assert "TAALCHECK_MAX_BYTES=veel klopt niet. Schrijf een aantal bytes, bijvoorbeeld 20000000 of 20MB." in wrong.stdout.decode()


def test_the_raised_limit_lets_the_file_through(monkeypatch, tmp_path):
    path = tmp_path / "middel.txt"
    path.write_text("Middels dit formulier. " * 100, encoding="utf-8")
    monkeypatch.setenv("TAALCHECK_MAX_BYTES", "3000")
    assert read_file(path).text.startswith("Middels")


@pytest.mark.slow
def test_long_sentence_time_grows_linearly():
    """Loose sanity check only (4x the words, under 8x the CPU time); real figures live in benchmarks/.

    12,500 and 50,000 words keep the test short (the model does about 7,000
    words a second here); the 200,000-word run is in the matrix above."""
    import taalcheck

    taalcheck.check("Wij sturen u een brief.", cache=False)  # load the pipeline first
    times = {}
    for n in (12_500, 50_000):
        text = endless_sentence(n)
        started = time.process_time()  # CPU time: other jobs on the machine do not count
        report = taalcheck.check(text, cache=False)
        times[n] = time.process_time() - started
        assert report.findings and all(text[f.start : f.end] == f.text for f in report.findings)
        assert {f.category for f in report.findings} == {"lange-zin"}  # no findings on words cut in half
    assert times[50_000] / times[12_500] < 8, times


# --- encodings --------------------------------------------------------------------------

LETTER = "Beste lezer,\r\nIndien u vragen heeft over € 12,50, bel ons.\r\n"
ENCODINGS = {
    "utf-8": LETTER.encode("utf-8"),
    "utf-8-sig": LETTER.encode("utf-8-sig"),
    "utf-16-le-bom": b"\xff\xfe" + LETTER.encode("utf-16-le"),
    "utf-16-be-bom": b"\xfe\xff" + LETTER.encode("utf-16-be"),
    "cp1252": LETTER.encode("cp1252"),
}


def test_encodings_give_the_same_finding_at_the_same_place(run_cli, tmp_path):
    for name, data in ENCODINGS.items():
        (tmp_path / f"{name}.txt").write_bytes(data)
    result = run_cli("check", *(f"{name}.txt" for name in ENCODINGS), "--format", "json", "--select", "jargon")
    assert result.returncode == 1, result.stderr.decode()
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    for name in ENCODINGS:
        [finding] = files[f"{name}.txt"]["findings"]
        assert (finding["text"], finding["line"], finding["column"], finding["start"]) == ("Indien", 2, 1, 14), name
        assert bool(files[f"{name}.txt"].get("notes")) == (name == "cp1252"), name


def test_binary_data_on_standard_input_is_refused(run_cli):
    result = run_cli("check", "-", input=random.Random(1).randbytes(5_000))
    assert result.returncode == 2
    assert "fout: -: dit is geen tekstbestand." in result.stdout.decode()
    assert "Traceback" not in result.stderr.decode()


# --- settings and word lists ----------------------------------------------------------------


def test_word_list_with_a_broken_row_names_file_and_row(run_cli, tmp_path):
    (tmp_path / "lijst.csv").write_text(
        "woord,alternatieven,uitleg,veilig,bron\nthans,nu,Ouderwets.,ja,eigen\nverstrekken,geven,,ja,eigen,te veel\n",
        encoding="utf-8",
    )
    (tmp_path / "brief.txt").write_text(COMPANION, encoding="utf-8")
    result = run_cli("check", "brief.txt", "--woordenlijst", "lijst.csv")
    err = result.stderr.decode()
    assert result.returncode == 2
    assert "Traceback" not in err
    [line] = err.splitlines()
    assert line.startswith("fout: lijst.csv:3: ")


def test_settings_with_an_unknown_key_name_the_file_and_other_folders_are_still_checked(run_cli, tmp_path):
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / "taalcheck.toml").write_text('selectt = ["jargon"]\n', encoding="utf-8")
    for name in ("team/a.txt", "team/b.txt", "brief.txt"):
        (tmp_path / name).write_text(COMPANION, encoding="utf-8")
    result = run_cli("check", "team/a.txt", "team/b.txt", "brief.txt")
    out = result.stdout.decode()
    assert result.returncode == 2 and "Traceback" not in result.stderr.decode()
    assert COMPANION_FINDING in out
    # named once, with the likely meant key, not per file and not as "(ConfigError)"
    assert lines_with(out, "onbekende instelling") == ["fout: taalcheck.toml: onbekende instelling 'selectt'. Bedoelt u 'select'?"]
    assert "ConfigError" not in out


# --- inputs the fuzzer found ------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(p for p in REGRESSIONS.iterdir() if p.is_file() and p.name != "README.md"), ids=lambda p: p.name)
def test_fuzz_regressions_are_read_or_refused_quickly(path):
    started = time.perf_counter()
    try:
        doc = read_file(path)
    except ReadError as exc:
        assert str(exc).startswith(f"{path}: ")
    else:
        assert all(0 <= s <= e <= len(doc.text) for s, e in doc.masked + doc.placeholders)
    assert time.perf_counter() - started < 5


def test_the_limits_page_names_the_values_in_the_code():
    """docs/limieten.md is read by people who cannot read the code: keep the two equal."""
    from taalcheck import languagetool
    from taalcheck.engine import checker
    from taalcheck.meldpunt import api, app, models, security, validation
    from taalcheck.readers import DEFAULT_MAX_BYTES, office

    page = (Path(__file__).resolve().parents[1] / "docs" / "limieten.md").read_text(encoding="utf-8")

    def dutch(n: int) -> str:
        return f"{n:,}".replace(",", ".")

    assert f"| {DEFAULT_MAX_BYTES // 1_000_000} MB |" in page
    assert f"stukken van {dutch(checker.MAX_SEGMENT_CHARS)} tekens" in page
    assert f"Ongeveer {office.MAX_UNPACKED_BYTES // 1024**2} MB, en hoogstens {office.MAX_RATIO} keer" in page
    for field, limit in models.MAX_LENGTE.items():
        assert f"| `{field}` | {dutch(limit)} tekens |" in page, field
    assert f"(of de header `Idempotency-Key`) | {validation.MAX_SLEUTEL} tekens |" in page
    assert f"| `notitie` bij een nieuwe status | {dutch(api.MAX_NOTITIE)} tekens |" in page
    assert f"| {app.MAX_BODY_BYTES // 1024} kB. Groter geeft 413" in page
    assert (
        f"{str(security.EDITOR_MAX_BODY_BYTES / 1_000_000).replace('.', ',')} MB per verzoek en {dutch(languagetool.MAX_TEXT_CHARS)} tekens"
        in page
    )
    assert f"| Controles tegelijk op `/v2/check` | {languagetool.MAX_PENDING}." in page
    assert f"meer dan {dutch(security.RateLimiter.MAX_CLIENTS)}?" in page
