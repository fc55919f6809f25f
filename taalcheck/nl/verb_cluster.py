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


def subordinate_finite(clause: Sequence[Any]) -> Any | None:
    """The finite verb of a verb-final clause (its tokens after the opener), or None when not certain.

    The verbs must stand together; after them only a prepositional phrase may
    follow ('welke kunnen leiden tot ontbinding'). One verb is the finite verb;
    in a cluster it is the one auxiliary or modal that is finite.
    """
    verbs = [k for k, t in enumerate(clause) if _is_verb(t)]
    if not verbs or verbs != list(range(verbs[0], verbs[-1] + 1)) or len(verbs) > 3:
        return None
    after = clause[verbs[-1] + 1 :]
    if after and (after[0].pos_ != "ADP" or any(t.lower_ in ("te", "om") for t in after)):
        return None
    cluster = [clause[k] for k in verbs]
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
