"""The verb cluster of a subordinate clause, and how it looks in main-clause order.

A subordinate clause puts all its verbs together, mostly at the end ('die u
niet aan ons heeft gemeld', 'welke onderdeel uitmaken van ...'). To make it a
main clause, the finite verb moves to second place and a separable verb
leaves its particle behind ('Die maken onderdeel uit van ...'). The tagger
is not sure of plural forms at a clause end ('uitmaken' may be tagged as an
infinitive), so the finite verb is read from the words: when it is not
certain, the answer is None.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from taalcheck.nl.inflection import load_forms
from taalcheck.nl.keys import dictionary_lemma
from taalcheck.nl.word_classes import AUXILIARIES, MODALS, PARTICLES

# finite forms that are never an infinitive or a participle
SINGULAR_FINITE = frozenset(
    "heb hebt heeft had ben bent is was word wordt werd zal zult kan kunt kon moet moest mag mocht wil wilt wilde zou".split()
)
# plural finite forms that are also infinitives ('kunnen'), or past plurals ('werden')
PLURAL_FINITE = frozenset(
    "hebben hadden zijn waren worden werden zullen zouden kunnen konden moeten moesten mogen mochten willen wilden".split()
)
CLUSTER_WORDS = AUXILIARIES | MODALS | PLURAL_FINITE
# particles that always come off their verb ('uitblijft' -> 'blijft ... uit'); 'over', 'onder', 'door',
# 'om', 'voor' and 'achter' also begin verbs that never split ('overlegt', 'ondertekent', 'voorkomt')
_ALWAYS_SEPARATE = ("terug", "samen", "binnen", "langs", "kwijt", "vast", "mee", "neer", "vrij", "rond", "aan", "bij")
_ALWAYS_SEPARATE += ("toe", "uit", "weg", "af", "in", "na", "op")


def _separable(word: str) -> tuple[str, str] | None:
    """('blijft', 'uit') for 'uitblijft' when the dictionary knows both verbs; None when it does not.

    'aanvaardt' is no 'vaardt aan' (no verb 'vaarden'); 'opent' is too short.
    """
    whole = dictionary_lemma(word).replace("_", "")
    for particle in _ALWAYS_SEPARATE:
        rest = word[len(particle) :]
        if not word.startswith(particle) or len(rest) < 3:
            continue
        lemma = dictionary_lemma(rest).replace("_", "")
        if lemma.endswith("n") and whole == particle + lemma:
            return rest, particle
    return None


def _is_verb(token: Any) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.lower_ in CLUSTER_WORDS


_PREFIXES = ("ge", "be", "ver", "ont", "her", "er")


def _verbal(token: Any) -> bool:
    """A verb form the tagger missed: 'bekort', 'ontbonden' (participles), 'aansluit' (a separable verb)."""
    word = token.lower_
    if not token.is_alpha or len(word) < 5:
        return False
    lemma = dictionary_lemma(word).replace("_", "")
    if lemma == word or not lemma.endswith("en"):
        return False
    return word.endswith(("d", "t")) or (word.startswith(_PREFIXES) and word.endswith("en")) or _separable(word) is not None


def _participle(token: Any) -> bool:
    word = token.lower_
    return "Part" in token.morph.get("VerbForm") or (word.startswith(_PREFIXES) and word.endswith(("d", "t", "en")))


def _in_cluster(clause: Sequence[Any], k: int) -> bool:
    """A verb, or 'te' (and a particle before it) inside a verb group: 'dient te beschikken', 'diende uit te wijken'.

    A form after an article or adjective is a noun ('een aankoopwaarde');
    a verb form next to a verb is a verb whatever its tag ('kan worden bekort').
    """
    token = clause[k]
    before = clause[k - 1] if k > 0 else None
    if token.pos_ == "VERB" and before is not None and before.pos_ in ("DET", "ADJ") and before.lower_ != "te":
        return False
    if _is_verb(token):
        return True
    near = [clause[j] for j in (k - 1, k + 1) if 0 <= j < len(clause)]
    if any(_is_verb(t) for t in near) and _verbal(token):
        return True
    nxt = clause[k + 1] if k + 1 < len(clause) else None
    after = clause[k + 2] if k + 2 < len(clause) else None
    if token.lower_ == "te":
        return k > 0 and nxt is not None and _is_verb(nxt)
    return token.lower_ in PARTICLES and nxt is not None and nxt.lower_ == "te" and after is not None and _is_verb(after)


def subordinate_finite(clause: Sequence[Any]) -> Any | None:
    """The finite verb of a verb-final clause (its tokens after the opener), or None when not certain.

    The verbs must stand together; after them only a prepositional phrase may
    follow ('welke kunnen leiden tot ontbinding'). One verb is the finite verb;
    in a cluster it is the one auxiliary or modal that is finite, or the verb
    before 'te' ('die ... dient te beschikken').
    """
    verbs = [k for k in range(len(clause)) if _in_cluster(clause, k)]
    if not verbs:  # 'zodat het bedrag beter aansluit bij ...': the tagger missed the one verb
        verbs = [k for k, t in enumerate(clause) if k > 0 and _separable(t.lower_) is not None]
    if not verbs or verbs != list(range(verbs[0], verbs[-1] + 1)) or len(verbs) > 4:
        return None
    after = clause[verbs[-1] + 1 :]
    comparison = bool(after) and after[0].lower_ == "dan" and any(t.lower_.endswith("er") and t.pos_ == "ADJ" for t in clause[: verbs[0]])
    if after and not comparison and (after[0].pos_ != "ADP" or any(t.lower_ in ("te", "om") for t in after)):
        return None  # words after the verbs that are no phrase: not verb-final ('lager is dan de norm' is)
    cluster = [clause[k] for k in verbs]
    if any(t.lower_ == "te" for t in cluster):
        first = cluster[0]
        return first if _is_verb(first) and first.lower_ != "te" and len(cluster) <= 4 else None
    if len(cluster) > 3:
        return None
    if len(cluster) == 1:
        return cluster[0]
    singular = [t for t in cluster if t.lower_ in SINGULAR_FINITE]
    if len(singular) == 1:
        return singular[0]
    if singular:
        return None
    if len(cluster) == 2:
        first, last = cluster
        if first.lower_ in PLURAL_FINITE and last.lower_ not in PLURAL_FINITE:
            return first  # 'kunnen leiden', 'worden opgelegd'
        if "Fin" in first.morph.get("VerbForm") and "Sing" in first.morph.get("Number") and _participle(last):
            return first  # 'staat geregistreerd'
        if last.lower_ in PLURAL_FINITE and first.lower_ not in PLURAL_FINITE and "Part" in first.morph.get("VerbForm"):
            return last  # 'opgelegd worden'
    return None


def main_clause_parts(finite: Any) -> tuple[str, str] | None:
    """(verb in second place, particle left in the cluster) for a finite verb, or None when not certain.

    'heeft' -> ('heeft', ''); 'uitmaken' -> ('maken', 'uit'); 'plaatsvindt' ->
    ('vindt', 'plaats'). A verb that begins like a particle is split when the
    dictionary knows both verbs ('uitblijft' -> 'blijft ... uit'); otherwise
    ('aanvaardt', 'opent', 'overlegt') it gives None: it may not be separable.
    """
    word = finite.lower_
    if word in CLUSTER_WORDS:
        return finite.text, ""
    for forms in load_forms().values():
        tail = forms.tail
        if forms.kind != "werkwoord" or not tail or not word.startswith(tail.replace(" ", "")):
            continue
        rest = word[len(tail.replace(" ", "")) :]
        heads = {forms.forms[s].partition(" ")[0] for s in ("t", "ovt_ev", "ovt_mv")} | {forms.lemma[len(tail) :].strip()}
        if rest in heads and forms.tail_before():
            return rest, tail
    split = _separable(word)
    if split is not None:
        return split
    if word.startswith("onder") and dictionary_lemma(word).endswith("en") and "_" not in dictionary_lemma(word):
        return finite.text, ""  # 'ondervindt', 'ondertekent', 'onderzoekt': 'onder' stays on the verb
    if any(word.startswith(p) and len(word) - len(p) >= 3 for p in PARTICLES):
        return None
    return finite.text, ""
