"""A condition in a long sentence becomes a question of its own, the rest starts with 'Dan' (issue 17).

'Als u het niet eens bent met X, kunt u Y.' -> 'Bent u het niet eens met X? Dan kunt u Y.'
'Indien betaling uitblijft, zijn wij ...' -> 'Blijft betaling uit? Dan zijn wij ...'
'Mocht u zich niet kunnen vinden in X, dan ...' -> 'Kunt u zich niet vinden in X? Dan ...'
'Bent u verhinderd, dan verzoeken wij u ...' -> 'Bent u verhinderd? Dan verzoeken wij u ...'
'U dient zich in te schrijven, indien u een uitkering wenst.' -> 'Wenst u een uitkering? Dan dient u zich in te schrijven.'

The condition holds one clause with one finite verb, after its subject; a
clause after that verb ('die ...', 'dat ...') and a phrase between commas
('bijvoorbeeld ...') come along. The main clause starts right after the
comma with its finite verb (or with 'dan' and the verb). Two conditions
('... gebruikt, verhuist ...', 'dan wel'), a condition without a subject
('Indien blijkt dat ...') or one that points at the main clause
('hierdoor') give no proposal.
"""

from __future__ import annotations

from typing import Any

from taalcheck.core.findings import Edit
from taalcheck.nl.inflection import load_forms
from taalcheck.nl.keys import dictionary_lemma
from taalcheck.nl.participles import present_stem
from taalcheck.nl.tokens import next_word
from taalcheck.nl.verb_cluster import CLUSTER_WORDS, SINGULAR_FINITE, main_clause_parts, subordinate_finite
from taalcheck.nl.word_classes import CONDITIONAL, DETERMINERS, PARTICLES, PERSONS, SUBJECT_PRONOUNS, SUBORDINATORS

# endings of nouns the tagger may call verbs ('belemmeringen')
_NOUN_ENDINGS = ("ing", "ingen", "heid", "heden", "tie", "ties", "schap")
# the finite form with 'u' of an infinitive after 'Mocht u ...'
_WITH_U = {"zijn": "bent", "hebben": "heeft", "kunnen": "kunt", "willen": "wilt", "moeten": "moet", "mogen": "mag", "worden": "wordt"}
# words that open a clause inside the condition (the verb of the condition comes before them)
_INNER = (SUBORDINATORS | {"welke", "waarvan", "waaraan", "waaruit"}) - {"of"}
# a condition that points at the main clause cannot go first
_POINTERS = frozenset("dit deze dat die hij zij ze hem hen hun".split())
# finite forms that open a question whatever follows ('Wordt binnen ... niet betaald, dan ...')
_QUESTION_VERBS = frozenset("wordt worden is zijn bent heeft hebben kan kunt kunnen moet moeten zal zult mag wilt".split())
# 'slechts ... indien', 'ook indien': the condition is 'only if' or 'even if', no plain 'if'
_ONLY = frozenset("slechts alleen uitsluitend pas ook zelfs enkel".split())


def _opens_clause(token: Any) -> bool:
    """A word that opens a clause; not 'die' before its noun, nor 'als' meaning 'as' ('als werkzoekende')."""
    nxt_noun = token.i + 1 < len(token.doc) and token.nbor().pos_ in ("NOUN", "ADJ")
    if token.lower_ in ("die", "dat", "welke", "welk") and nxt_noun:
        return False  # 'op die datum': a determiner
    if token.lower_ != "als":
        return token.lower_ in _INNER
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.pos_ in ("PRON", "DET", "PROPN")


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _is_finite(token: Any, forms: frozenset[str]) -> bool:
    """Finite by the tagger or by its spelling; never a noun form ('belemmeringen') or a noun after a preposition ('in staat')."""
    if token.lower_.endswith(_NOUN_ENDINGS) or (token.i > 0 and token.doc[token.i - 1].pos_ == "ADP"):
        return False
    return ("Fin" in token.morph.get("VerbForm") and token.pos_ in ("VERB", "AUX")) or token.lower_ in forms


def _attributive(token: Any) -> bool:
    """'de gevraagde gegevens': a participle before its noun is no verb of the clause."""
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.lower_.endswith("e") and nxt is not None and nxt.pos_ in ("NOUN", "ADJ")


