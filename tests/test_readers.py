"""Readers: what is prose, what is a placeholder, what is masked, where breaks fall."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from taalcheck.readers import ReadError, iter_files, read_file, reader_for
from taalcheck.readers.marks import merge_spans

FIXTURES = Path(__file__).parent / "fixtures" / "formats"


def _load_builders():
    """The fixture builders live next to the fixtures; load them by path (importlib mode)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_office", FIXTURES / "build_office.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_BUILDERS = _load_builders()
build_docx, build_odt = _BUILDERS.build_docx, _BUILDERS.build_odt


def visible(doc) -> str:
    """The text as the checker sees it: masked spans and placeholders blanked."""
    chars = list(doc.text)
    for start, end in doc.masked + doc.placeholders:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def placeholder_texts(doc) -> list[str]:
    return [doc.text[s:e] for s, e in doc.placeholders]


def assert_consistent(doc) -> None:
    n = len(doc.text)
    assert doc.masked == merge_spans(doc.masked)
    assert doc.placeholders == sorted(doc.placeholders)
    for start, end in doc.masked + doc.placeholders:
        assert 0 <= start < end <= n
    for p_start, p_end in doc.placeholders:
        assert not any(s < p_end and p_start < e for s, e in doc.masked), "placeholder inside markup"
    assert all(0 <= b <= n for b in doc.breaks)
    for sup in doc.suppressions:
        assert 0 <= sup.start <= sup.end <= n


def line_of(doc, needle: str) -> int:
    return doc.position(doc.text.index(needle))[0]


# --- Jinja -------------------------------------------------------------------


def test_jinja_template_placeholders_branches_and_suppressions():
    doc = read_file(FIXTURES / "beschikking.txt.j2")
    assert_consistent(doc)
    assert placeholder_texts(doc) == [
        "{{ aanvrager.naam }}",
        "{{ bedrag | euro }}",
        "{{ aanvrager.iban }}",
        "{{ afzender }}",
    ]
    seen = visible(doc)
    # both branches of the if are checked
    assert "Middels deze brief delen wij u mede" in seen
    assert "Uw aanvraag is afgewezen" in seen
    assert "{%" not in seen and "{#" not in seen and "Sjabloon" not in seen
    # block tags alone on their line break the sentence; fixes can be written back
    for tag in ('{% if besluit == "toegekend" %}', "{% else %}", "{% endif %}"):
        assert doc.text.index(tag) in doc.breaks
    assert doc.writable and doc.notes == []
    assert doc.position(doc.text.index("Middels")) == (5, 74)
    # trailing comment: its own line; comment alone on a line: the next block
    jargon, w101 = doc.suppressions
    assert jargon.codes == {"jargon"} and doc.text[jargon.start : jargon.end].startswith("U ontvangt")
    assert w101.codes == {"W101"} and doc.text[w101.start : w101.end] == "Indien u vragen heeft, kunt u ons bellen."


def test_jinja_inline_tags_do_not_break_and_syntax_errors_become_notes(tmp_path):
    path = tmp_path / "kort.j2"
    path.write_text("Regel een.\nWij {% if x %}keuren{% else %}wijzen{% endif %} het af.\n\n{% if y %}\nTekst.\n{% endfi %}\n")
    doc = read_file(path)
    # only the tags alone on their line break; the inline ones do not
    assert doc.breaks == [doc.text.index("{% if y %}"), doc.text.index("{% endfi %}")]
    assert visible(doc).split("\n")[1].split() == ["Wij", "keuren", "wijzen", "het", "af."]
    assert len(doc.notes) == 1
    assert doc.notes[0].startswith(f"{path}: fout in de sjabloon op regel 6:")


def test_html_jinja_masks_both_and_drops_fields_inside_attributes(tmp_path):
    path = tmp_path / "brief.html.j2"
    path.write_text(
        '<p class="{{ klasse }}">Geachte {{ naam }},</p>\n<p><a href="{{ url }}">Klik</a> middels {# taalcheck: negeer #}dit.</p>\n'
    )
    doc = read_file(path)
    assert_consistent(doc)
    assert placeholder_texts(doc) == ["{{ naam }}"]
    assert visible(doc).split() == ["Geachte", ",", "Klik", "middels", "dit."]
    assert len(doc.suppressions) == 1 and doc.suppressions[0].codes == frozenset()


