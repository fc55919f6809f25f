"""Settings in the text itself (instelling): a suppression comment with a code that does not exist."""

from __future__ import annotations

from collections.abc import Iterable

from taalcheck.core.findings import Finding
from taalcheck.rules.base import Category, DocumentContext, Rule


class UnknownSuppressionCode(Rule):
    """Vindt een code in 'taalcheck: negeer' die niet bestaat.

    Wat het doet
    Kijkt in elk commentaar 'taalcheck: negeer ...' of de codes en soorten
    bestaan, zoals W101 of jargon. Een code die niet bestaat, zet niets uit.
    taalcheck wijst die code aan en zegt welke code u waarschijnlijk bedoelt.
    Na een streepje mag een reden staan: 'taalcheck: negeer W101 - citaat'.

    Waarom is dit lastig voor lezers?
    Met een tikfout (W10l in plaats van W101) lijkt een opmerking uitgezet,
    maar zet u iets anders uit, of niets. Dan denkt u dat de brief goed is,
    terwijl taalcheck niet heeft gekeken. De lezer krijgt dan toch het
    moeilijke woord.

    Voorbeeld
    <!-- taalcheck: negeer W10l -->

    Beter
    <!-- taalcheck: negeer W101 -->

    Veiligheid van de aanpassing
    taalcheck verandert het commentaar niet. U kiest zelf de goede code.
    'taalcheck regels' toont alle codes en soorten.
    """

    code = "T101"
    category = "instelling"
    severity = "warning"
    title = "code in 'taalcheck: negeer' bestaat niet"
    priority = 900
    category_info = Category(
        name="Instellingen in de tekst",
        label="onbekende code",
        legend="Een code in 'taalcheck: negeer' die niet bestaat. Die zet niets uit.",
    )
    document_level = True
    in_markup = True

    def check_document(self, document: DocumentContext) -> Iterable[Finding]:
        """A finding on every unknown code in the suppression comments of the document."""
        from taalcheck.rules import unknown_code_message

        out = []
        for suppression in document.suppressions:
            for word, start, end in suppression.words:
                message = unknown_code_message(word)
                if message is None:
                    continue
                out.append(
                    Finding(
                        rule=self.code,
                        category=self.category,
                        severity=self.severity,
                        start=start,
                        end=end,
                        text=document.text[start:end],
                        message=f"{message} Deze code zet niets uit.",
                        suggestions=tuple(close_codes(word)),
                    )
                )
        return out


def close_codes(word: str) -> list[str]:
    """Existing codes and categories that look like ``word`` (best first)."""
    import difflib

    from taalcheck.rules import known_codes

    known = known_codes()
    upper = [k for k in known if k[:1].isupper()]
    lower = [k for k in known if not k[:1].isupper()]
    # W10l and w1O1 are typos of a code: compare codes in capitals, with
    # the letters that look like digits read as digits.
    as_code = word.upper()
    if len(as_code) == 4:
        as_code = as_code[0] + as_code[1:].translate(str.maketrans("OIL", "011"))
    found = difflib.get_close_matches(as_code, upper, n=2, cutoff=0.7)
    found += difflib.get_close_matches(word.lower(), lower, n=2, cutoff=0.6)
    return found
