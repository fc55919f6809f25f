"""Word-list lookups prepared once: lemma-based phrase matching for Dutch.

Entries are written as lemmas ("verstrekken", "in aanmerking komen",
"dienen te"). A token matches an entry word when its lowercase text or its
lemma equals it, so "verstrekt" and "verstrekte" find "verstrekken". Dutch
splits verbs: "zendt u het formulier toe" is "toezenden", and "komt u in
aanmerking" is "in aanmerking komen"; both are found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from taalcheck.lexicon.wordlists import Entry, WordLists
from taalcheck.nl.compounds import compound_head
from taalcheck.nl.keys import (
    compound_keys,
    dictionary_lemma,
    lemma_forms,
    model_lemma,
    noun_singulars,
    own_keys,
    token_keys,
)
from taalcheck.nl.word_classes import FUNCTION_WORDS, PRONOUNS, SEPARABLE_PARTICLES

# The token keys live in taalcheck.nl.keys; callers find them here too.
__all__ = [
    "Lexicon",
    "Match",
    "Phrase",
    "compound_keys",
    "cues_allow",
    "dictionary_lemma",
    "find_phrases",
    "lemma_forms",
    "model_lemma",
    "noun_singulars",
    "own_keys",
    "safe_cue_after",
    "segment_keys",
    "token_keys",
]

# How far the verb of a split phrase may stand from the rest ("komt u ... in aanmerking").
SPLIT_DISTANCE = 12


@dataclass(frozen=True)
class Phrase:
    """An entry as a sequence of lowercase words, with how it may be split."""

    words: tuple[str, ...]
    entry: Entry
    verb_last: bool  # "in aanmerking komen": the verb may stand elsewhere
    te_form: bool  # "dienen te": verb with a later "te" + infinitive


# "dient ... te": how far the "te" may stand without the parse saying it belongs to this verb.
TE_DISTANCE = 15
# Zipf: a bare adjective form at least this common is an everyday word of its own ('hangend', 'houdend').
COMMON_BARE_FORM = 3.0


@dataclass(frozen=True)
class Match:
    start: int  # token index
    end: int  # token index, exclusive
    entry: Entry
    extra_tokens: tuple[int, ...] = ()  # tokens of a split phrase outside start:end


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.lower().split())


def _looks_like_verb(word: str) -> bool:
    return len(word) > 3 and word.endswith("en") and word not in FUNCTION_WORDS


class Lexicon:
    """Indexes over the word lists for fast matching in a segment."""

    def __init__(self, lists: WordLists) -> None:
        self.lists = lists
        self.allowed = lists.toegestaan
        self.jargon = self._phrase_index(lists.jargon)
        self.misleading = self._phrase_index(lists.misleidend)
        self.terms = self._phrase_index(getattr(lists, "vaktermen", ()))
        self.separable = self._separable_index(lists.jargon)
        self.misleading_separable = self._separable_index(lists.misleidend)
        # single words with senses (betekenissen.csv), for compounds ('cv-ketel', 'belastingaanslag')
        self.sense_words = {e.woord: e for e in lists.misleidend if e.betekenissen is not None and " " not in e.woord}
        self.listed_words = {w for entry in (*lists.jargon, *lists.misleidend) for w in _words(entry.woord)} | {
            e.woord.lower() for e in lists.afkortingen
        }
        self.abbreviations = {e.woord: e for e in lists.afkortingen}
        self.abbreviations_folded = {e.woord.lower(): e for e in lists.afkortingen if "." in e.woord}
        # 'ivm', 'tbv', 'zsm': a dotted abbreviation written without its dots. Only forms without a
        # vowel, which no Dutch word has ('ca' or 'nr.' -> 'nr' would be too close to words).
        for entry in lists.afkortingen:
            bare = entry.woord.replace(".", "")
            if "." in entry.woord and entry.woord.islower() and len(bare) >= 3 and not any(c in "aeiouy" for c in bare):
                self.abbreviations_folded.setdefault(bare, entry)
        # "WMO" written in capitals is still the "Wmo"
        self.abbreviations_upper = {
            e.woord.upper(): e
            for e in lists.afkortingen
            if "." not in e.woord and not e.woord.isupper() and e.woord.upper() not in self.abbreviations
        }
        self.abbreviation_patterns = (
            _alternation(self.abbreviations, 0),
            _alternation(self.abbreviations_folded, re.IGNORECASE),
            _alternation(self.abbreviations_upper, 0),
        )
        # names written out ('Wet aansprakelijkheidsverzekering motorrijtuigen', 'Centraal Justitieel
        # Incassobureau'): a list word inside a name is part of the name, which the writer cannot change
        self.names = _alternation({a for e in lists.afkortingen for a in e.alternatieven[:1] if _is_name(a)}, re.IGNORECASE)

    def name_spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the written-out names in ``text`` (capital first letter, as names are written)."""
        if self.names is None:
            return []
        return [m.span() for m in self.names.finditer(text) if m.group()[:1].isupper()]

    @staticmethod
    def _phrase_index(entries: Iterable[Entry]) -> dict[str, list[Phrase]]:
        index: dict[str, list[Phrase]] = {}
        for entry in entries:
            words = _words(entry.woord)
            if not words:
                continue
            te_form = len(words) == 2 and words[1] == "te"
            head = words[:-1]
            verb_last = (
                len(words) >= 2
                and not te_form
                and _looks_like_verb(words[-1])
                and not all(w in FUNCTION_WORDS or w in PRONOUNS for w in head)
            )
            phrase = Phrase(words, entry, verb_last, te_form)
            index.setdefault(words[0], []).append(phrase)
            bare = uninflected_adjective(words)
            if bare is not None:  # 'bovenstaand kenmerk' is 'bovenstaande' before a 'het' word
                index.setdefault(bare, []).append(Phrase((bare,), entry, False, False))
        for phrases in index.values():
            phrases.sort(key=lambda p: -len(p.words))  # longest match first
        return index

    @staticmethod
    def _separable_index(entries: Iterable[Entry]) -> dict[str, list[tuple[str, Entry]]]:
        """'toezenden' -> {'zenden': [('toe', entry)]}: finds 'zendt ... toe'."""
        index: dict[str, list[tuple[str, Entry]]] = {}
        for entry in entries:
            words = _words(entry.woord)
            if len(words) != 1 or not _looks_like_verb(words[0]):
                continue
            for particle in SEPARABLE_PARTICLES:
                stem = words[0][len(particle) :]
                if words[0].startswith(particle) and _looks_like_verb(stem) and len(stem) >= 4:
                    index.setdefault(stem, []).append((particle, entry))
        return index


