"""Word swaps that break a fixed combination with the words around them.

Found in the sixth blind audit: 'moet dan wel' is not 'moet of', 'op deze
gronden' is not 'op deze redenen', 'eindigt met ingang van' is not 'eindigt
vanaf', 'nu deze zijn verschuldigd' is not 'nu deze zijn te betalen', and
'wordt bezien' needs the participle 'bekeken'. Such a swap becomes advice.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from taalcheck.nl.inflection import load_forms
from taalcheck.nl.word_classes import COPULA_FORMS, ENDING_VERBS, SUBORDINATORS

# 'nu' opens a clause too ('nu deze zijn verschuldigd').
CLAUSE_OPENERS = SUBORDINATORS | {"nu"}
# 'blijven' takes no 'te' before a plain verb here ('blijft u ... verschuldigd' is not 'blijft u ... te betalen').
STAY_FORMS = frozenset("blijf blijft bleef bleven blijven gebleven".split())


def collocation_broken(doc: Any, at: int, word: str, alternatives: Sequence[str], bounds: tuple[int, int]) -> str | None:
    """Why swapping the listed ``word`` at token ``at`` breaks a combination with the words around it, or None."""
    first, last = bounds
    previous = doc[at - 1] if at > 0 else None
    sentence = doc[doc[at].sent.start : at]
    if (
        word == "dan wel"
        and previous is not None
        and previous.pos_ in ("VERB", "AUX")
        and not any(t.lower_ in SUBORDINATORS for t in sentence)
    ):
        return "hier betekent 'dan wel' 'in dat geval wel', niet 'of'"
    if word == "anderszins" and previous is not None and previous.lower_ == "of" and at > 1 and doc[at - 2].pos_ in ("NOUN", "PROPN"):
        return "na 'ziekte of' betekent 'anderszins' 'om een andere reden', niet 'op een andere manier'"
    near = doc[max(0, at - 3) : at]
    if word == "gronden" and any(t.lower_ == "op" for t in near) and not any(t.is_punct for t in near):
        return "'op deze redenen' is geen goed Nederlands; schrijf bijvoorbeeld 'om deze redenen'"
    if word == "met ingang van" and any(t.lemma_.lower() in ENDING_VERBS or t.lower_ in ENDING_VERBS for t in doc[first:last]):
        return "bij een einde past 'per' of 'op' een datum, niet 'vanaf'"
    if (
        word == "verschuldigd"
        and previous is not None
        and previous.lower_ in COPULA_FORMS
        and any(t.dep_ == "mark" or t.lower_ in CLAUSE_OPENERS for t in doc[first:at])
    ):
        return "in deze bijzin past 'te betalen' niet op deze plek"
    if word == "verschuldigd" and any(t.lower_ in STAY_FORMS for t in doc[first:last]):
        return "'blijft ... te betalen' is geen goed Nederlands; schrijf bijvoorbeeld 'moet ... blijven betalen'"
    if word == "evenmin" and (at == doc[at].sent.start or doc[at - 1].is_punct):
        return "vooraan in de zin geeft 'ook niet' een verkeerde woordvolgorde; schrijf 'U heeft ... ook niet ...'"
    if _participle_needed(doc, at, word, alternatives, first):
        return "na 'worden' hoort een voltooid deelwoord; het nieuwe woord past hier niet in die vorm"
    return None


def _participle_needed(doc: Any, at: int, word: str, alternatives: Sequence[str], first: int) -> bool:
    """'wordt bezien' -> 'wordt bekijken': 'bezien' is also the participle, the plain word is not ('bekeken')."""
    own = load_forms().get(word)
    if own is None or own.kind != "werkwoord" or own.form("vd") != word or doc[at].lower_ != word or not alternatives:
        return False  # only a word whose participle is its infinitive ('bezien', 'voorzien') reads as either
    if at > 0 and doc[at - 1].lower_ == "te":
        return False
    start = min(first, doc[at].sent.start)  # 'worden uitkeringen die ..., opnieuw bezien': past the comma
    if not any(t.lower_ in ("wordt", "worden", "werd", "werden") for t in doc[start:at]):
        return False
    alternative = alternatives[0].lower()
    entry = load_forms().get(alternative)
    return entry is not None and entry.kind == "werkwoord" and entry.form("vd") != alternative
