"""What every rule shares: its identity, its documentation, and the context it sees.

Rules are small objects: a code that never changes, a category from
DESIGN.md, a default severity, and a docstring with fixed sections that
``taalcheck regels CODE`` prints. This module does not import spaCy.

The protocol the engine uses, and nothing else:

- ``check(ctx)``: findings in one segment (offsets relative to the segment).
- ``collect(ctx)``: what a document-level rule notes in one segment (plain,
  hashable data; it is cached with the segment, like the findings).
- ``check_document(doc)``: findings over the whole text, from the notes of
  every segment in text order (offsets in the text).
- ``priority``: rules run in this order (low first). A rule that runs earlier
  claims the words it flags, so later rules skip them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from taalcheck.core.findings import Edit, Finding, Fix
from taalcheck.core.spans import inside, overlaps_any
from taalcheck.nl.tokens import is_name

if TYPE_CHECKING:  # pragma: no cover
    from taalcheck.core.options import CheckOptions
    from taalcheck.nl.matching import Lexicon

# Readability figures a rule's findings can count towards (``Rule.metric``).
METRICS = ("lange_zinnen", "moeilijke_woorden", "ambtelijke_woorden")

DOC_SECTIONS = (
    "Wat het doet",
    "Waarom is dit lastig voor lezers?",
    "Voorbeeld",
    "Beter",
    "Veiligheid van de aanpassing",
)


# Data whose letters are no words: 'CV' in a case number is no curriculum vitae.
CODE_KINDS = frozenset({"kenmerk", "postcode", "IBAN", "kenteken", "e-mailadres", "webadres"})


@dataclass
class SegmentContext:
    """One segment (sentence or standalone line) as the rules see it.

    Offsets of findings made here are relative to the segment; the checker
    moves them into the document. ``blocked`` spans (placeholders) are never
    flagged or edited.
    """

    doc: Any  # spacy.tokens.Doc of the segment text
    kind: str  # "zin" or "regel"
    lexicon: Lexicon
    options: CheckOptions
    blocked: tuple[tuple[int, int], ...] = ()
    has_tags: bool = False
    has_parse: bool = False
    # spans (relative) already claimed by earlier rules, so later rules skip them
    claimed: list[tuple[int, int]] = field(default_factory=list)
    # findings that wait for the whole letter: plain data with ``rule`` and ``shifted(offset)``
    # that a rule's ``collect`` hands on to its ``check_document``
    deferred: list[Any] = field(default_factory=list)

    @cached_property
    def text(self) -> str:
        """``doc.text`` once: spaCy builds it from every token on each call."""
        return self.doc.text

    @cached_property
    def token_keys(self) -> list[tuple[str, ...]]:
        """``matching.token_keys`` of every token, computed once for all list rules."""
        from taalcheck.nl.matching import token_keys

        return [token_keys(token) for token in self.doc]

    @cached_property
    def key_set(self) -> set[str]:
        return {key for keys in self.token_keys for key in keys}

    def is_blocked(self, start: int, end: int) -> bool:
        return overlaps_any((start, end), self.blocked)

    @cached_property
    def names(self) -> list[tuple[int, int]]:
        """Written-out names of laws and organisations from the abbreviation list, in this segment."""
        return self.lexicon.name_spans(self.text)

    @cached_property
    def data(self) -> list[tuple[int, int, str]]:
        """``rewrites.data.data_spans`` of the segment, once for the rules and the verification of fixes."""
        from taalcheck.rewrites.data import data_spans

        return data_spans(self.text)

    @cached_property
    def codes(self) -> list[tuple[int, int]]:
        """Case numbers, references, postcodes, web and e-mail addresses in this segment."""
        return [(s, e) for s, e, kind in self.data if kind in CODE_KINDS]

    def in_name(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside a written-out name ('Wet ... motorrijtuigen') or a code
        ('zaaknummer 10984512 CV EXPL 25-7781')."""
        return any(inside((start, end), span) for span in (*self.names, *self.codes))

    def blocks_any(self, edits: Any) -> bool:
        """Whether an edit touches a placeholder or markup (an insertion counts as one character)."""
        return any(self.is_blocked(e.start, max(e.end, e.start + 1)) for e in edits)

    def is_claimed(self, start: int, end: int) -> bool:
        return overlaps_any((start, end), self.claimed)

    def is_claimed_inside(self, start: int, end: int) -> bool:
        """Whether an earlier finding covers all of ``[start, end)``."""
        return any(inside((start, end), claimed) for claimed in self.claimed)

    def claim(self, start: int, end: int) -> None:
        self.claimed.append((start, end))

    def unblocked(self, edit: Edit | None) -> Edit | None:
        """The edit, unless it would touch a placeholder."""
        if edit is None or self.is_blocked(edit.start, edit.end):
            return None
        return edit


