"""Safe means safe (issue 17): verified fixes, data never edited, plain expansions.

Each safe fix is checked during ``check``: a fix that fails becomes a proposal
with its reason (``fix.reden``), and ``Report.fixed_text()``, ``--fix`` and
``taalcheck.rewrite`` all give the same text.
"""

from pathlib import Path

import pytest

import taalcheck

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "brieven"


def _fix(sentence, words):
    """The finding on ``words`` with a fix, or None."""
    report = taalcheck.check(sentence)
    return next((f for f in report.findings if f.text == words and f.fix is not None), None)


# -- data is never edited: one row per kind ------------------------------------------------

DATA = [
    ("postcode", "U kunt het formulier sturen naar Postbus 1234, 2500 BV Den Haag.", "2500 BV"),
    ("postcode", "Indien u vragen heeft, kunt u schrijven naar Postbus 20, 6400 WW Heerlen.", "6400 WW"),
    ("postcode", "De zitting is aan de Prins Clauslaan 60, 2595 BW Den Haag.", "2595 BW"),
    ("bedrijfsvorm", "Uw energieleverancier Groene Stroom BV heeft ons verzocht uw aanvraag te beoordelen.", "Groene Stroom BV"),
    ("bedrijfsvorm", "Uw werkgever, Transportbedrijf Hoekman B.V., heeft ons gebeld.", "Transportbedrijf Hoekman B.V."),
    ("bedrijfsvorm", "Het pand is van Bouwbedrijf De Jong N.V. en wij huren het.", "Bouwbedrijf De Jong N.V."),
    ("bedrijfsvorm", "De winkel is van Bakkerij Smit V.O.F. in Zwolle.", "Bakkerij Smit V.O.F."),
    ("naam", "Dit staat in artikel 9 van de Algemene wet inzake rijksbelastingen.", "Algemene wet inzake rijksbelastingen"),
    ("naam", "U betaalt via NL44 BUNQ 2025 1234 56 t.n.v. CJIB Leeuwarden.", "CJIB Leeuwarden"),
    ("datum", "Uw uitkering stopt per 01-07-2026; indien u vragen heeft, kunt u ons bellen.", "01-07-2026"),
    ("bedrag", "Het griffierecht bedraagt € 54,00 en dient binnen vier weken te worden voldaan.", "€ 54,00"),
    ("kenmerk", "Vermeld bij betaling het kenmerk WMO-2026-0042 middels de acceptgiro.", "WMO-2026-0042"),
    ("IBAN", "Maak het bedrag over op IBAN NL91 ABNA 0417 1643 00 ten name van Gemeente Utrecht.", "IBAN NL91 ABNA 0417 1643 00"),
    ("kenteken", "De auto met kenteken 12-ABC-3 is middels een naheffing belast.", "12-ABC-3"),
    ("e-mailadres", "Stuur een e-mail naar bezwaar@cjib.nl o.v.v. uw kenmerk.", "bezwaar@cjib.nl"),
    ("webadres", "Indien u wilt, kunt u het formulier invullen op www.uwv.nl/wia.", "www.uwv.nl/wia"),
    (
        "adresregel",
        "Gemeente Utrecht\nPostbus 16200\n3500 CE Utrecht\n\nGeachte heer,\n\nIndien u vragen heeft, belt u ons.\n",
        "3500 CE Utrecht",
    ),
    (
        "adresregel",
        "Gemeente Ede\nt.a.v. de heer B. Smit\nPostbus 9022\n6710 HK Ede\n\nGeachte heer Smit,\n\nIndien u vragen heeft, belt u ons.\n",
        "t.a.v. de heer B. Smit",
    ),
    ("vaste term", "Tegen deze inleidende beschikking kunt u in beroep gaan, indien u dat wilt.", "inleidende beschikking"),
    ("vaste term", "De verschuldigde belasting over 2025 bedraagt € 1.200.", "verschuldigde belasting"),
    ("invulveld", "Geachte {{aanhef}} {{achternaam}}, indien u vragen heeft, kunt u bellen.", "{{aanhef}} {{achternaam}}"),
    ("opmaak", "<p>Indien u vragen heeft, kunt u <b>bellen</b>.</p>", "<b>bellen</b>"),
]


@pytest.mark.parametrize("kind,text,data", DATA, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(DATA)])
def test_data_is_never_edited(kind, text, data):
    from taalcheck.core.document import Document

    if kind == "invulveld":
        import re

        source = Document(text=text, placeholders=[m.span() for m in re.finditer(r"\{\{.*?\}\}", text)])
    elif kind == "opmaak":
        import re

        source = Document(text=text, masked=[m.span() for m in re.finditer(r"<[^>]+>", text)])
    else:
        source = text
    for safe_only in (True, False):
        out = taalcheck.rewrite(source, safe_only=safe_only)
        assert data in out, f"{kind}: {data!r} changed in {out!r}"


