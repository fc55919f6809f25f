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
    ('vindt', 'plaats'). A verb that begins like a particle but is not in the
    inflection table ('aanvaardt', 'opent') gives None: it may not be separable.
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
    if any(word.startswith(p) and len(word) - len(p) >= 3 for p in PARTICLES):
        return None
    return finite.text, ""