def test_reader_table_picks_the_longest_extension():
    from taalcheck.readers import READERS

    assert reader_for("a.html.j2") is READERS[".html.j2"]
    assert reader_for("A.HTML") is READERS[".html"]
    assert reader_for("a.md.j2") is READERS[".md.j2"]
    assert reader_for("a.PDF") is READERS[".pdf"]
    assert reader_for("a.xlsx") is None


# --- HTML --------------------------------------------------------------------


def test_html_letter_text_nodes_only():
    doc = read_file(FIXTURES / "brief.html")
    assert_consistent(doc)
    seen = visible(doc)
    assert "Wij hebben uw aanvraag voor een" in seen
    assert "Middels deze brief krijgt u ons besluit." in seen
    for hidden in ("Kenmerk middels", "Indien nodig", "Teneinde", "https", "<p", "class", "&nbsp;"):
        assert hidden not in seen, hidden
    assert placeholder_texts(doc) == ["«Kenmerk»", "[Naam]", "caf&eacute;", "${bedrag}"]
    # block elements break sentences: every <p>, <li> and <br>
    text = doc.text
    for tag in ("<h1>", "<br>", "<li>"):
        assert text.index(tag) in doc.breaks
    # the comment alone on its line covers the next paragraph only
    (sup,) = doc.suppressions
    assert text[sup.start : sup.end].strip() == "<p>Indien u vragen heeft, kunt u ons bellen.</p>"
    assert sup.codes == {"W101"}
    assert doc.writable
    assert line_of(doc, "Middels") == 12


# --- Markdown ----------------------------------------------------------------


def test_markdown_masks_markup_and_keeps_prose():
    doc = read_file(FIXTURES / "brief.md")
    assert_consistent(doc)
    seen = visible(doc)
    assert "Besluit over uw aanvraag" in seen.split("\n")[5]
    for hidden in ("titel:", "2026-0042", "https", "BSN-CHECK", "codeblok", "**", "# ", "|", "---"):
        assert hidden not in seen, hidden
    assert "Lees meer op  onze website" in seen
    assert "Wij hebben uw   aanvraag   ontvangen." in seen
    assert placeholder_texts(doc) == ["{Naam}"]
    for item in ("U krijgt het geld", "Bewaar deze brief", "Betaling", "binnen vier weken |"):
        start = doc.text.index(item)
        assert any(start - 3 <= b <= start for b in doc.breaks), item
    (sup,) = doc.suppressions
    assert doc.text[sup.start : sup.end] == "Indien u vragen heeft, kunt u ons bellen."
    assert "- U krijgt" not in seen and "  U krijgt het geld" in seen


