"""Word frequency (wordfreq Zipf scale) and compound splitting for Dutch.

Zipf 3 is about once per million words. Frequency alone does not make a word
jargon (middels scores 4.0), but a very rare word is hard for many readers,
unless it is a compound of common parts ("afvalbak").
"""

from __future__ import annotations

from functools import lru_cache

LINKS = ("s", "en", "e", "-")


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "nl")


@lru_cache(maxsize=200_000)
def zipf_english(word: str) -> float:
    """The same scale for English: 'king' in 'beschikking' is an English word, not a Dutch part."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


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
