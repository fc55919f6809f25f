"""Properties of the engine over arbitrary Unicode: never a crash, offsets
that point at the finding's text, line/column that agree with the offsets,
fixes that settle after one rewrite and never touch a placeholder.

Texts mix random characters (control characters, NUL, combining marks,
right-to-left text, emoji, lone CR and CRLF) with words that the rules flag,
so the fix paths are exercised too, not only the "no findings" path.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import taalcheck
from taalcheck.core.document import Document
from taalcheck.core.fixes import touches

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Words and phrases the rules flag (jargon, passive, nominalisation, abbreviations, long sentences).
FLAGGED = [
    "Indien",
    "indien",
    "middels",
    "Middels",
    "verstrekken",
    "verstrekt",
    "dient",
    "te",
    "thans",
    "retourneren",
    "ingevolge",
    "teneinde",
    "woordt",
    "wordt",
    "door",
    "de",
    "gemeente",
    "het",
    "indienen",
    "van",
    "een",
    "aanvraag",
    "u",
    "uw",
    "BSN",
    "WOZ",
    "d.d.",
    "i.v.m.",
    "o.a.",
    "beschikking",
    "zienswijze",
    "bezwaar",
    "Wij",
    "betalen",
    "geld",
    "terug",
    "betreffende",
    "alsmede",
    "onverwijld",
]
SPECIAL = [
    ".",
    ",",
    "?",
    "!",
    ":",
    ";",
    "…",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\r\r\n",
    "\x00",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x85",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u200b",
    "\u00ad",
    "\u0301",
    "e\u0301",
    "\u202e",
    "\u200f",
    "שלום עולם",
    "مرحبا",
    "👨‍👩‍👧",
    "🇳🇱",
    "😀",
    "€ 1.234,56",
    "1.",
    "- ",
    "* ",
    "Geachte heer,",
    "\U0010ffff",
]
CHARS = st.characters(blacklist_categories=("Cs",))  # lone surrogates: see test_lone_surrogates_do_not_crash
PIECE = st.one_of(st.sampled_from(FLAGGED), st.sampled_from(SPECIAL), st.text(CHARS, min_size=1, max_size=8))
TEXT = st.lists(PIECE, max_size=60).map(lambda parts: " ".join(parts) if len(parts) % 3 else "".join(parts))

_BREAK = re.compile(r"\r\n|\r|\n")


def expected_position(text: str, offset: int) -> tuple[int, int]:
    """The contract, written out independently: \\r\\n, \\r and \\n each end one line."""
    line, line_start = 1, 0
    for match in _BREAK.finditer(text):
        if match.end() > offset:  # at or past the offset; a \r\n split by it has not ended the line yet
            break
        line, line_start = line + 1, match.end()
    return line, offset - line_start + 1


def assert_findings_consistent(report, text: str) -> None:
    assert report.text == text
    for f in report.findings:
        assert 0 <= f.start < f.end <= len(text), f
        assert text[f.start : f.end] == f.text, f
        assert (f.line, f.column) == expected_position(text, f.start), f
        for edit in f.edits:
            assert 0 <= edit.start <= edit.end <= len(text), f


@pytest.mark.slow  # the whole pipeline on 150 random texts: a fuzz run
@SETTINGS
@given(text=TEXT)
def test_check_never_raises_and_findings_point_at_their_text(text):
    assert_findings_consistent(taalcheck.check(text), text)


@pytest.mark.slow  # the whole pipeline on 150 random texts: a fuzz run
@SETTINGS
@given(text=TEXT)
def test_rewriting_twice_equals_once(text):
    once = taalcheck.rewrite(text)
    assert taalcheck.rewrite(once) == once


def _with_placeholders(parts: list[tuple[str, bool]]) -> tuple[Document, list[str]]:
    """Join parts; each True part becomes a numbered placeholder «Veld0», «Veld1», ..."""
    text, spans, names = "", [], []
    for piece, is_field in parts:
        if is_field:
            name = f"«Veld{len(names)}»"
            spans.append((len(text), len(text) + len(name)))
            names.append(name)
            piece = name
        text += piece
    return Document(text=text, placeholders=spans), names


PARTS = st.lists(st.tuples(PIECE.map(lambda p: p + " "), st.booleans()), max_size=40)


@pytest.mark.slow  # the whole pipeline on 150 random texts: a fuzz run
@SETTINGS
@given(parts=PARTS)
def test_placeholders_survive_checking_and_fixing(parts):
    doc, names = _with_placeholders(parts)
    report = taalcheck.check(doc)
    assert_findings_consistent(report, doc.text)
    for f in report.findings:
        for span in doc.placeholders:
            if f.category != "lange-zin":
                assert not (f.start < span[1] and span[0] < f.end), (f, span)
            assert not any(touches(edit, span) for edit in f.edits), (f, span)
    for safe_only in (True, False):
        fixed = taalcheck.rewrite(doc, safe_only=safe_only)
        assert [m.group() for m in re.finditer(r"«Veld\d+»", fixed)] == names


def test_position_oracle_agrees_with_the_contract_on_known_cases():
    text = "a\r\nb\rc\nd\r\r\ne"
    assert [expected_position(text, text.index(ch)) for ch in "abcde"] == [(1, 1), (2, 1), (3, 1), (4, 1), (6, 1)]
    assert expected_position("x\r\ny", 2) == (1, 3)  # between \r and \n: still on the first line


@pytest.mark.parametrize("text", ["Indien \ud800 u wilt.", "\udfff", "Middels\udc80het formulier.\r\n\ud83d"])
def test_lone_surrogates_do_not_crash(text):
    assert_findings_consistent(taalcheck.check(text), text)
