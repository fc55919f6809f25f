"""Word frequency (wordfreq Zipf scale) and compound splitting for Dutch.

Zipf 3 is about once per million words. Frequency alone does not make a word
jargon (middels scores 4.0), but a very rare word is hard for many readers,
unless it is a compound of common parts ("afvalbak").
"""

from __future__ import annotations

import re
from array import array
from functools import lru_cache

from taalcheck.lexicon import tables

LINKS = ("s", "en", "e", "-")

# Words wordfreq reads as one token, unchanged: lower-case Latin letters (NFC).
# For these the table gives wordfreq's answer; anything else (digits, hyphens,
# apostrophes, capitals) asks wordfreq itself.
SIMPLE_WORD = re.compile(r"[a-zàáâäçèéêëíìîïñóòôöúùûüý]+")


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    return _zipf(word, "nl")


@lru_cache(maxsize=200_000)
def zipf_english(word: str) -> float:
    """The same scale for English: 'king' in 'beschikking' is an English word, not a Dutch part."""
    return _zipf(word, "en")


def _zipf(word: str, lang: str) -> float:
    table = frequency_table(lang) if SIMPLE_WORD.fullmatch(word) else None
    if table is not None:
        return table.get(word) or 0.0
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang)


@lru_cache(maxsize=4)
def frequency_table(lang: str) -> tables.SortedScores | None:
    """wordfreq's Zipf value of every simple word it knows, from a fast-loading copy (None: no copy kept)."""
    sources = tables.package_files("wordfreq", f"data/*_{lang}.msgpack.gz")
    table = tables.cached(f"wordfreq-{lang}", "wordfreq", sources, lambda: build_frequency_table(lang))
    if table is None or not isinstance(table[1], bytes):
        return None
    keys, hundredths = table
    scores = array("H")
    scores.frombytes(hundredths)
    return tables.SortedScores(tables.split_column(keys), scores)


def build_frequency_table(lang: str) -> tuple[str, bytes]:
    """Sorted simple words and their Zipf value in hundredths, from wordfreq's own list and function.

    wordfreq gives every word in a bucket the same frequency (a later bucket wins
    for a word listed twice), so one ``zipf_frequency`` call per bucket suffices.
    """
    from wordfreq import get_frequency_list, zipf_frequency

    bucket_of: dict[str, int] = {}
    for index, bucket in enumerate(get_frequency_list(lang)):
        bucket_of.update((word, index) for word in bucket if SIMPLE_WORD.fullmatch(word))
    value_of: dict[int, int] = {}
    for word, index in bucket_of.items():
        if index not in value_of:
            value_of[index] = round(zipf_frequency(word, lang) * 100)
    words = sorted(word for word in bucket_of if value_of[bucket_of[word]] > 0)
    return "\n".join(words), array("H", (value_of[bucket_of[word]] for word in words)).tobytes()


@lru_cache(maxsize=100_000)
def is_transparent_compound(word: str, threshold: float = 3.0, depth: int = 2) -> bool:
    """True when ``word`` splits into parts that are each common (or themselves such compounds)."""
    word = word.lower()
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        return len(parts) > 1 and all(zipf(p) >= threshold or is_transparent_compound(p, threshold, depth - 1) for p in parts)
    if depth <= 0 or len(word) < 7:
        return False
    for i in range(len(word) - 3, 2, -1):
        head, tail = word[:i], word[i:]
        if zipf(tail) < threshold:
            continue
        for link in ("", *LINKS):
            left = head[: -len(link)] if link and head.endswith(link) else (head if not link else None)
            if not left or len(left) < 3:
                continue
            if zipf(left) >= threshold or is_transparent_compound(left, threshold, depth - 1):
                return True
    return False
