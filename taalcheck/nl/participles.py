"""The form of a Dutch past participle: one home for the passive rule and the 'd.d.' preposition.

The two ask different questions of the same form, so ``participle_shape`` has
two modes:

- loose (the passive rule): may this word be a participle? 'ge' somewhere or
  an unstressed prefix, ending in -d, -t or -(e)n. Finite forms pass too
  ('betaalt', 'verleent'); ``participle_form`` then settles them by the lemma.
- strict (the 'd.d.' rule, which has no lemma): only forms no finite verb
  has, also inflected before a noun ('ingediend', 'gedaan', 'ingediende',
  'verstrekte'). 'verstrekt' is not enough on its own: 'u verstrekt'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from taalcheck.nl.matching import dictionary_lemma
from taalcheck.nl.word_classes import PARTICIPLE_PARTICLES

# Loose: ge- somewhere (vastgesteld), or an unstressed prefix, maybe after a particle (terugbetaald).
_PARTICLES = "|".join(PARTICIPLE_PARTICLES)
_LOOSE = re.compile(rf"^(?:\w*ge\w{{2,}}|(?:{_PARTICLES})?(?:be|ver|ont|her|er)\w{{2,}})(?:d|t|en|n)$")
# Strict: ge- at the start or right after a particle, with these endings ('ingediend', 'ingediende', 'gedaan') ...
_STRICT_GE_ENDINGS = ("d", "t", "de", "te", "en")
# ... or an unstressed prefix with the -e of a word before its noun ('verstrekte').
_STRICT_PREFIXES = ("ver", "be", "ont", "her")
IRREGULAR_PARTICIPLES = frozenset({"voldaan", "gedaan", "volbracht"})
KOFSCHIP = ("t", "k", "f", "s", "ch", "p", "x")
VOWELS = "aeiou"


def participle_shape(word: str, *, strict: bool = False) -> bool:
    """Whether ``word`` has the form of a past participle: loose (confirm by lemma) or strict (form alone)."""
    word = word.lower()
    if not strict:
        return _LOOSE.match(word) is not None
    for particle in ("", *PARTICIPLE_PARTICLES):
        rest = word[len(particle) :] if word.startswith(particle) else ""
        if rest.startswith("ge") and len(rest) > 4 and rest.endswith(_STRICT_GE_ENDINGS):
            return True
    return word.startswith(_STRICT_PREFIXES) and word.endswith(("de", "te"))


@lru_cache(maxsize=65536)
def participle_form(lower: str) -> bool:
    """Whether a word in letters has the form of a past participle, checked by its lemma (asked for every word)."""
    lemma = dictionary_lemma(lower)
    if len(lower) < 4:
        return False
    if lower.startswith("ge") and lower.endswith(("d", "t")) and len(lower) >= 6 and lemma == lower:
        return True  # a participle the lemmatizer does not know: "geïnd"
    if not lemma.endswith("en") or lemma == lower:
        return False
    if not lower.endswith(("d", "t", "en", "n")):
        return False
    if lower in IRREGULAR_PARTICIPLES:
        return True
    if not participle_shape(lower):
        return False  # "woont", "heeft": finite forms have no ge-/be-/ver- prefix
    stem = present_stem(lemma)
    if lower in (stem + "den", stem + "ten"):
        return False  # past plural: "betaalden", "verstuurden" (but "verzonden" is a participle)
    if lower == stem + "t" and not stem.endswith(KOFSCHIP):
        return False  # "verleent" is present tense; the participle is "verleend"
    return True


def present_stem(lemma: str) -> str:
    """The Dutch present-tense stem: verlenen -> verleen, stoppen -> stop, geloven -> geloof."""
    stem = lemma[:-2] if lemma.endswith("en") else lemma
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        return stem[:-1]
    if len(stem) >= 3 and stem[-1] not in VOWELS and stem[-2] in VOWELS and stem[-3] not in VOWELS:
        stem = stem[:-1] + stem[-2] + stem[-1] if stem[-2] != "i" else stem
    if stem.endswith("v"):
        stem = stem[:-1] + "f"
    elif stem.endswith("z"):
        stem = stem[:-1] + "s"
    return stem
