"""Where the fixed terms of ``lexicon.fixed_terms`` stand in a text.

A term matches whatever its case, across a line break, and with a plural
ending on its last word ('inleidende beschikkingen').
"""

from __future__ import annotations

import re
from functools import lru_cache

from taalcheck.lexicon.fixed_terms import FixedTerm, read_terms

_PLURAL = r"(?:en|s|'s|n)?"


@lru_cache(maxsize=4)
def _pattern(path: str | None = None) -> tuple[re.Pattern[str] | None, dict[str, FixedTerm]]:
    terms = read_terms(path)
    if not terms:
        return None, {}
    bodies = [r"\s+".join(re.escape(w) for w in t.term.split()) + _PLURAL for t in sorted(terms, key=lambda t: -len(t.term))]
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(bodies)})(?![\w-])", re.IGNORECASE)
    return pattern, {t.term: t for t in terms}


def fixed_term_spans(text: str, path: str | None = None) -> list[tuple[int, int, FixedTerm]]:
    """(start, end, term) of every fixed term in ``text``."""
    pattern, by_term = _pattern(path)
    if pattern is None:
        return []
    out = []
    for match in pattern.finditer(text):
        words = match.group().lower().split()
        term = by_term.get(" ".join(words)) or next(
            (t for key, t in by_term.items() if key.split()[:-1] == words[:-1] and words[-1].startswith(key.split()[-1])), None
        )
        if term is not None:
            out.append((match.start(), match.end(), term))
    return out
