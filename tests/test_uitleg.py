"""`taalcheck uitleg`: summary fields from the letter (or empty), explanations for readers, exit 0 on txt/pdf/photo."""

from __future__ import annotations

from pathlib import Path

from taalcheck.uitleg.dates import add_term, relative_deadline
from taalcheck.uitleg.summary import summarize

LETTER = """Gemeente Lindebroek
Postbus 80
7411 GX Lindebroek

Mevrouw R. Bakker
Esstraat 19
7413 AN Lindebroek

Datum: 4 mei 2026
Kenmerk: WZ/2026/0042
Onderwerp: Eigen bijdrage huishoudelijke hulp

Geachte mevrouw Bakker,

U krijgt huishoudelijke hulp van de gemeente. Daarvoor betaalt u een eigen bijdrage.
U moet in totaal € 163,50 betalen. Betaal dit bedrag binnen zes weken na de datum van deze brief.
Indien u het niet eens bent met dit besluit, kunt u binnen zes weken bezwaar maken.

Heeft u vragen? Bel ons op 14 0546.

Met vriendelijke groet,

J. de Vries
consulent Wmo
"""


def test_summary_fields_with_their_sentences():
    s = summarize(LETTER)
    assert s.afzender.waarde == "Gemeente Lindebroek"
    assert s.onderwerp.waarde == "Eigen bijdrage huishoudelijke hulp"
    assert s.bedrag.waarde == "€ 163,50"
    assert s.bedrag.zin == "U moet in totaal € 163,50 betalen."
    assert s.actie.zin == "Betaal dit bedrag binnen zes weken na de datum van deze brief."  # the order with the term
    assert s.telefoon.waarde == "14 0546"
    assert s.briefdatum == "2026-05-04"


def test_relative_deadline_counts_from_the_letter_date():
    s = summarize(LETTER)
    assert s.datum.datum == "2026-06-15"  # 4 mei + 42 dagen
    assert s.datum.basis == "2026-05-04"
    assert s.datum.waarde.startswith("binnen zes weken na de datum van deze brief")
    assert "Betaal dit bedrag" in s.datum.zin


def test_missing_fields_stay_empty():
    letter = """Gemeente Westerdam

Datum: 2 maart 2026
Onderwerp: Uw verhuizing

Beste meneer Jansen,

Wij hebben uw verhuizing verwerkt. U hoeft niets te doen.

Met vriendelijke groet,

Gemeente Westerdam
"""
    s = summarize(letter)
    assert s.actie is None and s.acties == []
    assert s.datum is None
    assert s.bedrag is None and s.bedragen == []
    assert s.telefoon is None
    assert s.afzender.waarde == "Gemeente Westerdam"


def test_objection_is_no_action_and_no_deadline():
    letter = LETTER.replace("Betaal dit bedrag binnen zes weken na de datum van deze brief.", "Wij schrijven het bedrag af.")
    s = summarize(letter)
    assert s.datum is None
    assert all("bezwaar" not in a.zin for a in s.acties)


def test_before_a_date_is_the_day_before_and_earliest_wins():
    letter = LETTER.replace(
        "Betaal dit bedrag binnen zes weken na de datum van deze brief.",
        "Betaal uiterlijk 1 juli 2026. Stuur het formulier vóór 10 juni 2026 terug. Wij sturen u vóór 1 juni een pas.",
    )
    s = summarize(letter)
    assert s.datum.datum == "2026-06-09"
    assert s.datum.waarde == "vóór 10 juni 2026"
    # a day before the letter's own date is no deadline
    assert summarize(LETTER.replace("binnen zes weken na de datum van deze brief", "uiterlijk 1 april 2026")).datum is None


def test_term_from_an_unknown_day_has_no_date():
    assert relative_deadline("Betaal binnen 30 dagen na de datum van de factuur.", None) == (
        None,
        "binnen 30 dagen na de datum van de factuur",
    )
    from datetime import date

    assert relative_deadline("Betaal binnen 30 dagen na de datum van de factuur.", date(2026, 1, 1))[0] is None
    assert relative_deadline("Reageer binnen 2 weken na dagtekening.", date(2026, 1, 1))[0] == date(2026, 1, 15)

    assert add_term(date(2026, 1, 30), 1, "maand") == date(2026, 2, 28)
    assert add_term(date(2026, 3, 6), 5, "werkdagen") == date(2026, 3, 13)


def test_amounts_as_written_and_no_iban_as_phone():
    letter = LETTER.replace("Heeft u vragen? Bel ons op 14 0546.", "Maak het over naar NL41 INGB 0000 0012 34.")
    letter = letter.replace("€ 163,50 betalen.", "€ 1.654,20, zijnde twee maanden huur, betalen.")
    s = summarize(letter)
    assert s.bedrag.waarde == "€ 1.654,20"
    assert s.telefoon is None


