"""Infrequent words (moeilijk-woord)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from taalcheck.core.findings import Finding
from taalcheck.lexicon.frequency import is_transparent_compound, zipf
from taalcheck.nl.compounds import split_compound
from taalcheck.nl.matching import lemma_forms
from taalcheck.nl.tokens import is_name
from taalcheck.rules.base import Category, Rule, SegmentContext, list_matches

RARE = 2.5  # Zipf: fewer than about 3 in 10 million words
CLEAR_HEAD = 4.0  # a compound's head this common tells the reader what the word is


def _clear_compound(word: str) -> bool:
    """A compound whose head is a common word and whose modifier the splitter knows ('afsteek|tijden')."""
    split = split_compound(word)
    return split is not None and zipf(split[1]) >= CLEAR_HEAD


class HardWord(Rule):
    """Vindt woorden die weinig voorkomen in het Nederlands.

    Wat het doet
    Kijkt hoe vaak een woord voorkomt in gewone Nederlandse tekst (wordfreq).
    Het kijkt naar het hele werkwoord, niet naar de vervoegde vorm: 'opstuurt'
    is 'opsturen', en dat kent iedereen. Een heel zeldzaam woord wordt gevonden. Namen, bedragen, data,
    kenmerken en woorden uit de lijst 'toegestaan' niet. Een samenstelling
    van gewone woorden ook niet: 'fietsenstalling' is zeldzaam, maar
    'fietsen' en 'stalling' kent iedereen.

    Waarom is dit lastig voor lezers?
    Een woord dat de lezer zelden ziet, moet hij opzoeken of raden. Dat kost
    tijd en soms raadt hij fout.

    Voorbeeld
    U krijgt van ons een sommatie.

    Beter
    U krijgt van ons een brief. Daarin staat dat u nu echt moet betalen.

    Veiligheid van de aanpassing
    Er is geen automatische aanpassing. Alleen de schrijver weet welk
    gewoon woord hier past.
    """

    code = "W201"
    category = "moeilijk-woord"
    severity = "info"
    title = "Moeilijk woord"
    priority = 50
    category_info = Category("Moeilijke woorden", "moeilijk woord", "woord dat veel lezers niet kennen")
    metric = "moeilijke_woorden"

    def check(self, ctx: SegmentContext) -> Iterable[Finding]:
        yield from self._terms(ctx)
        lexicon = ctx.lexicon
        for token in ctx.doc:
            if not self._candidate(ctx, token):
                continue
            start, end = token.idx, token.idx + len(token.text)
            if ctx.is_blocked(start, end) or ctx.is_claimed(start, end) or ctx.in_name(start, end):
                continue  # a word of a written-out name ('Wet ... minimumvakantiebijslag') is the name
            lower = token.lower_
            if lower in lexicon.allowed or lower in lexicon.listed_words:
                continue
            forms = lemma_forms(token)  # 'opstuurt' is judged as 'opsturen' and 'sturen'
            if max(zipf(form) for form in forms) >= RARE:
                continue
            if any(is_transparent_compound(form) or _clear_compound(form) for form in forms):
                continue
            yield self.finding(
                ctx,
                start,
                end,
                f"'{token.text}' is een moeilijk woord. Weinig mensen kennen het. Gebruik een gewoner woord of leg het uit.",
            )

    def _terms(self, ctx: SegmentContext) -> Iterable[Finding]:
        """Terms of the trade from vaktermen.csv: often frequent enough, yet unknown to readers."""
        for match, span in list_matches(ctx, ctx.lexicon.terms):
            entry = match.entry
            message = f"'{span.text}' is een vakterm. Veel lezers kennen het niet. Leg het uit: {entry.uitleg}".strip()
            yield self.finding(ctx, span.start_char, span.end_char, message, entry.alternatieven)

    @staticmethod
    def _candidate(ctx: SegmentContext, token: Any) -> bool:
        text = token.text
        if len(text) < 5 or not token.is_alpha:
            return False
        if ctx.has_tags and token.pos_ in ("PROPN", "NUM", "X", "SYM"):
            return False
        # capitalised inside a sentence or on a line of its own: a name (Jansen, Zwolle)
        if is_name(token) or (text[0].isupper() and ctx.kind == "regel"):
            return False
        return not text.isupper()
