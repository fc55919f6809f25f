"""Lint the shipped word lists and test their loader.

Like codespell's dictionary tests: the data itself is checked (counts,
duplicates, empty cells, alternatives that are themselves flagged), and the
loader's Dutch error messages are checked on broken files.
"""

from __future__ import annotations

import re

import pytest

import taalcheck
from taalcheck.lexicon import wordlists
from taalcheck.lexicon.append import append_entry
from taalcheck.lexicon.wordlists import Entry, WordListError, load_wordlists, read_list, shipped_dir

MINIMUM = {"jargon": 320, "afkortingen": 160, "misleidend": 45, "vaktermen": 100, "betekenissen": 120}


@pytest.fixture(scope="module")
def lists():
    return load_wordlists()


def _jargon_keys(lists) -> set[str]:
    return {e.woord.lower() for e in lists.jargon}


# --- the shipped data --------------------------------------------------------


def test_shipped_files_are_found():
    folder = shipped_dir()
    for name in ("jargon.csv", "afkortingen.csv", "misleidend.csv", "betekenissen.csv", "toegestaan.csv", "vaktermen.csv", "README.md"):
        assert (folder / name).is_file(), f"{name} ontbreekt in {folder}"


def test_each_file_has_the_expected_kind():
    folder = shipped_dir()
    expected = {
        "jargon.csv": "jargon",
        "afkortingen.csv": "afkortingen",
        "misleidend.csv": "misleidend",
        "toegestaan.csv": "toegestaan",
        "vaktermen.csv": "vaktermen",
        "betekenissen.csv": "betekenissen",
    }
    for name, kind in expected.items():
        assert read_list(folder / name)[0] == kind


@pytest.mark.parametrize("kind", sorted(MINIMUM))
def test_minimum_counts(lists, kind):
    assert len(getattr(lists, kind)) >= MINIMUM[kind]


def test_toegestaan_not_empty(lists):
    assert len(lists.toegestaan) >= 40
    assert "digid" in lists.toegestaan and "e-mail" in lists.toegestaan


def test_no_duplicates_across_lists(lists):
    seen: dict[str, str] = {}
    for kind in ("jargon", "misleidend"):
        for entry in getattr(lists, kind):
            k = wordlists.key(entry.woord)
            assert k not in seen, f"'{entry.woord}' staat in {kind} en in {seen[k]}"
            seen[k] = kind
    for entry in lists.vaktermen:
        k = wordlists.key(entry.woord)
        assert k not in seen, f"vakterm '{entry.woord}' staat ook in {seen.get(k)}"
    # toegestaan only stops the hard-word and unknown-abbreviation rules, so a
    # misleading word may be in it ("cv"); jargon and known lists may not.
    flagged = {k for k, kind in seen.items() if kind == "jargon"}
    flagged |= {e.woord.lower() for e in lists.afkortingen} | {e.woord.lower() for e in lists.vaktermen}
    clash = sorted(flagged & lists.toegestaan)
    assert not clash, f"toegestaan en een andere lijst spreken elkaar tegen: {clash}"


def _all_entries(lists) -> list[Entry]:
    return [*lists.jargon, *lists.afkortingen, *lists.misleidend, *lists.vaktermen]


def test_entries_are_complete(lists):
    problems = []
    for e in _all_entries(lists):
        where = f"{e.file}:{e.row} {e.woord}"
        if not e.uitleg:
            problems.append(f"{where}: uitleg leeg")
        elif len(e.uitleg) >= 200:
            problems.append(f"{where}: uitleg is {len(e.uitleg)} tekens")
        elif not e.uitleg.endswith((".", "?", "!")):
            problems.append(f"{where}: uitleg eindigt niet met een punt")
        if (e.kind != "vakterm" and not e.alternatieven) or any(not a for a in e.alternatieven):
            problems.append(f"{where}: leeg alternatief")
        if e.kind == "vakterm" and not e.alternatieven:
            pass  # a term to explain may have no plain swap
        elif e.kind != "afkorting" and len(e.alternatieven) > 3:
            problems.append(f"{where}: meer dan 3 alternatieven")
        if not e.bron:
            problems.append(f"{where}: bron leeg")
        if e.woord != e.woord.strip() or "  " in e.woord:
            problems.append(f"{where}: spaties")
    assert not problems, "\n".join(problems)


def test_words_are_lowercase(lists):
    bad = [e.woord for e in [*lists.jargon, *lists.misleidend] if e.woord != e.woord.lower()]
    assert not bad, f"schrijf woorden met kleine letters: {bad}"


