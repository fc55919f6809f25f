"""The fast-loading tables give exactly what wordfreq and simplemma give, and their cache files behave.

``taalcheck.lexicon.tables`` keeps simplemma's Dutch dictionary and wordfreq's
Zipf values as flat sorted columns, so a check need not import and decode the
libraries' own data at every start. These tests compare the tables' answers
with the libraries' on real text, word-list entries, the lists themselves and
made-up words, and check the cache file: reused, rebuilt when damaged, not
written when switched off or when the folder is read-only.
"""

from __future__ import annotations

import os
import random
import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from taalcheck.lexicon import frequency, lemmas, tables

REPO = Path(__file__).resolve().parents[1]
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def text_words() -> list[str]:
    """Every word of the letters and the word lists, as written and in lower case."""
    words: set[str] = set()
    paths = [*sorted((REPO / "corpus" / "brieven").glob("*.txt")), *sorted((REPO / "woordenlijsten").glob("*.csv"))]
    for path in paths:
        for word in WORD.findall(path.read_text(encoding="utf-8")):
            words.update((word, word.lower()))
    return sorted(words)


def dutch_like(seed: int, count: int) -> list[str]:
    """Made-up words from Dutch letters and endings: most are in no list."""
    rng = random.Random(seed)
    letters = "aaabcdeeeeefghiijklmnnnooprsttuvwzéëïöü"
    endings = ("", "en", "t", "de", "te", "heid", "ing", "s", "je", "jes", "tje", "e", "er", "ste")
    return ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) + rng.choice(endings) for _ in range(count)]


def test_zipf_matches_wordfreq_on_letters_and_word_lists():
    from wordfreq import zipf_frequency

    words = text_words()
    assert len(words) > 2000
    for lang, ours in (("nl", frequency.zipf), ("en", frequency.zipf_english)):
        different = [w for w in words if ours(w) != zipf_frequency(w, lang)]
        assert different == [], f"{lang}: {different[:10]}"


def test_zipf_matches_wordfreq_on_a_sample_of_its_lists_and_made_up_words():
    from wordfreq import get_frequency_list, zipf_frequency

    rng = random.Random(19)
    for lang, ours in (("nl", frequency.zipf), ("en", frequency.zipf_english)):
        listed = [word for bucket in get_frequency_list(lang) for word in bucket]
        sample = rng.sample(listed, 5000) + dutch_like(lang == "nl", 3000)
        different = [w for w in sample if ours(w) != zipf_frequency(w, lang)]
        assert different == [], f"{lang}: {different[:10]}"


@pytest.mark.slow
def test_zipf_matches_wordfreq_on_every_listed_word():
    from wordfreq import get_frequency_list, zipf_frequency

    for lang, ours in (("nl", frequency.zipf), ("en", frequency.zipf_english)):
        listed = {word for bucket in get_frequency_list(lang) for word in bucket}
        different = [w for w in listed if ours(w) != zipf_frequency(w, lang)]
        assert different == [], f"{lang}: {different[:10]}"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeijklnoprstuvzéëïöüAEIJ-'0 ", min_size=1, max_size=14))
def test_zipf_matches_wordfreq_on_any_string(word):
    from wordfreq import zipf_frequency

    assert frequency._zipf(word, "nl") == zipf_frequency(word, "nl")


def test_lemmas_match_simplemma():
    from simplemma import lemmatize

    rng = random.Random(7)
    listed = list(lemmas.dutch_dictionary())
    words = text_words() + rng.sample(listed, 5000) + dutch_like(3, 3000)
    words += [w.capitalize() for w in words[:3000]] + ["12", "cv-ketel", "zo'n", "Nederlanden", "WOZ-waarde"]
    different = [w for w in words if lemmas.lemma(w) != lemmatize(w, lang="nl")]
    assert different == [], different[:10]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abdegiklnoprstuvéëJV-'_", min_size=1, max_size=16))
def test_lemmas_match_simplemma_on_any_string(word):
    from simplemma import lemmatize

    assert lemmas.lemma(word) == lemmatize(word, lang="nl")


