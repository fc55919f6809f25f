"""Verbs turned into nouns (nominalisatie)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from taalcheck.core.findings import Finding, Fix
from taalcheck.lexicon.frequency import zipf
from taalcheck.rules.base import Category, Rule, SegmentContext

# -ing nouns that are ordinary things, not actions in disguise.
LEXICALISED = frozenset(
    """
    woning regering vergadering opleiding uitkering verzekering rekening mening richting afdeling oefening
    omgeving instelling ervaring verwarming regeling vereniging voorziening leiding kleding beslissing
    tekening verklaring verlenging toeslag aflevering bedoeling voorwaarde ziekenhuisopname vergoeding
    aanslag heffing boeking bestelling ontvangst woning oplossing overeenkomst verhuizing bijeenkomst
    uitnodiging verbinding verplichting schuld betaalregeling inkomsten kosten aanmelding toelichting
    melding overschrijving bedoeling woning zitting beschikking vordering opening sluiting ring koning ding rekening paling tering kring honing helling
    """.split()
)


# Infinitives that became ordinary nouns: "het pensioen", "het huishouden".
NOUN_INFINITIVES = frozenset(
    "pensioen huishouden inkomen vermogen leven eten verleden bestaan wezen examen teken wapen laken gebeuren "
    "vertrouwen verlangen vermoeden verzoek gevoel".split()
)


# "onder vermelding van", "met toepassing van", "in afwachting van": fixed phrases (jargon), not a verb in disguise.
FIXED_PHRASE_PREPOSITIONS = frozenset("onder met in op bij door zonder tot".split())


def _verb_of_ing(noun: str) -> str | None:
    """'verstrekking' -> 'verstrekken', 'beoordeling' -> 'beoordelen'.

    A hyphenated compound ('WOZ-beschikking', 'AOW-uitkering') names a thing,
    not an action: it has no verb to give back.
    """
    if not noun.endswith("ing") or len(noun) < 7 or "-" in noun:
        return None
    stem = noun[:-3]
    for verb in (stem + "en", stem + "n"):
        if zipf(verb) >= 2.5:
            return verb
    return None


class Nominalisation(Rule):
    """Vindt werkwoorden die als zelfstandig naamwoord zijn gebruikt.

    Wat het doet
    Zoekt 'het indienen van', 'de verstrekking van' en 'ter beoordeling'.
    Daar zit een werkwoord in dat de zin beter zelf kan dragen.

    Waarom is dit lastig voor lezers?
    Een naamwoordstijl maakt zinnen lang en vaag. Er staat niet wie wat doet.
    Met het werkwoord erbij wordt de zin korter en actiever.

    Voorbeeld
    Na het indienen van uw aanvraag volgt de beoordeling van uw gegevens.

    Beter
    Nadat u de aanvraag heeft ingediend, bekijken wij uw gegevens.

    Veiligheid van de aanpassing
    De zin moet anders worden opgebouwd. Soms doet taalcheck een voorstel:
    'voor het invullen van het formulier' wordt 'om het formulier in te
    vullen'. Dat gebeurt alleen met --unsafe-fixes. Verder noemt taalcheck
    het werkwoord dat u kunt gebruiken.
    """

    code = "G201"
    category = "nominalisatie"
    severity = "info"
    title = "Naamwoordstijl"
    priority = 70
    category_info = Category("Naamwoordstijl", "naamwoordstijl", "werkwoord als zelfstandig naamwoord")

    def check(self, ctx: SegmentContext) -> Iterable[Finding]:
        doc = ctx.doc
        words = [t for t in doc if not t.is_space]
        taken = -1
        for i in range(len(words)):
            if i <= taken:
                continue
            found = self._infinitive_phrase(ctx, words, i) or self._ing_phrase(words, i)
            if not found:
                continue
            first, last, verb, _noun = found
            start, end = words[first].idx, words[last].idx + len(words[last].text)
            if ctx.is_blocked(start, end):
                continue
            taken = last
            yield self.finding(
                ctx,
                start,
                end,
                f"'{doc.text[start:end]}' verstopt een werkwoord in een naamwoord. Gebruik het werkwoord '{verb}' en zeg wie het doet.",
                [f"Gebruik het werkwoord '{verb}' en zeg wie het doet, bijvoorbeeld 'u' of 'wij'."],
                self._fix(ctx, words[first].i, verb),
            )

    def _infinitive_phrase(self, ctx: SegmentContext, words: list, i: int) -> tuple[int, int, str, Any] | None:
        """'het indienen van', 'het niet nakomen van', 'Het niet verschijnen'."""
        if words[i].lower_ != "het":
            return None
        j = i + 1
        negated = j < len(words) and words[j].lower_ == "niet"
        if negated:
            j += 1
        if j >= len(words):
            return None
        verb = self._infinitive(ctx, words[j])
        if not verb:
            return None
        if j + 1 < len(words) and words[j + 1].lower_ == "van":
            return i, j + 1, verb, words[j]
        if negated:
            return i, j, verb, words[j]
        return None

    @staticmethod
    def _ing_phrase(words: list, i: int) -> tuple[int, int, str, Any] | None:
        """'de verstrekking van', 'ter beoordeling', 'de terugvordering'."""
        token = words[i]
        lower = token.lower_
        if lower in LEXICALISED:
            return None
        verb = _verb_of_ing(lower)
        if not verb:
            return None
        before = words[i - 1].lower_ if i > 0 else ""
        after = words[i + 1].lower_ if i + 1 < len(words) else ""
        first = i - 1 if before in ("de", "ter", "een") else i
        if after == "van" and before not in FIXED_PHRASE_PREPOSITIONS:
            return first, i + 1, verb, token
        if before in ("de", "ter"):
            return first, i, verb, token
        return None

    @staticmethod
    def _fix(ctx: SegmentContext, index: int, verb: str) -> Fix | None:
        """'voor het indienen van uw aanvraag' -> 'om uw aanvraag in te dienen' (a proposal, unsafe)."""
        from taalcheck.rewrites.proposals import nominalisation_to_verb

        edit = ctx.unblocked(nominalisation_to_verb(ctx.doc, index, verb))
        return Fix.of([edit] if edit else [], safe=False)

    @staticmethod
    def _infinitive(ctx: SegmentContext, token: Any) -> str | None:
        lower = token.lower_
        if not token.is_alpha or not lower.endswith("en") or len(lower) < 5 or lower in NOUN_INFINITIVES:
            return None
        if ctx.has_tags:
            if token.pos_ in ("VERB",) or "Inf" in token.morph.get("VerbForm"):
                return lower
            if token.pos_ == "NOUN" and (token.lemma_ or "").lower() == lower and zipf(lower) >= 2.0:
                # a substantive infinitive tagged NOUN ("het indienen")
                from taalcheck.lexicon.lemmas import lemma as dictionary_form

                return lower if dictionary_form(lower) == lower else None
            return None
        lemma = (token.lemma_ or "").lower()
        return lower if lemma == lower else None