def uninflected_adjective(words: tuple[str, ...]) -> str | None:
    """'bovenstaande' -> 'bovenstaand', 'voormelde' -> 'voormeld': the form before a 'het' word.

    The lists write these adjectives with -e (woordenlijsten/README.md). Only
    participle forms (-nde, -de after a consonant), and only when the bare form
    is no common word in its own right ('houdend' in 'rekening houdend met').
    """
    from taalcheck.lexicon.frequency import zipf

    if len(words) != 1 or len(words[0]) < 7 or not words[0].endswith("de") or words[0][-3] in "aeiouy":
        return None
    bare = words[0][:-1]
    return bare if zipf(bare) < COMMON_BARE_FORM else None


def _is_name(full: str) -> bool:
    """A written-out name of a law or an organisation: more than one word, a capital first letter."""
    return len(full.split()) > 1 and full[:1].isupper()


def _alternation(forms: Iterable[str], flags: int) -> re.Pattern | None:
    """One regex for all abbreviations, longest first, standing alone (not inside a word)."""
    forms = sorted(forms, key=len, reverse=True)
    if not forms:
        return None
    body = "|".join(re.escape(form) for form in forms)
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])", flags)


def _is_particle_at_clause_end(tokens: Sequence[Any], i: int, has_parse: bool) -> bool:
    token = tokens[i]
    if has_parse and token.dep_ == "compound:prt":
        return True
    nxt = i + 1
    while nxt < len(tokens) and tokens[nxt].is_space:
        nxt += 1
    return nxt >= len(tokens) or tokens[nxt].is_punct


def find_phrases(
    tokens: Sequence[Any],
    index: dict[str, list[Phrase]],
    separable: dict[str, list[tuple[str, Entry]]] | None = None,
    has_parse: bool = False,
    all_keys: Sequence[tuple[str, ...]] | None = None,
) -> list[Match]:
    """All non-overlapping matches of the phrase index in ``tokens`` (one segment).

    ``all_keys``: ``token_keys`` of every token, when the caller has them already.
    """
    if all_keys is None:
        all_keys = [token_keys(t) for t in tokens]
    words = [t for t in tokens if not t.is_space]
    keys = [all_keys[t.i - tokens[0].i] for t in words]
    matches: list[Match] = []
    taken: set[int] = set()
    for i, token_key in enumerate(keys):
        if i in taken:
            continue
        found = None
        for key in token_key:
            for phrase in index.get(key, ()):
                found = _match_phrase(words, keys, i, phrase, has_parse)
                if found:
                    break
            if found:
                break
        if found is None and separable:
            found = _match_separable(words, keys, i, separable, has_parse)
        if found:
            span = set(range(found.start, found.end))
            if span & taken:
                continue
            taken |= span
            matches.append(found)
    # map word indexes back to token indexes
    return [
        Match(
            words[m.start].i - tokens[0].i,
            words[m.end - 1].i - tokens[0].i + 1,
            m.entry,
            tuple(words[j].i - tokens[0].i for j in m.extra_tokens),
        )
        for m in matches
    ]


