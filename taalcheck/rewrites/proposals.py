"""Rewrite proposals that change sentence structure (always unsafe).

Splitting a long sentence, turning a passive sentence active and turning a
nominalisation back into a verb all change more than one word. The result
is grammatical Dutch in the cases handled here, but a writer must read it:
these edits are never applied by ``--fix`` alone, only with
``--unsafe-fixes``. Where the structure is not clear, there is no proposal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from taalcheck.core.findings import Edit
from taalcheck.nl.inflection import Forms, load_forms
from taalcheck.nl.matching import dictionary_lemma
from taalcheck.nl.tokens import is_word, next_word
from taalcheck.nl.word_classes import (
    AGENT_PRONOUNS,
    AUXILIARIES,
    DETERMINERS,
    MODALS,
    NOUN_PHRASE_STOPS,
    OBJECT_PRONOUNS,
    PARTICLES,
    PERSONS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
)
from taalcheck.rewrites.split_clauses import last_clause, relative_points
from taalcheck.rewrites.split_conditions import conditional_split, trailing_condition
from taalcheck.rewrites.split_guard import coordinated_split, reason_clause_split
from taalcheck.rewrites.split_tail import mention_split, tail_phrase_split

# subordinating split words whose clause keeps its word order behind a short opener
# ('Dat is omdat' reads as spoken language: audit 2 judged it clumsy twice)
ORDER_KEEPING = {"omdat": "De reden is dat", "doordat": "Dat komt doordat", "aangezien": "De reden is dat", "tenzij": "Dit geldt niet als"}
ORDER_KEEPING["mits"] = "Dit geldt alleen als"  # 'mits' is 'only if'; only after a comma (see _split_at)


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _words_between(doc: Any, start: int, end: int) -> int:
    return sum(1 for t in doc[start:end] if is_word(t))


def _is_finite_verb(token: Any, has_tags: bool) -> bool:
    """Known finite forms, or what the tagger calls finite."""
    if has_tags and "Fin" in token.morph.get("VerbForm"):
        return True
    lower = token.lower_
    if lower in AUXILIARIES or lower in MODALS:
        return True
    for forms in load_forms().values():
        if forms.kind == "werkwoord" and any(forms.forms[s].split()[0] == lower for s in ("t", "ovt_ev", "ovt_mv")):
            return True
    return False


def _split_at(doc: Any, k: int, has_tags: bool) -> list[Edit] | None:
    """Edits that end the sentence before token ``k`` and start a new one there."""
    token = doc[k]
    before = doc[k - 1] if k > 0 else None
    if before is None:
        return None
    # the first sentence ends after the last word before the split (a comma goes)
    last = before
    while last.i > 0 and (last.is_space or last.text in (",", ";")):
        last = doc[last.i - 1]
    cut = last.idx + len(last.text)
    mark = "" if last.text.endswith(".") else "."  # 'Oss B.V.' ends the sentence already
    if before.text == ";":
        first = next_word(doc, k)
        return [Edit(cut, first.idx + 1, f"{mark} " + first.text[:1].upper())] if first is not None else None
    lower = token.lower_
    after = next_word(doc, k + 1)
    if after is None or after.is_punct:
        return None
    if lower in ORDER_KEEPING:
        if not reason_clause_split(doc, k, has_tags) or (lower == "mits" and before.text != ","):
            return None
        return [Edit(cut, token.idx + len(token.text), f"{mark} {ORDER_KEEPING[lower]}")]
    if before.text == "," and lower not in ("en", "maar", "want"):
        return last_clause(doc, k, cut)
    if lower in ("maar", "want"):
        if not coordinated_split(doc, k, has_tags):
            return None  # 'maar dat u ...', 'maar twee weken': no main clause after the split
        return [Edit(cut, token.idx + 1, f"{mark} " + token.text[:1].upper())]
    if lower != "en" or last.lower_ in PERSONS:
        return None  # 'kunnen u en het college ...': 'en' joins two subjects
    if after.lower_ in SUBJECT_PRONOUNS or after.lower_ in DETERMINERS or (after.text[:1].isupper() and after.is_alpha):
        return [Edit(cut, after.idx + 1, f"{mark} " + after.text[:1].upper())]
    subject = next_word(doc, 0)
    if subject is not None and subject.lower_ in SUBJECT_PRONOUNS and _is_finite_verb(after, has_tags):
        # "Wij hebben ... ontvangen en gaan ..." -> "... ontvangen. Wij gaan ..."
        return [Edit(cut, after.idx, f"{mark} {_capital(subject.lower_)} ")]
    phrase = _shared_subject(doc, k, after, has_tags)
    if phrase is not None:
        # "Deze verzekering wordt ... aangeboden en biedt ..." -> "... aangeboden. Deze verzekering biedt ..."
        return [Edit(cut, after.idx, f"{mark} {phrase} ")]
    return None


def _shared_subject(doc: Any, k: int, after: Any, has_tags: bool) -> str | None:
    """The subject that opens the sentence, to repeat after a cut at 'en' before a second finite verb.

    Only a definite noun phrase before the first finite verb ('De hoogte van
    de eigen bijdrage'), one main clause up to 'en', and a second verb in
    the same number as the first ('wordt ... en is', not 'wordt ... en zijn').
    """
    words = [t for t in doc[:k] if not t.is_space]
    first = next((n for n, t in enumerate(words) if _is_finite_verb(t, has_tags)), None)
    if first is None or not 1 < first <= 7 or words[0].lower_ not in ("de", "het", "deze", "dit", "uw", "onze"):
        return None
    front = words[:first]
    if any(t.is_punct or t.pos_ in ("VERB", "AUX") or t.lower_ in SUBORDINATORS for t in front[1:]):
        return None
    if any(t.is_punct or t.lower_ in SUBORDINATORS for t in words[first:]) or not _is_finite_verb(after, has_tags):
        return None  # another clause before 'en': the subject of the verb after it is not certain
    verb = words[first]
    if ("Sing" in verb.morph.get("Number") and "Plur" in after.morph.get("Number")) or after.lower_.endswith("en") != verb.lower_.endswith(
        "en"
    ):
        return None
    head = next((n for n, t in enumerate(front) if n > 0 and t.pos_ == "ADP"), len(front))  # 'Uw aanvraag (voor ...)'
    start, end = front[0], front[head - 1]
    return _capital(doc.text[start.idx : end.idx + len(end.text)])


def _clause_and(doc: Any, has_tags: bool) -> list[int]:
    """'en' that starts a clause without a comma: 'en wij gaan', or 'en gaan' after a pronoun subject."""
    points = []
    for token in doc:
        if token.lower_ != "en" or token.i == 0:
            continue
        after = next_word(doc, token.i + 1)
        then = next_word(doc, after.i + 1) if after is not None else None
        if after is None or then is None:
            continue
        plural = after.lower_ in ("wij", "we", "zij", "jullie") and then.lower_.endswith("en") and then.is_alpha
        if after.lower_ in SUBJECT_PRONOUNS - {"het"} and (plural or _is_finite_verb(then, has_tags)):
            points.append(token.i)
        elif _is_finite_verb(after, has_tags):
            points.append(token.i)
    return points


def split_sentence(doc: Any, points: Sequence[int], limit: int, has_tags: bool = False) -> list[Edit]:
    """Split at the usable point nearest the middle; repeat for a part that is still too long."""
    total = _words_between(doc, 0, len(doc))
    usable = []
    for k in sorted(set(points) | set(_clause_and(doc, has_tags)) | set(relative_points(doc))):
        edits = _split_at(doc, k, has_tags)
        if edits:
            usable.append((k, edits))
    short = set()  # 'Vermeld daarbij het kenmerk.' is short, but a full sentence
    for tail in (mention_split(doc), tail_phrase_split(doc)):  # ', onder vermelding van X.' -> '. Vermeld daarbij X.'
        if tail is not None and all(k != tail[0] for k, _ in usable):
            usable.append(tail)
            short.add(tail[0])
    conditional = conditional_split(doc, has_tags)
    if conditional is not None:
        usable = [item for item in usable if item[0] > conditional[0]] + [conditional]
    chosen: list[Edit] = []

    def pick(lo: int, hi: int) -> None:
        size = _words_between(doc, lo, hi)
        if size <= limit:
            return
        inside = [
            (k, e)
            for k, e in usable
            if lo < k < hi and _words_between(doc, lo, k) >= 4 and _words_between(doc, k, hi) >= (2 if k in short else 4)
        ]
        if not inside:
            return
        middle = size / 2
        k, edits = min(inside, key=lambda item: (abs(_words_between(doc, lo, item[0]) - middle), item[0]))
        chosen.extend(edits)
        if conditional is None or k != conditional[0]:
            pick(lo, k)  # the condition itself is one clause: nothing more to split there
        pick(k, hi)

    if total > limit:
        pick(0, len(doc))
        if not chosen:
            chosen.extend(trailing_condition(doc, has_tags) or [])  # '..., indien u ...' -> 'Wenst u ...? Dan ...'
    return sorted(chosen, key=lambda e: e.start)


# -- passive -> active ----------------------------------------------------------


def _verb_forms(lemma: str) -> Forms | None:
    forms = load_forms().get(lemma.replace("_", ""))  # simplemma writes separable verbs as 'uit_nodigen'
    if forms is not None and forms.kind == "werkwoord":
        return forms
    return None


def passive_to_active(doc: Any, aux: Any, participle: Any) -> Edit | None:
    """'Het formulier wordt door de gemeente naar u gestuurd.' -> 'De gemeente stuurt het formulier naar u.'"""
    lower_aux = aux.lower_
    if lower_aux not in ("wordt", "worden", "werd", "werden", "is", "zijn") or participle.i <= aux.i:
        return None
    subject = [t for t in doc[: aux.i] if not t.is_space]
    if not 1 <= len(subject) <= 5 or any(t.is_punct for t in subject):
        return None
    first = subject[0]
    if len(subject) == 1 and first.lower_ not in OBJECT_PRONOUNS:
        return None
    if len(subject) > 1 and first.lower_ not in DETERMINERS:
        return None
    door = next((t for t in doc[aux.i + 1 : participle.i] if t.lower_ == "door"), None)
    if door is None:
        return None
    agent_tokens = [t for t in doc[door.i + 1 : participle.i] if not t.is_space]
    agent_end = door.i + 1
    if not agent_tokens:
        return None
    if agent_tokens[0].lower_ in AGENT_PRONOUNS:
        agent, plural = AGENT_PRONOUNS[agent_tokens[0].lower_]
        agent_end = agent_tokens[0].i + 1
    elif agent_tokens[0].lower_ in ("de", "het", "uw", "onze"):
        noun = agent_tokens[1] if len(agent_tokens) > 1 else None
        if noun is None or not noun.is_alpha or (noun.lower_.endswith(("en", "s")) and agent_tokens[0].lower_ != "het"):
            return None  # a plural agent or none: the verb form is not certain
        agent, plural = _capital(agent_tokens[0].text.lower()) + " " + noun.text, False
        agent_end = noun.i + 1
    else:
        return None
    verb = _active_verb(participle, lower_aux, plural)
    if verb is None:
        return None
    head, tail = verb
    patient = " ".join(
        OBJECT_PRONOUNS.get(t.lower_, t.text) if n == 0 and len(subject) == 1 else (t.text.lower() if n == 0 else t.text)
        for n, t in enumerate(subject)
    )
    middle = (
        doc.text[aux.idx + len(aux.text) : door.idx]
        + " "
        + doc.text[doc[agent_end - 1].idx + len(doc[agent_end - 1].text) : participle.idx]
    ).split()
    parts = [agent, head, patient, *middle]
    if tail:
        parts.append(tail)
    return Edit(first.idx, participle.idx + len(participle.text), " ".join(parts))


def _active_verb(participle: Any, aux: str, plural: bool) -> tuple[str, str] | None:
    """(finite verb, part at the clause end) for the active sentence, or None when not certain.

    'is vastgesteld' -> ('heeft', 'vastgesteld'); 'wordt gestuurd' -> ('stuurt', '');
    'wordt opgezegd' -> ('zegt', 'op'). Past tense needs the inflection table.
    """
    lemma = (participle.lemma_ or "").lower().replace("_", "")
    done = participle.lower_
    if aux in ("is", "zijn"):
        return ("hebben" if plural else "heeft"), done
    forms = _verb_forms(lemma)
    if forms is None or forms.forms["vd"] != done:
        # the lemmatizer may leave a participle as it is ('teruggevorderd'): find it in the table
        forms = next((f for f in load_forms().values() if f.kind == "werkwoord" and f.forms.get("vd") == done), None)
    if forms is not None:
        if aux in ("werd", "werden"):
            return forms.finite("ovt_mv" if plural else "ovt_ev", "main"), forms.tail
        if plural:
            return (forms.lemma[len(forms.tail) :].strip(), forms.tail) if forms.tail_before() else (forms.lemma, "")
        return forms.finite("t", "main"), forms.tail
    known = dictionary_lemma(done)
    if known != done and known.endswith("en"):
        lemma = known  # the tagger's lemma may be a past form ('gebeld' -> 'belden'); the dictionary knows 'bellen'
    if aux in ("werd", "werden") or not lemma.endswith("en") or done.endswith("en") or not lemma.isascii():
        return None  # a strong or unknown verb, or a lemma the lemmatizer made up ('ïnformeeren')
    particle = next((p for p in PARTICLES if lemma.startswith(p) and done.startswith(p + "ge")), "")
    if not particle and not done.startswith("ge") and "ge" in done[2:-2]:
        return None  # 'stopgezet': a separable verb whose particle is unknown ('stopzetten wij')
    infinitive, core = lemma[len(particle) :], done[len(particle) :]
    if not core.removeprefix("ge").startswith(infinitive[:3]):
        return None  # the participle does not belong to this lemma ('geïnformeerd', 'informeren')
    if plural:
        return infinitive, particle
    if core.startswith("ge") and not infinitive.startswith("ge"):
        core = core[2:]
    stem = core if core == infinitive[:-2] else core[:-1]  # 'meld' (melden) keeps its d; 'stuurd' loses it
    if not stem:
        return None
    return (stem if stem.endswith("t") else stem + "t"), particle


# -- nominalisation -> verb -------------------------------------------------------


def _noun_phrase_end(doc: Any, start: int) -> int | None:
    """Token index after a short noun phrase beginning at ``start`` ('uw aanvraag')."""
    end = start
    while end < len(doc) and end - start < 4:
        token = doc[end]
        if token.is_punct or token.is_space or token.lower_ in NOUN_PHRASE_STOPS or token.lower_ in AUXILIARIES:
            break
        if end > start and (token.lower_ in SUBJECT_PRONOUNS or _is_finite_verb(token, False) or token.pos_ in ("VERB", "AUX")):
            break
        end += 1
    if end == start or doc[start].lower_ not in DETERMINERS:
        return None
    return end


def nominalisation_to_verb(doc: Any, start_token: int, verb: str) -> Edit | None:
    """'voor het indienen van uw aanvraag' -> 'om uw aanvraag in te dienen'; 'bij ...' -> 'als u uw aanvraag indient'."""
    if start_token == 0:
        return None
    preposition = doc[start_token - 1]
    of = next((t for t in doc[start_token : start_token + 4] if t.lower_ == "van"), None)
    if of is None or preposition.lower_ not in ("voor", "bij", "na"):
        return None
    end = _noun_phrase_end(doc, of.i + 1)
    if end is None:
        return None
    np = doc.text[doc[of.i + 1].idx : doc[end - 1].idx + len(doc[end - 1].text)]
    forms = _verb_forms(verb)
    lower = preposition.lower_
    if lower == "voor":
        if forms is not None:
            te = forms.te_infinitive()
        elif any(verb.startswith(p) for p in PARTICLES):
            return None  # where the particle goes is unknown without the table
        else:
            te = f"te {verb}"
        text = f"om {np} {te}"
    elif forms is None:
        return None
    elif lower == "bij":
        text = f"als u {np} {forms.finite('t', 'sub')}"
    else:
        text = f"nadat u {np} {'bent' if verb in ('gaan', 'komen') else 'heeft'} {forms.forms['vd']}"
    last = doc[end - 1]
    following = next_word(doc, end)
    if preposition.i == 0 and lower != "voor" and following is not None and not following.is_punct:
        text += ","  # "Nadat u uw aanvraag heeft ingediend, krijgt u ..."
    if preposition.text[:1].isupper():
        text = _capital(text)
    return Edit(preposition.idx, last.idx + len(last.text), text)
