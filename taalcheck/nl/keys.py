"""The keys a token is matched by: its text, its lemmas, the singulars of a plural, a compound's head.

Word-list matching (``taalcheck.nl.matching``), cue words and the hard-word
rule all ask here, so a word is read the same way everywhere. The model's
lemma is checked against the dictionary's (simplemma), since either may be
wrong.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from taalcheck.nl.compounds import compound_head
from taalcheck.nl.word_classes import SEPARABLE_PARTICLES


@lru_cache(maxsize=200_000)
def dictionary_lemma(lower: str) -> str:
    """simplemma's lemma: a second opinion next to the model's, so a wrong guess of one is covered."""
    from taalcheck.lexicon.lemmas import lemma

    return lemma(lower).lower()


_DOUBLE_END = re.compile(r"([bdfgklmnprst])\1$")
_SHORT_VOWEL_END = re.compile(r"(?:^|[^aeiou])([aeou])([^aeiouyj])$")


@lru_cache(maxsize=65536)
def noun_singulars(lower: str) -> tuple[str, ...]:  # noqa: C901 - one branch per Dutch plural ending
    """Singular forms a Dutch plural or diminutive may come from, without a dictionary.

    'keukentafelgesprekken' -> 'keukentafelgesprek', 'aanvragen' -> 'aanvraag'
    (and the harmless non-word 'aanvrag'), 'brieven' -> 'brief', 'cv's' -> 'cv',
    'indicaties' -> 'indicatie', 'briefje' -> 'brief'. Callers look the
    candidates up in a word list, so a candidate that is no word costs nothing.
    """
    out: list[str] = []
    if lower.endswith("'s") and len(lower) > 3:
        out.append(lower[:-2])
    elif lower.endswith("heden") and len(lower) > 7:
        out.append(lower[:-5] + "heid")
    elif lower.endswith("eren") and len(lower) > 6:
        out.extend((lower[:-4], lower[:-2]))
    elif lower.endswith("en") and len(lower) > 5:
        stem = lower[:-2]
        if _DOUBLE_END.search(stem):
            out.append(stem[:-1])
        else:
            out.append(stem)
            if stem.endswith("v"):
                out.append(stem[:-1] + "f")
            elif stem.endswith("z"):
                out.append(stem[:-1] + "s")
            short = _SHORT_VOWEL_END.search(stem)
            if short:
                base = stem[: short.start(1)] + short.group(1) * 2 + short.group(2)
                out.append(base)
                if base.endswith("v"):
                    out.append(base[:-1] + "f")
                elif base.endswith("z"):
                    out.append(base[:-1] + "s")
    elif lower.endswith("s") and len(lower) > 4 and lower[-2] in "eilmnr":
        out.append(lower[:-1])
    for suffix in ("jes", "je"):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 3:
            stem = lower[: -len(suffix)]
            out.append(stem)
            if stem.endswith("et") and _DOUBLE_END.search(stem[:-2]):
                out.append(stem[:-3])
            elif stem.endswith(("t", "p", "k")):
                out.append(stem[:-1])
            break
    return tuple(dict.fromkeys(c for c in out if c != lower and len(c) > 1))


@lru_cache(maxsize=65536)
def _unknown_word(lower: str) -> bool:
    """Too rare for the tagger to know: a long compound like 'keukentafelgesprekken' it may call a verb."""
    from taalcheck.lexicon.frequency import zipf

    return zipf(lower) < 1.0


def token_keys(token: Any) -> tuple[str, ...]:
    """The forms a token may match an entry by: its text, the model's lemma, the dictionary lemma.

    Numbers match by their text only: "acht" (eight) is not "achten".
    """
    return own_keys(token)


def compound_keys(token: Any) -> tuple[str, ...]:
    """The head of a compound noun, so a list or cue word is found inside it.

    'reisverzekeringen' -> 'verzekering', 'naheffingsaanslag' -> 'aanslag',
    'cv-ketel' -> 'ketel' (never 'cv': only the head says what the word is).
    Only nouns: a verb or adjective is left alone. Not part of
    ``token_keys``: a compound is not its head everywhere ('hoorzitting' is
    no misleading 'zitting', 'schoolverzuim' is the plain name of a thing);
    ``wel_als`` cue words look inside compounds.
    """
    lower = token.lower_
    if len(lower) < 7 or token.pos_ not in ("NOUN", "PROPN", "X", "") or token.text.isupper():
        return ()
    if not token.is_alpha and not ("-" in lower and lower.rpartition("-")[2].isalpha()):
        return ()
    own = own_keys(token)
    heads: list[str] = []
    for key in own:
        head = compound_head(key)
        if head and head not in own and head not in heads:
            heads.append(head)
    return tuple(heads)


def own_keys(token: Any) -> tuple[str, ...]:
    """The token's own forms: text, lemmas, singulars (no compound heads)."""
    lower = token.lower_
    if not token.is_alpha or (token.like_num and token.pos_ != "VERB"):
        if lower.endswith(("'s", "\u2019s")) and lower[:-2].isalpha():
            return (lower, lower[:-2])  # "cv's", "data's"
        return (lower,)
    if token.text.isupper() and len(token.text) <= 4:
        # "uw CV", "INDIEN": a list word in capitals is still the word, whatever the tagger calls it;
        # but "AD" in a postcode ("1234 AD") is not "ad"
        if _after_postcode_digits(token) or not (_shouted(token) or not any(c in "aeiouy" for c in lower)):
            return (token.text,)  # 'het AD' is a newspaper, not 'ad'; 'CV' has no vowel: only the word's abbreviation
        return tuple(dict.fromkeys((token.text, lower, dictionary_lemma(lower))))
    return _word_keys(lower, model_lemma(token), token.pos_ in ("VERB", "AUX"))


