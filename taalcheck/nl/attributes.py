"""Stiff attributes before a noun: the tangconstructie and formal pointing participles.

Dutch plain-language guides name these as classes, not as single words:

- The *tangconstructie* (extended attributive phrase): a determiner, then a
  whole clause's worth of material, then a participle, then the noun ('de
  onder haar beheer vallende wegen', 'de door u op 3 mei ingediende
  aanvraag'). The reader must hold 'de' open until the noun comes. Onze Taal
  (taaladvies 'tangconstructie') and the Direct Duidelijk schrijfwijzer
  advise a relative clause instead: 'de wegen die zij beheert'. Only a
  present participle (-ende) counts: that form is written-only officialese,
  while a past participle with an agent ('de door de minister vastgestelde
  bedragen') is ordinary written Dutch; the annotators of three independent
  letter sets marked none of the five past-participle tangs in them. A short
  middle is readable, so only a middle with a prepositional phrase of at
  least ``LONG_MIDDLE`` words, or with the reflexive 'zich' ('zich op de weg
  bevindende'), counts.
- Pointing participles (verwijswoorden): 'onderstaande', 'hierboven
  vermelde', 'voornoemde', and a bare 'genoemd'/'vermeld'/'bedoeld' before a
  noun without an article ('van genoemd voorval', 'in genoemde periode').
  Onze Taal ('Moderne alternatieven voor ouderwetse en moeilijke woorden')
  and the RVO schrijfwijzer advise 'deze', 'dit', 'hieronder' or repeating
  the word. A singular noun without an article is a sign of officialese: in
  plain Dutch a singular count noun has a determiner.
- A present participle used as a preposition ('hangende het bezwaar',
  'betreffende uw aanvraag'): the tagger calls an -ende word a preposition.

Decided from the tags and the surface order, not from the parse: the parse
often hangs the middle of a long tang on the wrong word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from taalcheck.lexicon.frequency import zipf
from taalcheck.nl.tokens import previous_word

# A middle field of at least this many words (with a prepositional phrase) makes a tang stiff.
LONG_MIDDLE = 3
# Zipf of the infinitive under a present participle: 'vallen' (vallende) is a verb, 'ingedien' (ingediende) none.
COMMON_INFINITIVE = 2.0
# Words that may stand inside a prepositional phrase of the middle ('op de weg', 'in hoofdstuk 5 van de Woo').
_PHRASE_INNER = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"})
_PHRASE_HEAD = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# What may open the noun phrase before a tang: an article, a pointing or possessive word, a preposition.
_OPENERS = frozenset({"DET", "ADP", "CCONJ", "NUM", "PUNCT"})
# 'niet', 'al', 'nog': short adverbs that do not make a middle long on their own.
_LIGHT_ADVERBS = frozenset({"niet", "nog", "al", "ook", "reeds", "zeer", "heel", "erg", "zo", "eerder", "nu"})

# Pointing compounds: a place word and a participle of saying or standing, written as one word.
_POINT_PLACES = "boven|onder|hier|hierboven|hieronder|hierna|hiervoor|voor|voren|eerder|neven|na|hoger|laatst|eerst"
_POINT_VERBS = "genoemd|vermeld|staand|bedoeld|beschreven|aangehaald|gemeld|aangegeven|omschreven|volgend"
POINTING_COMPOUND = re.compile(rf"^(?:{_POINT_PLACES})(?:{_POINT_VERBS})e?$")
# 'voorbedoeld' is 'opzettelijk', 'voorgemeld' and 'navolgend' are list words; a compound is not these.
_NOT_POINTING = frozenset({"voorbedoeld", "voorbedoelde", "voorstaand", "voorstaande"})
# Participles that only point back: 'genoemd voorval' is 'dit voorval'.
POINTING_PARTICIPLES = frozenset({"genoemd", "genoemde", "vermeld", "vermelde", "bedoeld", "bedoelde", "gemeld", "gemelde"})
# A present participle every reader uses as a preposition: 'gedurende' is on the lists already.
_EVERYDAY_PREPOSITIONS = frozenset({"gedurende"})


@dataclass(frozen=True)
class Tang:
    start: int  # token index of the first middle word
    participle: int  # token index of the participle
    noun: int  # token index of the noun the phrase belongs to
    determiner: int | None  # token index of the article or pointing word before the middle, if any
    words: int  # words in the middle


@dataclass(frozen=True)
class Pointing:
    start: int  # token index
    end: int  # token index, exclusive
    kind: str  # "samenstelling" | "kaal" | "voorzetsel"


def _is_present_participle(token: Any) -> bool:
    """An inflected present participle before a noun: 'vallende', 'bevindende'."""
    low = token.lower_
    if not token.is_alpha or not token.text.islower() or not low.endswith("nde"):
        return False
    if "Part" not in token.morph.get("VerbForm") and token.pos_ != "ADJ":
        return False
    # an infinitive + 'de' ('vallen' + 'de'); 'ingediende' is a past participle ('ingedien' is no verb)
    return token.lemma_.lower() + "de" == low or zipf(low[:-2]) >= COMMON_INFINITIVE


def _possessive(token: Any) -> bool:
    return "Yes" in token.morph.get("Poss")


def _opens_phrase(token: Any) -> bool:
    """An article, 'alle', 'uw', a preposition or a comma: a noun phrase may start after it."""
    return token.pos_ in _OPENERS or _possessive(token) or token.dep_ == "det"


def _noun_after(doc: Any, i: int, end: int) -> int | None:
    """The noun right after a participle, perhaps after one adjective ('bevindende roerende zaken')."""
    k = i + 1
    for _ in range(2):
        while k < end and doc[k].is_space:
            k += 1
        if k >= end:
            return None
        if doc[k].pos_ == "NOUN":
            return k
        if doc[k].pos_ not in ("ADJ", "VERB") or not doc[k].lower_.endswith("e"):
            return None
        k += 1
    return None


def _phrase_start(doc: Any, head: int, first: int) -> int | None:
    """The preposition that opens the phrase ending in ``head`` ('op de weg'), or None."""
    j = head - 1
    while j >= first and (doc[j].pos_ in _PHRASE_INNER or _possessive(doc[j])):
        j -= 1
    if j >= first and doc[j].pos_ == "ADP" and doc[j].lower_ != "te":
        return j
    return None


def _middle(doc: Any, participle: int, first: int) -> tuple[int, int, bool, int]:
    """Walk left from the participle over the middle field: (start, phrases, reflexive, heavy adverbs)."""
    start, phrases, reflexive, adverbs = participle, 0, False, 0
    i = participle - 1
    while i >= first:
        token = doc[i]
        if token.is_space:
            i -= 1
            continue
        if token.lower_ == "zich":
            start, reflexive = i, True
        elif token.pos_ == "ADV":
            adverbs += token.lower_ not in _LIGHT_ADVERBS
            start = i
        elif token.pos_ in _PHRASE_HEAD and not (token.pos_ == "PRON" and (token.dep_ == "det" or _possessive(token))):
            opener = _phrase_start(doc, i, first)
            if opener is None:
                break
            start, phrases, i = opener, phrases + 1, opener
        else:
            break
        i -= 1
    return start, phrases, reflexive, adverbs


def tangs(doc: Any, first: int = 0, end: int | None = None) -> list[Tang]:
    """Every long extended attribute in ``doc[first:end]``, left to right."""
    end = len(doc) if end is None else end
    found: list[Tang] = []
    for token in doc[first:end]:
        if not _is_present_participle(token):
            continue
        noun = _noun_after(doc, token.i, end)
        if noun is None:
            continue
        start, phrases, reflexive, adverbs = _middle(doc, token.i, first)
        middle = [t for t in doc[start : token.i] if not t.is_space and not t.is_punct]
        if not (phrases and (reflexive or len(middle) >= LONG_MIDDLE)) and not (reflexive and adverbs):
            continue
        before = previous_word(doc, start)
        if before is not None and before.i >= first and not _opens_phrase(before):
            continue  # 'dat u op 3 mei betaalde bedragen ...': no noun phrase opens here
        determiner = before.i if before is not None and before.i >= first and before.pos_ == "DET" else None
        found.append(Tang(start, token.i, noun, determiner, len(middle)))
    return found


def _bare(doc: Any, token: Any, first: int) -> bool:
    """'van genoemd voorval': a pointing participle before a noun with no article or pointing word."""
    low = token.lower_
    if low not in POINTING_PARTICIPLES or _noun_after(doc, token.i, len(doc)) is None:
        return False
    before = previous_word(doc, token.i)
    if before is None or before.i < first or before.is_punct:
        return token.text[:1].isupper()  # 'Genoemde bedragen ...' at the start of a sentence
    return before.pos_ in ("ADP", "VERB", "AUX", "SCONJ", "CCONJ") and before.lower_ not in ("te", "als")


def pointing_words(doc: Any, first: int = 0, end: int | None = None) -> list[Pointing]:
    """Pointing compounds, bare pointing participles and -ende prepositions in ``doc[first:end]``."""
    end = len(doc) if end is None else end
    found: list[Pointing] = []
    for token in doc[first:end]:
        if not token.is_alpha:
            continue
        low = token.lower_
        if POINTING_COMPOUND.match(low) and low not in _NOT_POINTING:
            found.append(Pointing(token.i, token.i + 1, "samenstelling"))
        elif _bare(doc, token, first):
            found.append(Pointing(token.i, token.i + 1, "kaal"))
        elif low.endswith("ende") and token.pos_ == "ADP" and low not in _EVERYDAY_PREPOSITIONS:
            found.append(Pointing(token.i, token.i + 1, "voorzetsel"))
    return found


def relative_pronoun(noun: Any) -> str:
    """'die' or 'dat' for a relative clause after this noun ('het bezwaar dat', 'de wegen die')."""
    neuter = "Neut" in noun.morph.get("Gender") and "Plur" not in noun.morph.get("Number")
    return "dat" if neuter else "die"
