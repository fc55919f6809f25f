"""The matching tables of the word lists in use, loaded again only when a list file changed."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any


def lexicon_key(woordenlijsten: Sequence[str]) -> Any:
    """The word lists' fingerprint (files, modification times, sizes): cheap, one ``stat`` per file."""
    from taalcheck.lexicon.wordlists import fingerprint

    return fingerprint(woordenlijsten)


@lru_cache(maxsize=16)
def lexicon_for_key(key: Any) -> Any:
    from taalcheck.lexicon.wordlists import load_fingerprinted
    from taalcheck.nl.matching import Lexicon

    return Lexicon(load_fingerprinted(key))


def lexicon_for(woordenlijsten: Sequence[str]) -> Any:
    """The matching tables for the shipped lists plus ``woordenlijsten``, as the files are now."""
    return lexicon_for_key(lexicon_key(woordenlijsten))
