"""Personal data is removed from free text; ordinary numbers stay."""

import pytest

from taalcheck.meldpunt.privacy import (
    MARKER_BSN,
    MARKER_EMAIL,
    MARKER_IBAN,
    MARKER_TELEFOON,
    elfproef,
    iban_valid,
    scrub,
)


@pytest.mark.parametrize("digits, ok", [("111222333", True), ("123456782", True), ("123456789", False), ("000000000", False)])
def test_elfproef(digits, ok):
    assert elfproef(digits) is ok


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mijn BSN is 111222333.", f"Mijn BSN is {MARKER_BSN}."),
        ("BSN 1112.22.333 staat erin", f"BSN {MARKER_BSN} staat erin"),
        ("bsn: 123 456 782", f"bsn: {MARKER_BSN}"),
        ("Rekening NL91 ABNA 0417 1643 00 is van mij", f"Rekening {MARKER_IBAN} is van mij"),
        ("NL91ABNA0417164300.", f"{MARKER_IBAN}."),
        ("Duits: DE89 3704 0044 0532 0130 00", f"Duits: {MARKER_IBAN}"),
        ("Mail jan.de-vries+post@voorbeeld.nl graag", f"Mail {MARKER_EMAIL} graag"),
        ("Bel 06-12345678.", f"Bel {MARKER_TELEFOON}."),
        ("of +31 (0)6 1234 5678", f"of {MARKER_TELEFOON}"),
        ("of 0031612345678", f"of {MARKER_TELEFOON}"),
        ("of 020 123 4567", f"of {MARKER_TELEFOON}"),
        ("of (020) 123 45 67", f"of {MARKER_TELEFOON}"),
    ],
)
def test_personal_data_is_replaced(text, expected):
    assert scrub(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het bedrag is € 1.234,56 en moet voor 12-03-2027 betaald zijn.",
        "Kenmerk 2024-123456, zaaknummer Z/24/000123.",
        "Bel gratis 0800-1234 of 14 030.",
        "Dit nummer 123456789 klopt niet met de elfproef.",
        "Een fout rekeningnummer NL91ABNA0417164301.",
        "Artikel 4:8 Awb, paragraaf 3.2.",
    ],
)
def test_ordinary_numbers_stay(text):
    result = scrub(text)
    assert result.text == text
    assert result.removed == ()


def test_iban_checksum():
    assert iban_valid("NL91ABNA0417164300")
    assert not iban_valid("NL91ABNA041716430")  # wrong length for NL
    assert not iban_valid("NL91ABNA0417164301")


def test_several_kinds_in_one_text():
    result = scrub("BSN 111222333, IBAN NL91ABNA0417164300, mail a@b.nl, tel 0612345678")
    assert sorted(result.removed) == ["bsn", "email", "iban", "telefoon"]
    assert "111222333" not in result.text and "a@b.nl" not in result.text