def test_reader_meanings_from_betekenissen(tmp_path):
    from taalcheck.uitleg.explain import reader_meanings

    (tmp_path / "betekenissen.csv").write_text(
        "woord,betekenis,voor_lezers\ntermijn,x,Een periode. Of: een deel van het bedrag.\n", encoding="utf-8"
    )
    assert reader_meanings(str(tmp_path)) == {"termijn": "Een periode. Of: een deel van het bedrag."}
    assert reader_meanings(str(tmp_path / "leeg")) == {}


def test_uitleg_txt_prints_summary_and_explanations(tmp_path, run_cli):
    path = tmp_path / "brief.txt"
    path.write_text(LETTER.replace("Daarvoor", "Ingevolge de Wmo"), encoding="utf-8")
    result = run_cli("uitleg", str(path))
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()
    assert "€ 163,50" in out
    assert "15 juni 2026" in out
    assert "Ingevolge [= volgens" in out
    assert "Wie kunt u bellen?\n  14 0546" in out
    assert out.index("Van wie is de brief?") < out.index("DE BRIEF, MET UITLEG")


def test_uitleg_pdf_and_html(tmp_path, run_cli, letter_files):
    path = tmp_path / "brief.pdf"
    path.write_bytes(letter_files.pdf(LETTER))
    result = run_cli("uitleg", str(path))
    assert result.returncode == 0, result.stderr.decode()
    assert "€ 163,50" in result.stdout.decode()
    html_path = tmp_path / "uitleg.html"
    result = run_cli("uitleg", str(path), "--format", "html", "--output", str(html_path))
    assert result.returncode == 0
    html = html_path.read_text(encoding="utf-8")
    assert '<html lang="nl">' in html and "€ 163,50" in html
    assert "<script" not in html and "src=" not in html and "http" not in html


def test_uitleg_photo(tmp_path, run_cli, letter_files):
    path = tmp_path / "foto.jpg"
    path.write_bytes(letter_files.photo(LETTER))
    result = run_cli("uitleg", str(path))
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()
    assert "€ 163,50" in out
    assert "van een foto gelezen" in " ".join(out.split())


def test_uitleg_unreadable_file_exit_2(tmp_path, run_cli):
    path = tmp_path / "kapot.pdf"
    path.write_bytes(b"geen pdf")
    result = run_cli("uitleg", str(path))
    assert result.returncode == 2
    assert result.stderr.decode().strip() == f"fout: {path}: dit is geen geldig pdf-bestand. Is het bestand kapot?"


def test_summary_scorer(tmp_path, capsys):
    import importlib.util
    import json

    spec = importlib.util.spec_from_file_location(
        "samenvatting_bench", Path(__file__).resolve().parents[1] / "benchmarks" / "samenvatting.py"
    )
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--gold", str(tmp_path / "ontbreekt.jsonl")]) == 0
    assert "ontbreken nog" in capsys.readouterr().out
    row = {
        "brief": "corpus/brieven/cjib-eerste-aanmaning.txt",
        "afzender": "Centraal Justitieel Incassobureau",
        "actie_zin": "Het thans openstaande bedrag bedraagt € 128,00 en dient uiterlijk 09-03-2026 te zijn bijgeschreven",
        "datum": "2026-03-10",
        "bedrag": "€ 128,00",
        "telefoon": None,
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    result = bench.score(gold, per_letter=True)
    fields = result["velden"]
    assert fields["bedrag"]["goed"] == 1 and fields["actie"]["goed"] == 1 and fields["afzender"]["goed"] == 1
    assert fields["datum"]["goed"] == 0  # a wrong day is counted wrong
    assert fields["telefoon"] == {"bestaat": 0, "goed": 0, "afwezig": 1, "verzonnen": 0, "aandeel_goed": None}


def test_the_organisations_own_term_is_no_deadline_and_no_action():
    letter = LETTER.replace(
        "U moet in totaal € 163,50 betalen. Betaal dit bedrag binnen zes weken na de datum van deze brief.",
        "Op een verzoek dient binnen vier weken te worden beslist. U kunt uiterlijk 20 juli 2026 een besluit "
        "tegemoetzien. Wij geven derden de gelegenheid een zienswijze te geven.",
    )
    s = summarize(letter)
    assert s.datum is None
    assert s.actie is None


def test_a_paragraph_about_objecting_gives_no_action_or_deadline():
    letter = LETTER.replace(
        "U moet in totaal € 163,50 betalen. Betaal dit bedrag binnen zes weken na de datum van deze brief.",
        "Wij halen € 163,50 van uw rekening.\n\nBent u het niet eens met dit besluit? Dan kunt u bezwaar maken. "
        "Doe dat binnen 6 weken na de datum van deze brief. Stuur een brief.",
    )
    s = summarize(letter)
    assert s.datum is None
    assert s.acties == []