def _main_after(doc: Any, start: int, forms: frozenset[str]) -> tuple[Any, Any] | None:
    """(comma, first word of the main clause) for the first comma after ``start`` that opens the main clause.

    ', kunt u ...' and ', dan kunt u ...' open it; ', dan wel ...' and
    ', verhuist naar ...' (a second condition) do not.
    """
    for comma in (t for t in doc[start:] if t.text == ","):
        first = next_word(doc, comma.i + 1)
        if first is None:
            return None
        verb = next_word(doc, first.i + 1) if first.lower_ == "dan" else first
        subject = next_word(doc, verb.i + 1) if verb is not None else None
        if verb is None or subject is None:
            continue
        if verb.lower_ in _QUESTION_VERBS | {"dient", "dienen", "zullen"}:
            return comma, first  # ', zal op basis van ...': an auxiliary opens the main clause
        inverted = verb.pos_ in ("VERB", "AUX") and subject.lower_ in PERSONS  # ', dan zien wij'
        if (_is_finite(verb, forms) or inverted) and (subject.lower_ in SUBJECT_PRONOUNS | DETERMINERS | {"er"} or subject.pos_ == "PROPN"):
            return comma, first
    return None


def _condition_verb(clause: list[Any], forms: frozenset[str]) -> Any | None:
    """The one finite verb of a verb-final condition (its words after the opener), or None.

    A clause after the verb ('die ...', 'om ... te ...') stays behind it;
    'of' may join two nouns ('de waarde of de hoogte'), but a second finite
    verb makes two conditions.
    """
    inner = next((n for n, t in enumerate(clause) if n > 0 and (_opens_clause(t) or t.lower_ == "om")), len(clause))
    own = [t for t in clause[:inner] if not _attributive(t) and not _nominal(t) and not t.is_punct]
    with_u = own[0].lower_ == "u"  # 'u getuigen wenst': with 'u' a form in -en is never the finite verb
    if len(own) < 2 or any(_joins_clauses(t, forms, with_u) for t in own):
        return None
    finite = _before_te(own, forms, with_u) or _final_finite(own, forms)
    if finite is None or finite.i == own[0].i or (finite.i > 0 and finite.doc[finite.i - 1].lower_ == "te"):
        return None  # 'Indien blijkt dat ...': no subject before the verb
    cluster = _cluster_around(finite)
    if any(_is_finite(t, forms) and t.i not in cluster and t.lower_ != "zijn" and not (with_u and t.lower_.endswith("en")) for t in own):
        return None  # a second finite verb: two conditions
    return finite


def _joins_clauses(token: Any, forms: frozenset[str], with_u: bool) -> bool:
    """'het verzuim voortduurt of u ... verschijnt': 'en'/'of' after a verb or before a new subject joins two conditions.

    'de waarde of de hoogte' joins two nouns: one condition.
    """
    if token.lower_ not in ("en", "of", "maar") or token.i == 0 or token.i + 1 >= len(token.doc):
        return False
    before, after = token.doc[token.i - 1], token.doc[token.i + 1]
    verb_before = before.pos_ in ("VERB", "AUX") or before.lower_ in forms or before.lower_ in CLUSTER_WORDS
    if with_u and before.lower_.endswith("en"):
        verb_before = False  # 'u getuigen of een deskundige wenst': a noun
    return verb_before or after.lower_ in PERSONS


def _cluster_around(finite: Any) -> set[int]:
    """Token indexes of the verbs next to the finite verb ('wilt laten bijstaan')."""
    doc, out = finite.doc, {finite.i}
    for step in (-1, 1):
        k = finite.i + step
        while 0 <= k < len(doc) and (doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ == "te"):
            out.add(k)
            k += step
    return out


