"""Finding a word of the sense inventory in a sentence: every form, inside compounds, never a code.

'CV', 'Cv' and 'cv'; 'keukentafelgesprekken' even when the tagger calls it a
verb; 'belastingaanslag' and 'verzetdagvaarding'; not the letters of a
postcode or a case number (4463 CV, 10998877 CV EXPL). Which sense is meant
is decided in ``nl.senses``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from taalcheck.nl.word_classes import PARTICLES, WORDEN, ZIJN

# A word rarer than this (Zipf scale) is a long compound the tagger does not know.
RARE_ZIPF = 2.5
_LINKS = ("s", "en", "e", "")


def is_code_letters(token: Any) -> bool:
    """'CV' in '4463 CV Goes' or '10998877 CV EXPL': letters of a postcode or a case number, not a word."""
    if not (token.text.isupper() and token.text.isalpha() and len(token.text) <= 4 and token.i > 0):
        return False
    words = [t for t in token.doc if t.is_alpha and len(t.text) > 4]
    if words and sum(t.text.isupper() for t in words) > len(words) / 2:
        return False  # a line in capitals ('STUUR UW CV MEE'): its words are words
    previous = token.nbor(-1)
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if previous.text.isdigit():
        return True
    return any(t is not None and t.text.isupper() and t.text.isalpha() and len(t.text) >= 2 for t in (previous, following))


def sense_keys(doc: Any, keys: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Match keys for sense words: a word in capitals is the word too ('CV', 'Cv' and 'cv'),
    except the letters of a postcode or a case number."""
    from taalcheck.lexicon.frequency import zipf
    from taalcheck.nl.keys import noun_singulars

    out = []
    for token, token_keys in zip(doc, keys, strict=False):
        lower = token.lower_
        if is_code_letters(token):  # '4463 CV', '10998877 CV EXPL': no word at all, whatever its lemma
            out.append(())
            continue
        if lower not in token_keys and token.is_alpha:
            token_keys = (*token_keys, lower)
        if token.pos_ in ("VERB", "AUX", "ADJ") and len(lower) > 8 and zipf(lower) < RARE_ZIPF:
            # the tagger may call a rare plural noun a verb ('keukentafelgesprekken'): its singulars too;
            # a common verb ('verzetten', 'onderhouden') stays a verb
            token_keys = (*token_keys, *(s for s in noun_singulars(lower) if s not in token_keys))
        out.append(token_keys)
    return out


@lru_cache(maxsize=65536)
def compound_heads(word: str) -> tuple[str, ...]:
    """Possible heads of a closed compound: 'reisverzekering' -> ('verzekering', 'zekering', ...)."""
    return tuple(word[i:] for i in range(3, len(word) - 3))


@lru_cache(maxsize=65536)
def split_compound(word: str, head: str) -> str | None:
    """The modifier when ``word`` is a compound ending in ``head`` ('belastingaanslag' -> 'belasting')."""
    from taalcheck.lexicon.frequency import zipf

    if "-" in word:
        parts = word.split("-")
        return "-".join(parts[:-1]) if parts[-1] == head and parts[0] else None
    if len(head) < 5 or not word.endswith(head) or len(word) - len(head) < 3:
        return None
    left = word[: -len(head)]
    for link in _LINKS:
        stem = left[: -len(link)] if link else left
        if link and not left.endswith(link):
            continue
        if len(stem) >= 3 and (zipf(stem) >= 3.0 or _known_tail(stem)):
            return stem
    return None


def _known_tail(stem: str) -> bool:
    """A modifier that is itself a compound of a known word ('naheffing' ends in 'heffing')."""
    from taalcheck.lexicon.frequency import zipf

    return any(zipf(stem[i:]) >= 3.0 for i in range(2, len(stem) - 4))


@dataclass(frozen=True)
class Candidate:
    """A sense word in a sentence: token indexes, its entry, and the other half of its compound."""

    start: int
    end: int
    entry: Any  # a word-list Entry whose ``betekenissen`` holds the senses
    extra_tokens: tuple[int, ...] = ()
    partner: str = ""  # 'ketel' for 'cv-ketel', 'belasting' for 'belastingaanslag'
    front: bool = False  # the word is the front of a compound whose head names a procedure ('beroepschrift')