@dataclass(frozen=True)
class Category:
    """How a category is shown to people (Dutch, B1)."""

    name: str  # a heading over findings of this kind: "Ambtelijke woorden" (LanguageTool)
    label: str  # one finding of this kind: "ambtelijk woord" (HTML report)
    legend: str  # a short explanation in the HTML legend


@dataclass(frozen=True)
class Note:
    """What ``Rule.collect`` noted in a segment, moved into the text (``offset`` added)."""

    offset: int  # where the segment starts in the text
    item: Any


@dataclass
class DocumentContext:
    """The whole text as a document-level rule sees it."""

    text: str
    segments: Sequence[Any]  # taalcheck.nl.segment.Segment, in text order
    notes: Sequence[Note]  # what this rule collected, in text order
    suppressions: Sequence[Any] = ()  # the 'taalcheck: negeer' comments of the document

    @cached_property
    def body_start(self) -> int:
        """Where the running text starts: the first sentence (not a standalone line)."""
        return next((seg.start for seg in self.segments if seg.kind == "zin"), 0)

    @cached_property
    def sender_end(self) -> int:
        """End of the sender block: the first paragraph of standalone lines, before the body."""
        segs, body_start = self.segments, self.body_start
        if not segs or segs[0].kind != "regel" or segs[0].start >= body_start:
            return 0
        blank = re.search(r"\n[ \t]*\r?\n", self.text[segs[0].start : body_start])
        return segs[0].start + blank.start() if blank else 0


class Rule:
    """Base class. Subclasses set the class attributes and implement a hook.

    ``category_info`` describes the category for readers; one rule of each
    category must set it. ``metric`` names the readability figure the rule's
    findings count towards (``METRICS``). ``whole_segment`` rules flag a whole
    sentence: placeholders inside do not drop the finding, and a fix that
    leaves a part still flagged is no new problem.
    """

    code: str = ""
    category: str = ""
    severity: str = "warning"
    title: str = ""
    priority: int = 100
    category_info: Category | None = None
    metric: str | None = None
    whole_segment: bool = False
    # Whether the rule has a document-level part (``collect``/``check_document``).
    document_level: bool = False
    # Findings that point into markup or a comment (an unknown code in 'taalcheck: negeer').
    in_markup: bool = False

    @property
    def doc(self) -> str:
        return _dedent(type(self).__doc__ or "")

    def sections(self) -> dict[str, str]:
        return parse_sections(self.doc)

    def check(self, ctx: SegmentContext) -> Iterable[Finding]:
        """Findings in one segment; a rule that only works on the whole text returns none."""
        return ()

    def collect(self, ctx: SegmentContext) -> Sequence[Any]:
        """Notes for ``check_document`` from one segment (hashable, picklable data)."""
        return ()

    def check_document(self, doc: DocumentContext) -> Iterable[Finding]:
        """Findings over the whole text, from the notes ``collect`` made."""
        return ()

    def finding(
        self,
        ctx: SegmentContext,
        start: int,
        end: int,
        message: str,
        suggestions: Iterable[str] = (),
        fix: Fix | None = None,
    ) -> Finding:
        return Finding(
            rule=self.code,
            category=self.category,
            severity=self.severity,
            start=start,
            end=end,
            text=ctx.text[start:end],
            message=message,
            suggestions=tuple(dict.fromkeys(s for s in suggestions if s)),
            fix=fix,
        )


