"""Words whose everyday meaning differs from the one meant (misleidend)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from typing import Any

from taalcheck.core.findings import Finding, Fix
from taalcheck.nl import senses
from taalcheck.nl.clauses import opens_clause
from taalcheck.nl.domains import document_domains, domain_hits
from taalcheck.nl.tokens import is_tagged_name
from taalcheck.nl.word_classes import SUBORDINATORS
from taalcheck.rewrites.swap_checks import swap_wrong
from taalcheck.rewrites.words import replace_word
from taalcheck.rules.base import Category, DocumentContext, LetterSignals, Rule, SegmentContext, list_matches


class Misleading(Rule):
    """Vindt woorden die lezers anders begrijpen dan bedoeld.

    Wat het doet
    Zoekt woorden met een officiële en een gewone betekenis (de lijst
    betekenissen.csv). Per zin kiest taalcheck welke betekenis bedoeld is.
    Alleen de officiële betekenis wordt gemeld. Zo kiest taalcheck:

    1. Het woord zelf, in elke vorm: CV, Cv en cv; keukentafelgesprekken;
       sluit ... af en af te sluiten; een belastingaanslag. Ook vooraan in
       een woord over een rechtszaak: verzetdagvaarding, rolzitting. Niet: de
       letters van een postcode (4463 CV) of een zaaknummer.
    2. De zinsbouw. Waar gaat het woord over? Het lijdend voorwerp telt het
       zwaarst: een reisverzekering afsluiten (officieel), de deur afsluiten
       (gewoon). Ook het werkwoord telt: beslag leggen (officieel), tijd in
       beslag nemen (gewoon). Heeft een werkwoord geen lijdend voorwerp, dan
       telt het onderwerp: uw recht vervalt (officieel), het huis is
       vervallen (gewoon). Bij 'is' telt wat er over het woord gezegd
       wordt: de maatregel is te hoog. Een vaste woordgroep telt ook: een
       conclusie van antwoord (officieel). En de andere helft van een
       samenstelling: cv-ketel is de verwarming.
    3. Andere woorden in de zin. Een woord in dezelfde zin telt minder dan
       een woord in dezelfde bijzin.
    4. De hele brief. Hoe werd hetzelfde woord elders in de brief gebruikt?
       Een woord heeft in één brief meestal één betekenis. Wat staat er in
       de zin ervoor en de zin erna? Gaat de brief over belasting, de
       rechter, de Wmo?
    5. Zeggen de zin en de brief niets? Dan kiest taalcheck de betekenis die in brieven het
       meest voorkomt (de kolom 'standaard'). Bij de meeste woorden blijft
       taalcheck dan stil.

    Voorbeelden van de twee betekenissen:
    - Stuur uw CV naar de werkcoach. (melding: een overzicht van uw werk)
      De monteur komt uw cv-ketel nakijken. (geen melding)
      Werkt uw cv niet? Bel dan de storingsdienst. (geen melding)
    - U moet een zorgverzekering afsluiten. (melding: een verzekering nemen)
      De weg is afgesloten. (geen melding)
    - Wij nodigen u uit voor een keukentafelgesprek. (melding: een gesprek
      met de gemeente over hulp)
      Wij hebben een nieuwe keukentafel gekocht. (geen melding)
    - Wij leggen beslag op uw loon. (melding)
      Roer het beslag voor de pannenkoeken goed door. (geen melding)

    Waarom is dit lastig voor lezers?
    De lezer denkt dat hij het woord kent en leest verder. Zo kocht iemand
    een keukentafel na een brief over een 'keukentafelgesprek'. Een ander
    liet haar cv-ketel nakijken, terwijl haar cv (levensloop) gevraagd werd.
    De melding zegt wat lezers denken en wat er bedoeld is.

    Voorbeeld
    Wij nodigen u uit voor een keukentafelgesprek.

    Beter
    Wij komen graag bij u thuis voor een gesprek over de hulp die u nodig heeft.

    Veiligheid van de aanpassing
    Alleen een voorstel (--unsafe-fixes): een kort, gewoon woord in dezelfde
    vorm. Past dat niet, dan geeft taalcheck alleen uitleg. Vaak moet de zin
    toch anders; een schrijver leest het na.
    """

    code = "M101"
    category = "misleidend"
    severity = "warning"
    title = "Misleidend woord"
    priority = 20
    category_info = Category("Misleidende woorden", "misleidend woord", "woord dat lezers anders begrijpen")
    document_level = True  # the letter's domain and the word's other uses decide an open sense

    def check(self, ctx: SegmentContext) -> Iterable[Finding]:
        lexicon = ctx.lexicon
        keys = senses.sense_keys(ctx.doc, ctx.token_keys)
        matched: set[int] = set()
        candidates: list[tuple[Any, Any]] = []
        for match, span in list_matches(
            ctx, lexicon.misleading, lexicon.misleading_separable, accept=lambda span: self._sense_fits(ctx, span, lexicon), keys=keys
        ):
            matched.update(range(match.start, match.end))
            if match.entry.betekenissen is None:  # an old-style list (wel_als / niet_als): the cues decided
                message = f"'{span.text}' kan verkeerd begrepen worden. {match.entry.uitleg}".strip()
                plain = match.entry.alternatieven if match.entry.voorstel else ()  # 'veilig = advies': advice only
                fix = self._fix(ctx, match, span, plain, match.entry.uitleg)
                yield self.finding(ctx, span.start_char, span.end_char, message, match.entry.alternatieven, fix)
                continue
            candidates.append((senses.Candidate(match.start, match.end, match.entry, match.extra_tokens), span))
        for candidate in senses.compound_candidates(ctx.doc, keys, lexicon.sense_words, matched):
            if _own_entry(lexicon, keys[candidate.start]):
                continue  # 'naheffingsaanslag' is a term of its own, with its own explanation
            span = ctx.doc[candidate.start : candidate.end]
            if ctx.is_blocked(span.start_char, span.end_char) or ctx.is_claimed(span.start_char, span.end_char):
                continue
            if ctx.in_name(span.start_char, span.end_char):
                continue  # 'Wet schuldsanering natuurlijke personen' is a name
            ctx.claim(span.start_char, span.end_char)
            candidates.append((candidate, span))
        phrases = _jargon_phrases(ctx) if candidates else {}
        for candidate, span in candidates:
            if (
                _inside_jargon_phrase(phrases, candidate, ctx.doc)
                or senses.other_verb(span, candidate.entry.woord)
                or _conjunction_out_of_place(ctx.doc, candidate)
            ):
                ctx.claimed.remove((span.start_char, span.end_char))
                continue  # 'doen toekomen' is jargon as a whole; 'de afspraak is verzet' is verzetten; 'Wat nu?'

            finding = self._decide(ctx, keys, candidate, span)
            if finding is not None:
                yield finding

    def _decide(self, ctx: SegmentContext, keys: Any, candidate: Any, span: Any) -> Finding | None:
        """The finding for the official sense, now or (when the letter's domain decides) later."""
        entry = candidate.entry.betekenissen
        context = senses.context_of(ctx.doc, keys, candidate, ctx.has_parse)
        scores = senses.score_senses(entry, context)
        mentioned = frozenset().union(*scores.domains)
        outcomes = {senses.decide(entry, scores, frozenset(d)) for d in _subsets(mentioned)}
        if scores.evidence and len(outcomes) == 1:  # the sentence decides; it also tells the rest of the letter
            ctx.deferred.append(SenseVote(self.code, entry.woord, None not in outcomes))
        if outcomes == {None} and scores.evidence:
            ctx.claimed.remove((span.start_char, span.end_char))  # an everyday word: other rules may look at it
            return None
        if len(outcomes) == 1 and scores.evidence:
            sense = next(iter(outcomes))
            return self._sense_finding(ctx, candidate, span, sense)
        # the letter decides: other uses of the word, its domain, else the word's standaard sense
        options = tuple((i, self._sense_finding(ctx, candidate, span, sense)) for i, sense in enumerate(entry.senses) if sense.officieel)
        ctx.deferred.append(PendingSense(self.code, entry, scores, options))
        return None

    def collect(self, ctx: SegmentContext) -> Sequence[Any]:
        """The uses this sentence could not decide alone, and the sentence's domain words."""
        words = senses.keys_with_heads(k for keys in ctx.token_keys for k in keys)
        return (*(item for item in ctx.deferred if item.rule == self.code), DomainHits(domain_hits(ctx.token_keys), frozenset(words)))

    def check_document(self, doc: DocumentContext) -> Iterable[Finding]:
        nearby = _nearby_words(doc.notes)
        items = [
            replace(note.item.shifted(note.offset), nearby=nearby[note.offset]) if isinstance(note.item, PendingSense) else note.item
            for note in doc.notes
            if not isinstance(note.item, DomainHits)
        ]
        if not items:
            return []
        hits = (note.item.hits for note in doc.notes if isinstance(note.item, DomainHits))
        return _no_fix_in_letterhead(self.resolve(items, LetterSignals(domains=document_domains(hits))), doc)

    def resolve(self, items: Sequence[Any], letter: LetterSignals) -> list[Finding]:
        """One sense per letter: a use the sentence does not decide follows the uses that are decided."""
        votes: dict[str, Counter[bool]] = {}
        for item in items:
            if isinstance(item, SenseVote):
                votes.setdefault(item.woord, Counter())[item.officieel] += 1
        out = []
        for item in items:
            if not isinstance(item, PendingSense):
                continue
            scores = item.scores
            count = votes.get(item.entry.woord)
            by_votes = bool(not scores.evidence and count and count[True] != count[False])
            if not scores.evidence and not by_votes and item.nearby:  # else the sentences around it may say
                near = senses.nearby_scores(item.entry, item.nearby)
                scores = near if near.evidence else scores
            sense = senses.decide(item.entry, scores, letter.domains)
            if by_votes and count:
                official = count[True] > count[False]
                sense = (sense or item.entry.default or item.entry.official[0]) if official else None
            for i, finding in item.options:
                if sense is not None and item.entry.senses[i] == sense:
                    out.append(finding)
        return out

    def _sense_finding(self, ctx: SegmentContext, candidate: Any, span: Any, sense: Any) -> Finding:
        message = f"'{span.text}' kan verkeerd begrepen worden. {sense.uitleg}".strip()
        if candidate.partner:  # a compound: the plain word does not fit inside it
            fix = self._bracket(ctx, span, _explanation(sense.uitleg, sense.alternatieven))
        else:
            # 'melden = advies': the plain word does not fit in the sentence, so no proposal
            fix = self._fix(ctx, candidate, span, sense.alternatieven if sense.voorstel else (), sense.uitleg)
        return self.finding(ctx, span.start_char, span.end_char, message, sense.alternatieven, fix)

    def _fix(self, ctx: SegmentContext, match: Any, span: Any, alternatives: Any, uitleg: str) -> Fix | None:
        """A proposal (unsafe): the plain word in the same form; else no rewrite, only the message."""
        explanation = _explanation(uitleg, alternatives)
        if match.extra_tokens:  # 'sluit ... af': the explanation goes after the whole verb
            last = ctx.doc[max(match.extra_tokens) : max(match.extra_tokens) + 1]
            return self._bracket(ctx, last, explanation)
        result = None
        if alternatives and len(alternatives[0].split()) <= 2:
            # a short plain word fits the sentence; a longer phrase rarely does, so it goes in brackets
            result = replace_word(ctx.doc, match.start, match.end, match.entry.woord, alternatives[0], ctx.has_tags)
        if result is None:
            return self._bracket(ctx, span, explanation)
        edits = result[0]
        if ctx.blocks_any(edits) or swap_wrong(ctx.doc, edits):
            return None  # checked here too: a sense the letter decides skips the verification pass
        return Fix.of(edits, safe=False)

    @staticmethod
    def _bracket(ctx: SegmentContext, span: Any, explanation: str) -> Fix | None:
        """No rewrite: an explanation in brackets inside the sentence read as clumsy or wrong in
        every case of the audit (0 of 29 'goed'); the message explains the word instead."""
        return None

    @staticmethod
    def _sense_fits(ctx: SegmentContext, span: Any, lexicon: Any) -> bool:
        """With tags: a name ("Beroep" as a street) is not the word; for a sense word ("cv's",
        which the tagger may call a name) its context decides."""
        if not ctx.has_tags or any(k in lexicon.sense_words for k in ctx.token_keys[span.start]):
            return True
        return not all(is_tagged_name(t) for t in span)


def _no_fix_in_letterhead(findings: list[Finding], doc: DocumentContext) -> list[Finding]:
    """A line before the first sentence (sender, address, subject) is data: the finding stays, without an edit.

    The third audit saw 'Assendorperplein 4 kamer 12' become '... 4 de rechter 12': a sense the
    letter decides comes from this document pass, after the letterhead check of the segments."""
    head = [(seg.start, seg.end) for seg in doc.segments if seg.kind == "regel" and seg.end <= doc.body_start]
    return [replace(f, fix=None) if f.fix is not None and any(s <= f.start < e for s, e in head) else f for f in findings]


@dataclass(frozen=True)
class DomainHits:
    """The domain words of one sentence, for the letter's domain."""

    hits: tuple[tuple[str, int], ...]
    words: frozenset[str] = frozenset()  # the sentence's words, for an undecided word in the next or previous one


@dataclass(frozen=True)
class SenseVote:
    """A sense word the sentence decided: official or everyday, for the other uses in the letter."""

    rule: str
    woord: str
    officieel: bool

    def shifted(self, offset: int) -> SenseVote:
        return self


@dataclass(frozen=True)
class PendingSense:
    """A sense word whose sense the letter's domain decides: a finding per possible official sense."""

    rule: str
    entry: Any  # lexicon.senses.SenseEntry
    scores: Any  # nl.senses.Scores
    options: tuple[tuple[int, Finding], ...]
    nearby: frozenset[str] = frozenset()  # the words of the sentences before and after (set in the document pass)

    def shifted(self, offset: int) -> PendingSense:
        return replace(self, options=tuple((i, f.shifted(offset)) for i, f in self.options))


def _own_entry(lexicon: Any, token_keys: Sequence[str]) -> bool:
    """Whether a compound is a single-word entry of the term or jargon list itself."""
    return any(len(p.words) == 1 for index in (lexicon.terms, lexicon.jargon) for k in token_keys for p in index.get(k, ()))


def _nearby_words(notes: Sequence[Any]) -> dict[int, frozenset[str]]:
    """Per segment (by its offset): the words of the segments just before and after it."""
    words = {note.offset: note.item.words for note in notes if isinstance(note.item, DomainHits)}
    offsets = sorted(words)
    out: dict[int, frozenset[str]] = {}
    for i, offset in enumerate(offsets):
        around = [words[o] for o in (*offsets[max(0, i - 1) : i], *offsets[i + 1 : i + 2])]
        out[offset] = frozenset().union(*around)
    return out


def _jargon_phrases(ctx: SegmentContext) -> dict[int, Any]:
    """Token -> jargon entry, for jargon phrases of more than one word in the segment ('doe ... toekomen')."""
    from taalcheck.nl.matching import find_phrases

    found = find_phrases(ctx.doc, ctx.lexicon.jargon, ctx.lexicon.separable, ctx.has_parse, ctx.token_keys)
    return {i: m.entry for m in found if len(m.entry.woord.split()) > 1 for i in (*range(m.start, m.end), *m.extra_tokens)}


def _inside_jargon_phrase(phrases: dict[int, Any], candidate: Any, doc: Any) -> bool:
    """Whether the word is part of a jargon phrase that its plain form replaces as a whole.

    'doen toekomen' becomes 'sturen': the misleading 'toekomen' goes with it.
    'ter zitting' becomes 'op de zitting': the reader still meets 'zitting', so it stays a finding.
    'conclusie van antwoord' is a collocation the inventory names for the official sense: the
    word is what misleads, so M101 speaks for it. Only 'te' shared with 'dient ... te' is no overlap
    ('U dient uw loonstrook over te leggen').
    """
    word = candidate.entry.woord.lower()
    for i in (*range(candidate.start, candidate.end), *candidate.extra_tokens):
        entry = phrases.get(i)
        if entry is None or doc[i].lower_ == "te":
            continue
        if entry.alternatieven and word in entry.alternatieven[0].lower().split():
            continue
        if not _official_collocation(candidate.entry.betekenissen, entry.woord):
            return True
    return False


def _official_collocation(senses_entry: Any, phrase: str) -> bool:
    """Whether an official sense names the jargon phrase among its signals ('van antwoord')."""
    if senses_entry is None:
        return False
    phrase = f" {phrase.lower()} "
    return any(" " in x.value and f" {x.value} " in phrase for s in senses_entry.senses if s.officieel and s.melden for x in s.signalen)


def _conjunction_out_of_place(doc: Any, candidate: Any) -> bool:
    """'Wat gebeurt er nu?': 'nu' means 'omdat' only where it opens a clause ('Nu u niet kwam, ...')."""
    entry = candidate.entry.betekenissen
    if entry is None or candidate.end - candidate.start != 1 or not entry.official:
        return False
    if not all(s.alternatieven and s.alternatieven[0].split()[0].lower() in SUBORDINATORS for s in entry.official):
        return False
    return not opens_clause(doc, candidate.start)


def _subsets(items: frozenset[str]) -> list[tuple[str, ...]]:
    return [combo for n in range(len(items) + 1) for combo in combinations(sorted(items), n)]


def _explanation(uitleg: str, alternatives: Any) -> str:
    """'... Bedoeld is: de brief met het bedrag.' -> 'de brief met het bedrag'; else the first alternative."""
    for marker in ("Bedoeld is:", "is het:"):
        if marker in uitleg:
            text = uitleg.split(marker, 1)[1].strip().rstrip(".")
            if text and len(text.split()) <= 15:
                return text
    return alternatives[0] if alternatives else ""
