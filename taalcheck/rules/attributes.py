"""Stiff attributes the word lists cannot enumerate: long tangs (W102) and pointing words (W103).

The grammar lives in taalcheck.nl.attributes. Both rules run after the word
list (W101): a listed word ('bovenstaande', 'zijnde') is found there first
and is not flagged twice.
"""

from __future__ import annotations

from collections.abc import Iterable

from taalcheck.core.findings import Finding
from taalcheck.nl.attributes import Pointing, pointing_words, relative_pronoun, tangs
from taalcheck.rules.base import Rule, SegmentContext

# What to write instead of a pointing word, by its kind and the number of the noun after it.
POINTING_ADVICE = {
    "samenstelling": ("Schrijf 'deze', 'dit', 'hieronder' of 'hierboven', of herhaal het woord.", ("deze", "dit")),
    "kaal": ("Schrijf 'dit' of 'deze', of herhaal het woord met 'de' of 'het'.", ("dit", "deze")),
    "voorzetsel": ("Schrijf een gewoon voorzetsel, zoals 'over' of 'tijdens'.", ("over", "tijdens")),
}


class LongAttribute(Rule):
    """Vindt lange tangconstructies: veel woorden tussen 'de' en het woord waar het om gaat.

    Wat het doet
    Zoekt een woord op -ende voor een zelfstandig naamwoord met veel
    woorden ervoor: 'de onder haar beheer vallende wegen', 'zich op de weg
    bevindende voorwerpen'. Zo'n stuk heet een tangconstructie. Het telt
    alleen als er een stuk met een voorzetsel van minstens drie woorden
    tussen staat, of 'zich'. Een voltooid deelwoord ('de door u ingediende
    aanvraag') telt niet: dat lezen de meeste mensen goed. Onze Taal en de
    schrijfwijzer van Direct Duidelijk raden aan om er een bijzin van te
    maken.

    Waarom is dit lastig voor lezers?
    De lezer leest 'de' en moet wachten tot het woord komt waar het om
    gaat. Alles daartussen moet hij onthouden. Dat is zwaar, zeker als er
    veel woorden tussen staan.

    Voorbeeld
    Wij onderhouden de onder ons beheer vallende wegen.

    Beter
    Wij onderhouden de wegen die wij beheren.

    Veiligheid van de aanpassing
    taalcheck past niets aan. Het werkwoord moet in de bijzin een andere
    vorm krijgen ('vallende' wordt 'vallen' of 'beheren'). Dat moet een
    schrijver doen.
    """

    code = "W102"
    category = "jargon"
    severity = "warning"
    title = "Tangconstructie"
    priority = 31
    metric = "ambtelijke_woorden"

    def check(self, ctx: SegmentContext) -> Iterable[Finding]:
        doc = ctx.doc
        for tang in tangs(doc):
            span = doc[tang.start : tang.participle + 1]
            start, end = span.start_char, span.end_char
            if ctx.is_blocked(start, end) or ctx.is_claimed(start, end):
                continue
            ctx.claim(start, end)
            noun = doc[tang.noun]
            opener = doc[tang.determiner].lower_ if tang.determiner is not None else ""
            phrase = " ".join(w for w in (opener, noun.text, relative_pronoun(noun), "...") if w)
            message = (
                f"'{span.text}' staat voor '{noun.text}'. De lezer moet deze {tang.words} woorden onthouden"
                f" tot '{noun.text}' komt. Maak er een bijzin van: '{phrase}'."
            )
            yield self.finding(ctx, start, end, message)


class PointingWord(Rule):
    """Vindt stijve verwijswoorden: 'onderstaande', 'genoemd voorval', 'hangende het bezwaar'.

    Wat het doet
    Zoekt woorden die naar iets anders in de brief wijzen, gemaakt van een
    plaats en een deelwoord: 'onderstaande', 'hiervoor vermelde',
    'eerderbedoelde'. Ook 'genoemd', 'vermeld' en 'bedoeld' zonder 'de' of
    'het' ervoor ('van genoemd voorval', 'in genoemde periode'), en een
    woord op -ende dat als voorzetsel dient ('hangende het bezwaar'). Het
    zijn vaste patronen; taalcheck vindt ook vormen die niet in de
    woordenlijst staan. Onze Taal en de schrijfwijzer van RVO raden 'deze',
    'dit' of 'hieronder' aan.

    Waarom is dit lastig voor lezers?
    Zo praat niemand. De lezer moet terugzoeken waar het woord naar wijst.
    Zonder 'de' of 'het' klinkt de zin als een wet, niet als een brief.

    Voorbeeld
    Wij hebben uw melding over genoemd voorval ontvangen.

    Beter
    Wij hebben uw melding over dit voorval ontvangen.

    Veiligheid van de aanpassing
    taalcheck past niets zelf aan. Of het 'deze' of 'dit' wordt, en of u
    het woord beter kunt herhalen, hangt af van de zin.
    """

    code = "W103"
    category = "jargon"
    severity = "warning"
    title = "Stijf verwijswoord"
    priority = 32
    metric = "ambtelijke_woorden"

    def check(self, ctx: SegmentContext) -> Iterable[Finding]:
        doc = ctx.doc
        for word in pointing_words(doc):
            span = doc[word.start : word.end]
            start, end = span.start_char, span.end_char
            if ctx.is_blocked(start, end) or ctx.is_claimed(start, end) or ctx.in_name(start, end):
                continue
            ctx.claim(start, end)
            advice, suggestions = POINTING_ADVICE[word.kind]
            yield self.finding(ctx, start, end, f"'{span.text}' is een stijf verwijswoord. {advice}", _suggestions(doc, word, suggestions))


def _suggestions(doc, word: Pointing, default: tuple[str, ...]) -> tuple[str, ...]:
    """'dit' before a singular het-word, 'deze' before the rest; -ende prepositions keep their advice."""
    if word.kind == "voorzetsel":
        return default
    noun = next((t for t in doc[word.end : word.end + 3] if t.pos_ == "NOUN"), None)
    if noun is None:
        return default
    return ("dit", "deze") if relative_pronoun(noun) == "dat" else ("deze", "dit")
