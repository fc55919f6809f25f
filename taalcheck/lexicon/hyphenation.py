"""pyphen's Dutch hyphenation patterns, read from a fast-loading table.

pyphen parses its ``hyph_nl_NL.dic`` (16,000 patterns) at every start. The
parsed patterns go into a table (``taalcheck.lexicon.tables``) and are handed
to pyphen as its own parsed dictionary, so pyphen still does the hyphenating.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from taalcheck.lexicon import tables

LANG = "nl"


@lru_cache(maxsize=1)
def dutch_hyphenator() -> Any:
    """``pyphen.Pyphen(lang="nl")``, its patterns from the table when pyphen's layout allows it."""
    import pyphen

    path = pyphen.LANGUAGES[pyphen.language_fallback(LANG)]
    if Path(path) not in pyphen.hdcache:
        try:
            pyphen.hdcache[Path(path)] = _parsed(Path(path))
        except (AttributeError, TypeError, ValueError):  # another pyphen: let it parse the file itself
            pass
    return pyphen.Pyphen(lang=LANG)


def _parsed(path: Path) -> Any:
    from pyphen import HyphDict

    table = tables.cached(f"pyphen-{LANG}", "pyphen", [path], lambda: build_patterns(path))
    if table is None or not isinstance(table[1], str):
        raise TypeError("no pattern table kept")
    keys, values = table
    patterns = {}
    for key, value in zip(tables.split_column(keys), tables.split_column(values), strict=True):
        offset, _, digits = value.partition(":")
        patterns[key] = int(offset), tuple(int(d) for d in digits.split(","))
    parsed = HyphDict.__new__(HyphDict)
    parsed.patterns = patterns
    parsed.cache = {}
    parsed.maxlen = max(len(key) for key in patterns)
    return parsed


def build_patterns(path: Path) -> tuple[str, str]:
    """pyphen's parsed patterns as columns: pattern, and 'offset:value,value,...'."""
    from pyphen import HyphDict

    parsed = HyphDict(path)
    rows = []
    for key, (offset, values) in parsed.patterns.items():
        if any(type(v) is not int for v in values):  # nonstandard hyphenation: not in the Dutch patterns
            raise ValueError("pattern with a nonstandard hyphenation")
        rows.append((key, f"{offset}:{','.join(str(v) for v in values)}"))
    return tables.text_columns(rows)
