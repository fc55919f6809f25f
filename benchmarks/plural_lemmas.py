"""How often a plural or diminutive of a word-list noun resolves to its entry.

Generates the plural ('-en', '-s', "'s", '-heden') and diminutive forms of
every one-word noun in the shipped word lists, keeps the forms that are real
words (wordfreq knows them), runs each through the shipped pipeline in a
letter sentence and checks that the token's match keys contain the entry.

    python benchmarks/plural_lemmas.py [--verbose]
"""

from __future__ import annotations

import argparse
import re
import sys

VOWELS = "aeiou"


def plural_forms(noun: str) -> list[str]:
    """The regular plural and diminutive of a Dutch noun, by the spelling rules (not a dictionary)."""
    if noun.endswith("heid"):
        return [noun[:-4] + "heden"]
    if noun.endswith(("e", "el", "em", "en", "er", "je", "ie", "eur", "or")):
        plural = noun + "s"
    elif noun[-1] in "aiouy":
        plural = noun + "'s"
    else:
        long_vowel = re.search(r"([aeou])\1([^aeiou])$", noun)
        short_vowel = re.search(r"(?:^|[^aeiou])[aeiou]([bdfgklmnprst])$", noun)
        if long_vowel:
            stem = noun[: long_vowel.start()] + long_vowel.group(1) + long_vowel.group(2)
        elif short_vowel:
            stem = noun + noun[-1]
        else:
            stem = noun
        stem = stem[:-1] + {"f": "v", "s": "z"}.get(stem[-1], stem[-1]) if long_vowel or noun.endswith(("ief", "ies")) else stem
        plural = stem + "en"
    if noun[-1] in "bcdfgkpst":
        diminutive = noun + "je"
    elif noun[-1] in "aeiouy":
        diminutive = noun + "tje"
    else:
        diminutive = None
    return [plural] + ([diminutive, diminutive + "s"] if diminutive else [])


def measure() -> tuple[int, list[tuple[str, str]], list[tuple[str, str, str, str]]]:
    """(nouns, generated cases, misses)."""
    import taalcheck
    from taalcheck.lexicon.wordlists import load_wordlists
    from taalcheck.nl.matching import token_keys

    lists = load_wordlists()
    nouns = set()
    nlp = taalcheck.load()
    words = sorted({e.woord.lower() for kind in ("jargon", "misleidend", "vaktermen") for e in getattr(lists, kind) if e.woord.isalpha()})
    for doc, word in zip(nlp.pipe(f"Wij hebben de {w} gezien." for w in words), words, strict=True):
        if any(t.lower_ == word and t.pos_ == "NOUN" for t in doc):
            nouns.add(word)
    cases = [(n, f) for n in sorted(nouns) for f in plural_forms(n)]
    misses = []
    for doc, (noun, form) in zip(nlp.pipe(f"Wij sturen u de {form} morgen toe." for _, form in cases), cases, strict=True):
        token = next(t for t in doc if t.lower_ == form.split("'")[0] or t.lower_ == form)
        if noun not in token_keys(token):
            misses.append((noun, form, token.lemma_, token.pos_))
    return len(nouns), cases, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    from wordfreq import zipf_frequency

    n_nouns, cases, misses = measure()
    hits = len(cases) - len(misses)
    total = len(cases)
    known = [c for c in cases if zipf_frequency(c[1], "nl") >= 1.0]
    known_hits = len(known) - sum(1 for m in misses if (m[0], m[1]) in set(known))
    print(f"zelfstandige naamwoorden: {n_nouns}, vormen: {total}, gevonden: {hits} ({hits / total:.1%})")
    print(f"  waarvan bekende woorden (wordfreq): {len(known)}, gevonden: {known_hits} ({known_hits / max(1, len(known)):.1%})")
    if args.verbose:
        for miss in misses:
            print("  mis:", *miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
