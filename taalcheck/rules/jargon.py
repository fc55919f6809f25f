"""Ambtelijk words and phrases from the word lists (jargon)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from taalcheck.core.findings import Edit, Finding, Fix
from taalcheck.core.text import match_case
from taalcheck.nl import noun_phrases
from taalcheck.nl.archaic import archaic_forms
from taalcheck.nl.clauses import clause_bounds, clause_is_te_infinitive, is_full_clause, is_wish
from taalcheck.nl.matching import dictionary_lemma, safe_cue_after
from taalcheck.nl.noun_phrases import is_question_word
from taalcheck.nl.word_classes import (
    CLAUSE_CONJUNCTIONS,
    CLAUSE_PUNCT,
    COORDINATORS,
    DIENEN_TO_MOETEN,
    ELLIPTIC_AFTER_IF,
    PARTICLES,
    PERSONS,
    SUBORDINATORS,
    VERB_PREFIX_WORDS,
    WENSEN_TO_WILLEN,
    ZIJN_TO_MOETEN,
)
from taalcheck.rewrites import swap_context
from taalcheck.rewrites import words as rewrite
from taalcheck.rules.base import Category, Rule, SegmentContext, list_matches

# What to write instead of an old case form, by its kind (see taalcheck.nl.archaic).
ARCHAIC_ADVICE = {
    "ter": ("Schrijf het gewoon, bijvoorbeeld met 'voor', 'om te' of 'bij'.", ("voor", "om te", "bij")),
    "genitief": ("'Des te beter' wordt 'nog beter', 'een der redenen' wordt 'een van de redenen'.", ("van de", "nog")),
    "datief": ("Schrijf 'hierin' of 'hierbij', of laat het weg.", ("hierin", "hierbij")),
    "voornaamwoord": ("Schrijf 'wat', 'dat', 'die' of 'het'.", ("wat", "dat", "die", "het")),
    "halve": ("Schrijf bijvoorbeeld 'voor de volledigheid', 'voor de zekerheid' of 'daarom'.", ("voor de", "daarom")),
    "wege": ("Zeg wie het doet: 'door de gemeente', 'namens mij'.", ("door", "namens")),
    "zijds": ("Schrijf 'van mijn kant' of 'van onze kant'.", ("van mijn kant", "van onze kant")),
}


class Jargon(Rule):
    """Vindt ambtelijke woorden en uitdrukkingen uit de woordenlijst.

    Wat het doet
    Zoekt woorden als 'middels', 'derhalve' en 'indien', en vaste
    uitdrukkingen als 'ten behoeve van' of 'dienen te'. Ook vervoegde vormen
    worden gevonden: 'verstrekt' en 'verstrekte' horen bij 'verstrekken'.
    Een organisatie kan eigen woorden toevoegen in een eigen woordenlijst.
    Ook oude naamvallen die niet in de lijst staan, worden gevonden aan hun
    vorm: 'ter' of 'ten' voor een zelfstandig naamwoord ('ter
    voorbereiding'), 'des' en 'der' ('des te beter', 'een der redenen'),
    'dezer dagen', 'in dezen', 'hetwelk', en woorden op -halve, -wege en
    -zijds ('volledigheidshalve', 'van gemeentewege', 'mijnerzijds'). Namen
    ('Ter Apel', 'Van der Berg') en vaste woorden die iedereen kent ('ten
    eerste', 'ter wereld') niet.

    Waarom is dit lastig voor lezers?
    Deze woorden komen bijna alleen in brieven van de overheid voor. Veel
    lezers kennen ze niet of moeten er lang over nadenken. Een gewoon woord
    zegt hetzelfde en iedereen begrijpt het.

    Voorbeeld
    Indien u het niet eens bent met dit besluit, dient u middels het formulier bezwaar te maken.

    Beter
    Als u het niet eens bent met dit besluit, moet u met het formulier bezwaar maken.

    Veiligheid van de aanpassing
    Alleen woorden die in de lijst 'veilig' heten, worden met --fix
    vervangen, of woorden waarna een woord uit 'veilig_als' staat. Het
    nieuwe woord krijgt dezelfde vorm ('verstrekt' wordt 'geeft'), het
    goede lidwoord ('de aanvang' wordt 'het begin') en staat goed in de zin
    ('U stuurt het formulier terug'). 'Welke' wordt 'die' of 'dat', net als
    het woord waar het bij hoort. Is de vorm of de plaats niet zeker, dan is
    het een voorstel. Een verbetering die een nieuw probleem geeft, laat
    taalcheck weg.
    """

    code = "W101"
    category = "jargon"
    severity = "warning"
    title = "Ambtelijk woord"
    priority = 30
    category_info = Category("Ambtelijke woorden", "ambtelijk woord", "woord dat bijna alleen de overheid gebruikt")
    metric = "ambtelijke_woorden"

    def check(self, ctx: SegmentContext) -> Iterable[Finding]:
        for match, span in list_matches(ctx, ctx.lexicon.jargon, ctx.lexicon.separable):
            start, end, entry = span.start_char, span.end_char, match.entry
            if entry.woord.lower() == "welke" and is_question_word(ctx.doc, match.start):
                continue  # 'welke functies u kunt doen' asks; only a relative 'welke' is stiff
            if span.text.lower() == entry.woord.lower() and _verb_entry(entry) and noun_phrases.is_plural_noun(ctx.doc, match.start):
                continue  # 'twee nieuwe berichten' are messages, not the verb 'berichten'
            if span.text.isupper() and span.text in ctx.lexicon.abbreviations:
                continue  # a known abbreviation in capitals is the abbreviation, not the plain word
            if entry.woord.lower() == "wensen" and is_wish(ctx.doc, match.start):
                continue  # 'wij wensen u fijne feestdagen' wishes well; only 'wenst u te ...' is stiff
            message = f"'{span.text}' is ambtelijke taal. {entry.uitleg}".strip()
            if entry.meldingen:
                lezers = "lezer meldde" if entry.meldingen == 1 else "lezers meldden"
                message += f" {entry.meldingen} {lezers} dit woord."
            fix = self._fix(ctx, match, span)
            reason = _notsafe_cue_after(ctx.doc, match, span) if fix is not None else None
            if reason:  # the swap would break this sentence: advice, no rewrite (a wrong proposal costs time)
                message, fix = f"{message} (Geen voorstel: {reason}.)", None
            yield self.finding(ctx, start, end, message, entry.alternatieven, fix)
        yield from self._archaic(ctx)

    def _archaic(self, ctx: SegmentContext) -> Iterable[Finding]:
        """Old case forms the list does not name ('ter voorbereiding', 'des te', 'volledigheidshalve').

        See taalcheck.nl.archaic. A list entry that covers the same words
        ('ter inzage') was found first and wins: no double finding.
        """
        doc = ctx.doc
        for form in archaic_forms(doc):
            span = doc[form.start : form.end]
            start, end = span.start_char, span.end_char
            if ctx.is_blocked(start, end) or ctx.is_claimed(start, end):
                continue
            ctx.claim(start, end)
            advice, suggestions = ARCHAIC_ADVICE[form.kind]
            yield self.finding(ctx, start, end, f"'{span.text}' is een ouderwetse vorm. {advice}", suggestions)

    def _fix(self, ctx: SegmentContext, match, span) -> Fix | None:  # noqa: C901 - the order of the special cases is the rule; issue 17 reworks the fixes
        """The rewrite: inflection, word order and capitals kept (see taalcheck.rewrites.words)."""
        entry = match.entry
        grammatical = self._by_grammar(ctx, match)
        if grammatical is not None:
            edits, certain = grammatical
            return None if ctx.blocks_any(edits) else Fix.of(edits, certain)
        if not entry.alternatieven or not (entry.voorstel or safe_cue_after(ctx.doc, match.end, entry.veilig_als)):
            return None  # 'veilig = advies': the message only, unless a 'veilig_als' word makes the swap safe
        alternative = entry.alternatieven[0]
        words = entry.woord.lower().split()
        if len(words) == 2 and words[1] == "te" and words[0] == "dienen" and match.extra_tokens:
            return self._dienen_te(ctx, match, span)
        if words == ["gehouden", "te"] and match.extra_tokens:
            return self._gehouden_te(ctx, match)
        if words == ["wensen"] and not match.extra_tokens:
            te = _later_te(ctx.doc, match)
            if te is not None:
                return self._wensen_te(ctx, match, span, te)
        if match.extra_tokens and _te_between(ctx.doc, match):
            # 'uw zienswijze kenbaar te maken': one contiguous te-infinitive after all
            match = replace(match, end=match.extra_tokens[0] + 1, extra_tokens=())
        if (len(words) > 1 and not match.extra_tokens) or (len(words) > 2 and match.extra_tokens):
            phrase = rewrite.replace_phrase_verb(ctx.doc, match.start, match.end, match.extra_tokens, words, alternative)
            if phrase is not None:
                edits, certain = phrase
                if ctx.blocks_any(edits):
                    return None
                return Fix.of(edits, certain and entry.veilig) if entry.voorstel else None
        if match.extra_tokens:
            if len(words) != 1 or len(match.extra_tokens) != 1:
                return None  # a split phrase ("komt u in aanmerking"): rewriting needs a human
            result = rewrite.replace_split_verb(ctx.doc, match.start, match.extra_tokens[0], entry.woord, alternative, ctx.has_tags)
        elif words[0] == "mocht":
            result = rewrite.replace_modal_condition(ctx.doc, match.start, match.end, alternative)
        else:
            result = rewrite.replace_word(ctx.doc, match.start, match.end, entry.woord, alternative, ctx.has_tags)
        if result is None:
            return None
        edits, certain = result
        if ctx.blocks_any(edits):
            return None
        if alternative.lower() in CLAUSE_CONJUNCTIONS and clause_is_te_infinitive(ctx.doc, match.start):
            certain = False  # 'alvorens een besluit te nemen': 'voordat' needs a subject and a verb
        safe = certain and (entry.veilig or safe_cue_after(ctx.doc, match.end, entry.veilig_als))
        return Fix.of(edits, safe) if safe or entry.voorstel else None

    @staticmethod
    def _by_grammar(ctx: SegmentContext, match) -> tuple[list[Edit], bool] | None:
        """Rewrites the grammar decides, not the list: 'welke' -> die/dat, 'de betreffende' -> die."""
        if match.extra_tokens or match.end - match.start != 1:
            return None
        return noun_phrases.relative_welke(ctx.doc, match.start) or noun_phrases.pointing_word(ctx.doc, match.start)

    def _dienen_te(self, ctx: SegmentContext, match, span) -> Fix | None:
        """'U dient het formulier in te vullen' -> 'U moet het formulier invullen'."""
        return self._modal_te(ctx, match, span, DIENEN_TO_MOETEN.get(span.text.lower()), match.extra_tokens[0])

    def _wensen_te(self, ctx: SegmentContext, match, span, te: int) -> Fix | None:
        """'Als u stukken wenst in te dienen' -> 'Als u stukken wilt indienen'."""
        doc = ctx.doc
        word = span.text.lower()
        form = WENSEN_TO_WILLEN.get(word)
        if word == "wenst":
            # 'u wenst' -> 'u wilt', 'hij wenst' -> 'hij wil'; another subject: not sure
            first, last = clause_bounds(doc, match.start)
            pronouns = {t.lower_ for t in doc[first:last]} & PERSONS
            form = "wilt" if pronouns == {"u"} else "wil" if pronouns and pronouns <= {"hij", "zij", "ze", "men"} else None
        return self._modal_te(ctx, match, span, form, te)

    def _gehouden_te(self, ctx: SegmentContext, match) -> Fix | None:
        """'bent u gehouden dit te melden' -> 'moet u dit melden': 'zijn' becomes 'moeten', 'gehouden' goes.

        Only when the finite 'zijn' comes first ('dat u gehouden bent ... te
        melden' would need a new word order).
        """
        doc = ctx.doc
        gehouden = doc[match.start]
        first, _ = clause_bounds(doc, match.start)
        finite = [t for t in doc[first : match.start] if t.lower_ in ZIJN_TO_MOETEN]
        if len(finite) != 1:
            return None
        verb = finite[0]
        modal = self._modal_te(ctx, match, doc[verb.i : verb.i + 1], ZIJN_TO_MOETEN[verb.lower_], match.extra_tokens[0])
        if modal is None:
            return None
        drop = Edit(gehouden.idx, gehouden.idx + len(gehouden.text) + len(gehouden.whitespace_), "")
        if ctx.blocks_any([drop]):
            return None
        main, *extra = modal.edits
        return Fix((main, drop, *extra), modal.applicability)

    def _modal_te(self, ctx: SegmentContext, match, span, form: str | None, te_index: int) -> Fix | None:
        """The verb becomes a modal ('moet', 'wilt') and its 'te' goes; a particle joins its verb again."""
        doc = ctx.doc
        te = doc[te_index]
        if form is None or ctx.is_blocked(te.idx, te.idx + len(te.text)):
            return None
        between = doc[span.end : te.i]
        # 'om 9 uur' is a time; 'om vast te stellen' a purpose
        purpose = [t for t in between if t.lower_ == "om" and not (t.i + 1 < len(doc) and doc[t.i + 1].like_num)]
        if purpose or (span.end < len(doc) and doc[span.end].lower_ in ("als", "voor", "tot")):
            return None  # 'Het onderzoek dient om vast te stellen ...': dienen is 'bedoeld zijn', not 'moeten'
        # 'als werkzoekende' and 'op die datum' (a preposition, an article) do not open a clause
        if any(
            t.text in CLAUSE_PUNCT or (t.lower_ in SUBORDINATORS | COORDINATORS | {"om"} and t.pos_ not in ("ADP", "DET")) for t in between
        ):
            return None  # 'Dit dient als bewijs en u hoeft niets te doen': another clause's 'te'
        verb, later_te = doc[te.i + 1] if te.i + 1 < len(doc) else None, rewrite.later_te(doc, te.i + 2)
        if verb is None or (later_te and (verb.dep_ in ("acl", "amod") or (te.i + 2 < len(doc) and doc[te.i + 2].pos_ == "NOUN"))):
            return None  # 'het terug te betalen bedrag ... te voldoen': this 'te' belongs to a noun
        safe = match.entry.veilig
        start, end = te.idx, te.idx + len(te.text) + len(te.whitespace_)
        previous = doc[te.i - 1] if te.i > 0 else None
        if previous is not None and previous.lower_ in PARTICLES and previous.whitespace_:
            # the particle joins the verb again: "in te vullen" -> "invullen"
            start, end = previous.idx + len(previous.text), te.idx + len(te.text) + len(te.whitespace_)
            # "er rekening mee te houden": 'mee' may belong to 'ermee' ('meehouden' is no verb): no rewrite
            if any(t.lower_ in ("er", "daar", "hier", "waar") for t in doc[span.start : te.i]):
                return None
        elif (
            previous is not None
            and previous.whitespace_
            and _one_word(previous.lower_, doc[te.i + 1].lower_ if te.i + 1 < len(doc) else "")
        ):
            # 'plaats te vinden' -> 'plaatsvinden', 'deel te nemen' -> 'deelnemen'
            start, end = previous.idx + len(previous.text), te.idx + len(te.text) + len(te.whitespace_)
        if ctx.is_blocked(start, end):
            return None
        edits = [Edit(span.start_char, span.end_char, match_case(span.text, form)), Edit(start, end, "")]
        for later in _coordinated_te(doc, te.i):
            # 'in te vullen en terug te sturen' -> 'invullen en terugsturen': every 'te' of the row goes
            cut = _drop_te(doc, later)
            if cut is None or ctx.is_blocked(*cut):
                return None
            edits.append(Edit(cut[0], cut[1], ""))
        return Fix.of(edits, safe)


def _one_word(first: str, verb: str) -> bool:
    """'plaats' + 'vinden' is one verb ('plaatsvinden'): a common word written together."""
    from taalcheck.lexicon.frequency import zipf
    from taalcheck.nl.inflection import load_forms

    known = load_forms().get(first + verb)
    if known is not None and known.kind == "werkwoord" and known.tail == first:
        return True  # 'mede te delen' -> 'mededelen'
    return first in VERB_PREFIX_WORDS and verb.isalpha() and zipf(first + verb) >= 1.5


def _coordinated_te(doc, te_index: int) -> list[int]:
    """The other 'te's of a row of te-infinitives after one modal: 'te melden, ... te maken en ... te bewaren'.

    Stops at the end of the clause, and gives up (no more 'te's) after 'om',
    'zonder' or 'door', whose 'te' belongs to them.
    """
    out = []
    joined = False
    for token in doc[te_index + 2 :]:
        low = token.lower_
        if low in (".", ";", ":", "!", "?") or (low in SUBORDINATORS - {"of"} and token.pos_ != "ADP"):
            break
        reflexive = low in PERSONS and doc[token.i + 1 : token.i + 2].text.lower() == "te"  # 'dan wel u te laten ...'
        if (low in PERSONS and not reflexive) or low in DIENEN_TO_MOETEN or "Fin" in token.morph.get("VerbForm"):
            break  # 'en u dient ervoor te zorgen': a new clause with its own verb
        if low in ("om", "zonder", "door", "na", "teneinde", "alvorens"):
            break  # 'teneinde te voorkomen': that 'te' belongs to 'teneinde'
        if low in ("en", "of", ",", "maar"):
            joined = True
        elif low == "te" and joined:
            out.append(token.i)
            joined = False
    return out


def _drop_te(doc, te_index: int) -> tuple[int, int] | None:
    """Where to cut 'te' (and the space), joining a particle to its verb again ('mee te nemen' -> 'meenemen')."""
    te = doc[te_index]
    if te_index + 1 >= len(doc):
        return None
    previous = doc[te_index - 1]
    verb = doc[te_index + 1].lower_
    if previous.whitespace_ and (previous.lower_ in PARTICLES or _one_word(previous.lower_, verb)):
        if any(t.lower_ in ("er", "daar", "hier", "waar") for t in doc[max(0, te_index - 8) : te_index - 1]):
            return None  # 'er rekening mee te houden': 'mee' may belong to 'er'
        return previous.idx + len(previous.text), te.idx + len(te.text) + len(te.whitespace_)
    return te.idx, te.idx + len(te.text) + len(te.whitespace_)


def _notsafe_cue_after(doc, match, span) -> str | None:
    """Why a listed swap that is safe in general is not safe in this sentence."""
    word = match.entry.woord.lower()
    following = doc[match.end].lower_ if match.end < len(doc) else ""
    if word == "indien" and (following in ELLIPTIC_AFTER_IF or not is_full_clause(doc, match.end)):
        phrase = f"{span.text} {doc[match.end].text}" if match.end < len(doc) else span.text  # also 'Indien' on its own
        return f"'{phrase}' heeft geen werkwoord; schrijf bijvoorbeeld 'Als het nodig is' of 'Als u wilt'"
    if word == "wensen":
        head = doc[match.start]
        subjects = {t.lower_ for t in head.children if t.dep_.startswith("nsubj")}
        first, last = clause_bounds(doc, match.start)
        addressed = {t.lower_ for t in doc[first:last] if t.i != match.start} & {"u", "je", "jou", "jullie"}
        if addressed and "u" not in subjects and not any(t.lower_ == "te" for t in doc[match.end : last]):
            return "hier is 'wensen' een wens ('Wij wensen u sterkte'); 'willen' betekent dan iets anders"
    return _other_sense(doc, match, word)


def _other_sense(doc, match, word: str) -> str | None:
    """Entries whose plain word fits only one use: 'voldoen aan', 'derhalve in totaal', a passive."""
    head = doc[match.start]
    if word == "voldoen":  # 'aan' marks what is complied with, also where the parser calls it an object
        aan = [c for c in head.children if any(g.lower_ == "aan" and g.dep_ == "case" for g in c.children)]
        if aan and not any(c.dep_ == "obj" and c not in aan for c in head.children):
            return "'voldoen aan' betekent hier: doen wat gevraagd wordt, niet betalen"
    if word == "derhalve" and match.start > 0 and doc[match.start - 1].text == ",":
        rest = [t for t in doc[match.end :] if not t.is_space]
        part = rest[: next((k for k, t in enumerate(rest) if t.is_punct), len(rest))]
        if not any(t.pos_ in ("VERB", "AUX") for t in part):
            return "hier betekent het 'dus' of 'samen', niet 'daarom'"
    if word == "ten bedrage van" and match.start > 0 and (doc[match.start - 1].is_punct or doc[match.start - 1].like_num):
        return "zonder 'ten bedrage' hangt het bedrag los; zet het bedrag direct achter het woord"
    first, last = clause_bounds(doc, match.start)
    if word == "in de gelegenheid stellen" and any(t.lower_ in ("ben", "bent", "is", "zijn", "was", "waren") for t in doc[first:last]):
        return "met 'zijn' kan dat niet; schrijf bijvoorbeeld 'U heeft de kans gekregen'"
    return swap_context.collocation_broken(doc, match.start, word, match.entry.alternatieven, (first, last))


def _later_te(doc, match) -> int | None:
    """The 'te' of 'wenst ... in te dienen' within twelve words, before an infinitive."""
    te = next((t.i for t in doc[match.end : match.end + 12] if t.lower_ == "te"), None)
    if te is None or te + 1 >= len(doc) or not doc[te + 1].lower_.endswith("n"):
        return None
    return te


def _verb_entry(entry) -> bool:
    """A one-word entry that is a verb's infinitive: it ends in -en and every alternative ends in an infinitive.

    'berichten' (laten weten) and 'verzoeken' (vragen) are verbs;
    'werkzaamheden' (werk) and 'gronden' (redenen: its lemma is 'reden')
    are nouns.
    """
    woord = entry.woord.lower()
    if " " in woord or len(woord) <= 4 or not woord.endswith("en") or not entry.alternatieven:
        return False
    lasts = [alternative.split()[-1].lower() for alternative in entry.alternatieven]
    return all(last.endswith("en") and dictionary_lemma(last) == last for last in lasts)


def _te_between(doc, match) -> bool:
    """'kenbaar te maken': only 'te' stands between the phrase and its verb."""
    between = [t for t in doc[match.end : match.extra_tokens[0]] if not t.is_space]
    return len(match.extra_tokens) == 1 and len(between) == 1 and between[0].lower_ == "te"
