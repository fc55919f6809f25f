"""Passive voice (passief)."""

from __future__ import annotations

import re
from typing import Any, Iterable

from taalcheck.findings import Edit, Finding
from taalcheck.rules.base import Rule, SegmentContext

WORDEN = frozenset({"word", "wordt", "worden", "werd", "werden"})
PARTICIPLE = re.compile(r"^(?:\w*ge\w{2,}(?:d|t|en)|(?:be|ver|ont|her|er)\w{2,}(?:d|t|en))$")


class Passive(Rule):
    """Vindt zinnen in de lijdende vorm.

    Wat het doet
    Zoekt een vorm van 'worden' (of 'zijn') met een voltooid deelwoord:
    'wordt verstrekt', 'werd ontvangen', 'is besloten'. Staat er 'door'
    bij, dan noemt de suggestie wie het doet.

    Waarom is dit lastig voor lezers?
    In de lijdende vorm staat niet wie iets doet. De lezer moet raden of hij
    zelf iets moet doen, of de organisatie. Een actieve zin is korter en
    duidelijker.

    Voorbeeld
    Het formulier wordt door de gemeente naar u gestuurd.

    Beter
    De gemeente stuurt u het formulier.

    Veiligheid van de aanpassing
    Geen automatische aanpassing. De schrijver kiest wie het onderwerp
    wordt ('wij', 'u', 'de gemeente').
    """

    code = "G101"
    category = "passief"
    severity = "info"
    title = "Lijdende vorm"

    def check(self, ctx: SegmentContext) -> Iterable[Finding]:
        doc = ctx.doc
        pairs = self._with_parse(doc) if ctx.has_parse else self._without_parse(doc, ctx.has_tags)
        for aux, participle in pairs:
            first, last = min(aux.i, participle.i), max(aux.i, participle.i)
            span = doc[first : last + 1]
            start, end = span.start_char, span.end_char
            if ctx.is_blocked(aux.idx, aux.idx + len(aux.text)):
                continue
            yield self.finding(ctx, start, end, self._message(), self._suggestions(doc, participle), self._fix(ctx, aux, participle))

    @staticmethod
    def _fix(ctx: SegmentContext, aux: Any, participle: Any) -> Edit | None:
        """An active sentence when 'door ...' names who does it (a proposal, unsafe)."""
        from taalcheck.proposals import passive_to_active

        edit = passive_to_active(ctx.doc, aux, participle)
        if edit is None or ctx.is_blocked(edit.start, edit.end):
            return None
        return edit

    @staticmethod
    def _message() -> str:
        return "Deze zin is in de lijdende vorm. Er staat niet wie iets doet. Schrijf wie het doet: 'wij', 'u' of de naam van de organisatie."

    @staticmethod
    def _with_parse(doc: Any) -> list[tuple[Any, Any]]:
        pairs = []
        for token in doc:
            if token.dep_ == "aux:pass":
                pairs.append((token, token.head))
        return pairs

    @staticmethod
    def _without_parse(doc: Any, has_tags: bool) -> list[tuple[Any, Any]]:
        pairs = []
        auxiliaries = [t for t in doc if t.lower_ in WORDEN]
        for aux in auxiliaries:
            for token in doc[aux.i + 1 : aux.i + 12]:
                if token.is_punct and token.text in ",;:.!?":
                    break
                if has_tags:
                    ok = "Part" in token.morph.get("VerbForm")
                else:
                    ok = bool(PARTICIPLE.match(token.lower_)) and (token.lemma_ or "").endswith("en") and token.lemma_ != token.lower_
                if ok:
                    pairs.append((aux, token))
                    break
        return pairs

    @staticmethod
    def _agent(doc: Any) -> str | None:
        """The words after 'door': 'door de gemeente' -> 'de gemeente'."""
        determiners = {"de", "het", "een", "uw", "onze", "ons", "deze", "dit", "die", "dat"}
        for token in doc:
            if token.lower_ != "door":
                continue
            phrase = []
            for nxt in doc[token.i + 1 : token.i + 5]:
                if nxt.is_punct or nxt.is_space:
                    break
                phrase.append(nxt.text)
                if nxt.lower_ not in determiners:
                    break
            if phrase and phrase[-1].lower() not in determiners:
                return " ".join(phrase)
        return None

    def _suggestions(self, doc: Any, participle: Any) -> list[str]:
        verb = (participle.lemma_ or participle.lower_).lower()
        agent = self._agent(doc)
        if agent:
            return [f"Begin met wie het doet: '{agent[:1].upper() + agent[1:]} …' en gebruik '{verb}' in de tegenwoordige tijd."]
        return [f"Schrijf actief, bijvoorbeeld: 'Wij {verb} …'."]
