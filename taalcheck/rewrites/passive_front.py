"""Passive -> active when the verb stands second and 'door' follows it (issue 17).

'Over deze periode is door u geen belasting betaald.' -> 'Over deze periode
heeft u geen belasting betaald.' The words before the verb stay first; the
actor after 'door' becomes the subject right after the new finite verb; the
rest keeps its order. Only when the sentence is a main clause, the actor is
certain ('door ons', 'door u', 'door de gemeente') and the verb group ends
the sentence.
"""

from __future__ import annotations

from typing import Any

from taalcheck.core.findings import Edit
from taalcheck.nl.word_classes import AGENT_PRONOUNS, DETERMINERS, SUBORDINATORS

_ADVERBIAL_START = frozenset({"ADP", "ADV", "SCONJ"})


def front_passive_to_active(doc: Any, aux: Any, participle: Any) -> Edit | None:
    """'[voorop] is door ons [rest] vastgesteld.' -> '[voorop] hebben wij [rest] vastgesteld.'"""
    from taalcheck.rewrites.proposals import _active_verb

    if aux.lower_ not in ("wordt", "worden", "is", "zijn") or participle.i <= aux.i + 2:
        return None
    front = [t for t in doc[: aux.i] if not t.is_space]
    if not front or front[0].lower_ in SUBORDINATORS or any(t.is_punct or "Fin" in t.morph.get("VerbForm") for t in front):
        return None  # a subordinate clause, or no single part before the verb
    door = next((t for t in doc[aux.i + 1 : participle.i] if t.lower_ == "door"), None)
    if door is None or door.i + 1 >= participle.i or any(t.is_punct for t in doc[aux.i : participle.i]):
        return None
    if door.i > aux.i + 1 and doc[door.i - 1].lower_ in DETERMINERS:
        return None  # 'de door u opgegeven giften': that 'door' belongs to an adjective
    agent_tokens = [t for t in doc[door.i + 1 : participle.i] if not t.is_space]
    first = agent_tokens[0]
    if first.lower_ in AGENT_PRONOUNS:
        agent, plural = AGENT_PRONOUNS[first.lower_]
        agent, agent_end = agent if first.lower_ != "u" else "u", first.i + 1
    elif first.lower_ in ("de", "het") and len(agent_tokens) > 1 and front[0].pos_ in _ADVERBIAL_START:
        noun = agent_tokens[1]
        if not noun.is_alpha or noun.pos_ not in ("NOUN", "PROPN") or noun.lower_.endswith(("en", "s")):
            return None  # a plural or unclear actor: the verb form is not certain
        agent, plural, agent_end = f"{first.text.lower()} {noun.text}", False, noun.i + 1
    else:
        return None
    if agent == "Wij":
        agent = "wij"
    rest = [t for t in doc[participle.i + 1 :] if not t.is_space]
    if not rest or not all(t.is_punct for t in rest) or rest[-1].text not in (".", "!"):
        return None  # the participle ends the sentence
    if any(t.pos_ in ("VERB", "AUX") for t in doc[agent_end : participle.i]):
        return None  # another verb in between: the verb group is not clear
    verb = _active_verb(participle, aux.lower_, plural)
    if verb is None:
        return None
    head, tail = verb
    before_door = doc.text[aux.idx + len(aux.text) : door.idx].split()  # 'uw melding' in 'is uw melding door ons ontvangen'
    middle = before_door + doc.text[doc[agent_end - 1].idx + len(doc[agent_end - 1].text) : participle.idx].split()
    words = [head, agent, *middle] + ([tail] if tail else [])
    return Edit(aux.idx, participle.idx + len(participle.text), " ".join(words))


# Decisions a letter's sender makes itself: without 'door', 'wij' is certainly the actor.
SENDER_VERBS = frozenset(
    """afgewezen toegekend vastgesteld opgelegd ingetrokken ontvangen beoordeeld verlaagd verhoogd herzien
    teruggevorderd verwerkt geregistreerd berekend goedgekeurd gewijzigd""".split()
)
_PATIENT_START = frozenset("uw de het deze dit een uw".split())


def sender_passive_to_active(doc: Any, aux: Any, participle: Any) -> Edit | None:
    """'Uw aanvraag is afgewezen.' -> 'Wij hebben uw aanvraag afgewezen.' (a decision of the sender)."""
    from taalcheck.rewrites.proposals import _active_verb

    if participle.lower_ not in SENDER_VERBS or aux.lower_ not in ("wordt", "worden", "is", "zijn") or participle.i <= aux.i:
        return None
    words = [t for t in doc if not t.is_space]
    if any(t.lower_ in ("door", "er") or t.lower_ in SUBORDINATORS or t.text in (",", ";", ":") for t in words):
        return None  # an actor named, an 'er' sentence, or more than one clause
    rest = [t for t in doc[participle.i + 1 :] if not t.is_space]
    if not rest or any(t.pos_ in ("VERB", "AUX") for t in rest) or rest[-1].text != "." or not (rest[0].is_punct or rest[0].pos_ == "ADP"):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[aux.i + 1 : participle.i]):
        return None
    front = [t for t in doc[: aux.i] if not t.is_space]
    if not front:
        return None
    verb = _active_verb(participle, aux.lower_, True)
    if verb is None:
        return None
    head, tail = verb
    between = doc.text[aux.idx + len(aux.text) : participle.idx].split()
    if front[0].lower_ in _PATIENT_START and len(front) <= 5 and all(t.is_alpha for t in front):
        # the patient first: 'Uw aanvraag is afgewezen' -> 'Wij hebben uw aanvraag afgewezen'
        patient = [front[0].text.lower(), *(t.text for t in front[1:])]
        words_out = ["Wij", head, *patient, *between] + ([tail] if tail else [])
        return Edit(front[0].idx, participle.idx + len(participle.text), " ".join(words_out))
    if front[0].pos_ in _ADVERBIAL_START and between and between[0].lower() in _PATIENT_START:
        # 'Daarom is uw aanvraag afgewezen' -> 'Daarom hebben wij uw aanvraag afgewezen'
        words_out = [head, "wij", *between] + ([tail] if tail else [])
        return Edit(aux.idx, participle.idx + len(participle.text), " ".join(words_out))
    return None