def test_data_spans_name_each_kind():
    from taalcheck.rewrites.verify import data_spans

    kinds = {kind for _, text, _ in DATA for _, _, kind in data_spans(text)}
    assert {
        "postcode",
        "bedrijfsnaam",
        "wetsnaam",
        "naam",
        "datum",
        "bedrag",
        "kenmerk",
        "IBAN",
        "kenteken",
        "e-mailadres",
        "webadres",
        "adresregel",
    } <= kinds


# -- verification downgrades what is not safe, and keeps the reason --------------------------


@pytest.mark.parametrize(
    "sentence,words,reason",
    [
        ("Wij stellen u in de gelegenheid uw mening te geven.", "in de gelegenheid", "twee keer"),
    ],
)
def test_unsafe_edit_becomes_a_proposal_with_its_reason(sentence, words, reason):
    finding = _fix(sentence, words)
    assert finding is not None and not finding.fix.safe
    assert reason in finding.fix.reason
    assert finding.to_dict()["fix"]["reden"] == finding.fix.reason
    assert taalcheck.rewrite(sentence) == sentence


@pytest.mark.parametrize(
    "sentence,words,reason",
    [
        ("Hierbij delen wij u mede dat uw aanvraag is goedgekeurd.", "mede", "mededelen"),
        ("Indien nodig nemen wij contact met u op.", "Indien", "geen werkwoord"),
        # fifth audit: a pointer to the letterhead, a date of nothing, a word of a fixed name, 'indien' + participle
        ("Als houder van het bovengenoemde voertuig krijgt u deze aanslag.", "bovengenoemde", "staat niet eerder"),
        ("Betaal binnen vier weken na de dagtekening.", "dagtekening", "welke datum"),
        ("De inleidende beschikking is op 3 mei verstuurd.", "beschikking", "vaste naam"),
        ("De schade wordt, indien aangetoond, vergoed.", "indien", "geen werkwoord"),
    ],
)
def test_a_broken_edit_becomes_advice_with_its_reason(sentence, words, reason):
    """Audit: proposals that break the sentence were wrong 20 of 21 times; the reason is advice, without a rewrite."""
    finding = next(f for f in taalcheck.check(sentence).findings if f.text == words)
    assert finding.fix is None
    assert "Geen voorstel" in finding.message and reason in finding.message
    # only this finding's kind: another proposal (the passive 'is goedgekeurd' made active) may change the sentence
    assert taalcheck.rewrite(sentence, safe_only=False, select=[finding.category]) == sentence


def test_a_wish_is_never_changed():
    sentence = "Wij wensen u veel sterkte."
    assert taalcheck.rewrite(sentence) == sentence
    assert not any(f.fix is not None and f.fix.safe for f in taalcheck.check(sentence).findings if f.text == "wensen")


def test_a_safe_fix_has_no_reason_and_json_has_no_reden():
    finding = _fix("Indien u vragen heeft, kunt u bellen.", "Indien")
    assert finding.fix.safe and finding.fix.reason is None and "reden" not in finding.to_dict()["fix"]


def test_te_before_a_whole_separable_verb_is_refused():
    from taalcheck.core.findings import Edit
    from taalcheck.nl import pipeline
    from taalcheck.rewrites.verify import te_before_whole_separable

    nlp = pipeline.shared(None)
    new = nlp("U wordt verzocht het formulier te terugsturen.")
    start = new.text.index("terugsturen")
    assert "terug te sturen" in te_before_whole_separable(new, [(start, start + len("terugsturen"))])
    ok = nlp("U wordt verzocht het formulier terug te sturen.")
    start = ok.text.index("terug te sturen")
    assert te_before_whole_separable(ok, [(start, start + 15)]) is None
    assert Edit  # the edit model stays importable next to the check


def test_outside_identical_notices_a_change_outside_the_edits():
    from taalcheck.core.findings import Edit
    from taalcheck.rewrites.verify import outside_identical

    old = "Indien u vragen heeft, belt u."
    edits = [Edit(0, 6, "Als")]
    assert outside_identical(old, "Als u vragen heeft, belt u.", edits)
    assert not outside_identical(old, "Als u vragen hebt, belt u.", edits)


@pytest.mark.parametrize(
    "sentence,second_te",
    [
        ("U dient het formulier in te vullen en voor 1 mei aan ons terug te sturen.", "terugsturen"),
        ("U dient de schade te melden, foto's te maken en de bonnen te bewaren.", "bewaren."),
        ("De betaling dient uiterlijk 1 juni plaats te vinden.", "plaatsvinden"),
    ],
)
def test_dienen_removes_every_te_of_its_row(sentence, second_te):
    out = taalcheck.rewrite(sentence)
    assert " moet " in out and " te " not in out and second_te in out


def test_a_te_of_another_clause_stays():
    out = taalcheck.rewrite("Uw kind dient de school te bezoeken en u dient ervoor te zorgen dat dit gebeurt.")
    assert "ervoor te zorgen" in out or ("ervoor zorgen" in out and "u moet ervoor zorgen" in out)
    assert "u dient ervoor zorgen" not in out and "u moet ervoor te zorgen" not in out


