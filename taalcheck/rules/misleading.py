"""Words whose everyday meaning differs from the one meant (misleidend)."""

from __future__ import annotations

from typing import Any, Iterable

from taalcheck.core.findings import Edit, Finding, Fix
from taalcheck.nl.tokens import is_tagged_name
from taalcheck.rewrites.words import replace_word
from taalcheck.rules.base import Category, Rule, SegmentContext, list_matches


class Misleading(Rule):
    """Vindt woorden die lezers anders begrijpen dan bedoeld.

    Wat het doet
    Zoekt woorden die in gewone taal iets anders betekenen dan in de brief.
    Een lijst met signaalwoorden bepaalt of de misleidende betekenis bedoeld
    is. 'Beroep instellen' wordt gevonden, 'uw beroep: kapper' niet. 'Uw
    cv-ketel' is geen curriculum vitae.

    Waarom is dit lastig voor lezers?
    De lezer denkt dat hij het woord kent en leest verder. Zo kocht iemand
    een keukentafel na een brief over een 'keukentafelgesprek'. Een ander
    liet haar cv-ketel nakijken, terwijl haar cv (levensloop) gevraagd werd.

    Voorbeeld
    Wij nodigen u uit voor een keukentafelgesprek.

    Beter
    Wij komen graag bij u thuis voor een gesprek over de hulp die u nodig heeft.

    Veiligheid van de aanpassing
    Alleen een voorstel (--unsafe-fixes): een kort, gewoon woord in dezelfde
    vorm, of de uitleg tussen haakjes achter het woord. Vaak moet de zin
    toch anders; een schrijver leest het na.
    """

    code = "M101"
    category = "misleidend"
    severity = "warning"
    title = "Misleidend woord"
    priority = 20
    category_info = Category("Misleidende woorden", "misleidend woord", "woord dat lezers anders begrijpen")

    def check(self, ctx: SegmentContext) -> Iterable[Finding]:
        for match, span in list_matches(ctx, ctx.lexicon.misleading, accept=lambda span: self._sense_fits(ctx, span)):
            start, end, entry = span.start_char, span.end_char, match.entry
            message = f"'{span.text}' kan verkeerd begrepen worden. {entry.uitleg}".strip()
            yield self.finding(ctx, start, end, message, entry.alternatieven, self._fix(ctx, match, span))

    @staticmethod
    def _fix(ctx: SegmentContext, match: Any, span: Any) -> Fix | None:
        """A proposal (unsafe): the plain word in the same form, else an explanation in brackets."""
        entry = match.entry
        if match.extra_tokens:
            return None
        result = None
        if entry.alternatieven and len(entry.alternatieven[0].split()) <= 2:
            # a short plain word fits the sentence; a longer phrase rarely does, so it goes in brackets
            result = replace_word(ctx.doc, match.start, match.end, entry.woord, entry.alternatieven[0], ctx.has_tags)
        if result is not None:
            edits = result[0]
        else:
            explanation = _explanation(entry)
            following = ctx.text[span.end_char :].lstrip()
            if not explanation or following.startswith("("):
                return None  # already explained here
            edits = [Edit(span.end_char, span.end_char, f" ({explanation})")]
        if ctx.blocks_any(edits):
            return None
        return Fix.of(edits, safe=False)

    @staticmethod
    def _sense_fits(ctx: SegmentContext, span: Any) -> bool:
        """With tags: a name ("Beroep" as a street) is not the word."""
        if not ctx.has_tags:
            return True
        return not all(is_tagged_name(t) for t in span)


def _explanation(entry: Any) -> str:
    """'... Bedoeld is: de brief met het bedrag.' -> 'de brief met het bedrag'; else the first alternative."""
    for marker in ("Bedoeld is:", "is het:"):
        if marker in entry.uitleg:
            text = entry.uitleg.split(marker, 1)[1].strip().rstrip(".")
            if text and len(text.split()) <= 15:
                return text
    return entry.alternatieven[0] if entry.alternatieven else ""
