"""The `meldpunt` click group, run in-process on a real database."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from taalcheck.meldpunt.cli import meldpunt, parse_duur


@pytest.fixture
def run(db_url):
    runner = CliRunner()

    def _run(*args, ok=True):
        result = runner.invoke(meldpunt, [*args, "--db", db_url], catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    return _run


def _melden(run, woord, sleutel, **fields):
    args = ["melden", "--woord", woord, "--sleutel", sleutel]
    for name, value in fields.items():
        args += [f"--{name}", value]
    return run(*args)


def test_melden_lijst_status(run):
    out = _melden(run, "middels", "s1", organisatie="Gemeente A", zin="BSN 111222333").output
    assert out.startswith("Melding opgeslagen. Nummer: ")
    melding_id = out.split("Nummer: ")[1].strip()
    assert "al opgeslagen" in _melden(run, "middels", "s1").output

    listed = run("lijst").output
    assert melding_id[:8] in listed and "1 melding." in listed
    data = json.loads(run("lijst", "--json").output)
    assert data["totaal"] == 1 and data["meldingen"][0]["zin"] == "BSN [BSN verwijderd]"

    out = run("status", melding_id[:8], "bekeken", "--notitie", "gezien", "--door", "Anna").output
    assert "status 'bekeken'" in out
    assert json.loads(run("lijst", "--json", "--status", "bekeken").output)["totaal"] == 1
    assert "Geen meldingen gevonden." in run("lijst", "--status", "nieuw").output
    assert "Geen meldingen gevonden." in run("lijst", "--organisatie", "Gemeente B").output
    assert json.loads(run("lijst", "--json", "--van", "2000-01-01", "--tot", "2999-12-31").output)["totaal"] == 1


def test_errors_are_plain_dutch(run):
    result = run("melden", "--woord", " ", ok=False)
    assert result.exit_code == 2 and "Vul het woord in dat u niet snapt." in result.output
    result = run("status", "12345678", "bekeken", ok=False)
    assert result.exit_code == 2 and "Geen melding gevonden" in result.output
    result = run("lijst", "--van", "31-01-2026", ok=False)
    assert result.exit_code == 2 and "JJJJ-MM-DD" in result.output
    result = run("opschonen", "--ouder-dan", "een jaar", ok=False)
    assert result.exit_code == 2 and "365d" in result.output


def test_export_csv_and_json(run, tmp_path):
    _melden(run, '=HYPERLINK("http://x")', "s1", organisatie="A")
    _melden(run, "thans", "s2", toelichting='ik dacht: "later"')
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv").output)))
    assert {r["woord"] for r in rows} == {'\'=HYPERLINK("http://x")', "thans"}  # no formula in Excel
    assert "email" not in rows[0]
    excel = run("export", "--excel").output
    assert excel.startswith("\ufeffid;aangemaakt;woord;")
    target = tmp_path / "uit.json"
    result = run("export", "--format", "json", "--output", str(target))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert len(data["meldingen"]) == 2 and "2 meldingen geschreven" in result.output


def test_opschonen(run):
    _melden(run, "thans", "s1", zin="een zin")
    out = run("opschonen", "--ouder-dan", "365d").output
    assert "bij 0 meldingen" in out
    out = run("opschonen", "--ouder-dan", "0d").output
    assert "Zin, toelichting en kenmerk gewist bij 1 meldingen." in out
    assert json.loads(run("lijst", "--json").output)["meldingen"][0]["zin"] is None


def test_parse_duur():
    assert parse_duur("365d").days == 365
    assert parse_duur("2w").days == 14
    assert parse_duur("1j").days == 365
    with pytest.raises(ValueError):
        parse_duur("365")


def test_overnemen_adds_word_with_count(run, tmp_path):
    wordlists = pytest.importorskip("taalcheck.lexicon.wordlists", reason="taalcheck.lexicon.wordlists ontbreekt nog")
    ids = []
    for i, org in enumerate(["Gemeente A", "Gemeente A", "Gemeente B"]):
        out = _melden(run, "Voorzieningen" if i == 0 else "voorzieningen", f"v{i}", organisatie=org).output
        ids.append(out.split("Nummer: ")[1].strip())
    _melden(run, "thans", "t1")
    lijst = tmp_path / "gemeente-a.csv"

    top = json.loads(run("top", "--json").output)["woorden"]
    assert top[0]["woord"] == "voorziening" and top[0]["aantal"] == 3  # the plural counts as its singular
    assert top[0]["varianten"] == ["voorzieningen"]
    assert top[0]["per_organisatie"] == {"Gemeente A": 2, "Gemeente B": 1}

    out = run(
        "overnemen",
        ids[0][:8],
        "--alternatief",
        "hulp",
        "--alternatief",
        "hulpmiddelen",
        "--lijst",
        str(lijst),
        "--uitleg",
        "Zeg wat de lezer krijgt.",
        "--door",
        "Anna",
    ).output
    assert "3 lezers meldden dit woord" in out and "3 meldingen" in out

    kind, entries = wordlists.read_list(lijst)
    assert kind == "jargon"
    entry = next(e for e in entries if e.woord == "voorziening")  # a list holds the singular
    assert entry.meldingen == 3 and entry.alternatieven == ("hulp", "hulpmiddelen") and entry.bron == "meldpunt"
    statuses = json.loads(run("lijst", "--json").output)["meldingen"]
    assert {m["woord"].lower(): m["status"] for m in statuses} == {"voorzieningen": "overgenomen", "thans": "nieuw"}

    try:
        wordlists.load_wordlists()
    except wordlists.WordListError as exc:  # the lists' own tests report this
        pytest.skip(f"Dekking niet getest: de meegeleverde woordenlijsten zijn kapot ({exc})")
    top = json.loads(run("top", "--json", "--lijst", str(lijst)).output)["woorden"]
    assert top[0]["in_woordenlijst"] == "jargon"
    assert "staat al in lijst jargon" in run("top", "--lijst", str(lijst)).output


def test_contact_verwijderen(run, db_url):
    from taalcheck.meldpunt.store import Store
    from taalcheck.meldpunt.validation import validate

    store = Store(db_url)
    stored, _ = store.add(validate({"woord": "x", "email": "a@b.nl", "toestemming": "ja"}))
    store.close()
    assert "Contactgegevens verwijderd." in run("contact-verwijderen", stored["id"]).output
    assert "had geen contactgegevens" in run("contact-verwijderen", stored["id"]).output


def test_top_still_counts_when_a_word_list_is_broken(run, tmp_path):
    pytest.importorskip("taalcheck.lexicon.wordlists", reason="taalcheck.lexicon.wordlists ontbreekt nog")
    _melden(run, "thans", "t1")
    broken = tmp_path / "kapot.csv"
    broken.write_text("woord,alternatieven,uitleg,veilig,bron\nthans,nu,,ja,x\nthans,nu,,ja,x\n", encoding="utf-8")
    data = json.loads(run("top", "--json", "--lijst", str(broken)).output)
    assert data["woorden"][0]["aantal"] == 1 and data["woorden"][0]["in_woordenlijst"] is None
    assert data["woordenlijst_fout"].startswith("De woordenlijsten konden niet worden gelezen: ")
    result = run("top", "--lijst", str(broken))
    assert "Let op: De woordenlijsten konden niet worden gelezen" in result.output


def test_dates_are_dutch_days(run, db_url):
    import datetime as dt

    from taalcheck.meldpunt.store import Store
    from taalcheck.meldpunt.validation import validate

    store = Store(db_url)
    # 23:30 UTC on 1 March is 00:30 on 2 March in the Netherlands.
    store.add(validate({"woord": "laat"}), now=dt.datetime(2026, 3, 1, 23, 30, tzinfo=dt.timezone.utc))
    store.close()
    assert json.loads(run("lijst", "--json", "--van", "2026-03-02").output)["totaal"] == 1
    assert json.loads(run("lijst", "--json", "--tot", "2026-03-01").output)["totaal"] == 0
    assert "2026-03-02 00:30" in run("lijst").output


def test_overnemen_as_word_with_senses(run, db_url, tmp_path):
    """A reported word can become a sense entry: an official and an everyday sense, filled in by the adviser."""
    import taalcheck
    from taalcheck.lexicon.wordlists import read_list

    out = _melden(run, "schouw", "s1", zin="Op 3 mei vindt de schouw van uw woning plaats.", toelichting="een open haard").output
    melding_id = out.split("Nummer: ")[1].strip()
    lijst = tmp_path / "betekenissen-gemeente.csv"
    out = run(
        "overnemen",
        melding_id[:8],
        "--lijst",
        str(lijst),
        "--alternatief",
        "controle",
        "--alternatief",
        "inspectie",
        "--betekenis",
        "controle",
        "--voor-lezers",
        "Een schouw is een controle van uw huis.",
        "--uitleg",
        "Lezers denken aan een open haard. Bedoeld is: een controle van uw huis.",
        "--signaal",
        "woning",
        "--signaal",
        "controle",
        "--signaal",
        "obj:woning",
        "--alledaags",
        "open haard",
        "--alledaags-signaal",
        "haard",
        "--alledaags-signaal",
        "rook",
        "--alledaags-signaal",
        "vegen",
        "--alledaags-voorbeeld",
        "De schouw moet elk jaar geveegd worden.",
    ).output
    assert "staat nu in" in out
    kind, entries = read_list(lijst)
    assert kind == "betekenissen" and entries[0].woord == "schouw"
    official, everyday = entries[0].senses
    assert official.officieel and official.voorbeeld == "Op 3 mei vindt de schouw van uw woning plaats."
    assert "meldpunt" in official.bron and not everyday.officieel and everyday.betekenis == "open haard"
    statuses = json.loads(run("lijst", "--json").output)["meldingen"]
    assert statuses[0]["status"] == "overgenomen"

    # the organisation's list works in the checker: official sense flagged, everyday sense not
    def flagged(text: str) -> list[str]:
        return [f.text for f in taalcheck.check(text, woordenlijsten=[str(lijst)]).findings if f.rule == "M101"]

    assert flagged("Wij komen op 3 mei voor de schouw van uw woning.") == ["schouw"]
    assert flagged("De schouw moet geveegd worden, want er zit veel rook in.") == []


def test_overnemen_senses_asks_what_is_missing_and_names_the_row(run, db_url, tmp_path):
    from click.testing import CliRunner

    from taalcheck.meldpunt.cli import meldpunt

    out = _melden(run, "schouw", "s2", zin="De schouw is op 3 mei.", toelichting="een open haard").output
    melding_id = out.split("Nummer: ")[1].strip()
    lijst = tmp_path / "b.csv"
    answers = (
        "\n".join(
            [
                "Een controle van uw huis.",  # voor lezers
                "",  # uitleg: the default built from the report
                "woning | controle | inspectie",  # official signals
                "open haard",  # everyday label
                "haard | rook",  # everyday signals: one too few
                "De schouw is vies.",
            ]
        )
        + "\n"
    )
    result = CliRunner().invoke(
        meldpunt,
        ["overnemen", melding_id, "--lijst", str(lijst), "--alternatief", "controle", "--betekenis", "controle", "--db", db_url],
        input=answers,
    )
    assert result.exit_code != 0 and f"{lijst}:3:" in result.output and "signalen" in result.output
    assert not lijst.exists()  # nothing written
    result = CliRunner().invoke(
        meldpunt,
        ["overnemen", melding_id, "--lijst", str(lijst), "--alternatief", "controle", "--betekenis", "controle", "--db", db_url],
        input=answers.replace("haard | rook", "haard | rook | vegen"),
    )
    assert result.exit_code == 0, result.output
    official = next(s for s in __import__("taalcheck").lexicon.wordlists.read_list(lijst)[1][0].senses if s.officieel)
    assert official.uitleg == "Lezers denken aan een open haard. Bedoeld is: een controle van uw huis."