# -- expansions in plain Dutch ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,abbreviation,forbidden",
    [
        ("Wij bellen u i.v.m. uw aanvraag.", "i.v.m.", "in verband met"),
        ("Stuur s.v.p. het formulier terug.", "s.v.p.", "vous"),
        ("Uw eigen bijdrage is € 20,60 p.m.", "p.m.", "pro memorie"),
        ("Met vriendelijke groet, p.p. de teamleider Werk en Inkomen", "p.p.", "per persoon"),
        ("Neem uw paspoort, rijbewijs, bankpas etc. mee naar het gesprek.", "etc.", "et cetera"),
    ],
)
def test_no_expansion_that_is_jargon_or_foreign(sentence, abbreviation, forbidden):
    for safe_only in (True, False):
        assert forbidden not in taalcheck.rewrite(sentence, safe_only=safe_only)
    finding = next(f for f in taalcheck.check(sentence).findings if f.text == abbreviation)
    assert forbidden not in " ".join(finding.suggestions)
    assert finding.fix is None


def test_advice_is_never_flagged_by_another_rule():
    """Issue 14, problem 8: the advice for 'i.v.m.' is no word that W101 then flags."""
    finding = next(f for f in taalcheck.check("Wij bellen u i.v.m. uw aanvraag.").findings if f.text == "i.v.m.")
    for suggestion in finding.suggestions:
        assert not [f for f in taalcheck.check(f"Wij bellen u {suggestion} uw aanvraag.").findings if f.category == "jargon"]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Wij hebben uw brief d.d. 3 maart 2026 ontvangen.", "Wij hebben uw brief van 3 maart 2026 ontvangen."),
        ("Wij sturen het t.z.t. terug.", "Wij sturen het later terug."),
    ],
)
def test_plain_expansions(sentence, expected):
    assert taalcheck.rewrite(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Uw Wmo-consulent neemt binnen vijf werkdagen contact met u op.",
        "U bereikt de AOW-leeftijd op 12 augustus 2027.",
        "De WOZ-waarde van uw woning is € 312.000.",
    ],
)
def test_abbreviation_in_a_compound_is_a_proposal(sentence):
    assert taalcheck.rewrite(sentence) == sentence
    finding = next(f for f in taalcheck.check(sentence).findings if f.category == "afkorting")
    assert finding.fix is not None and not finding.fix.safe and "samengesteld" in finding.fix.reason


# -- one answer everywhere ----------------------------------------------------------------------


def test_fixed_text_equals_rewrite_for_every_corpus_letter():
    letters = sorted(CORPUS.glob("*.txt"))
    if not letters:
        pytest.skip("corpus/brieven is leeg")
    for path in letters:
        text = path.read_text(encoding="utf-8")
        report = taalcheck.check(text)
        assert report.fixed_text(safe_only=True) == taalcheck.rewrite(text), path.name


def test_every_safe_fix_in_the_report_is_applied():
    """Issue 14, problem 8: '--fix' no longer skips fixes that the JSON marks safe (on the corpus)."""
    skipped = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        report = taalcheck.check(text)
        fixed = report.fixed_text()
        after = taalcheck.check(fixed)
        left = {(f.rule, f.text) for f in after.findings if f.fix is not None and f.fix.safe}
        skipped += [(path.name, key) for key in left]
    assert not skipped, skipped[:5]


def test_report_survives_pickle_without_its_fixer():
    import pickle

    report = taalcheck.check("Indien u vragen heeft, kunt u bellen.")
    copy = pickle.loads(pickle.dumps(report))
    assert copy.fixer is None and copy.fixed_text() == "Als u vragen heeft, kunt u bellen."


def test_diff_verbose_shows_why_a_fix_is_a_proposal(tmp_path):
    from click.testing import CliRunner

    from taalcheck.cli import main

    letter = tmp_path / "brief.txt"
    letter.write_text("Wij stellen u in de gelegenheid uw mening te geven. Indien u vragen heeft, belt u ons.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(letter), "--diff", "--verbose"])
    assert "is een voorstel" in result.output and "twee keer" in result.output
    assert "+Wij stellen u in de gelegenheid uw mening te geven. Als u vragen heeft" in result.output
    quiet = CliRunner().invoke(main, ["check", str(letter), "--diff"])
    assert "is een voorstel" not in quiet.output


def test_json_has_the_reason_of_a_proposal(tmp_path):
    import json

    from click.testing import CliRunner

    from taalcheck.cli import main

    letter = tmp_path / "brief.txt"
    letter.write_text("Wij stellen u in de gelegenheid uw mening te geven.\n", encoding="utf-8")
    data = json.loads(CliRunner().invoke(main, ["check", str(letter), "--format", "json"]).output)
    fix = next(f["fix"] for f in data["files"][0]["findings"] if f["text"] == "in de gelegenheid")
    assert fix["safe"] is False and "twee keer" in fix["reden"]


@pytest.mark.parametrize("text", ["Indien", "indien ", "Indien."])
def test_indien_on_its_own_never_crashes_and_is_not_fixed(text):
    """Found by the property tests: 'Indien' as the last word of a text has no next word to name."""
    assert taalcheck.rewrite(text) == text
    assert all(f.fix is None or not f.fix.safe for f in taalcheck.check(text).findings)
