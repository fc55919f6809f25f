"""Whether a split at 'omdat' or 'maar' leaves two full sentences (issue 17, third audit).

The third audit found splits that left fragments:
'Bent u het niet eens, bijvoorbeeld. De reden is dat u ..., dan ...' (the 'omdat'
clause sat inside a condition and was part of 'bijvoorbeeld omdat'), and
'... beperkingen heeft. Maar dat u ...' (a subordinate clause on its own).
'maar' that means 'only' ('maar twee weken') joins no clauses at all.
A split is made only at a clause boundary where the part before is a main
clause and the part after is one too; otherwise there is no proposal.
"""

from __future__ import annotations

from typing import Any

from taalcheck.nl.tokens import next_word
from taalcheck.nl.word_classes import CONDITIONAL, DETERMINERS, SUBJECT_PRONOUNS, SUBORDINATORS

# a word that makes 'omdat' part of a phrase: 'bijvoorbeeld omdat', 'mede omdat', 'juist omdat'
_FOCUS = frozenset("bijvoorbeeld mede juist alleen vooral ook niet deels zowel of en zoals onder andere ofwel".split())
_VERBS = ("VERB", "AUX")


def _previous_word(doc: Any, k: int) -> Any:
    for token in reversed(doc[:k]):
        if not token.is_space and token.text not in (",", ";"):
            return token
    return None


def _finite(token: Any) -> bool:
    return token.pos_ in _VERBS and "Fin" in token.morph.get("VerbForm")


def _main_clause_before(doc: Any, k: int, has_tags: bool) -> bool:
    """The part before ``k`` is a main clause: it opens no condition that is still open at ``k``.

    'Als u ..., kunt u ...' is closed by the main clause after the comma;
    'Bent u het niet eens, ...' (a condition in question order) is not closed before 'dan'."""
    words = [t for t in doc[:k] if not t.is_space and not t.is_punct]
    if not words:
        return False
    first = words[0]
    second = words[1].lower_ if len(words) > 1 else ""
    question_order = has_tags and _finite(first) and second in SUBJECT_PRONOUNS  # 'Bent u ...', not 'Stuur het ...'
    opens = first.lower_ in SUBORDINATORS or first.lower_ == "mocht" or question_order
    if not opens:
        return True
    if first.lower_ in CONDITIONAL | {"mocht"} or question_order:
        for comma in (t for t in doc[first.i + 1 : k] if t.text == ","):
            after = next_word(doc, comma.i + 1)
            if after is not None and after.i < k and (after.lower_ == "dan" or (has_tags and _finite(after))):
                return True  # 'Als u ..., kunt u ...' or '..., dan kunt u ...'
    return False


def _returns_to_main(doc: Any, k: int, has_tags: bool) -> bool:
    """After the clause at ``k`` the sentence goes back to a main clause (', dan kunt u ...')."""
    for comma in (t for t in doc[k + 1 :] if t.text == ","):
        after = next_word(doc, comma.i + 1)
        if after is not None and (after.lower_ == "dan" or (has_tags and _finite(after) and after.pos_ == "AUX")):
            return True
    return False


def reason_clause_split(doc: Any, k: int, has_tags: bool) -> bool:
    """A split before 'omdat', 'doordat', 'aangezien' or 'tenzij' at ``k`` leaves two full sentences."""
    before = _previous_word(doc, k)
    if before is None or before.lower_ in _FOCUS:
        return False  # 'bijvoorbeeld omdat': the split would leave 'bijvoorbeeld.' on its own
    return _main_clause_before(doc, k, has_tags) and not _returns_to_main(doc, k, has_tags)


def coordinated_split(doc: Any, k: int, has_tags: bool) -> bool:
    """A split before 'maar' or 'want' at ``k`` leaves two full main clauses.

    With the parse: the word joins two verbs (not 'maar twee weken', where it
    means 'only' or joins a phrase), and the clause after it has its own
    subject and no subordinating word ('maar dat u ...')."""
    after = next_word(doc, k + 1)
    if after is None or after.lower_ in SUBORDINATORS - {"die", "dat", "wat"} or after.lower_ in ("te", "om"):
        return False
    if not _main_clause_before(doc, k, has_tags):
        return False
    if not has_tags:
        return after.lower_ in SUBJECT_PRONOUNS or after.lower_ in DETERMINERS
    token = doc[k]
    head = token.head
    if head.i < k:  # the parser may hang 'maar' on the first verb: the clause after is its conjunct
        head = next((c for c in head.children if c.dep_ == "conj" and c.i > k), head)
    if token.dep_ != "cc" or head.pos_ not in _VERBS or head.i <= k:
        return False
    children = list(head.children)
    if any(c.dep_ == "mark" for c in children) or after.pos_ == "SCONJ":
        return False  # 'maar dat u ... bent': a subordinate clause
    return any(c.dep_.startswith("nsubj") or c.dep_ == "expl" for c in children) or any(_finite(t) for t in doc[k + 1 : k + 3])
