"""Letterhead awareness and words in capitals (issue 15, item 3). Sentences written for this test."""

from __future__ import annotations

import pytest

import taalcheck
from taalcheck.nl.segment import is_letterhead_line, segments


def found(text: str, category: str) -> list[str]:
    return [f.text for f in taalcheck.check(text).findings if f.category == category]


# (text, an abbreviation that must NOT be flagged)
NOT_ABBREVIATIONS = [
    ("Bakkerij Jansen B.V. levert het brood.", "B.V."),
    ("Wij werken samen met Groen BV uit Zwolle.", "BV"),
    ("Van Dijk N.V. heeft het werk gedaan.", "N.V."),
    ("De schilder is De Vries V.O.F. uit Delft.", "V.O.F."),
    ("U kunt bellen met tel. 0201234567 als u vragen heeft.", "tel."),
    ("U kunt bellen met tel. 020-1234567 als u vragen heeft.", "tel."),
    ("Ons adres is Markt 1, 1234 AB Utrecht.", "AB"),
    ("Ons adres is Markt 1, 1234 AD Utrecht.", "AD"),
    ("Schrijf naar Postbus 5, 2511 CV Den Haag.", "CV"),
]


@pytest.mark.parametrize("text,word", NOT_ABBREVIATIONS)
def test_letterhead_is_no_abbreviation(text, word):
    assert word not in found(text, "afkorting") + found(text, "jargon") + found(text, "misleidend")


# abbreviations that still count: not after a name, not before a number
STILL_ABBREVIATIONS = [
    ("De BV moet belasting betalen.", "BV"),
    ("Dit is een vraag van de tel. afdeling.", "tel."),
]


@pytest.mark.parametrize("text,word", STILL_ABBREVIATIONS)
def test_abbreviation_outside_letterhead(text, word):
    assert word in found(text, "afkorting")


LETTERHEAD = """Gemeente Zandvoort
Postbus 2
2040 AA Zandvoort
tel. 0201234567
Bakkerij Jansen B.V.
Uw brief van 3 maart 2024
Ons kenmerk 2024/123
Kenmerk: Z/24/5678

Geachte heer De Vries,

U kunt ons bellen op tel. 0201234567 als u vragen heeft. U krijgt dan snel antwoord.
"""


def test_letterhead_lines_stand_alone():
    parts = [(LETTERHEAD[s.start : s.end], s.kind) for s in segments(LETTERHEAD)]
    for line in ("2040 AA Zandvoort", "tel. 0201234567", "Bakkerij Jansen B.V.", "Uw brief van 3 maart 2024", "Ons kenmerk 2024/123"):
        assert (line, "regel") in parts, parts
    assert ("U kunt ons bellen op tel. 0201234567 als u vragen heeft.", "zin") in parts


@pytest.mark.parametrize(
    "line,expected",
    [
        ("1234 AB Amsterdam", True),
        ("Postbus 12, 1234 AB Amsterdam", True),
        ("tel. 020-1234567", True),
        ("Telefoon: 06 12345678", True),
        ("Ons kenmerk: ABC/123", True),
        ("Uw brief van 3 maart 2024", True),
        ("Jansen Installatietechniek B.V.", True),
        ("Wij hebben uw brief van 3 maart 2024 goed ontvangen en gelezen, dank u wel daarvoor.", False),
        ("U kunt ons bellen.", False),
        ("Datum en tijd staan in de uitnodiging", False),  # starts like a reference line, but is a sentence
    ],
)
def test_is_letterhead_line(line, expected):
    assert is_letterhead_line(line) == expected


# a list word in capitals is still the word; a real name or an abbreviation in capitals is not
CAPITALS = [
    ("Stuur uw CV mee met de brief.", "misleidend", "CV"),
    ("INDIEN U VRAGEN HEEFT, BELT U DAN.", "jargon", "INDIEN"),
    ("U BENT TEN MINSTE 18 JAAR.", "jargon", "TEN MINSTE"),
]


@pytest.mark.parametrize("text,category,word", CAPITALS)
def test_list_word_in_capitals(text, category, word):
    assert word in found(text, category)


def test_capitals_that_are_no_list_word():
    assert "AD" not in found("Hij las het AD van gisteren.", "jargon")
    assert found("Mevrouw De Wit woont in Utrecht.", "jargon") == []


# a dotted abbreviation written without its dots is still found; 'ca' is no 'circa' for the jargon list
UNDOTTED = [
    ("Wij bellen u ivm uw afspraak.", "afkorting", "ivm"),
    ("Stuur het formulier zsm terug.", "afkorting", "zsm"),
]


@pytest.mark.parametrize("text,category,word", UNDOTTED)
def test_undotted_abbreviation(text, category, word):
    assert word in found(text, category)


def test_short_abbreviation_is_not_its_written_out_lemma():
    assert "ca" not in found("De wagen begint om ca 5.30 uur.", "jargon")


# Address lines with a unit after the house number (third audit: 'kamer 12' became 'de rechter 12').
ADDRESS_LINES_WITH_UNIT = ["Assendorperplein 4 kamer 12", "Stationsweg 18 bus 3", "Kerkstraat 7 app. 2", "Lindelaan 40 3 hoog"]


@pytest.mark.parametrize("line", ADDRESS_LINES_WITH_UNIT)
def test_address_line_with_unit_is_data(line):
    from taalcheck.rewrites.data import data_spans

    text = f"Mevrouw A. de Boer\n{line}\n1234 AB Zwolle\n"
    start = text.index(line)
    assert (start, start + len(line), "adresregel") in data_spans(text)


def test_document_pass_never_edits_a_letterhead_line():
    """A sense the letter decides comes from the document pass: its fix is dropped in the letterhead too."""
    from taalcheck.core.findings import Edit, Finding, Fix
    from taalcheck.rules.base import DocumentContext
    from taalcheck.rules.misleading import _no_fix_in_letterhead

    text = "Mevrouw S. Jonker\nAssendorperplein 4 kamer 12\n8012 DL Zwolle\n\nDe kamer van de rechtbank beslist op 3 juli over uw zaak.\n"
    doc = DocumentContext(text=text, segments=segments(text), notes=())

    def finding(at: int) -> Finding:
        return Finding(
            "M101", "misleidend", "warning", at, at + 5, "kamer", "uitleg", fix=Fix.of([Edit(at, at + 5, "rechter")], safe=False)
        )

    head, body = text.index("kamer"), text.index("kamer", text.index("De kamer"))
    out = _no_fix_in_letterhead([finding(head), finding(body)], doc)
    assert out[0].fix is None and out[0].start == head  # the finding stays, without an edit
    assert out[1].fix is not None