@lru_cache(maxsize=65536)
def _word_keys(lower: str, lemma: str, verb: bool) -> tuple[str, ...]:
    """``own_keys`` of a word in letters, from its form, the model's lemma and whether it is a verb (a pure lookup)."""
    keys = [lower]
    if lemma != lower:
        keys.append(lemma)
    other = dictionary_lemma(lower).replace("_", "")
    if other not in keys and not (len(lower) <= 3 and len(other) > len(lower) + 1):
        keys.append(other)  # but 'ca' is no 'circa': the dictionary writes out an abbreviation
    if not verb or _unknown_word(lower):
        # plurals and diminutives the lemmatizer missed ('keukentafelgesprekk'); a known verb
        # ('indienen') is never read as a plural ('indien')
        keys.extend(c for c in noun_singulars(lower) if c not in keys)
    return tuple(keys)


def _shouted(token: Any) -> bool:
    """A word among words in capitals: a heading or a line that shouts ('INDIEN U VRAGEN HEEFT')."""
    neighbours = [t for t in token.doc[max(0, token.i - 2) : token.i + 3] if t.i != token.i and t.is_alpha and len(t.text) > 1]
    return bool(neighbours) and all(t.text.isupper() for t in neighbours)


def _after_postcode_digits(token: Any) -> bool:
    k = token.i - 1
    while k >= 0 and token.doc[k].is_space:
        k -= 1
    return k >= 0 and token.doc[k].text.isdigit() and len(token.doc[k].text) == 4


def model_lemma(token: Any) -> str:
    """The model's lemma, without a separable particle it guessed from nowhere.

    The trained lemmatizer may glue a particle to a verb that has none: it
    gives 'inzien' for "in deze periode zien we" and 'terugsturen' for "stuurt
    het op". A particle the surface form does not start with counts only when
    it stands in the sentence as this verb's particle (a ``compound:prt``
    child); otherwise the plain verb is the lemma ('zien', 'sturen'). Split
    verbs are found by ``find_phrases`` from the particle itself.
    """
    lower = token.lower_
    lemma = (token.lemma_ or lower).lower().replace("_", "")
    if lemma == lower or (len(lemma) <= len(lower) and lemma[:2] == lower[:2]):
        return lemma
    for particle in SEPARABLE_PARTICLES:
        if lemma.startswith(particle) and not lower.startswith(particle) and len(lemma) - len(particle) >= 3:
            if any(child.dep_ == "compound:prt" and child.lower_ == particle for child in token.children):
                return lemma
            return lemma[len(particle) :]
    return lemma


def lemma_forms(token: Any) -> tuple[str, ...]:
    """Every form a word may be judged by: its text, both lemmas, and a separable verb's parts.

    'opstuurt' -> ('opstuurt', 'opsturen', 'sturen'): the infinitive of the
    separable verb, and the plain verb after its particle, so a rare
    inflected form of a common verb is not called rare.
    """
    lower = token.lower_
    forms = [lower, model_lemma(token)]
    if token.is_alpha:
        forms.append(dictionary_lemma(lower))
        for particle in SEPARABLE_PARTICLES:
            rest = lower[len(particle) :]
            if lower.startswith(particle) and len(rest) >= 4:
                if rest.startswith("ge") and len(rest) >= 6:  # 'opgestuurd': the participle of the plain verb
                    forms.append(dictionary_lemma(rest))
                verb = dictionary_lemma(rest)
                if verb.endswith("en") and (verb != rest or len(rest) >= 4):
                    forms += [particle + verb, verb]  # 'omzien' is 'om' + 'zien' too
                break
    return tuple(dict.fromkeys(f.replace("_", "") for f in forms if f))
