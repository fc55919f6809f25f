"""simplemma's Dutch lemmas, with its dictionary read from a fast-loading table.

simplemma's own lemmatizer, strategies and rules do the work; only where the
dictionary comes from differs (``taalcheck.lexicon.tables``), so every lemma is
the one ``simplemma.lemmatize(word, lang="nl")`` gives.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from taalcheck.lexicon import tables

LANG = "nl"


def lemma(word: str) -> str:
    """simplemma's lemma of ``word`` (Dutch), exactly as ``simplemma.lemmatize`` gives it."""
    return _lemmatizer()(word)


@lru_cache(maxsize=1)
def _lemmatizer() -> Callable[[str], str]:
    dictionary = dutch_dictionary()
    try:
        from simplemma import Lemmatizer
        from simplemma.strategies import DefaultStrategy
        from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY, DictionaryFactory
    except ImportError:  # an older simplemma without pluggable dictionaries
        dictionary = None
    if dictionary is None:  # no table kept: simplemma with its own dictionary
        from simplemma import lemmatize

        return lambda word: lemmatize(word, lang=LANG)
    dutch: tables.SortedTable = dictionary

    class TableDictionaryFactory(DictionaryFactory):
        """The Dutch dictionary from the table; any other language from simplemma itself."""

        def get_dictionary(self, lang: str) -> Mapping[str, str]:
            return dutch if lang == LANG else DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)

    lemmatizer: Any = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=TableDictionaryFactory()))
    return lambda word: lemmatizer.lemmatize(word, LANG)


@lru_cache(maxsize=1)
def dutch_dictionary() -> tables.SortedTable | None:
    """simplemma's Dutch dictionary from the table (None: no table kept)."""
    sources = tables.package_files("simplemma", f"strategies/dictionaries/data/{LANG}.plzma")
    table = tables.cached(f"simplemma-{LANG}", "simplemma", sources, build_dictionary)
    if table is None or not isinstance(table[1], str):
        return None
    keys, values = table
    return tables.SortedTable(tables.split_column(keys), tables.split_column(values))


def build_dictionary() -> tuple[str, str]:
    """simplemma's Dutch dictionary (form -> lemma) as sorted columns."""
    from simplemma.strategies.dictionaries.dictionary_factory import DEFAULT_DICTIONARY_FACTORY

    return tables.text_columns(DEFAULT_DICTIONARY_FACTORY.get_dictionary(LANG).items())
