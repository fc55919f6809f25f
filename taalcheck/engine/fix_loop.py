"""The whole-document fix loop: apply fixes, check again, until nothing more changes."""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import replace as dc_replace
from typing import Any

from taalcheck.core.document import Suppression
from taalcheck.core.findings import Edit
from taalcheck.core.fixes import fix_until_stable, map_offset
from taalcheck.core.options import CheckOptions
from taalcheck.engine.checker import as_document, shared_checker
from taalcheck.rules import whole_segment_codes


def shifted_document(document: Any, edits: Sequence[Edit], text: str) -> Any:
    """The same Document after ``edits``: placeholders, markup and suppressions moved along."""

    def span(s: int, e: int) -> tuple[int, int]:
        return map_offset(edits, s), map_offset(edits, e, end=True)

    return dc_replace(
        document,
        text=text,
        placeholders=[span(s, e) for s, e in document.placeholders],
        masked=[span(s, e) for s, e in document.masked],
        breaks=[map_offset(edits, b) for b in document.breaks],
        suppressions=[
            Suppression(*span(x.start, x.end), x.codes, tuple((w, *span(ws, we)) for w, ws, we in x.words)) for x in document.suppressions
        ],
        position=None,
        locate=None,
    )


def fix_document(
    document: Any, checker: Any, safe_only: bool = True, report: Any = None, passes: int = 4, applied: list | None = None
) -> tuple[str, Any]:
    """Apply fixes until nothing changes; a fix that would add a new finding is left out.

    Returns (fixed text, report of the fixed text). Placeholders and markup
    are never touched.
    """
    first = report or checker.check(document)
    # text -> (document, report): each pass shifts the placeholders of the text it started from
    states: dict[str, tuple[Any, Any]] = {document.text: (document, first)}

    def recheck(old_text: str, new_text: str, edits: Sequence[Edit]) -> list[Any]:
        candidate = shifted_document(states[old_text][0], edits, new_text)
        new_report = checker.check(candidate)
        states[new_text] = (candidate, new_report)
        return new_report.findings

    protected = [*document.placeholders, *document.masked]
    whole_segment = whole_segment_codes()
    text, _ = fix_until_stable(document.text, first.findings, recheck, safe_only, protected, passes, whole_segment, applied)
    return text, states[text][1]


class Refix:
    """``Report.fixer``: the fix loop for one checked document, run when asked."""

    def __init__(self, checker: Any, document: Any, report: Any) -> None:
        # a weak reference: the report holds this object, and no cycle keeps either alive
        self.checker, self.document, self.report = checker, document, weakref.ref(report)
        self._done: dict[bool, str] = {}

    def __call__(self, safe_only: bool = True) -> str:
        if safe_only not in self._done:
            self._done[safe_only], _ = fix_document(self.document, self.checker, safe_only=safe_only, report=self.report())
        return self._done[safe_only]


def rewrite(source: Any, options: Any = None, *, safe_only: bool = True, **kwargs: Any) -> str:
    """The text with its fixes applied until nothing more changes (what ``taalcheck.rewrite`` calls)."""
    checker = shared_checker(CheckOptions.resolve(options, kwargs))
    text, _ = fix_document(as_document(source), checker, safe_only=safe_only)
    return text