def _flagged_single_words(lists) -> set[str]:
    return {k for k in _jargon_keys(lists) if " " not in k}


def _flagged_phrases(lists) -> set[str]:
    return {k for k in _jargon_keys(lists) if " " in k}


def test_alternatives_are_not_jargon_themselves(lists):
    single = _flagged_single_words(lists)
    phrases = _flagged_phrases(lists)
    problems = []
    for e in [*lists.jargon, *lists.misleidend, *lists.vaktermen]:
        for alt in e.alternatieven:
            low = alt.lower()
            tokens = re.findall(r"[\w'-]+", low)
            hits = [t for t in tokens if t in single]
            hits += [p for p in phrases if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", low)]
            if low == e.woord.lower():
                hits.append("(het woord zelf)")
            if hits:
                problems.append(f"{e.woord} -> {alt}: {hits}")
    assert not problems, "\n".join(problems)


SPLIT_OK = {"bij dezen", "in dezen", "te dezen", "zich wenden", "op te schorten", "tot op heden"}  # last word rare on its own


def test_split_phrases_have_a_specific_head(lists):
    """The matcher lets a last word ending in -en (a verb: "in aanmerking
    komen") stand anywhere in the sentence and marks only the words before
    it. Those words must then be specific, or "naar ... behoren" would mark
    every "naar" in a sentence with "behoort"."""
    common = set("in bij naar op te de het een van voor met zich tot uit aan om door over u wij".split())
    bad = []
    for e in [*lists.jargon, *lists.misleidend]:
        words = e.woord.lower().split()
        if len(words) < 2 or (len(words) == 2 and words[1] == "te") or e.woord in SPLIT_OK:
            continue
        last = words[-1]
        if len(last) > 3 and last.endswith("en") and all(w in common for w in words[:-1]):
            bad.append(e.woord)
    assert not bad, f"te algemeen begin van een gesplitste uitdrukking: {bad}"


def test_veilig_first_alternative_is_a_single_plain_swap(lists):
    """A safe swap is applied without a person looking: no dots or ellipses
    that need filling in, and only for jargon (misleading words need a person)."""
    for e in lists.jargon:
        if e.veilig:
            first = e.alternatieven[0]
            assert "..." not in first and "…" not in first and "(" not in first, e.woord
    assert not [e.woord for e in lists.misleidend if e.veilig]


def test_cues_are_lowercase_and_not_the_word_itself(lists):
    for e in lists.misleidend:
        for cue in (*e.wel_als, *e.niet_als):
            assert cue == cue.lower() and cue.strip() == cue and cue, (e.woord, cue)
        assert not set(e.wel_als) & set(e.niet_als), e.woord


def test_abbreviation_case_variants_agree(lists):
    """'Wmo' and 'WMO' are separate rows (exact-case match) but must mean the same."""
    full: dict[str, str] = {}
    for e in lists.afkortingen:
        low = e.woord.lower()
        assert full.setdefault(low, e.alternatieven[0]) == e.alternatieven[0], e.woord


def test_abbreviations(lists):
    problems = []
    for e in lists.afkortingen:
        full = e.alternatieven[0]
        if len(e.alternatieven) != 1 or not full:
            problems.append(f"{e.woord}: voluit leeg")
        if full.lower() == e.woord.lower():
            problems.append(f"{e.woord}: voluit is gelijk aan de afkorting")
        if " " in e.woord:
            problems.append(f"{e.woord}: spatie in afkorting")
    assert not problems, "\n".join(problems)
    by_key = {e.woord.lower() for e in lists.afkortingen}
    for dotted in ("i.v.m.", "t.a.v.", "m.b.t.", "z.s.m.", "o.a.", "bijv.", "t.z.t.", "i.p.v."):
        assert dotted in by_key
    for name in ("BSN", "Wmo", "CJIB", "DUO", "UWV", "SVB", "AOW", "WOZ", "Awb", "Wlz", "BRP"):
        assert name.lower() in by_key


def test_known_safe_and_unsafe_examples(lists):
    by_word = {e.woord: e for e in lists.jargon}
    for word, first in [
        ("indien", "als"),
        ("middels", "met"),
        ("derhalve", "daarom"),
        ("reeds", "al"),
        ("thans", "nu"),
        ("alsmede", "en"),
        ("teneinde", "om"),
        ("omtrent", "over"),
    ]:
        assert by_word[word].veilig and by_word[word].alternatieven[0] == first, word
    # safe means: the first alternative means the same; the engine finds the form
    for word in ("verstrekken", "retourneren", "dagtekening", "alvorens", "dienen te"):
        assert by_word[word].veilig, word
    # a sense or a sentence that changes needs a human
    for word in ("zorg dragen", "in aanmerking komen", "toekennen", "aanspraak", "sanctie"):
        assert not by_word[word].veilig, word


def test_jargon_niet_als_cues(lists):
    by_word = {e.woord: e for e in lists.jargon}
    assert "?" in by_word["welke"].niet_als
    # 'voldoen' has senses too (paying is official, meeting conditions everyday); readers know it,
    # so it stays a jargon word with its cues
    assert "voorwaarde" in by_word["voldoen"].niet_als
    senses = {s.betekenis: s for e in lists.betekenissen if e.woord == "voldoen" for s in e.senses}
    assert any(x.value == "voorwaarden" for s in senses.values() if not s.officieel for x in s.signalen)
    assert any(e.niet_als for e in lists.jargon) and not any(e.wel_als for e in lists.jargon)


def test_misleidend_examples(lists):
    """Misleading words with senses: the signals of each sense come from betekenissen.csv."""
    by_word = {e.woord: e for e in lists.betekenissen}

    def signals(word, officieel):
        return {(x.kind, x.value) for s in by_word[word].senses if s.officieel == officieel for x in s.signalen}

    assert ("lemma", "rechtbank") in signals("beroep", True) and ("lemma", "kapper") in signals("beroep", False)
    assert ("samen", "ketel") in signals("cv", False)
    assert ("obj", "verzekering") in signals("afsluiten", True)
    # every sense word is also a misleidend entry, found by the same matching as the other lists
    misleidend = {e.woord: e for e in lists.misleidend}
    assert all(misleidend[w].betekenissen is by_word[w] for w in by_word if by_word[w].reported)
    # 'melden = nee': readers know the official sense (bezwaar maken); its jargon entry, if any, stays
    assert "bezwaar" not in misleidend and not by_word["bezwaar"].reported
    assert "beschikking" in {e.woord for e in lists.jargon}


# --- the loader on broken and unusual files ------------------------------------

HEADER = "woord,alternatieven,uitleg,veilig,bron\n"


def _write(tmp_path, text: str, name: str = "lijst.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_bad_veilig(tmp_path):
    path = _write(tmp_path, HEADER + "middels,met,Oud woord.,ja,x\nindien,als,Oud woord.,misschien,x\n")
    with pytest.raises(WordListError) as info:
        read_list(path)
    assert str(info.value) == f"{path}:3: In de kolom 'veilig' staat 'misschien'. Schrijf 'ja', 'nee' of 'advies'."
    assert info.value.row == 3


def test_missing_column(tmp_path):
    path = _write(tmp_path, "woord,alternatieven,uitleg,bron\nmiddels,met,Oud woord.,x\n")
    with pytest.raises(WordListError, match=r":1: De kolom 'veilig' ontbreekt\."):
        read_list(path)


def test_duplicate_word_case_insensitive(tmp_path):
    path = _write(tmp_path, HEADER + "middels,met,Oud.,ja,x\nindien,als,Oud.,ja,x\nMiddels,via,Oud.,nee,x\n")
    with pytest.raises(WordListError, match=r":4: 'Middels' staat al in rij 2\."):
        read_list(path)


def test_empty_word_and_alternatives(tmp_path):
    with pytest.raises(WordListError, match=r":2: De kolom 'woord' is leeg"):
        read_list(_write(tmp_path, HEADER + ",met,Oud.,ja,x\n"))
    with pytest.raises(WordListError, match=r":2: De kolom 'alternatieven' is leeg bij 'middels'"):
        read_list(_write(tmp_path, HEADER + "middels, | ,Oud.,ja,x\n"))


def test_wrong_number_of_cells(tmp_path):
    with pytest.raises(WordListError, match=r":2: Deze rij heeft 6 cellen, maar er zijn 5 kolommen"):
        read_list(_write(tmp_path, HEADER + "middels,met,Oud, en lastig.,ja,x\n"))
    with pytest.raises(WordListError, match=r":2: Deze rij heeft 3 cellen"):
        read_list(_write(tmp_path, HEADER + "middels,met,Oud.\n"))


def test_bad_meldingen(tmp_path):
    path = _write(tmp_path, "woord,alternatieven,uitleg,veilig,bron,meldingen\nmiddels,met,Oud.,ja,x,veel\n")
    with pytest.raises(WordListError, match=r":2: In de kolom 'meldingen' staat 'veel'"):
        read_list(path)


def test_not_utf8(tmp_path):
    path = _write(tmp_path, HEADER + "middels,met,Oud.,ja,x\nreeds,al,Oud woord; één.,ja,x\n", encoding="cp1252")
    with pytest.raises(WordListError, match=r":3: Het bestand is niet in UTF-8 opgeslagen"):
        read_list(path)


def test_unknown_header(tmp_path):
    with pytest.raises(WordListError, match=r":1: Onbekende kolommen"):
        read_list(_write(tmp_path, "term,uitleg\nx,y\n"))


def test_excel_semicolon_bom_crlf_and_blank_rows(tmp_path):
    text = (
        "\ufeffWoord;Alternatieven;Uitleg;Veilig;Bron;Opmerking;;\r\n"
        'ten behoeve van;voor | om;"Lang; ambtelijk.";Ja;taalcheck;;;\r\n'
        ";;;;;;;\r\n"
        "middels;met;Oud.;nee;taalcheck;let op;;\r\n"
    )
    kind, entries = read_list(_write(tmp_path, text))
    assert kind == "jargon"
    assert [(e.woord, e.alternatieven, e.veilig, e.row) for e in entries] == [
        ("ten behoeve van", ("voor", "om"), True, 2),
        ("middels", ("met",), False, 4),
    ]
    assert entries[0].uitleg == "Lang; ambtelijk."


def test_kinds_from_header(tmp_path):
    kind, entries = read_list(_write(tmp_path, "afkorting,voluit,uitleg,bron\ni.v.m.,in verband met,Afkorting.,x\n"))
    assert kind == "afkortingen" and entries[0].alternatieven == ("in verband met",) and entries[0].veilig
    assert entries[0].kind == "afkorting"
    kind, entries = read_list(
        _write(
            tmp_path,
            "woord,alternatieven,uitleg,veilig,bron,wel_als,niet_als\n"
            "beroep,bezwaar bij de rechter,Uitleg.,nee,x,Rechtbank | hoger,kapper\n",
        )
    )
    assert kind == "misleidend" and entries[0].wel_als == ("rechtbank", "hoger") and entries[0].niet_als == ("kapper",)
    kind, entries = read_list(
        _write(tmp_path, HEADER.replace("bron", "bron,niet_als") + "voldoen,betalen,Uitleg.,nee,x,Eis | voorwaarde\n")
    )
    assert kind == "jargon" and entries[0].niet_als == ("eis", "voorwaarde")
    kind, entries = read_list(_write(tmp_path, "vakterm,uitleg,bron\ngriffierecht,Geld voor de rechtbank.,x\n"))
    assert kind == "vaktermen" and entries[0].kind == "vakterm" and entries[0].alternatieven == ()
    with pytest.raises(WordListError, match=r":2: De kolom 'uitleg' is leeg bij 'zienswijze'"):
        read_list(_write(tmp_path, "vakterm,uitleg\nzienswijze,\n"))
    kind, words = read_list(_write(tmp_path, "woord,uitleg\nDigiD,Bekend.\n"))
    assert kind == "toegestaan" and words == frozenset({"digid"})


# --- organisation lists and the meldpunt -----------------------------------


def test_extra_list_overrides_shipped(tmp_path, lists):
    shipped = {e.woord: e for e in lists.jargon}
    assert "middels" in shipped
    extra = _write(
        tmp_path, HEADER + "middels,via,Eigen uitleg.,nee,gemeente\nzaaknummer,nummer,Intern woord.,nee,gemeente\n", name="org.csv"
    )
    merged = load_wordlists([extra])
    by_word = {e.woord: e for e in merged.jargon}
    assert by_word["middels"].alternatieven == ("via",) and by_word["middels"].bron == "gemeente"
    assert "zaaknummer" in by_word
    assert len(merged.jargon) == len(lists.jargon) + 1
    assert load_wordlists() is lists  # the default stays cached


def test_extra_jargon_replaces_shipped_misleidend(tmp_path, lists):
    word = lists.misleidend[0].woord
    extra = _write(tmp_path, HEADER + f"{word},gewoon woord,Eigen uitleg.,nee,org\n", name="org.csv")
    merged = load_wordlists([str(extra)])
    assert word not in {e.woord for e in merged.misleidend}
    assert word in {e.woord for e in merged.jargon}


def test_extra_list_is_reread_after_edit(tmp_path):
    path = tmp_path / "org.csv"
    append_entry(path, "zaaknummer", ["nummer"], "Intern woord.")
    assert "zaaknummer" in {e.woord for e in load_wordlists([path]).jargon}
    append_entry(path, "dossiernummer", "nummer", "Intern woord.")
    assert "dossiernummer" in {e.woord for e in load_wordlists([path]).jargon}


def test_append_entry_round_trip(tmp_path):
    path = tmp_path / "sub" / "gemeente.csv"
    append_entry(path, "  kenmerk ", ["nummer van de brief", "nummer"], "Lezers weten niet wat dit is.", meldingen=3)
    kind, entries = read_list(path)
    assert kind == "jargon"
    e = entries[0]
    assert (e.woord, e.alternatieven, e.veilig, e.bron, e.meldingen) == ("kenmerk", ("nummer van de brief", "nummer"), False, "meldpunt", 3)
    append_entry(path, "Kenmerk", [], "", meldingen=5)
    append_entry(path, "zienswijze", "reactie | mening", "Lastig woord, zegt weinig.", meldingen=1)
    entries = read_list(path)[1]
    assert [(x.woord, x.meldingen) for x in entries] == [("kenmerk", 5), ("zienswijze", 1)]
    assert entries[0].alternatieven == ("nummer van de brief", "nummer")
    assert entries[1].uitleg == "Lastig woord, zegt weinig."


def test_append_entry_keeps_excel_format(tmp_path):
    path = _write(tmp_path, "\ufeffwoord;alternatieven;uitleg;veilig;bron\r\nmiddels;met;Oud.;ja;x\r\n")
    append_entry(path, "aanvang", "begin", "Oud woord; zeg begin.", meldingen=2)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b";meldingen\r\n" in raw
    entries = read_list(path)[1]
    assert [(e.woord, e.meldingen, e.uitleg) for e in entries] == [("middels", 0, "Oud."), ("aanvang", 2, "Oud woord; zeg begin.")]


def test_append_entry_refuses_bad_input(tmp_path):
    with pytest.raises(WordListError, match="Geef minstens één gewoon alternatief"):
        append_entry(tmp_path / "x.csv", "kenmerk", [], "Uitleg.")
    toe = _write(tmp_path, "woord,uitleg\nDigiD,x\n", name="toe.csv")
    with pytest.raises(WordListError, match="Dit is geen jargonlijst"):
        append_entry(toe, "kenmerk", ["nummer"], "Uitleg.")


def test_veilig_als_needs_veilig_nee(tmp_path):
    path = _write(tmp_path, "woord,alternatieven,uitleg,veilig,bron,veilig_als\nop grond van,volgens,Stijf.,ja,x,artikel\n")
    with pytest.raises(WordListError, match=r":2: Bij 'op grond van' staat veilig = ja én 'veilig_als'"):
        read_list(path)


def test_veilig_als_cue_makes_the_fix_safe_there_only(tmp_path):
    folder = tmp_path / "lijsten"
    folder.mkdir()
    (folder / "jargon-eigen.csv").write_text(
        "woord,alternatieven,uitleg,veilig,bron,veilig_als\nop grond van,volgens,Stijf.,nee,x,artikel | -wet\n", encoding="utf-8"
    )

    def rewrite(text):
        return taalcheck.rewrite(text, select=["jargon"], woordenlijsten=[str(folder)])

    assert rewrite("Op grond van artikel 4 krijgt u geld.") == "Volgens artikel 4 krijgt u geld."
    assert rewrite("Op grond van de Participatiewet krijgt u geld.") == "Volgens de Participatiewet krijgt u geld."
    assert rewrite("Op grond van uw ziekte krijgt u geld.") == "Op grond van uw ziekte krijgt u geld."


# --- fixed terms (vaste-termen/vaste-termen.csv) --------------------------------


def test_shipped_fixed_terms_each_have_a_public_source():
    from taalcheck.lexicon.fixed_terms import read_terms

    terms = read_terms()
    assert len(terms) >= 4
    for term in terms:
        assert len(term.term.split()) >= 2 and term.uitleg and term.bron.lower() != "taalcheck"


@pytest.mark.parametrize(
    "row,message",
    [
        ("eigen risico,Wat u zelf betaalt.,taalcheck", "geen openbare bron"),
        ("risico,Wat u zelf betaalt.,Zorgverzekeringswet art. 19", "één woord"),
        ("eigen risico,,Zorgverzekeringswet art. 19", "uitleg"),
    ],
)
def test_fixed_terms_loader_names_file_and_row(tmp_path, row, message):
    from taalcheck.lexicon.fixed_terms import read_terms

    path = tmp_path / "vaste-termen.csv"
    path.write_text(
        "term,uitleg,bron\nverschuldigde belasting,Alle belasting.,Belastingdienst (belastingdienst.nl)\n" + row + "\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match=rf"vaste-termen.csv:3: .*{message}"):
        read_terms(str(path))
