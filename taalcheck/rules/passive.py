"""Passive voice (passief)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from taalcheck.core.findings import Finding, Fix
from taalcheck.nl.matching import dictionary_lemma
from taalcheck.nl.participles import IRREGULAR_PARTICIPLES, participle_form
from taalcheck.nl.word_classes import (
    CLAUSE_STARTERS,
    DETERMINERS,
    MODALS,
    NOUN_PHRASE_STOPS,
    POSSESSIVE_OR_OBJECT,
    RELATIVES,
    SUBJECT_OF_OBJECT,
    WORDEN,
    ZIJN,
)
from taalcheck.rules.base import Category, Rule, SegmentContext

# Verbs whose perfect tense takes "zijn": "is gegaan" is not passive.
ZIJN_VERBS = frozenset(
    """
    gaan komen worden blijven zijn vertrekken verhuizen overlijden beginnen stoppen veranderen verschijnen gebeuren
    ontstaan vallen sterven stijgen dalen toenemen afnemen verlopen vervallen verstrijken slagen lukken mislukken
    terugkomen aankomen meegaan opgaan uitgaan ingaan afgaan overgaan doorgaan langskomen binnenkomen thuiskomen
    wegvallen meevallen tegenvallen opvallen uitvallen geraken raken belanden groeien verdwijnen verminderen
    trouwen scheiden zwemmen rijden lopen vliegen varen springen opstaan ophouden eindigen afreizen toetreden
    opgroeien uitkomen voorkomen ontsnappen bevallen gebleken blijken verschuiven verouderen herstellen treden
    overlijden
    """.split()
)
ZIJN_VERB_ENDINGS = tuple(ZIJN_VERBS)
NON_PARTICIPLE_ENDINGS = ("den", "ten")
# Participles of verbs that take "zijn" in the perfect: "is gebeurd" is not passive.
ZIJN_PARTICIPLES = frozenset("gebeurd gegaan gekomen geworden geweest gebleven verschenen ontstaan gestopt begonnen".split())
# Participles that after "zijn" describe a state, like an adjective: "u bent verplicht".
ADJECTIVAL = frozenset(
    """
    verplicht benodigd bestemd gevestigd gelegen verschuldigd bekend gewend gehuwd getrouwd geboren betrokken
    geïnteresseerd gerechtigd bevoegd verhinderd gescheiden geopend gesloten beschikbaar verzekerd verbonden
    gebleken voornemens ongehinderd gehouden genoodzaakt genegen gemachtigd gedwongen beperkt
    """.split()
)
WINDOW = 20  # tokens between the auxiliary and the participle
# The verb cluster after a participle at the end of a clause: 'beoordeeld (zal) worden',
# 'gehuisvest kunnen worden', 'ingevuld te worden'. At most this many verbs.
CLUSTER = 3
CLUSTER_WORDS = MODALS | WORDEN | ZIJN | {"te", "kunnen", "moeten", "mogen", "zullen", "willen"}


def is_participle(token: Any, has_tags: bool) -> bool:
    """A past participle: tagged so, or a form whose lemma is a verb (vastgesteld, voldaan, bijgeschreven)."""
    lower = token.lower_
    if lower.endswith(("de", "te")):
        return False  # "de opgelegde boete": an adjective before a noun
    if has_tags and "Part" in token.morph.get("VerbForm") and token.pos_ in ("VERB", "AUX"):
        return lower.endswith(("d", "t", "n"))  # every Dutch past participle does; a mistagged "kantoor" does not
    return token.is_alpha and participle_form(lower)


def _zijn_passive(doc: Any, participle: Any) -> bool:
    """'is vastgesteld' is passive; 'is gegaan', 'is gebleken', 'bent verplicht' are not."""
    lower = participle.lower_
    if lower in ADJECTIVAL or lower in ZIJN_PARTICIPLES or _followed_by_worden(doc, participle):
        return False
    return not dictionary_lemma(lower).endswith(ZIJN_VERB_ENDINGS)


def participle_first(doc: Any, has_tags: bool) -> list[tuple[Any, Any]]:
    """The verb cluster at a clause end: the participle first, then 'worden' or 'zijn'.

    'dat de aanvraag beoordeeld wordt', 'De aanvraag zal binnen acht weken
    beoordeeld worden', 'dat zij gehuisvest kunnen worden', 'om betaald te
    worden', 'omdat het formulier niet ingevuld was'. A modal or 'te' may
    stand between; 'zijn' counts only where it makes a passive (not 'is
    gegaan', not 'gesloten is').
    """
    pairs = []
    for token in doc:
        if token.lower_ in WORDEN | ZIJN or not is_participle(token, has_tags):
            continue
        if (has_tags and token.pos_ == "NOUN") or not _verb_behind(token):
            continue  # 'in de gelegenheid worden gesteld', 'als het ontoereikend is'
        for nxt in doc[token.i + 1 : token.i + 1 + CLUSTER]:
            lower = nxt.lower_
            if lower not in CLUSTER_WORDS:
                break
            if lower in WORDEN or (lower in ZIJN and _zijn_passive(doc, token) and not _followed_by_worden(doc, nxt)):
                pairs.append((nxt, token))
                break
            if lower in ZIJN:
                break
    return pairs


def _attributive(doc: Any, token: Any, has_tags: bool) -> bool:
    """'Het was een bewogen jaar': a participle between an article and its noun describes the noun."""
    if not has_tags or token.i + 1 >= len(doc) or token.i == 0:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return before.lower_ in ("een", "de", "het") and after.pos_ == "NOUN"


def _verb_behind(token: Any) -> bool:
    """The dictionary knows a verb behind the form ('beoordeeld' -> 'beoordelen'; 'ontoereikend' has none)."""
    lower = token.lower_
    return lower.startswith("ge") or lower.endswith("en") or lower in IRREGULAR_PARTICIPLES or dictionary_lemma(lower) != lower


def _followed_by_worden(doc: Any, token: Any) -> bool:
    """'is ... gestuurd worden' is not a zijn-passive of its own."""
    nxt = token.i + 1
    return nxt < len(doc) and doc[nxt].lower_ in WORDEN


def _clause_tokens(doc: Any, first: int, last: int) -> Any:
    """The passive's own clause: back to a comma or a clause opener, on past coordinated participles."""
    start = first
    while start > 0:
        before = doc[start - 1]
        if before.text in ",;:()" or before.lower_ in CLAUSE_STARTERS or before.lower_ in RELATIVES:
            break
        start -= 1
    end = last + 1
    while end < len(doc) and (doc[end].lower_ in ("en", "of") or (doc[end].pos_ == "VERB" and doc[end].lower_ != "door")):
        end += 1
    return doc[start : min(end + 1, len(doc))]


class Passive(Rule):
    """Vindt zinnen in de lijdende vorm.

    Wat het doet
    Zoekt een vorm van 'worden' (of 'zijn') met een voltooid deelwoord:
    'wordt verstrekt', 'werd ontvangen', 'is besloten'. Ook als het
    deelwoord voorop staat, in een bijzin of met 'kunnen' of 'zullen'
    ertussen: 'dat uw aanvraag beoordeeld wordt', 'zal beoordeeld worden',
    'gehuisvest kunnen worden', 'betaald te worden'. Een toestand ('de
    balie is gesloten') telt niet. Staat er 'door' bij, dan noemt de
    suggestie wie het doet.

    Waarom is dit lastig voor lezers?
    In de lijdende vorm staat niet wie iets doet. De lezer moet raden of hij
    zelf iets moet doen, of de organisatie. Een actieve zin is korter en
    duidelijker.

    Voorbeeld
    Het formulier wordt door de gemeente naar u gestuurd.

    Beter
    De gemeente stuurt u het formulier.

    Veiligheid van de aanpassing
    Staat er wie het doet ('door de gemeente'), dan maakt taalcheck een
    actieve zin: 'De gemeente stuurt u het formulier.' Dat is een voorstel:
    alleen met --unsafe-fixes. Staat er niet wie het doet, dan kiest de
    schrijver het onderwerp ('wij', 'u', 'de gemeente').
    """

    code = "G101"
    category = "passief"
    severity = "info"
    title = "Lijdende vorm"
    priority = 60
    category_info = Category("Lijdende vorm", "lijdende vorm", "niet duidelijk wie iets doet")

    def check(self, ctx: SegmentContext) -> Iterable[Finding]:
        doc = ctx.doc
        pairs = self._without_parse(doc, ctx.has_tags)
        taken = {part.i for _, part in pairs}
        auxiliaries = {aux.i for aux, _ in pairs}
        pairs += [(aux, part) for aux, part in participle_first(doc, ctx.has_tags) if part.i not in taken and aux.i not in auxiliaries]
        if ctx.has_parse:  # the parse finds passives the word-order patterns miss
            seen = {aux.i for aux, _ in pairs}
            pairs += [(aux, part) for aux, part in self._with_parse(doc) if aux.i not in seen]
        for aux, participle in pairs:
            first, last = min(aux.i, participle.i), max(aux.i, participle.i)
            span = doc[first : last + 1]
            start, end = span.start_char, span.end_char
            if ctx.is_blocked(aux.idx, aux.idx + len(aux.text)):
                continue
            yield self.finding(
                ctx, start, end, self._message(), self._suggestions(doc, aux, participle, ctx.has_tags), self._fix(ctx, aux, participle)
            )

    @staticmethod
    def _fix(ctx: SegmentContext, aux: Any, participle: Any) -> Fix | None:
        """An active sentence when 'door ...' names who does it (a proposal, unsafe)."""
        from taalcheck.rewrites.passive_clause import clause_passive_to_active
        from taalcheck.rewrites.passive_front import front_passive_to_active, sender_passive_to_active
        from taalcheck.rewrites.proposals import passive_to_active

        edit = ctx.unblocked(
            passive_to_active(ctx.doc, aux, participle)
            or front_passive_to_active(ctx.doc, aux, participle)
            or sender_passive_to_active(ctx.doc, aux, participle)
            or (clause_passive_to_active(ctx.doc, aux, participle) if ctx.kind == "zin" else None)
        )
        return Fix.of([edit] if edit else [], safe=False)

    @staticmethod
    def _message() -> str:
        return (
            "Deze zin is in de lijdende vorm. Er staat niet wie iets doet. Schrijf wie het doet: 'wij', 'u' of de naam van de organisatie."
        )

    @staticmethod
    def _with_parse(doc: Any) -> list[tuple[Any, Any]]:
        pairs = []
        for token in doc:
            head = token.head
            if token.dep_ == "aux:pass" and head.i > token.i and is_participle(head, True):
                if token.lower_ in ZIJN and not _zijn_passive(doc, head):
                    continue
                pairs.append((token, head))
        return pairs

    @staticmethod
    def _without_parse(doc: Any, has_tags: bool) -> list[tuple[Any, Any]]:
        """worden + participle; zijn + participle of a verb that takes 'hebben' (is vastgesteld)."""
        pairs = []
        for aux in doc:
            lower = aux.lower_
            if lower not in WORDEN and lower not in ZIJN:
                continue
            for token in doc[aux.i + 1 : aux.i + WINDOW]:
                if token.is_punct and token.text in ",;:!?":
                    break
                if token.lower_ in CLAUSE_STARTERS:
                    break  # the participle belongs to a new clause: "..., die heeft gewerkt"
                if token.lower_ in WORDEN or (token.lower_ in ZIJN and token.i != aux.i):
                    break
                if not is_participle(token, has_tags) or _attributive(doc, token, has_tags):
                    continue
                if lower in ZIJN and not _zijn_passive(doc, token):
                    break
                pairs.append((aux, token))
                break
        return pairs

    @staticmethod
    def _agent(doc: Any, aux: Any, participle: Any, has_tags: bool) -> str | None:
        """Who does it, from 'door ...' in this passive's own clause: 'door de gemeente' -> 'de gemeente'.

        Only a 'door' between the auxiliary and the participle, or right after
        them, belongs to this clause. An object pronoun becomes a subject:
        'door ons' -> 'wij'.
        """
        for token in _clause_tokens(doc, min(aux.i, participle.i), max(aux.i, participle.i)):
            if token.lower_ != "door" or (token.i > 0 and doc[token.i - 1].lower_ in DETERMINERS):
                continue  # 'de door ons verstrekte gegevens': that 'door' belongs to another participle
            words = [t for t in doc[token.i + 1 : token.i + 6] if not t.is_space]
            if not words or words[0].is_punct:
                return None
            head = words[0]
            after = words[1] if len(words) > 1 else None
            possessive = (
                after is not None
                and after.is_alpha
                and (after.pos_ in ("NOUN", "ADJ", "PROPN") if has_tags else after.lower_ not in NOUN_PHRASE_STOPS)
            )
            if head.lower_ in SUBJECT_OF_OBJECT and not (head.lower_ in POSSESSIVE_OR_OBJECT and possessive):
                return SUBJECT_OF_OBJECT[head.lower_]
            phrase = []
            for word in words:
                if word.is_punct:
                    break
                phrase.append(word.text)
                if word.lower_ not in DETERMINERS:
                    break
            if phrase and phrase[-1].lower() not in DETERMINERS:
                return " ".join(phrase)
            return None
        return None

    def _suggestions(self, doc: Any, aux: Any, participle: Any, has_tags: bool) -> list[str]:
        verb = dictionary_lemma(participle.lower_).replace("_", "") if participle.is_alpha else participle.lower_
        agent = self._agent(doc, aux, participle, has_tags)
        if agent:
            return [f"Begin met wie het doet: '{agent[:1].upper() + agent[1:]} …' en gebruik '{verb}' in de tegenwoordige tijd."]
        return [
            f"Zeg wie het doet ('wij', 'u' of de naam van de organisatie) en gebruik '{verb}'. Weet niemand wie het deed? Dan mag de zin zo blijven."
        ]
