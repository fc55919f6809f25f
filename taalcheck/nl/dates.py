"""Which preposition a date takes after 'd.d.': 'van' for a thing, 'op' for an act.

'uw brief d.d. 3 maart' dates the letter ('uw brief van 3 maart'), but
'de door u d.d. 3 maart ingediende aangifte' dates the act of handing it in
('op 3 maart'). The blind audit found 'van' there three times.
"""

from __future__ import annotations

import re

from taalcheck.nl.participles import participle_shape
from taalcheck.nl.word_classes import AUXILIARIES, FUNCTION_WORDS, PRONOUNS

DATE = re.compile(r"\s+\d{1,2}(?:[-/.]\d{1,2}[-/.]\d{2,4}|\s+[a-z]+(?:\s+\d{4})?)\b")
WORD = re.compile(r"[^\W\d_]+")
# Object pronouns that stand before the date only when a verb follows ('door u d.d. ...').
OBJECTS = frozenset({"u", "ons", "mij", "hem", "hen", "haar", "jou", "jullie"})


def date_preposition(before: str, after: str) -> str | None:
    """'van' or 'op' for 'd.d.' between ``before`` and ``after``; None when there is no date or it is unclear."""
    date = DATE.match(after)
    if date is None:
        return None
    words = WORD.findall(before)
    last = words[-1] if words else ""
    following = WORD.findall(after[date.end() :])[:1]
    next_word = following[0].lower() if following else ""
    lower = last.lower()
    if participle_shape(last, strict=True) or lower in OBJECTS or lower in AUXILIARIES or "door" in (w.lower() for w in words[-3:]):
        return "op"  # 'ingediend d.d. 3 maart', 'door u d.d. 3 maart ...', 'U heeft d.d. 3 maart ...'
    if before.rstrip().endswith(","):
        return None  # 'een gesprek met de ambtenaar, d.d. 28 mei': 'van' would hang on the noun; the writer chooses
    if not last or lower in FUNCTION_WORDS or lower in PRONOUNS:
        # 'de d.d. 3 maart ingediende aangifte'; after a noun the date names the thing ('het overzicht d.d. 1 april is')
        return "op" if participle_shape(next_word, strict=True) or next_word in AUXILIARIES else None
    if not last.islower():
        return None
    return "van"  # 'uw brief d.d. 3 maart' -> 'uw brief van 3 maart'
