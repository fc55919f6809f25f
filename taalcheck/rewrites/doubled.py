"""A word twice in a row after an edit ('de de', 'de Wet Wet op'): one home for the three checks that ask.

- ``verify_modal.doubled_word``: the first new word repeats the word before
  the edit, or the last new word the one after it; with capitals, since 'op
  naam van Van Leeuwen' is a name (``doubled_at_edge``, one word a side);
- ``proposal_checks.swap_breaks``: the new words start with the words before
  them, in lower case ('kosten van' -> 'kosten van kosten van ...');
  ``doubled_at_edge`` with ``longest`` above one;
- ``proposal_checks.mechanical_fault``: the whole new text has a word twice
  in a row more often than the old, in any case (``DOUBLED``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

DOUBLED = re.compile(r"\b([^\W\d_]+)\s+\1\b", re.I)


def doubled_at_edge(before: Sequence[str], new: Sequence[str], after: Sequence[str] = (), longest: int = 1) -> str | None:
    """Why ``new`` between ``before`` and ``after`` repeats a word, or None.

    Up to ``longest`` words: the start of ``new`` against the end of
    ``before``, and the end of ``new`` against the start of ``after``. The
    words are compared as given, so the caller chooses the case.
    """
    for k in range(1, min(longest, len(new)) + 1):
        if k <= len(before) and list(before[len(before) - k :]) == list(new[:k]):
            return f"'{new[0]}' staat dan twee keer achter elkaar"
        if k <= len(after) and list(after[:k]) == list(new[len(new) - k :]):
            return f"'{new[-1]}' staat dan twee keer achter elkaar"
    return None
