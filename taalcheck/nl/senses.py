"""Which sense of a word is meant, read from its sentence and its letter.

A word from the sense inventory (``lexicon.senses``) is looked at in its
whole context: the parse (its object, the verb it depends on, its
modifiers), the compounds around it (``reisverzekering`` ends in
``verzekering``), the words of the sentence, and the letter's domain (tax,
court, Wmo, ...). Every signal of a sense that is present adds to that
sense's score; the official sense is meant when it scores higher than every
everyday sense, or when nothing speaks for any sense and the word's
``standaard`` sense is official.

The letter's domain is a document-level signal (``nl.domains``): the engine
counts domain words per segment and sums them over the letter, so a
sentence's own analysis stays cacheable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from taalcheck.lexicon.senses import Sense, SenseEntry
from taalcheck.nl.sense_words import (
    PROCEDURE_HEADS,
    Candidate,
    compound_candidates,
    compound_heads,
    is_code_letters,
    other_verb,
    sense_keys,
    separable_particle,
    split_compound,
)

__all__ = [
    "PROCEDURE_HEADS",
    "Candidate",
    "Context",
    "Scores",
    "compound_candidates",
    "compound_heads",
    "context_of",
    "decide",
    "is_code_letters",
    "keys_with_heads",
    "nearby_scores",
    "other_verb",
    "score_senses",
    "sense_keys",
    "signal_score",
    "split_compound",
]

# Weights of the evidence. The parse links a signal to the word itself
# (its object, its verb, the other half of its compound); a word elsewhere in
# the same clause counts less, one elsewhere in the sentence least.
WEIGHT_LINKED = 3.0
WEIGHT_VERB = 2.5  # the verb counts a little less than the object: 'uw loonstroken overleggen' with 'moet'
WEIGHT_CLAUSE = 2.0
WEIGHT_SENTENCE = 1.0
WEIGHT_DOMAIN = 1.0

# Dependencies that carry no meaning of their own for a word's sense.
_EMPTY_DEPS = frozenset({"punct", "det", "case", "mark", "cc", "aux", "aux:pass", "cop", "expl", "nmod:poss", "nsubj"})


# --- the context of a word -----------------------------------------------------------


@dataclass(frozen=True)
class Context:
    linked: frozenset[str]  # lemmas of the word's object, modifiers, governed noun
    verbs: frozenset[str]  # the verb(s) the word depends on
    clause: frozenset[str]  # lemmas in the word's clause
    sentence: frozenset[str]  # lemmas in the sentence
    text: str  # the sentence, lowercase, and again as lemmas ('geen bezwaren' -> 'geen bezwaar')
    partner: str  # the other half of a compound
    has_object: bool = False  # a verb with an object, a participle before its noun
    front: bool = False  # the word is the front of a compound with a procedure head
    article: str = ""  # 'de' or 'het' before the word in the singular


def keys_with_heads(keys: Iterable[str]) -> set[str]:
    """Keys, the parts of hyphenated words, and the singulars a plural may come from (the tagger
    sometimes calls a plural noun a verb: 'loonstroken')."""
    from taalcheck.nl.matching import noun_singulars

    out = set(keys)
    for key in list(out):
        if "-" in key:
            out.update(p for p in key.split("-") if p)
        if key.endswith(".") and len(key) > 1:  # 'kW.' at the end of a sentence is 'kw'
            out.add(key.rstrip("."))
        out.update(noun_singulars(key))
    return out


def context_of(doc: Any, keys: Sequence[tuple[str, ...]], candidate: Candidate, has_parse: bool) -> Context:
    own = set(range(candidate.start, candidate.end)) | set(candidate.extra_tokens)
    tokens = [t for t in doc if t.i not in own and not t.is_punct and not t.is_space]
    sentence = keys_with_heads(k for t in tokens for k in keys[t.i])
    linked: set[str] = set()
    verbs: set[str] = set()
    clause = set(sentence)
    has_object = False
    if has_parse:
        word = doc[candidate.start]
        for i in sorted(own):
            if doc[i].dep_ != "compound:prt" and doc[i].lower_ != "te":
                word = doc[i]
                break
        linked_tokens, word_verbs = _parse_links(word, keys, own)
        verbs.update(word_verbs)
        linked = keys_with_heads(k for t in linked_tokens for k in keys[t.i])
        root = word
        while root.dep_ not in _CLAUSE_BOUNDARY and root.head.i != root.i:
            root = root.head
        clause = keys_with_heads(k for t in _own_clause(root) if t.i not in own and not t.is_punct for k in keys[t.i])
    if candidate.partner:  # 'loonbeslag' is beslag on loon: the modifier is what the word is about
        linked.add(candidate.partner)
        has_object = any(c.dep_ in ("obj", "nsubj:pass") for c in word.children) or (
            word.dep_ in ("amod", "acl") and word.head.pos_ in ("NOUN", "PROPN")
        )
    article = _article(doc, candidate)
    lemmas = " ".join(keys[t.i][1] if len(keys[t.i]) > 1 else t.lower_ for t in doc)
    text = doc.text.lower() + "\n" + lemmas
    return Context(
        frozenset(linked),
        frozenset(verbs - {""}),
        frozenset(clause),
        frozenset(sentence),
        text,
        candidate.partner,
        has_object,
        candidate.front,
        article,
    )


def _parse_links(word: Any, keys: Sequence[tuple[str, ...]], own: set[int]) -> tuple[list[Any], set[str]]:
    """The tokens the parse links to the word (what it is about) and the verbs it depends on."""
    verbs: set[str] = set()
    linked_tokens = [c for c in word.children if c.dep_ not in _EMPTY_DEPS and c.dep_ not in _CLAUSE_DEPS and c.i not in own]
    if word.dep_ in ("nsubj:pass", "obj", "nmod", "obl", "nsubj") or word.pos_ in ("NOUN", "PROPN"):
        head = word.head
        verbs.update(_verb_lemmas(head))
        if head.i == word.i:  # a noun the parser made the head ('Ga dan in beroep'): its verb is a child
            from taalcheck.nl.keys import dictionary_lemma

            children = [c for c in word.children if c.dep_ in _VERB_CHILD_DEPS or c.pos_ in ("VERB", "AUX")]
            verbs.update({*(k for c in children for k in keys[c.i]), *(dictionary_lemma(c.lower_) for c in children)})
        if head.i not in own and (head.pos_ in ("NOUN", "PROPN") or _predicate_of(word)):
            linked_tokens.append(head)  # 'de maatregel is niet terecht': what is said of it
        if head.pos_ not in ("VERB", "AUX"):
            linked_tokens.extend(c for c in head.children if c.dep_ in ("obl", "nmod", "obj") and c.i not in own and c.i != word.i)
    else:
        # a verb's adverbials ('dit jaar', 'om 22.00 uur') are in its clause, not what it is about
        linked_tokens = [c for c in linked_tokens if not c.dep_.startswith("obl") and c.dep_ != "advmod"]
        verbs.update(c.lemma_.lower() for c in word.children if c.dep_ in ("aux", "aux:pass", "cop", "xcomp"))
        if word.dep_ in ("amod", "acl") and word.head.pos_ in ("NOUN", "PROPN"):
            linked_tokens.append(word.head)  # 'de overgelegde stukken': what was handed over
        if word.head.i != word.i:
            verbs.update(_verb_lemmas(word.head))
        if not any(c.dep_ == "obj" for c in word.children):
            # a verb without an object is about its subject: 'uw recht vervalt', 'de termijn verstrijkt'
            linked_tokens.extend(c for c in word.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ in ("NOUN", "PROPN"))
    for t in list(linked_tokens):
        linked_tokens.extend(c for c in t.children if c.dep_ in ("conj", "nmod") and c.i not in own)
    return linked_tokens, verbs


def _predicate_of(word: Any) -> bool:
    """Whether the word is the subject of a predicate with 'zijn' or 'worden' ('de maatregel is te hoog')."""
    return word.dep_ == "nsubj" and word.head.i != word.i and any(c.dep_ == "cop" for c in word.head.children)


_VERB_CHILD_DEPS = frozenset({"mark", "cop", "aux", "aux:pass"})  # the tagger may call an imperative 'Ga' a conjunction
_CLAUSE_DEPS = frozenset({"ROOT", "advcl", "acl", "acl:relcl", "ccomp", "parataxis", "conj", "csubj", "xcomp"})
# an infinitive under 'wil', 'moet', 'vragen' ('wil u graag horen') shares the clause of its verb
_CLAUSE_BOUNDARY = _CLAUSE_DEPS - {"xcomp"}


def _article(doc: Any, candidate: Candidate) -> str:
    """'de' or 'het' before a sense word in the singular ('de cv', not 'de cv's'); else ''."""
    if candidate.end - candidate.start != 1 or candidate.partner:
        return ""
    token = doc[candidate.start]
    if token.lower_ != candidate.entry.woord:  # a plural or another form: every plural has 'de'
        return ""
    # read from the words before it, not the parse: the parser often loses 'cv' ('de oude cv')
    i = token.i - 1
    while i >= 0 and i >= token.i - 3 and doc[i].pos_ == "ADJ":
        i -= 1
    return doc[i].lower_ if i >= 0 and doc[i].lower_ in ("de", "het") else ""


def _own_clause(root: Any) -> list[Any]:
    """The tokens of a clause without the clauses inside it ('Dit betekent [dat ... vonnis ...]')."""
    out, stack = [], [root]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ not in _CLAUSE_BOUNDARY or (c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX")))
    return out


def _verb_lemmas(verb: Any) -> set[str]:
    """The lemma of a verb, and of the whole separable verb ('vraagt ... aan' -> 'aanvragen')."""
    from taalcheck.nl.keys import dictionary_lemma

    # the model's lemma and the dictionary's: either may be wrong ('wijst' -> 'wijst')
    lemmas = {verb.lemma_.lower().replace("_", ""), dictionary_lemma(verb.lower_)}
    out = set(lemmas)
    particle = separable_particle(verb)
    if particle is not None:
        out.update(particle + lemma for lemma in lemmas)
    return out


def _in(value: str, keys: frozenset[str]) -> bool:
    """A signal word among the keys, also as the head of a compound ('verzekering' in 'reisverzekering')."""
    if value in keys:
        return True
    # the part before it is a word of at least three letters: 'betaal' is no compound of 'taal'
    if len(value) >= 4 and any(k.endswith(value) and len(k) >= len(value) + 3 for k in keys):
        return True
    # also as the front of a compound ('storingsdienst' speaks of a 'storing')
    return len(value) >= 5 and any(k.startswith(value) and len(k) >= len(value) + 4 for k in keys)


def signal_score(sense: Sense, ctx: Context) -> float:
    """The evidence for one sense in its sentence (without the letter's domain)."""
    score = 0.0
    for signal in sense.signalen:
        kind, value = signal.kind, signal.value
        if kind == "domein":
            continue
        if kind == "lidwoord":
            score += WEIGHT_LINKED if ctx.article == value else 0.0
            continue
        if kind == "samen":
            partner = ctx.partner
            score += WEIGHT_LINKED if partner and (partner == value or partner.endswith(value) or partner.startswith(value)) else 0.0
        elif kind == "bij":
            score += WEIGHT_VERB if value in ctx.verbs else (WEIGHT_SENTENCE if value in ctx.sentence else 0.0)
        elif kind == "obj":
            if _in(value, ctx.linked):
                score += WEIGHT_LINKED
            elif _in(value, ctx.clause):
                score += WEIGHT_CLAUSE
            elif _in(value, ctx.sentence):
                score += WEIGHT_SENTENCE
        elif " " in value or "-" in value:
            score += WEIGHT_CLAUSE if re.search(rf"(?<!\w){re.escape(value)}(?!\w)", ctx.text) else 0.0
        elif _in(value, ctx.linked):  # the word's own frame: 'wijst u erop', 'het bedrag ineens betalen'
            score += WEIGHT_LINKED
        elif _in(value, ctx.clause):
            score += WEIGHT_CLAUSE
        elif _in(value, ctx.sentence):
            score += WEIGHT_SENTENCE
        elif ctx.partner and value == ctx.partner:
            score += WEIGHT_CLAUSE
    return score


@dataclass(frozen=True)
class Scores:
    """Per sense (in inventory order): its score from the sentence and the domains that add to it."""

    base: tuple[float, ...]
    domains: tuple[frozenset[str], ...]

    def depends_on_domain(self) -> bool:
        return any(self.domains)

    @property
    def evidence(self) -> bool:
        """Whether the sentence itself says anything about the sense."""
        return any(self.base)


def score_senses(entry: SenseEntry, ctx: Context) -> Scores:
    base = tuple(signal_score(s, ctx) for s in entry.senses)
    if ctx.has_object and not any(x.kind == "obj" for s in entry.everyday for x in s.signalen):
        # only the official sense takes an object ('de overlast staken', 'een pasfoto overleggen')
        base = tuple(
            b + WEIGHT_SENTENCE * (s.officieel and any(x.kind == "obj" for x in s.signalen))
            for b, s in zip(base, entry.senses, strict=False)
        )
    if ctx.front:  # 'beroepschrift', 'termijnbedrag': the compound names the official thing
        base = tuple(b + WEIGHT_LINKED * s.officieel for b, s in zip(base, entry.senses, strict=False))
    domains = tuple(frozenset(x.value for x in s.signalen if x.kind == "domein") for s in entry.senses)
    return Scores(base, domains)


def nearby_scores(entry: SenseEntry, words: frozenset[str]) -> Scores:
    """The evidence in the sentences around a word, when its own sentence has none: each signal
    counts as a word elsewhere in the sentence ('Doet uw cv het niet? Bel dan de storingsdienst.')."""
    return score_senses(entry, Context(frozenset(), frozenset(), frozenset(), words, "", ""))


def decide(entry: SenseEntry, scores: Scores, domains: frozenset[str] = frozenset()) -> Sense | None:
    """The official sense that is meant, or None when an everyday sense is meant, nothing says, or
    the sense meant is one readers know (``melden = nee``)."""
    sense = _decide(entry, scores, domains)
    return sense if sense is not None and sense.melden else None


def _decide(entry: SenseEntry, scores: Scores, domains: frozenset[str]) -> Sense | None:
    totals = [b + WEIGHT_DOMAIN * len(d & domains) for b, d in zip(scores.base, scores.domains, strict=False)]
    best_official = max((t, -i) for i, (t, s) in enumerate(zip(totals, entry.senses, strict=False)) if s.officieel)
    best_everyday = max(t for t, s in zip(totals, entry.senses, strict=False) if not s.officieel)
    if best_official[0] > best_everyday:
        return entry.senses[-best_official[1]]
    if best_official[0] == best_everyday:  # nothing, or as much for both: the word's standaard sense
        default = entry.default
        return default if default is not None and default.officieel else None
    return None