def test_markdown_indented_code_and_reference_links(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("Tekst met [een link][1] en ![plaatje](a.png).\n\n    code middels\n\n[1]: https://example.nl\n")
    seen = visible(read_file(path))
    assert seen.split() == ["Tekst", "met", "een", "link", "en", "."]


# --- Plain text and encodings ------------------------------------------------


@pytest.mark.parametrize(
    "data, encoding",
    [
        ("Geachte «Naam», wij betalen €10.".encode(), "utf-8"),
        (b"\xef\xbb\xbf" + "Geachte «Naam», wij betalen €10.".encode(), "utf-8-sig"),
        ("Geachte «Naam», wij betalen €10.".encode("utf-16"), "utf-16"),
        ("Geachte «Naam», wij betalen €10.".encode("cp1252"), "cp1252"),
    ],
)
def test_text_encodings_and_mail_merge(tmp_path, data, encoding):
    path = tmp_path / "brief.txt"
    path.write_bytes(data)
    doc = read_file(path)
    assert doc.text == "Geachte «Naam», wij betalen €10."
    assert doc.encoding == encoding
    assert placeholder_texts(doc) == ["«Naam»"]
    assert bool(doc.notes) == (encoding == "cp1252")


def test_binary_and_unknown_files_are_refused_in_dutch(tmp_path):
    binary = tmp_path / "brief.txt"
    binary.write_bytes(b"\x00\x01\x02PK")
    with pytest.raises(ReadError, match="geen tekstbestand"):
        read_file(binary)
    sheet = tmp_path / "brief.xlsx"
    sheet.write_bytes(b"PK\x03\x04")
    with pytest.raises(ReadError, match=r"brief\.xlsx: dit soort bestand kan taalcheck niet lezen\. Wel: .*\.docx.*\.pdf"):
        read_file(sheet)
    with pytest.raises(ReadError, match="bestaat niet"):
        read_file(tmp_path / "weg.txt")


def test_configured_placeholder_patterns(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Geachte %NAAM%, uw dossier DOS-12345 is klaar.")
    doc = read_file(path, placeholders=[r"%[A-Z]+%", r"DOS-\d+"])
    assert placeholder_texts(doc) == ["%NAAM%", "DOS-12345"]


# --- Word ----------------------------------------------------------------------


def test_docx_template_with_merge_fields_and_table(tmp_path):
    doc = read_file(build_docx(tmp_path / "beschikking.docx"))
    assert_consistent(doc)
    assert doc.writable is False
    lines = doc.text.split("\n")
    assert lines[0] == "Gemeente Voorbeeld - Afdeling Inkomen"
    assert lines[1] == "Geachte «Aanhef» «Achternaam»,"
    assert lines[-1] == "Postbus 1, 1000 AA Voorbeeld"
    assert placeholder_texts(doc) == ["«Aanhef»", "«Achternaam»", "«Bedrag»"]
    at = doc.text.index
    assert doc.locate(at("Gemeente")) == "koptekst"
    assert doc.locate(at("Geachte")) == "alinea 1"
    assert doc.locate(at("Middels")) == "alinea 2"  # the empty paragraph is not counted
    assert doc.locate(at("«Bedrag»")) == "tabel 1, rij 1, cel 2"
    assert doc.locate(at("Indien")) == "tabel 1, rij 2, cel 2"
    assert doc.locate(at("Met vriendelijke")) == "alinea 3"
    assert doc.locate(at("Postbus")) == "voettekst"
    for line_start in (at("Bedrag"), at("Indien"), at("Postbus")):
        assert line_start in doc.breaks


def test_broken_word_files_are_refused(tmp_path):
    not_zip = tmp_path / "kapot.docx"
    not_zip.write_bytes(b"dit is geen zip")
    with pytest.raises(ReadError, match=r"kapot\.docx: dit is geen geldig Word-bestand"):
        read_file(not_zip)
    wrong_zip = tmp_path / "leeg.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("iets.txt", "hallo")
    wrong_zip.write_bytes(buffer.getvalue())
    with pytest.raises(ReadError, match="geen geldig Word-bestand"):
        read_file(wrong_zip)


def test_zip_bomb_is_refused_before_parsing(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (24 * 1024 * 1024))
    bomb = tmp_path / "bom.docx"
    bomb.write_bytes(buffer.getvalue())
    assert bomb.stat().st_size < 100_000
    with pytest.raises(ReadError, match="uitgepakt veel te groot"):
        read_file(bomb)


# --- OpenDocument ------------------------------------------------------------


def test_odt_letter(tmp_path):
    doc = read_file(build_odt(tmp_path / "brief.odt"))
    assert_consistent(doc)
    assert doc.text.split("\n") == [
        "Gemeente Voorbeeld",
        "Besluit",
        "Geachte «Naam»,",
        "Middels deze brief  delen wij u mede dat het klaar is.",
        "Bedrag",
        "€ 100",
        "Datum",
        "Indien nodig later",
        "Postbus 1",
    ]
    assert placeholder_texts(doc) == ["«Naam»"]
    at = doc.text.index
    assert doc.locate(at("Middels")) == "alinea 3"
    assert doc.locate(at("Indien")) == "tabel 1, rij 2, cel 2"
    assert doc.locate(at("Gemeente")) == "koptekst" and doc.locate(at("Postbus")) == "voettekst"


# --- Walking directories -----------------------------------------------------


def test_iter_files_walks_sorted_known_files_and_skips_tool_folders(tmp_path):
    for name in (
        "b.md",
        "a.txt",
        "c.xlsx",
        "c.jpg",
        "sub/d.html.j2",
        ".verborgen/e.txt",
        "node_modules/f.md",
        "omgeving/g.txt",
        ".git/h.txt",
        "concept/i.txt",
        "~$j.docx",
    ):
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("x")
    (tmp_path / "omgeving" / "pyvenv.cfg").write_text("home = /usr")
    (tmp_path / "sub" / "lus").symlink_to(tmp_path, target_is_directory=True)
    found = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path], exclude_globs=["concept"])]
    assert found == ["a.txt", "b.md", "sub/d.html.j2"]
    # a file named directly is always yielded; read_file explains what is wrong. Photos only when named.
    assert list(iter_files([tmp_path / "c.xlsx"])) == [tmp_path / "c.xlsx"]
    assert list(iter_files([tmp_path / "c.jpg"])) == [tmp_path / "c.jpg"]


