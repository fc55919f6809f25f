"""Verbs turned into nouns (nominalisatie)."""

from __future__ import annotations

from typing import Any, Iterable

from taalcheck.findings import Edit, Finding
from taalcheck.frequency import zipf
from taalcheck.rules.base import Rule, SegmentContext

# -ing nouns that are ordinary things, not actions in disguise.
LEXICALISED = frozenset(
    """
    woning regering vergadering opleiding uitkering verzekering rekening mening richting afdeling oefening
    omgeving instelling ervaring verwarming regeling vereniging voorziening leiding kleding beslissing
    tekening verklaring verlenging toeslag aflevering bedoeling voorwaarde ziekenhuisopname vergoeding
    aanslag heffing boeking bestelling ontvangst woning oplossing overeenkomst verhuizing bijeenkomst
    uitnodiging verbinding verplichting schuld betaalregeling inkomsten kosten aanmelding toelichting
    """.split()
)


def _verb_of_ing(noun: str) -> str | None:
    """'verstrekking' -> 'verstrekken', 'beoordeling' -> 'beoordelen'."""
    if not noun.endswith("ing") or len(noun) < 7:
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
    Geen automatische aanpassing: de zin moet anders worden opgebouwd.
    taalcheck noemt het werkwoord dat u kunt gebruiken.
    """

    code = "G201"
    category = "nominalisatie"
    severity = "info"
    title = "Naamwoordstijl"

    def check(self, ctx: SegmentContext) -> Iterable[Finding]:
        doc = ctx.doc
        words = [t for t in doc if not t.is_space]
        for i, token in enumerate(words[:-1]):
            verb = None
            lower = token.lower_
            nxt = words[i + 1]
            if lower == "het" and i + 2 < len(words) and words[i + 2].lower_ == "van":
                verb = self._infinitive(ctx, nxt)
                end_token = words[i + 2]
            elif lower in ("de", "een", "ter") and nxt.lower_ not in LEXICALISED:
                follows_van = i + 2 < len(words) and words[i + 2].lower_ == "van"
                if lower == "ter" or follows_van:
                    verb = _verb_of_ing(nxt.lower_)
                    end_token = words[i + 2] if follows_van else nxt
            if not verb:
                continue
            start, end = token.idx, end_token.idx + len(end_token.text)
            if ctx.is_blocked(start, end) or ctx.is_claimed(nxt.idx, nxt.idx + len(nxt.text)):
                continue
            yield self.finding(
                ctx, start, end,
                f"'{doc.text[start:end]}' verstopt een werkwoord in een naamwoord. Gebruik het werkwoord '{verb}' en zeg wie het doet.",
                [f"Schrijf met het werkwoord: 'Als u … {verb}' of 'Wij {verb} …'."],
                self._fix(ctx, token.i, verb),
            )

    @staticmethod
    def _fix(ctx: SegmentContext, index: int, verb: str) -> Edit | None:
        """'voor het indienen van uw aanvraag' -> 'om uw aanvraag in te dienen' (a proposal, unsafe)."""
        from taalcheck.proposals import nominalisation_to_verb

        edit = nominalisation_to_verb(ctx.doc, index, verb)
        if edit is None or ctx.is_blocked(edit.start, edit.end):
            return None
        return edit

    @staticmethod
    def _infinitive(ctx: SegmentContext, token: Any) -> str | None:
        lower = token.lower_
        if not token.is_alpha or not lower.endswith("en") or len(lower) < 5:
            return None
        if ctx.has_tags:
            if token.pos_ in ("VERB",) or "Inf" in token.morph.get("VerbForm"):
                return lower
            if token.pos_ == "NOUN" and (token.lemma_ or "").lower() == lower and zipf(lower) >= 2.0:
                # a substantive infinitive tagged NOUN ("het indienen")
                from simplemma import lemmatize
                return lower if lemmatize(lower, lang="nl") == lower else None
            return None
        lemma = (token.lemma_ or "").lower()
        return lower if lemma == lower else None