def compound_candidates(doc: Any, keys: Sequence[tuple[str, ...]], words: dict[str, Any], taken: set[int]) -> list[Candidate]:
    """Sense words inside compounds: 'CV-ketel', 'keukentafel-gesprek', 'belastingaanslagen'."""
    out = []
    for token, token_keys in zip(doc, keys, strict=False):
        if token.i in taken or (not token.is_alpha and "-" not in token.text):
            continue
        lower = token.lower_
        if "-" in lower:
            joined = lower.replace("-", "")
            if joined in words:
                out.append(Candidate(token.i, token.i + 1, words[joined]))
                continue
            # the last part names the thing ('cv-ketel' is a kettle); a sense word in front only
            # counts when its official sense names that compound ('bijstands-uitkering')
            parts = [p for p in lower.split("-") if p]
            for n, part in enumerate(parts):
                partner = "-".join(p for p in parts if p != part)
                if part in words and len(parts) > 1 and (n == len(parts) - 1 or _official_compound(words[part], partner)):
                    out.append(Candidate(token.i, token.i + 1, words[part], partner=partner))
                    break
            continue
        for key in token_keys:
            found = next(((w, m) for w in compound_heads(key) if w in words and (m := split_compound(key, w))), None)
            # a closed compound ('belastingaanslag', 'loonbeslag') counts when its modifier is a signal of
            # the official sense; 'hoorzitting' or 'maatwerkvoorziening' name things of their own
            if found and _official_modifier(words[found[0]], found[1]):
                out.append(Candidate(token.i, token.i + 1, words[found[0]], partner=found[1]))
                break
        else:
            front = _front_word(token.lower_, words) if len(token.lower_) >= 8 else None
            if front is not None:
                out.append(Candidate(token.i, token.i + 1, words[front[0]], partner=front[1], front=True))
    return out


# Heads of compounds that name a step of a procedure or a legal duty: a sense word in front of one is
# meant in its official sense ('verzetdagvaarding', 'rolzitting', 'onderhoudsplicht'). Heads that make the
# compound plain to readers are not here: 'termijnbedrag', 'vermogensgrens', 'beroepschrift' (the reader's
# own letter) are marked as clear in the annotated letters.
PROCEDURE_HEADS = frozenset("dagvaarding procedure termijn zitting plicht besluit beslissing rechter".split())


def _front_word(lower: str, words: dict[str, Any]) -> tuple[str, str] | None:
    """('beroep', 'schrift') for 'beroepschrift': a sense word, a link, and a procedure head."""
    for word in sorted((w for w in words if len(w) >= 3 and lower.startswith(w)), key=len, reverse=True):
        rest = lower[len(word) :]
        for link in _LINKS:
            if rest.startswith(link) and rest[len(link) :] in PROCEDURE_HEADS:
                return word, rest[len(link) :]
    return None


def _official_modifier(entry: Any, modifier: str) -> bool:
    return any(
        x.kind in ("samen", "obj", "lemma") and (modifier == x.value or (modifier.endswith(x.value) and len(x.value) >= 4))
        for s in entry.betekenissen.senses
        if s.officieel
        for x in s.signalen
    )


def _official_compound(entry: Any, partner: str) -> bool:
    return any(x.kind == "samen" and partner.startswith(x.value) for s in entry.betekenissen.senses if s.officieel for x in s.signalen)


def other_verb(span: Any, woord: str) -> bool:
    """A noun of the inventory written like a form of another verb: 'de afspraak is verzet' (verzetten);
    or a verb of the inventory with a separable particle that makes it another verb: 'wezen ... af',
    'af te wijzen' is afwijzen, not wijzen."""
    if " " in woord or len(span) != 1:
        return False
    if woord.endswith("en"):
        particle = separable_particle(span[0])
        return particle is not None and not woord.startswith(particle)
    token = span[0]
    if token.lower_ != woord:  # 'keukentafelgesprekken' is a plural, whatever the tagger says
        return False
    lemma = token.lemma_.lower().replace("_", "")
    if token.pos_ in ("VERB", "AUX") and lemma != woord and lemma.endswith("en"):
        return True
    # the tagger may call the participle a noun: without an article, after 'is' or 'worden' it is a participle
    children = list(token.children)
    return not any(c.dep_ in ("det", "nmod:poss") for c in children) and any(
        c.dep_ in ("cop", "aux", "aux:pass") and c.lower_ in ZIJN | WORDEN | {"worden"} for c in children
    )


def separable_particle(token: Any) -> str | None:
    """The separable particle that belongs to this verb: a child 'af' ('wezen uw aanvraag af') or 'af te'
    right before it ('af te wijzen'); None without one."""
    for child in token.children:
        if child.dep_ == "compound:prt" and child.lower_ in PARTICLES:
            return child.lower_
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].lower_ == "te" and doc[i - 2].lower_ in PARTICLES:
        return doc[i - 2].lower_
    return None