# --- With the checker: placeholders never inside a finding ---------------------


def _checker():
    taalcheck = pytest.importorskip("taalcheck")
    if not hasattr(taalcheck, "check"):
        pytest.skip("taalcheck.check bestaat nog niet (de checker van de lead ontbreekt)")
    return taalcheck.check


@pytest.mark.parametrize("name", ["beschikking.txt.j2", "brief.html", "brief.md", "beschikking.docx"])
def test_findings_never_touch_placeholders_or_markup(tmp_path, name):
    check = _checker()
    path = build_docx(tmp_path / name) if name.endswith(".docx") else FIXTURES / name
    doc = read_file(path)
    report = check(doc)
    assert report.findings, "the fixtures hold jargon, so there must be findings"
    for f in report.findings:
        assert doc.text[f.start : f.end] == f.text
        for s, e in doc.placeholders + doc.masked:
            assert not (s < f.end and f.start < e), (f, doc.text[s:e])
        assert not any(sup.covers(f.start, f.end, f.rule, f.category) for sup in doc.suppressions)
        if doc.position is not None:
            assert (f.line, f.column) == doc.position(f.start)
    texts = {f.text.lower() for f in report.findings}
    assert "middels" in texts


# --- Progress bar (lives with the file walking it reports on) -------------------


def test_progress_is_silent_without_a_terminal(capsys):
    from taalcheck.progress import progress

    assert list(progress(iter([1, 2, 3]), total=3, enabled=True)) == [1, 2, 3]
    assert capsys.readouterr().err == ""


def test_progress_draws_on_a_terminal(monkeypatch):
    import sys

    from taalcheck import progress as module

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    fake = Terminal()
    monkeypatch.setattr(sys, "stderr", fake)
    assert list(module.progress(range(4), total=4, enabled=True)) == [0, 1, 2, 3]
    assert "Controleren" in fake.getvalue() and "4/4" in fake.getvalue()
    fake.truncate(0)
    assert list(module.progress(range(2), total=2, enabled=False)) == [0, 1]
    assert fake.getvalue() == ""


def test_documents_can_be_sent_to_worker_processes(tmp_path):
    import pickle

    for doc in (read_file(FIXTURES / "brief.html"), read_file(build_docx(tmp_path / "a.docx"))):
        copy = pickle.loads(pickle.dumps(doc))
        assert copy.text == doc.text and copy.placeholders == doc.placeholders
        if doc.position:
            assert copy.position(40) == doc.position(40)
        if doc.locate:
            assert copy.locate(len(doc.text) - 1) == doc.locate(len(doc.text) - 1)


# --- Robustness: any input gives a consistent Document ------------------------


_PIECES = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<br>",
        "<!--",
        "-->",
        "<script>",
        "</script>",
        "&nbsp;",
        "&eacute;",
        "&",
        "<",
        ">",
        '"',
        "{{ x }}",
        "{{",
        "}}",
        "{% if a %}",
        "{% endif %}",
        "{#",
        "#}",
        "`",
        "```\n",
        "    ",
        "# ",
        "- ",
        "1. ",
        "> ",
        "|",
        "[",
        "](",
        ")",
        "*",
        "_",
        "«Naam»",
        "[Naam]",
        "${a}",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "Middels",
        "brief",
        "é",
        "taalcheck: negeer W101",
        "---\n",
        "<a href='x'>",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(_PIECES, max_size=40), ext=st.sampled_from([".txt", ".md", ".html", ".j2", ".html.j2", ".md.j2"]))