@dataclass(frozen=True)
class LetterSignals:
    """What the engine knows about the whole letter when it resolves deferred findings."""

    domains: frozenset[str] = frozenset()  # see taalcheck.nl.senses.document_domains


def _dedent(text: str) -> str:
    import textwrap

    lines = text.strip("\n").splitlines()
    if not lines:
        return ""
    first, rest = lines[0].strip(), textwrap.dedent("\n".join(lines[1:]))
    return (first + "\n" + rest).strip()


def parse_sections(doc: str) -> dict[str, str]:
    """Split a rule docstring into its fixed sections (heading lines end with nothing else)."""
    sections: dict[str, str] = {}
    current = "samenvatting"
    buffer: list[str] = []
    headings = {h.lower(): h for h in DOC_SECTIONS}
    for line in doc.splitlines():
        key = line.strip().rstrip(":").lower()
        if key in headings:
            sections[current] = "\n".join(buffer).strip()
            current, buffer = headings[key], []
        else:
            buffer.append(line)
    sections[current] = "\n".join(buffer).strip()
    return sections


SALUTATION = re.compile(r"^\s*(geachte|beste|met vriendelijke groet)", re.IGNORECASE)


def _cue_in_clause(entry: Any, span: Any) -> bool:
    """With a parse: a ``wel_als`` cue must be the word's own dependent, its head, or a sister.

    "Wilt u de deur afsluiten als u naar de afspraak over uw verzekering gaat?":
    the insurance is not what is closed, so 'afsluiten' is not misleading here.
    """
    from taalcheck.nl.matching import segment_keys

    root = span.root
    clause = [*root.subtree, root.head, *root.head.children]
    keys = segment_keys(clause)
    lowered = " ".join(t.lower_ for t in clause)
    return any((cue in lowered) if (" " in cue or "-" in cue) else (cue in keys) for cue in entry.wel_als)


def list_matches(
    ctx: SegmentContext,
    index: Any,
    separable: Any = None,
    accept: Callable[[Any], bool] | None = None,
    keys: Any = None,
) -> Iterable[tuple[Any, Any]]:
    """(match, span) for each word-list entry in the segment whose context fits.

    Skips placeholders, words an earlier rule already flagged, entries whose
    cue words say another sense is meant, and spans ``accept`` turns down;
    claims what it yields. ``keys``: the tokens' match keys, when not ``ctx.token_keys``.
    """
    from taalcheck.nl.matching import cues_allow, find_phrases

    doc = ctx.doc
    if ctx.kind == "regel" and SALUTATION.match(ctx.text):
        return  # "Geachte heer", "Hoogachtend": conventions every reader knows
    matches = find_phrases(doc, index, separable, ctx.has_parse, keys or ctx.token_keys)
    if not matches:
        return
    keys = ctx.key_set
    lowered = ctx.text.lower()
    for match in matches:
        span = doc[match.start : match.end]
        start, end = span.start_char, span.end_char
        if ctx.is_blocked(start, end) or ctx.is_claimed_inside(start, end):
            continue  # "ter zitting" (jargon) may hold "zitting" (misleidend)
        if ctx.in_name(start, end):
            continue  # "Wet aansprakelijkheidsverzekering motorrijtuigen", "zaaknummer 123 CV EXPL 4": a name or a code
        if not cues_allow(match.entry, keys, lowered):
            continue  # "voldoen aan de voorwaarden" is not "betalen"
        if ctx.has_parse and match.entry.wel_als and not _cue_in_clause(match.entry, span):
            continue  # "afsluiten" is misleading only when its own object is an insurance
        if is_name(span[0]) and match.entry.woord.islower() and getattr(match.entry, "betekenissen", None) is None:
            continue  # "Verenigde Staten", "Stichting Vooruit": a name, not the word (a sense word's context decides)
        if len(span) == 1 and "Int" in span[0].morph.get("PronType"):
            continue  # "welke" in a question is not the stiff relative pronoun
        if accept is not None and not accept(span):
            continue
        ctx.claim(start, end)
        yield match, span