def _match_phrase(words: Sequence[Any], keys: Sequence[tuple[str, ...]], i: int, phrase: Phrase, has_parse: bool) -> Match | None:
    n = len(phrase.words)
    if phrase.te_form:
        # "dient ... te <werkwoord>": a later "te" followed by a word; further away than
        # TE_DISTANCE words only when the parse links that verb to this one (a long middle field)
        for j in range(i + 1, len(words) - 1):
            if words[j].is_punct and words[j].text in ".;:!?":
                break
            if words[j].lower_ != "te" or not words[j + 1].is_alpha:
                continue
            if j - i < TE_DISTANCE or (has_parse and _same_clause_infinitive(words, i, j)):
                return Match(i, i + 1, phrase.entry, (j,))
        return None
    if all(i + k < len(words) and phrase.words[k] in keys[i + k] for k in range(n)):
        return Match(i, i + n, phrase.entry)
    if phrase.verb_last and n >= 2:
        head = n - 1
        if all(i + k < len(words) and phrase.words[k] in keys[i + k] for k in range(head)):
            verb = phrase.words[-1]
            for j in range(max(0, i - SPLIT_DISTANCE), min(len(words), i + head + SPLIT_DISTANCE)):
                if i <= j < i + head or verb not in keys[j]:
                    continue
                before = words[j - 1].lower_ if j > 0 else ""
                if before in ("het", "de", "uw", "een", "dit", "deze"):
                    continue  # "het schrijven" is a noun, not the verb
                return Match(i, i + head, phrase.entry, (j,))
    return None


def _same_clause_infinitive(words: Sequence[Any], verb: int, te: int) -> bool:
    """Whether the infinitive after ``te`` belongs to the verb at ``verb``, with no other clause between.

    'Het rapport dient <a long middle field> te bevatten': the parse links 'bevatten' to 'dient'.
    A subject of another verb in between starts a new clause ('dient als bewijs en u hoeft niets te doen').
    """
    head = words[verb].i
    if words[te + 1].head.i != head:
        return False
    return not any(t.dep_.startswith("nsubj") and t.head.i != head for t in words[verb + 1 : te])


def _match_separable(
    words: Sequence[Any], keys: Sequence[tuple[str, ...]], i: int, separable: dict[str, list[tuple[str, Entry]]], has_parse: bool
) -> Match | None:
    # "af te sluiten", "toe te kennen": particle, "te", infinitive
    if i + 2 < len(words) and words[i + 1].lower_ == "te":
        particle = words[i].lower_
        for key in keys[i + 2]:
            for entry_particle, entry in separable.get(key, ()):
                if entry_particle == particle:
                    return Match(i, i + 3, entry)
    for key in keys[i]:
        for particle, entry in separable.get(key, ()):
            for j in range(i + 1, len(words)):
                if words[j].lower_ == particle and _is_particle_at_clause_end(words, j, has_parse):
                    return Match(i, i + 1, entry, (j,))
    return None


ABBREVIATION_SHAPE = re.compile(r"(?<![\w.])(?:(?:[A-Za-z]{1,3}\.){2,}(?:[A-Za-z]{1,3}(?![\w]))?|[A-Z][A-Za-z]{0,2}[A-Z]{1,4}s?)(?![\w])")


def segment_keys(tokens: Sequence[Any]) -> set[str]:
    """The keys of these tokens and the heads of their compounds (cue words may stand inside a compound)."""
    return {key for token in tokens for key in (*token_keys(token), *compound_keys(token))}


def _cue_present(cues: Iterable[str], keys: set[str], lowered: str, in_compounds: bool = False) -> bool:
    """Whether a cue stands in the sentence; with ``in_compounds`` also as the head of a compound.

    Only ``wel_als`` cues look inside compounds: 'reisverzekering' is a
    'verzekering'. A ``niet_als`` cue does not: 'rechtbank' is no 'bank' to sit on.
    """
    heads: set[str] | None = None
    for cue in cues:
        if " " in cue or "-" in cue:
            if cue in lowered:
                return True
        elif cue in keys:
            return True
        elif in_compounds:
            if heads is None:  # 'reisverzekering' holds the cue 'verzekering'
                heads = {head for key in keys if len(key) >= 7 and (head := compound_head(key))}
            if cue in heads:
                return True
    return False


def cues_allow(entry: Entry, keys: set[str], lowered: str) -> bool:
    """Whether the sentence context fits the meant sense: ``wel_als`` cue present, no ``niet_als`` cue."""
    own = set(entry.woord.lower().split())
    other = keys - own
    if entry.niet_als and _cue_present(entry.niet_als, other, lowered):
        return False
    if entry.wel_als and not _cue_present(entry.wel_als, other, lowered, in_compounds=True):
        return False
    return True


def safe_cue_after(doc: Any, end: int, cues: tuple[str, ...]) -> bool:
    """A ``veilig_als`` cue among the words after the entry, up to its first noun.

    'op grond van artikel 4' and 'op grond van de Participatiewet' become
    'volgens ...'; 'op grond van uw ziekte' does not. A cue that starts with
    '-' matches the end of a word ('-wet': 'Participatiewet').
    """
    if not cues:
        return False
    seen = 0
    for token in doc[end:]:
        if token.is_space:
            continue
        if token.is_punct or seen == 5:
            return False
        seen += 1
        words = {token.lower_, token.lemma_.lower()}
        if any(cue in words or (cue.startswith("-") and token.lower_.endswith(cue[1:])) for cue in cues):
            return True
        if token.pos_ in ("NOUN", "PROPN"):
            return False
    return False