def test_any_markup_gives_a_consistent_document(parts, ext):
    from taalcheck.readers import READERS

    source = "".join(parts)
    doc = READERS[ext](source.encode("utf-8"), "x" + ext, ())
    assert doc.text == source
    assert_consistent(doc)
    doc.position(len(source))


@pytest.mark.parametrize("name", ["brief.md", "brief.html", "beschikking.txt.j2"])
def test_windows_line_endings_give_the_same_prose(tmp_path, name):
    source = (FIXTURES / name).read_text(encoding="utf-8")
    crlf = tmp_path / name
    crlf.write_bytes(source.replace("\n", "\r\n").encode("utf-8"))
    unix, windows = read_file(FIXTURES / name), read_file(crlf)
    assert windows.newline == "\r\n"
    assert visible(windows).replace("\r\n", "\n").split() == visible(unix).split()
    assert placeholder_texts(windows) == placeholder_texts(unix)
    assert [windows.text[s.start : s.end].replace("\r\n", "\n") for s in windows.suppressions] == [
        unix.text[s.start : s.end] for s in unix.suppressions
    ]
    offset = windows.text.index("Middels")
    assert windows.position(offset) == unix.position(unix.text.index("Middels"))


@pytest.mark.parametrize(
    "comment, codes",
    [
        ("taalcheck: negeer", set()),
        ("taalcheck: negeer W101.", {"W101"}),
        ("Taalcheck:negeer W101, jargon", {"W101", "jargon"}),
        ("- taalcheck: negeer lange-zin Z101 -", {"lange-zin", "Z101"}),
        ("geen opdracht hier", None),
    ],
)
def test_suppression_codes(comment, codes):
    from taalcheck.readers.marks import parse_codes

    assert parse_codes(comment) == (None if codes is None else frozenset(codes))


def test_jinja_raw_blocks_and_common_extensions(tmp_path):
    path = tmp_path / "brief.j2"
    path.write_text(
        "{% trans %}Middels deze brief.{% endtrans %}\n"
        "{% raw %}Voorbeeld: {{ niet_invullen }}{% endraw %}\n"
        "{% for r in regels %}{% if r.leeg %}{% break %}{% endif %}{{ r }}{% endfor %}\n"
    )
    doc = read_file(path)
    assert doc.notes == []
    assert visible(doc).split() == ["Middels", "deze", "brief.", "Voorbeeld:", "{{", "niet_invullen", "}}"]
    assert placeholder_texts(doc) == ["{{ r }}"]


def test_word_merge_field_without_shown_value_gets_its_name():
    from lxml import etree

    from taalcheck.readers.docx import W, _Paragraph

    xml = (
        f'<w:p xmlns:w="{W[1:-1]}"><w:r><w:t xml:space="preserve">Beste </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD Voornaam </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t>, u krijgt </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>'
        "<w:del><w:r><w:delText>weg</w:delText></w:r></w:del></w:p>"
    )
    para = _Paragraph()
    para.walk(etree.fromstring(xml))
    assert para.text == "Beste «Voornaam», u krijgt 2"
    assert [para.text[s:e] for s, e in para.fields] == ["«Voornaam»"]


@pytest.mark.parametrize(
    "source, line, says",
    [
        ("Tekst.\n{% if a %}\nx\n", 2, "het blok 'if' wordt niet afgesloten."),
        ("{% if a %}\nx\n{% endfor %}\n", 3, "'endfor' past hier niet. Eerst moet het blok 'if' worden afgesloten."),
        ("a\n{% endfi %}\n", 2, "de tag 'endfi' bestaat niet. Is het een tikfout?"),
        ("{# x\n", 1, "een commentaar {# ... #} wordt niet afgesloten."),
        ("{{ a b }}\n", 1, "bij 'b' klopt de tag niet."),
    ],
)
def test_jinja_syntax_errors_in_plain_dutch(tmp_path, source, line, says):
    path = tmp_path / "s.j2"
    path.write_text(source)
    (note,) = read_file(path).notes
    assert note == f"{path}: fout in de sjabloon op regel {line}: {says} De tekst is wel gecontroleerd."
