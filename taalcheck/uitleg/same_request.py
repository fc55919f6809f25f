"""Whether two sentences of a letter are about one request.

"U dient € 2.505,00 te betalen. Het bedrag moet vóór 1 februari op onze
rekening staan.": an order and the passive duty that gives its term; an
appointment and the request to come to it; a list's order and the term of the
same verb. Used by ``actions`` to join such sentences into one action.
"""

from __future__ import annotations

import re

from taalcheck.uitleg.appointments import APPOINTMENT, ATTEND, COMES
from taalcheck.uitleg.requests import is_passive


def one_request(before: str, sentence: str) -> bool:
    """Two sentences in a row about one request: an active request and the passive duty that gives its
    term ("U dient ... bij te betalen. Het verschuldigde bedrag dient uiterlijk ... te zijn bijgeschreven"),
    or an appointment and the request to come to it."""
    if is_passive(before) != is_passive(sentence) and share_a_word(before, sentence):
        return True
    appointment = [bool(APPOINTMENT.search(x) and COMES.search(x)) for x in (before, sentence)]
    return any(appointment) and not all(appointment) and bool(ATTEND.search(sentence if appointment[0] else before))


def share_a_word(one: str, other: str) -> bool:
    """The same word stem in both, also as the head of a compound ("totaalbedrag" and "bedrag")."""
    a, b = words(one), words(other)
    if {w[:6] for w in a} & {w[:6] for w in b}:
        return True
    return any(x != y and (x.endswith(y) or y.endswith(x)) for x in a for y in b)


# "aan te vullen", "op te sturen": the verb of a request, with its particle.
_INFINITIVE = re.compile(r"\b(?:(\w+)\s+)?te\s+([^\W\d_]{3,})\b", re.IGNORECASE)


def same_verb(request: str, sentence: str) -> bool:
    """ "Dient u de volgende gegevens aan te vullen: ..." and "Wij geven u vier weken om uw aanvraag aan te
    vullen": the second sentence gives the term of the same request (the same verb with its particle)."""
    first = {(m.group(1) or "").lower() + m.group(2).lower() for m in _INFINITIVE.finditer(request.split(":")[0])}
    return bool(first & {(m.group(1) or "").lower() + m.group(2).lower() for m in _INFINITIVE.finditer(sentence)})


def words(text: str) -> set[str]:
    """The longer words of a text (five letters or more), lowercased."""
    return set(re.findall(r"[^\W\d_]{5,}", text.lower()))
