"""Readability counts for Dutch: syllables and the Flesch-Douma score."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Syllables are counted the way textstat counts them for Dutch (hyphenation
# points + 1 per word, punctuation dropped, apostrophes of contractions kept),
# with pyphen directly: importing textstat pulls in nltk (half a second).
_LOOSE_APOSTROPHE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_NOT_WORD = re.compile(r"[^\w\s']")


@lru_cache(maxsize=1)
def _hyphenator() -> Any:
    from taalcheck.lexicon.hyphenation import dutch_hyphenator

    return dutch_hyphenator()


@lru_cache(maxsize=100_000)
def syllables(word: str) -> int:
    parts = _NOT_WORD.sub("", _LOOSE_APOSTROPHE.sub("", word)).lower().split()
    return max(1, sum(len(_hyphenator().positions(part)) + 1 for part in parts))


def flesch_douma(words: int, sentences: int, syllable_count: int) -> float:
    if not words or not sentences:
        return 0.0
    return round(206.835 - 0.93 * (words / sentences) - 77 * (syllable_count / words), 1)
