"""One key for the variants of a reported word: case, plural and inflection.

Readers type what they see: 'Keukentafelgesprekken' as well as
'keukentafelgesprek'. `meldpunt top` counts them as one word, and finds the
word in a list that holds its singular. The key is the lower-case lemma of
the last word (in Dutch the head of a compound and of a name is at the end):
simplemma's lemma, for a compound the lemma of its longest known tail
('keukentafel' + 'gesprekken' -> 'gesprek'), and else a plain Dutch plural
stripper checked against words we know.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

_DOUBLED = ("bb", "dd", "ff", "gg", "kk", "ll", "mm", "nn", "pp", "rr", "ss", "tt")
_MIN_TAIL = 4


def normalise(woord: str) -> str:
    return " ".join(woord.split()).lower()


@lru_cache(maxsize=50_000)
def _lemma(word: str) -> str:
    try:
        from simplemma import lemmatize
    except ImportError:  # pragma: no cover - simplemma is a dependency
        return word
    return lemmatize(word, lang="nl").lower()


def plural_candidates(word: str) -> list[str]:
    """Possible singulars of a Dutch plural, most likely first (not checked against a dictionary)."""
    out: list[str] = []
    if word.endswith("'s"):
        out.append(word[:-2])  # auto's
    if word.endswith("en") and len(word) > 4:
        stem = word[:-2]
        out.append(word[:-1])  # bijlagen -> bijlage
        if stem.endswith(_DOUBLED):
            out.append(stem[:-1])  # gesprekken -> gesprek
        out.append(stem)  # besluiten -> besluit
        if len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in "aeiou" and stem[-1] not in "aeiouy":
            out.append(stem[:-1] + stem[-2] + stem[-1])  # aanvragen -> aanvraag
        for soft, hard in (("v", "f"), ("z", "s")):
            if stem.endswith(soft):
                base = stem[:-1] + hard
                out.append(base)  # brieven -> brief, huizen -> huis
                if len(base) >= 3 and base[-2] in "aeou" and base[-3] not in "aeiou":
                    out.append(base[:-1] + base[-2] + base[-1])  # kruiven? -> also lengthened
    if word.endswith("s") and not word.endswith("'s") and len(word) > 4:
        out.append(word[:-1])  # wapens -> wapen
    return list(dict.fromkeys(c for c in out if c and c != word))


def _word_key(word: str, known: frozenset[str], listed: frozenset[str]) -> str:
    """Only plural -> singular: a lemma counts when the plural stripper could have made it."""
    if word in listed or not any(ch.isalpha() for ch in word):
        return word  # 'middels' in the jargon list is not the plural of 'middel'
    candidates = plural_candidates(word)
    for candidate in candidates:
        if candidate in known:
            return candidate
    lemma = _lemma(word)
    if lemma in candidates:
        return lemma
    for i in range(1, len(word) - _MIN_TAIL + 1):  # a compound: its longest tail that is a known plural
        tail = word[i:]
        if tail.startswith("-"):
            continue
        lemma = _lemma(tail)
        if lemma != tail and lemma in plural_candidates(tail):
            return word[:i] + lemma
    return word


def variant_key(woord: str, known: Iterable[str] = (), listed: Iterable[str] = ()) -> str:
    """The key that variants of ``woord`` share.

    ``known``: words seen as they are (in lists or other meldingen), so a
    plural can go to a singular that is known. ``listed``: words in a word
    list, which always stay as they are.
    """
    words = normalise(woord).split(" ")
    if not words[-1]:
        return normalise(woord)
    listed_set = frozenset(listed)
    if " ".join(words) in listed_set:
        return " ".join(words)
    words[-1] = _word_key(words[-1], frozenset(known) | listed_set, listed_set)
    return " ".join(words)