def _nominal(token: Any) -> bool:
    """'het zoeken naar werk', 'een andere gemachtigde': a verb form after an article or adjective is a noun."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if token.pos_ != "VERB" or before is None or "Fin" in token.morph.get("VerbForm"):
        return False
    return before.pos_ == "DET" or (before.pos_ == "ADJ" and token.lower_.endswith("e"))  # not 'tijdig wordt'


def _final_finite(own: list[Any], forms: frozenset[str]) -> Any | None:
    """The finite verb of the verb group at the end ('beschikt', 'kunt verenigen met ...', 'is ontvangen')."""
    verbs = [k for k, t in enumerate(own) if t.pos_ in ("VERB", "AUX") or t.lower_ in forms or t.lower_ in CLUSTER_WORDS]
    if not verbs or verbs != list(range(verbs[0], verbs[-1] + 1)) or len(verbs) > 3:
        return None
    after = own[verbs[-1] + 1 :]
    if after and (after[0].pos_ != "ADP" or any(t.lower_ in ("te", "om") for t in after)):
        return None
    cluster = [own[k] for k in verbs]
    finite = [t for t in cluster if t.lower_ in SINGULAR_FINITE or _is_finite(t, forms)]
    if len(finite) == 1:
        return finite[0]
    return cluster[0] if len(cluster) == 1 else subordinate_finite(own)


def _before_te(own: list[Any], forms: frozenset[str], with_u: bool) -> Any | None:
    """'u aanspraak wenst te maken op ...', 'u niet in staat bent het bedrag te voldoen': the finite verb before 'te'."""
    for n, token in enumerate(own[:-2]):
        if not _is_finite(token, forms) or (with_u and token.lower_.endswith("en")):
            continue
        rest = own[n + 1 :]
        te = next((k for k, t in enumerate(rest) if t.lower_ == "te"), None)
        if te is None or te + 1 >= len(rest) or any(_verb_like(t, forms) for t in rest[:te]):
            continue
        after = rest[te + 2 :]
        if rest[te + 1].pos_ in ("VERB", "AUX") and (not after or after[0].pos_ == "ADP"):
            return token
    return None


def _verb_like(token: Any, forms: frozenset[str]) -> bool:
    return (token.pos_ in ("VERB", "AUX") and token.lower_ not in PARTICLES) or token.lower_ in forms


def _question_edits(opener: Any, first: Any, finite: Any, head: str, particle: str) -> list[Edit]:
    """'Indien u ... beschikt' -> 'Beschikt u ...': the verb to the front, its particle stays."""
    previous = finite.doc[finite.i - 1]
    moved = (
        Edit(finite.idx, finite.idx + len(finite.text), particle)
        if particle
        else Edit(previous.idx + len(previous.text), finite.idx + len(finite.text), "")
    )
    return [Edit(opener.idx, first.idx, _capital(head.lower()) + " "), moved]


def _dan(comma: Any, first: Any) -> Edit:
    """', kunt u' -> '? Dan kunt u'; ', dan kunt u' -> '? Dan kunt u'."""
    if first.lower_ == "dan":
        after = next_word(first.doc, first.i + 1)
        return Edit(comma.idx, after.idx, "? Dan ")
    return Edit(comma.idx, first.idx, "? Dan ")


def conditional_split(doc: Any, has_tags: bool) -> tuple[int, list[Edit]] | None:
    """A condition at the start made a question: (token where the main clause starts, edits) or None."""
    from taalcheck.rewrites.verify import _finite_forms

    forms = _finite_forms()
    words = [t for t in doc if not t.is_space]
    if len(words) < 6 or any(t.lower_ == "wel" and t.i > 0 and doc[t.i - 1].lower_ == "dan" for t in words):
        return None  # 'dan wel': two conditions
    opener = words[0].lower_
    if opener in CONDITIONAL | {"mocht"}:
        comma_first = _main_after(doc, 2, forms)
        if comma_first is None:
            return None
        comma, first = comma_first
        first_comma = next(t for t in words if t.text == ",")
        if any(_is_finite(t, forms) for t in doc[first_comma.i + 1 : comma.i]):
            return None  # a second clause between the commas ('bijvoorbeeld omdat het ... staat')
        clause = [t for t in doc[words[0].i + 1 : first_comma.i] if not t.is_space]
        edits = _mocht(clause, words[0]) if opener == "mocht" else _indien(clause, words[0], forms)
    elif _question_start(words, forms):
        # 'Bent u verhinderd, dan ...': already a question; only ', dan' needs the full stop
        comma_first = _main_after(doc, 2, forms)
        if comma_first is None or comma_first[1].lower_ != "dan":
            return None
        comma, first = comma_first
        edits = []
    else:
        return None
    if edits is None:
        return None
    return first.i, [*edits, _dan(comma, first)]


def _points_back(token: Any) -> bool:
    """'hierdoor', 'dit' on its own: a word that may point at the main clause ('dit jaar' does not)."""
    if token.lower_.startswith(("hier", "daar")) and token.pos_ == "ADV":
        return True
    nxt = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.lower_ in _POINTERS and not (nxt is not None and nxt.pos_ in ("NOUN", "ADJ"))


def _question_start(words: list[Any], forms: frozenset[str]) -> bool:
    """The sentence opens with a finite verb and its subject ('Bent u', 'Daalt uw inkomen'), not a command ('Stort het')."""
    first = words[0].lower_
    if first in _QUESTION_VERBS or (words[1].lower_ in PERSONS and _is_finite(words[0], forms)):
        return True
    lemma = dictionary_lemma(first)
    return lemma.endswith("en") and first == present_stem(lemma) + "t"  # 'Daalt' is finite; 'Stort' may be a command


def _indien(clause: list[Any], opener: Any, forms: frozenset[str]) -> list[Edit] | None:
    if not clause or clause[0].lower_ in ("je", "jij", "gevolg"):
        return None  # 'jij werkt' -> 'werk jij' changes the verb; 'Als gevolg van' is no condition
    finite = _condition_verb(clause, forms)
    parts = main_clause_parts(finite) if finite is not None else None
    if parts is None:
        return None
    return _question_edits(opener, clause[0], finite, *parts)


def _mocht(clause: list[Any], opener: Any) -> list[Edit] | None:
    """'Mocht u zich niet kunnen vinden in ...' -> 'Kunt u zich niet vinden in ...'."""
    if len(clause) < 3 or clause[0].lower_ != "u":
        return None
    inner = next((n for n, t in enumerate(clause) if n > 0 and t.lower_ in _INNER), len(clause))
    verbs = [t for t in clause[1:inner] if t.pos_ in ("VERB", "AUX") and not _attributive(t)]
    if not verbs or any(t.lower_ == "te" for t in clause[1:inner]):
        return None
    infinitive = verbs[0]
    if infinitive.lower_ in _WITH_U:
        head, particle = _WITH_U[infinitive.lower_], ""
    else:
        forms = load_forms().get(infinitive.lower_)
        if forms is None or forms.kind != "werkwoord" or (forms.tail and not forms.tail_before()):
            return None
        head, particle = forms.finite("t", "main"), forms.tail
    return _question_edits(opener, clause[0], infinitive, head, particle)


def trailing_condition(doc: Any, has_tags: bool) -> list[Edit] | None:
    """'U dient X, indien u Y wenst.' -> 'Wenst u Y? Dan dient u X.' (one edit for the whole sentence), or None.

    Only for a main clause that starts with its subject and finite verb and
    holds no other clause, and a condition that does not point back at it.
    """
    from taalcheck.rewrites.verify import _finite_forms

    forms = _finite_forms()
    words = [t for t in doc if not t.is_space]
    commas = [t for t in words if t.text == ","]
    if len(commas) != 1 or words[-1].text != "." or any(t.text in (";", ":", "(", "?") for t in words):
        return None
    comma = commas[0]
    opener = next_word(doc, comma.i + 1)
    if opener is None or opener.lower_ not in ("indien", "als", "wanneer"):
        return None
    main = [t for t in words if t.i < comma.i]
    finite = next((t for t in main if _is_finite(t, forms)), None)
    if finite is None or finite.i == main[0].i or finite.i - main[0].i > 6:
        return None
    subject = [t for t in main if t.i < finite.i]
    if subject[0].lower_ not in PERSONS | DETERMINERS and subject[0].pos_ not in ("PROPN", "NOUN"):
        return None  # the front is no subject ('Daarom moet u ...'): where it goes is not certain
    if any(t.lower_ in SUBORDINATORS | _ONLY or t.pos_ in ("VERB", "AUX") for t in subject) or any(t.lower_ in _ONLY for t in main):
        return None
    if any(_opens_clause(t) or t.text == "," for t in main if t.i > finite.i):
        return None
    clause = [t for t in words if opener.i < t.i < words[-1].i]
    cond = _condition_verb(clause, forms)
    parts = main_clause_parts(cond) if cond is not None else None
    if parts is None or any(_points_back(t) for t in clause):
        return None
    head, particle = parts
    text = doc.text
    question = text[clause[0].idx : cond.idx].rstrip() if not particle else text[clause[0].idx : cond.idx] + particle
    question += text[cond.idx + len(cond.text) : clause[-1].idx + len(clause[-1].text)]
    who = text[subject[0].idx : finite.idx].strip()
    if subject[0].pos_ != "PROPN" and not (subject[0].text.isupper() and len(subject[0].text) > 1):
        who = who[:1].lower() + who[1:]
    rest = text[finite.idx + len(finite.text) : comma.idx]
    new = f"{_capital(head.lower())} {question}? Dan {finite.text} {who}{rest}."
    return [Edit(words[0].idx, words[-1].idx + 1, new)]
