"""Helpers over spaCy tokens: words, neighbours, names, annotations."""

from __future__ import annotations

import re
from typing import Any

WORD_RE = re.compile(r"[^\W_]", re.UNICODE)
# After these a capital opens a new sentence or item, so it says nothing about a name.
_NAME_BREAKS = (".", ":", "!", "?", "-", "•", "*", "(", '"', "'")


def is_word(token: Any) -> bool:
    """DESIGN.md: a word is a token containing a letter or digit."""
    return bool(WORD_RE.search(token.text))


def is_name(token: Any) -> bool:
    """Capitalised inside a sentence (not at its start, not all capitals)."""
    if not token.text[:1].isupper() or token.text.isupper():
        return False
    previous = token.nbor(-1) if token.i > 0 else None
    while previous is not None and previous.is_space:
        previous = previous.nbor(-1) if previous.i > 0 else None
    return previous is not None and previous.text not in _NAME_BREAKS


def is_tagged_name(token: Any) -> bool:
    """The tagger calls it a proper noun, and it is not at the start nor all capitals."""
    return token.pos_ == "PROPN" and token.i > 0 and not token.text.isupper()


def has_tags(doc: Any) -> bool:
    """Whether a tagger ran (the shipped model); the blank pipeline has no POS or morphology."""
    return bool(getattr(doc, "has_annotation", lambda _: False)("POS"))


def has_parse(doc: Any) -> bool:
    """Whether a dependency parser ran on ``doc``."""
    return bool(getattr(doc, "has_annotation", lambda _: False)("DEP"))


def words(doc: Any) -> list[Any]:
    """The tokens of ``doc`` that are not whitespace."""
    return [t for t in doc if not t.is_space]


def first_word(doc: Any, start: int, end: int) -> Any | None:
    for token in doc[start:end]:
        if not token.is_space:
            return token
    return None


def previous_word(doc: Any, i: int) -> Any | None:
    k = i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return doc[k] if k >= 0 else None


def next_word(doc: Any, i: int, skip_comma: bool = False) -> Any | None:
    k = i
    while k < len(doc) and (doc[k].is_space or (skip_comma and doc[k].text == ",")):
        k += 1
    return doc[k] if k < len(doc) else None
