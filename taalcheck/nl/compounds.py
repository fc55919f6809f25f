"""Dutch compounds: the head of a compound, so list words and cue words are found inside it.

Dutch writes compounds as one word: 'reisverzekering' is a kind of
'verzekering', 'naheffingsaanslag' a kind of 'aanslag'. The head is the
last part; the part before it (the modifier) may end in a linking 's', 'e'
or 'en' ('naheffings-aanslag', 'boeken-kast') or a hyphen ('cv-ketel').
Only the head says what the word is: 'cv-ketel' is a 'ketel', not a 'cv'.

The splitter needs no dictionary of its own: a part is a word when
wordfreq knows it well enough (Zipf), or when it is itself such a compound.
Endings that are suffixes and also words ('heden' in 'mogelijkheden',
'schap', 'baar') are no head. Measured in ``benchmarks/compounds.py``.
"""

from __future__ import annotations

from functools import lru_cache

from taalcheck.lexicon.frequency import zipf, zipf_english

# A head counts as a word from this Zipf value (about once in 3 million words); a modifier
# may be rarer ('naheffing' in 'naheffingsaanslag').
PART_ZIPF = 2.5
MODIFIER_ZIPF = 2.0
# A common word much more frequent than its would-be modifier is one word ('verz|ekering').
LEXICALISED = 3.0
LEXICALISED_GAP = 1.5
ENGLISH_MARGIN = 0.3
MIN_HEAD = 4
MIN_MODIFIER = 3
LINKS = ("s", "en", "e", "")
# Suffixes that are also words: 'mogelijkheden' is no 'heden', 'vriendschap' no 'schap'.
SUFFIX_HEADS = frozenset(
    """heden heid schap schappen baar bare dom lijk lijke lijken nis nissen ster sters aar aars erij erijen ling
    lingen sel sels tje tjes je jes ing ingen loos loze zaam zame vol volle matig matige wijs wijze halve waarts
    tal tallen achtig achtige ling arij isme isten iteit ieel iële atie aties ende enden ener eren""".split()
)


# Prefixes and particles before a verb stem make a derived word, not a compound:
# 'verzekering', 'aanvraag', 'ontheffing', 'voorwaarde'.
PREFIXES = frozenset(
    """ver be ge ont her er aan af bij door in mee na om op over toe uit voor weg terug onder tegen achter
    neer langs rond vrij samen binnen buiten mis wan mede overeen ter ten des der""".split()
)


def _english(part: str) -> bool:
    """More an English word than a Dutch one: 'king' (beschikking), 'sting' (belasting), 'spree'."""
    english = zipf_english(part)
    return english >= 3.0 and english > zipf(part) + ENGLISH_MARGIN


def _is_word(part: str, depth: int) -> bool:
    if len(part) < MIN_MODIFIER or _english(part):
        return False
    if zipf(part) >= MODIFIER_ZIPF:
        return True
    return depth > 0 and split_compound(part, depth - 1) is not None


@lru_cache(maxsize=100_000)
def split_compound(word: str, depth: int = 1) -> tuple[str, str] | None:
    """(modifier, head) of a compound; None for a simple word.

    'reisverzekering' -> ('reis', 'verzekering'); 'naheffingsaanslag' ->
    ('naheffings', 'aanslag'); 'cv-ketel' -> ('cv', 'ketel');
    'mogelijkheden', 'verzekering', 'aanvraag' -> None. Of all splits into
    two words, the one whose rarer part is most common wins
    ('gemeente|huis', not 'gemeen|tehuis').
    """
    word = word.lower()
    if "-" in word:
        modifier, _, head = word.rpartition("-")
        if len(head) >= MIN_HEAD and modifier and zipf(head) >= PART_ZIPF:
            return modifier, head
        return None
    if len(word) < MIN_HEAD + MIN_MODIFIER:
        return None
    best: tuple[float, str, str] | None = None
    for cut in range(MIN_MODIFIER, len(word) - MIN_HEAD + 1):
        modifier, head = word[:cut], word[cut:]
        if head in SUFFIX_HEADS or modifier in PREFIXES or zipf(head) < PART_ZIPF or _english(head):
            continue
        for link in LINKS:
            if link and not modifier.endswith(link):
                continue
            stem = modifier[: len(modifier) - len(link)] if link else modifier
            if len(stem) < MIN_MODIFIER + (link == "e") or stem in PREFIXES or not _is_word(stem, depth):
                continue
            if zipf(word) >= LEXICALISED and zipf(word) - zipf(stem) >= LEXICALISED_GAP:
                continue  # 'verzekering' is far more common than 'verz': one word, no compound
            score = min(max(zipf(stem), MODIFIER_ZIPF), zipf(head))
            if best is None or score > best[0]:
                best = (score, modifier, head)
    return (best[1], best[2]) if best else None


def compound_head(word: str) -> str | None:
    """The head of a compound ('reisverzekeringen' is not split here: pass singulars)."""
    split = split_compound(word)
    return split[1] if split else None
