"""Remove personal data from free text before a melding is stored.

Citizens sometimes paste a whole line from their letter, including their BSN,
bank account or phone number. We only need the unclear word and its context,
so these numbers are replaced by a marker before anything reaches the store.
Candidates are checked (elfproef for BSN, mod-97 for IBAN), so amounts,
dates and letter references stay readable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MARKER_BSN = "[BSN verwijderd]"
MARKER_IBAN = "[IBAN verwijderd]"
MARKER_EMAIL = "[e-mailadres verwijderd]"
MARKER_TELEFOON = "[telefoonnummer verwijderd]"

_EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

# An IBAN starts with a country code and two check digits; the rest is cut
# back in `_scrub_iban` until the checksum fits and the cut is at a word end.
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}")

# Dutch numbers: +31 / 0031 / 0, then nine digits with optional separators.
_TELEFOON = re.compile(
    r"(?<![\w+])(?:"
    r"(?:\+|00)31[\s.-]?(?:\(0\)[\s.-]?)?(?:\d[\s.-]?){8}\d"  # +31 6 12345678
    r"|0(?:\d[\s.-]?){8}\d"  # 06-12345678, 020 123 4567
    r"|\(0\d{2}\)[\s.-]?(?:\d[\s.-]?){6}\d"  # (020) 123 45 67
    r"|\(0\d{3}\)[\s.-]?(?:\d[\s.-]?){5}\d"  # (0591) 12 34 56
    r")(?!\w)"
)
_TELEFOON_DIGITS = re.compile(r"\d")

# Nine digits, optionally grouped by spaces, dots or dashes (123.456.782).
_BSN = re.compile(r"(?<![\w.,-])\d(?:[ .-]?\d){8}(?![\w]|[.,-]\d)")


@dataclass(frozen=True)
class ScrubResult:
    text: str
    removed: tuple[str, ...]  # kinds found, e.g. ("bsn", "iban")


def elfproef(digits: str) -> bool:
    """True when a 9-digit string passes the BSN eleven test."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=False))
    total -= int(digits[8])
    return total % 11 == 0


def iban_valid(compact: str) -> bool:
    """True for an IBAN (no spaces) whose mod-97 checksum is right."""
    compact = compact.upper()
    if not (15 <= len(compact) <= 34) or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    if not compact.isalnum() or not compact.isascii():
        return False
    if compact.startswith("NL") and len(compact) != 18:
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def _scrub_iban(text: str, found: list[str]) -> str:
    out: list[str] = []
    pos = 0
    for match in _IBAN_START.finditer(text):
        start = match.start()
        if start < pos:
            continue
        # Collect alphanumerics and single spaces after the start.
        ends: list[tuple[int, str]] = []  # (end offset, compact text)
        compact = ""
        i = start
        while i < len(text) and len(compact) < 34:
            ch = text[i]
            if ch.isascii() and ch.isalnum():
                compact += ch
                i += 1
                at_word_end = i == len(text) or not (text[i].isascii() and text[i].isalnum())
                if at_word_end:
                    ends.append((i, compact))
            elif ch == " " and i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalnum():
                i += 1
            else:
                break
        for end, candidate in reversed(ends):
            if iban_valid(candidate):
                out.append(text[pos:start])
                out.append(MARKER_IBAN)
                found.append("iban")
                pos = end
                break
    out.append(text[pos:])
    return "".join(out)


def _replace_phone(match: re.Match[str], found: list[str]) -> str:
    digits = "".join(_TELEFOON_DIGITS.findall(match.group(0)))
    # Strip the country code so every form counts the same national digits.
    if digits.startswith("0031"):
        digits = digits[4:]
    elif match.group(0).startswith("+31"):
        digits = digits[2:]
    digits = digits.lstrip("0")
    if len(digits) != 9:
        return match.group(0)
    found.append("telefoon")
    return MARKER_TELEFOON


def _replace_bsn(match: re.Match[str], found: list[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    if elfproef(digits):
        found.append("bsn")
        return MARKER_BSN
    return match.group(0)


def scrub(text: str | None) -> ScrubResult:
    """Replace BSN, IBAN, e-mail addresses and Dutch phone numbers by markers."""
    if not text:
        return ScrubResult(text or "", ())
    found: list[str] = []
    text = _EMAIL.sub(lambda m: (found.append("email"), MARKER_EMAIL)[1], text)
    text = _scrub_iban(text, found)
    text = _TELEFOON.sub(lambda m: _replace_phone(m, found), text)
    text = _BSN.sub(lambda m: _replace_bsn(m, found), text)
    return ScrubResult(text, tuple(found))


def scrub_text(text: str | None) -> str | None:
    """`scrub` for optional fields: None stays None."""
    if text is None:
        return None
    return scrub(text).text