def test_dictionary_table_holds_simplemmas_dictionary():
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

    theirs = DEFAULT_DICTIONARY_FACTORY.get_dictionary("nl")
    ours = lemmas.dutch_dictionary()
    assert len(ours) == len(theirs)
    rng = random.Random(11)
    for key in rng.sample(list(theirs), 2000):
        assert ours[key] == theirs[key]
    assert ours.get("geen-woord-dit") is None and "geen-woord-dit" not in ours


def small_table() -> tuple[str, str]:
    return tables.text_columns([("huizen", "huis"), ("liep", "lopen"), ("brieven", "brief")])


def test_table_is_stored_once_and_then_read(tmp_path, monkeypatch):
    monkeypatch.setenv("TAALCHECK_TABLES", str(tmp_path))
    source = tmp_path / "bron.dat"
    source.write_text("x", encoding="utf-8")
    built: list[int] = []

    def build() -> tuple[str, str]:
        built.append(1)
        return small_table()

    first = tables.cached("proef", "simplemma", [source], build)
    second = tables.cached("proef", "simplemma", [source], build)
    assert first == second == small_table()
    assert len(built) == 1
    assert len(list(tmp_path.glob("proef-*.bin"))) == 1
    keys, values = second
    table = tables.SortedTable(tables.split_column(keys), tables.split_column(values))
    assert table["huizen"] == "huis" and table.get("huis") is None and list(table) == ["brieven", "huizen", "liep"]


def test_table_is_rebuilt_when_its_file_is_damaged_or_the_source_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("TAALCHECK_TABLES", str(tmp_path))
    source = tmp_path / "bron.dat"
    source.write_text("x", encoding="utf-8")
    tables.cached("proef", "simplemma", [source], small_table)
    (stored,) = tmp_path.glob("proef-*.bin")
    stored.write_bytes(b"\x00kapot")
    assert tables.cached("proef", "simplemma", [source], small_table) == small_table()
    source.write_text("een nieuwe versie", encoding="utf-8")
    tables.cached("proef", "simplemma", [source], small_table)
    assert len(list(tmp_path.glob("proef-*.bin"))) == 2  # a new key; the old table may serve another environment
    month_ago = time.time() - 31 * tables.DAY
    os.utime(stored, (month_ago, month_ago))
    source.write_text("nog een versie", encoding="utf-8")
    tables.cached("proef", "simplemma", [source], small_table)
    assert stored not in list(tmp_path.glob("proef-*.bin"))  # unused for a month: removed
    assert len(list(tmp_path.glob("proef-*.bin"))) == 2


def test_no_table_when_switched_off_or_unwritable(tmp_path, monkeypatch):
    """Then the caller reads the library's own data: building a table at every start would cost more."""
    source = tmp_path / "bron.dat"
    source.write_text("x", encoding="utf-8")

    def build() -> tuple[str, str]:
        raise AssertionError("no table is built that cannot be kept")

    monkeypatch.setenv("TAALCHECK_TABLES", "uit")
    assert tables.cached("proef", "simplemma", [source], build) is None
    assert list(tmp_path.glob("*.bin")) == []
    blocked = tmp_path / "bestand"
    blocked.write_text("geen map", encoding="utf-8")
    monkeypatch.setenv("TAALCHECK_TABLES", str(blocked / "tabellen"))
    assert tables.cached("proef", "simplemma", [source], build) is None


def test_text_columns_refuse_a_line_break():
    with pytest.raises(ValueError):
        tables.text_columns([("a\nb", "c")])


def test_hyphenation_table_hyphenates_like_pyphen():
    import pyphen

    from taalcheck.lexicon import hyphenation

    ours = hyphenation.dutch_hyphenator()
    theirs = pyphen.Pyphen(lang="nl", cache=False)
    assert ours.hd is not theirs.hd and ours.hd.patterns == theirs.hd.patterns and ours.hd.maxlen == theirs.hd.maxlen
    words = [w.lower() for w in text_words()] + dutch_like(5, 3000)
    different = [w for w in words if ours.positions(w) != theirs.positions(w)]
    assert different == [], different[:10]
