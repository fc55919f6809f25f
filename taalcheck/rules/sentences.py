"""Long sentences (lange-zin)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from taalcheck.core.findings import Finding, Fix
from taalcheck.nl.tokens import is_word
from taalcheck.rules.base import Category, Rule, SegmentContext

# Words before which a sentence can be split into two.
SPLIT_WORDS = (
    "en",
    "maar",
    "want",
    "omdat",
    "zodat",
    "waardoor",
    "terwijl",
    "doordat",
    "nadat",
    "voordat",
    "waarna",
    "waarmee",
    "waarbij",
    "aangezien",
    "tenzij",
    "mits",
    "indien",
    "als",
    "dan",
)
# How the new sentence can begin when the old one is cut before this word.
NEW_START = {
    "omdat": "Dat komt omdat …",
    "doordat": "Dat komt doordat …",
    "zodat": "Zo …",
    "waardoor": "Daardoor …",
    "terwijl": "Maar …",
    "nadat": "Daarna …",
    "waarna": "Daarna …",
    "voordat": "Daarvoor …",
    "waarmee": "Daarmee …",
    "waarbij": "Daarbij …",
    "indien": "Als …",
}
SUBORDINATING = frozenset(NEW_START)


def count_words(doc: Any) -> int:
    return sum(1 for token in doc if is_word(token))


class LongSentence(Rule):
    """Vindt zinnen met meer woorden dan de grens (standaard 20).

    Wat het doet
    Telt de woorden in elke zin. Een woord is alles met een letter of cijfer.
    Een bedrag als € 1.234,56 telt als één woord, een invulveld ook.
    Regels zonder punt, zoals de aanhef, het onderwerp of een adres, zijn
    geen zin en tellen niet mee.

    Waarom is dit lastig voor lezers?
    Een lange zin vraagt veel van het geheugen. Lezers raken de draad kwijt
    en weten aan het eind niet meer wat het begin was. Zinnen tot ongeveer
    15 woorden zijn voor de meeste mensen goed te volgen.

    Voorbeeld
    Wij hebben uw aanvraag voor bijzondere bijstand voor de kosten van een nieuwe wasmachine ontvangen en wij gaan deze zo snel mogelijk beoordelen, waarna u binnen acht weken van ons een beslissing ontvangt.

    Beter
    Wij hebben uw aanvraag voor bijzondere bijstand ontvangen. Het gaat om de kosten van een nieuwe wasmachine. Wij beoordelen uw aanvraag zo snel mogelijk. Binnen acht weken krijgt u onze beslissing.

    Veiligheid van de aanpassing
    taalcheck wijst aan waar u de zin kunt knippen. Met --unsafe-fixes
    knipt taalcheck de zin ook: de nieuwe zin krijgt een hoofdletter en zo
    nodig het onderwerp ('Wij gaan ...'). 'Als u X, kunt u Y' wordt 'Bent u
    X? Dan kunt u Y'. Dat is een voorstel: een schrijver leest het na.
    """

    code = "Z101"
    category = "lange-zin"
    severity = "warning"
    title = "Lange zin"
    priority = 10
    category_info = Category("Lange zinnen", "lange zin", "zin met te veel woorden")
    metric = "lange_zinnen"
    whole_segment = True

    def check(self, ctx: SegmentContext) -> Iterable[Finding]:
        if ctx.kind != "zin":
            return
        n = count_words(ctx.doc)
        limit = ctx.options.max_zinlengte
        if n <= limit:
            return
        message = f"Deze zin heeft {n} woorden. Dat is meer dan {limit}. Maak er twee of meer zinnen van."
        yield self.finding(ctx, 0, len(ctx.text), message, split_suggestions(ctx), self._split_fix(ctx, limit))

    @staticmethod
    def _split_fix(ctx: SegmentContext, limit: int) -> Fix | None:
        """A proposed split (unsafe): new sentences start with a capital and keep a subject."""
        from taalcheck.rewrites.proposals import split_sentence

        edits = [
            e
            for e in split_sentence(ctx.doc, split_points(ctx), limit, ctx.has_tags)
            if not ctx.is_blocked(e.start, max(e.end, e.start + 1))
        ]
        return Fix.of(edits, safe=False)


def split_points(ctx: SegmentContext) -> list[int]:
    """Token indexes where a new sentence could start."""
    doc = ctx.doc
    words_before = 0
    total = count_words(doc)
    points: list[int] = []
    for token in doc:
        if is_word(token):
            words_before += 1
        if words_before < 4 or total - words_before < 4:
            continue
        lower = token.lower_
        if token.text in (";", ":") and token.i + 1 < len(doc):
            points.append(token.i + 1)
        elif lower in SPLIT_WORDS and token.i > 0:
            prev = doc[token.i - 1]
            if lower in ("en", "als", "dan") and not prev.is_punct:
                # "en" inside a list ("uw naam en adres") is no clause boundary;
                # with a parse, accept a coordinated verb (dep conj/cc of a verb)
                if not (ctx.has_parse and lower == "en" and token.head.pos_ in ("VERB", "AUX") and token.dep_ == "cc"):
                    continue
            points.append(token.i)
        elif token.text == "," and ctx.has_parse and token.i + 1 < len(doc):
            nxt = doc[token.i + 1]
            if nxt.dep_ == "mark" or (nxt.pos_ == "SCONJ"):
                points.append(token.i + 1)
    return points


def split_suggestions(ctx: SegmentContext) -> list[str]:
    doc = ctx.doc
    out = []
    for i in split_points(ctx)[:3]:
        token = doc[i]
        if token.text in (";", ":"):
            continue
        if token.is_punct:
            continue
        word = token.text
        if word.lower() in SUBORDINATING:
            out.append(f"Knip de zin vóór '{word}'. Begin de nieuwe zin bijvoorbeeld met: '{NEW_START[word.lower()]}'")
        else:
            out.append(f"Knip de zin vóór '{word}' en begin daar een nieuwe zin.")
    for token in doc:
        if token.text in (";", ":") and 0 < token.i < len(doc) - 2:
            out.append(f"Zet een punt in plaats van '{token.text}' en begin daarna een nieuwe zin.")
            break
    if not out:
        out.append("Zet elke gedachte in een eigen zin: eerst wat er gebeurt, dan wat de lezer moet doen.")
    return out
