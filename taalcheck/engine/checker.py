"""The engine: segment a text, analyse each segment once, gather findings.

Every adapter (library, CLI, pre-commit hook, spaCy component, web API)
calls this. A text is split into segments (sentences and standalone lines);
each distinct segment is analysed by the spaCy pipeline and the sentence
rules once and the result is kept in a bounded cache, because generated
letters repeat most of their sentences. Document-level rules (afkorting:
explained at or before the first use) run over the notes they collected per
segment, which are cached too, so results with and without the cache are
identical. The engine knows rules only through the protocol in
``taalcheck.rules.base`` and the registry in ``taalcheck.rules``.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from itertools import islice
from typing import Any

from taalcheck import rules as registry
from taalcheck.core.document import Document
from taalcheck.core.findings import Finding
from taalcheck.core.options import CheckOptions
from taalcheck.core.report import Report
from taalcheck.core.spans import overlaps
from taalcheck.core.text import line_starts, position
from taalcheck.engine.lexicons import lexicon_for_key, lexicon_key
from taalcheck.engine.metrics import SegmentStats, document_metrics, segment_stats
from taalcheck.engine.normalise import CACHE_NUMBERS, Volatile, carries_numbers, check_cache_option, is_normalised, normalised_key
from taalcheck.nl.explained import drop_explained
from taalcheck.nl.segment import Segment, segments
from taalcheck.rules.base import DocumentContext, Note, SegmentContext

logger = logging.getLogger(__name__)

DEFAULT_CACHE_SIZE = 50_000


# Longer segments are cut into pieces for the pipeline (a 200,000-word "sentence").
MAX_SEGMENT_CHARS = 5_000
# Segments whose fixes are verified together (their edited copies go through the pipeline in one call:
# bigger batches cost the model less per sentence).
VERIFY_BATCH = 1024


@dataclass(frozen=True)
class SegmentResult:
    """What one segment yields, independent of where it stands in the text."""

    findings: tuple[Finding, ...]
    # (rule code, what the rule's ``collect`` noted) for each document-level rule
    notes: tuple[tuple[str, tuple[Any, ...]], ...]
    stats: SegmentStats
    variants: tuple[tuple[int, Any], ...] = ()  # (finding, notes of its fixed text): a document rule may differ


def as_document(source: str | Document, path: str | None = None) -> Document:
    if isinstance(source, Document):
        return source
    if not isinstance(source, str):
        raise TypeError("taalcheck.check verwacht tekst (str) of een Document.")
    return Document(text=source, path=path)


_SURROGATE = re.compile("[\ud800-\udfff]")


def masked_text(doc: Document) -> str:
    """Markup becomes spaces and placeholders one opaque word; length stays the same.

    A lone surrogate (from broken JSON, never from a decoded file) becomes
    U+FFFD for the analysis only: spaCy cannot encode it, and offsets stay put.
    """
    text = doc.text
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if not doc.masked and not doc.placeholders:
        return text
    chars = list(text)
    for start, end in doc.masked:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    for start, end in doc.placeholders:
        for i in range(start, end):
            chars[i] = "x"
    return "".join(chars)


def _chunks(seg: Segment, text: str) -> list[Segment]:
    """Pieces of at most MAX_SEGMENT_CHARS, cut at a space where there is one.

    Cutting inside a word made findings on word halves ('bijsta' of 'bijstand').
    A piece of such a segment is running text without full stops, never a
    standalone line, so it is a "zin" (and can be a long sentence).
    """
    if seg.end - seg.start <= MAX_SEGMENT_CHARS:
        return [seg]
    out = []
    start = seg.start
    while seg.end - start > MAX_SEGMENT_CHARS:
        cut = start + MAX_SEGMENT_CHARS
        floor = start + MAX_SEGMENT_CHARS // 2
        j = cut
        while j > floor and not text[j - 1].isspace():
            j -= 1
        cut = j if j > floor else cut
        out.append(Segment(start, cut, "zin"))
        start = cut
        while start < seg.end and text[start].isspace():
            start += 1
    if start < seg.end:
        out.append(Segment(start, seg.end, "zin"))
    return out


class Checker:
    """Checks texts with fixed options. Reuse one Checker: it holds the cache."""

    def __init__(
        self,
        options: CheckOptions | None = None,
        nlp: Any = None,
        model: str | None = None,
        cache: bool | str = True,
        cache_size: int = DEFAULT_CACHE_SIZE,
        skip: tuple[str, ...] = (),
        normalise: bool = False,
    ) -> None:
        check_cache_option(cache)
        self.options = options or CheckOptions()
        self._nlp = nlp
        # components of ``nlp`` not to run on segments (the taalcheck component itself)
        self._skip = list(skip)
        self._model = model
        self._lexicon_key = lexicon_key(self.options.woordenlijsten)
        self.lexicon = lexicon_for_key(self._lexicon_key)
        self.cache_enabled = bool(cache)
        self.cache_size = cache_size
        self._cache: OrderedDict[tuple, SegmentResult] = OrderedDict()
        self._rules_version = registry.version
        # numbers normalised in the cache key and the model input (opt-in, only with the cache on; engine.normalise):
        # cache="getallen" in the public API, normalise=True here
        self.normalise = cache == CACHE_NUMBERS or (cache is True and normalise)
        self._volatile = Volatile()

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from taalcheck.nl import pipeline

            self._nlp = pipeline.shared(self._model)
        return self._nlp

    # -- public API ---------------------------------------------------------

    def check(self, source: str | Document, path: str | None = None) -> Report:
        return next(self.check_many([source], paths=[path] if path else None))

    def check_many(self, sources: Iterable[str | Document], batch_size: int = 64, paths: Sequence[str] | None = None) -> Iterator[Report]:
        """Reports in input order; memory stays flat (works batch by batch)."""
        iterator = iter(sources)
        index = 0
        while True:
            batch = list(islice(iterator, batch_size))
            if not batch:
                return
            docs = []
            for item in batch:
                path = paths[index] if paths and index < len(paths) else None
                docs.append(as_document(item, path))
                index += 1
            yield from self._check_batch(docs)

    def check_doc(self, doc: Any) -> list[Finding]:
        """For the spaCy component: findings for ``doc.text``."""
        return self.check(doc.text).findings

    # -- internals ----------------------------------------------------------

    def refresh(self) -> None:
        """Notice an edited word list or a newly registered rule; cached results then go.

        Called before every check: a ``stat`` per word list, no reading.
        """
        key = lexicon_key(self.options.woordenlijsten)
        if key != self._lexicon_key:
            logger.info("Een woordenlijst is veranderd; de lijsten worden opnieuw gelezen.")
            self.lexicon = lexicon_for_key(key)
            self._lexicon_key = key
            self._cache.clear()
        if self._rules_version != registry.version:
            logger.info("De lijst van regels is veranderd; eerdere uitkomsten vervallen.")
            self._cache.clear()
            self._rules_version = registry.version

    def _check_batch(self, docs: list[Document]) -> list[Report]:
        """Safe from threads: one batch at a time per pipeline (the cache is guarded with it)."""
        from taalcheck.nl import pipeline

        with pipeline.lock_for(self.nlp):
            self.refresh()
            return self._check_batch_locked(docs)

    def _check_batch_locked(self, docs: list[Document]) -> list[Report]:
        plans = []
        pending: dict[tuple, tuple[str, str, tuple]] = {}
        for doc in docs:
            text = masked_text(doc)
            segs = [piece for seg in segments(text, doc.breaks) for piece in _chunks(seg, text)]
            keys = []
            for seg in segs:
                blocked = tuple(
                    (max(s, seg.start) - seg.start, min(e, seg.end) - seg.start)
                    for s, e in doc.placeholders
                    if s < seg.end and seg.start < e
                )
                key = (text[seg.start : seg.end], seg.kind, blocked)
                keys.append(key)
                shared = self._shared_key(key)
                if shared not in pending and self._cached(shared) is None:
                    pending[shared] = shared
            plans.append((doc, segs, keys))
        if not self.cache_enabled:  # no reuse at all, not even within a batch
            flat = iter(self._analyse_each([key for _, _, keys in plans for key in keys]))
            return [self._assemble(doc, segs, [next(flat) for _ in keys]) for doc, segs, keys in plans]
        fresh = self._analyse(list(pending))
        # segments whose shared (normalised) result carried numbers: analysed as written
        if self.normalise:
            exact = (k for _, _, keys in plans for k in keys if self._shared_key(k) == k and k not in fresh)
            fresh.update(self._analyse(list(dict.fromkeys(k for k in exact if self._cached(k) is None))))
        reports = []
        for doc, segs, keys in plans:
            results = []
            for key in keys:
                shared = self._shared_key(key)
                result = fresh.get(shared) or self._cached(shared) or fresh.get(key) or self._cached(key)
                if result is None:  # cache disabled or evicted meanwhile
                    result = self._analyse([key])[key]
                results.append(result)
            reports.append(self._assemble(doc, segs, results))
        return reports

    def _shared_key(self, key: tuple) -> tuple:
        """The cache key: numbers normalised (engine.normalise), unless that segment's result carries them."""
        if not self.normalise:
            return key
        shared = normalised_key(key)
        return key if shared in self._volatile else shared

    def _cached(self, key: tuple) -> SegmentResult | None:
        if not self.cache_enabled:
            return None
        result = self._cache.get(key)
        if result is not None:
            self._cache.move_to_end(key)
        return result

    def _store(self, key: tuple, result: SegmentResult) -> None:
        if not self.cache_enabled:
            return
        self._cache[key] = result
        if len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    def _analyse(self, keys: list[tuple]) -> dict[tuple, SegmentResult]:
        out: dict[tuple, SegmentResult] = {}
        for key, result in zip(keys, self._analyse_each(keys), strict=True):
            if is_normalised(key) and carries_numbers(key, result):
                self._volatile.add(key)
                continue
            out[key] = result
            self._store(key, result)
        return out

    def _analyse_each(self, keys: list[tuple]) -> list[SegmentResult]:
        """One result per key, in order (duplicates analysed again)."""
        if not keys:
            return []
        from taalcheck.nl import pipeline

        nlp = self.nlp
        has_parse, has_tags = pipeline.has_parser(nlp), pipeline.has_tagger(nlp)
        out: list[SegmentResult] = []
        # Strings and lexemes of these segments (names, amounts, reference
        # numbers) are freed afterwards: without this the vocabulary grows
        # with every letter. Results hold plain Python data only.
        # inside another pipeline (the component) that pipeline owns the memory zone
        zone = pipeline.memory_zone(nlp) if not self._skip else nullcontext()
        docs = pipeline.pipe(nlp, [key[0] for key in keys], self._skip)
        with zone:
            pending: list[tuple[Any, list[Finding], tuple]] = []
            for key, spacy_doc in zip(keys, docs, strict=True):
                kind, blocked = key[1], key[2]
                ctx = SegmentContext(spacy_doc, kind, self.lexicon, self.options, blocked, has_tags, has_parse)
                findings, notes = self._run_rules(ctx)
                pending.append((ctx, findings, notes))
                if len(pending) >= VERIFY_BATCH:
                    out.extend(self._verified(pending, has_tags, has_parse))
                    pending = []
            out.extend(self._verified(pending, has_tags, has_parse))
        return out

    def _run_rules(self, ctx: SegmentContext) -> tuple[list[Finding], tuple]:
        """The findings of every rule, and the notes of the document-level rules."""
        findings: list[Finding] = []
        notes = []
        for rule in registry.RULES.values():
            findings.extend(rule.check(ctx))
            if rule.document_level:
                notes.append((rule.code, tuple(rule.collect(ctx))))
        return findings, tuple(notes)

    def _verified(self, pending: list, has_tags: bool, has_parse: bool) -> list[SegmentResult]:
        """Results whose fixes passed verification (see ``engine.verification``)."""
        from taalcheck.engine.verification import verify_fixes

        variants = verify_fixes(self, pending, has_tags, has_parse)
        mine: dict[int, list] = {}
        for (q, i), v in variants.items():
            mine.setdefault(q, []).append((i, v))
        return [SegmentResult(tuple(f), notes, segment_stats(ctx, f), tuple(mine.get(p, ()))) for p, (ctx, f, notes) in enumerate(pending)]

    def _assemble(self, doc: Document, segs: list[Segment], results: list[SegmentResult]) -> Report:
        text = doc.text
        findings: list[Finding] = []
        for seg, result in zip(segs, results, strict=True):
            findings.extend(f.shifted(seg.start) for f in result.findings)
        for rule in registry.RULES.values():
            if rule.document_level:
                notes = [
                    Note(seg.start, item)
                    for seg, result in zip(segs, results, strict=True)
                    for code, items in result.notes
                    if code == rule.code
                    for item in items
                ]
                findings.extend(rule.check_document(DocumentContext(text, segs, notes, doc.suppressions)))
        from taalcheck.engine import verification as check  # the letter-wide checks of the fixes (issue 17)

        findings = [check.too_long(f, text, segs, self.options.max_zinlengte) if f.rule == "A101" else f for f in findings]
        findings = check.no_fixes_in_letterhead(check.document_level_check(findings, segs, results, text, doc.suppressions), segs)
        findings = check.pointers_need_a_referent(check.no_fixes_in_fixed_terms(findings, text), text, segs)
        findings = drop_explained(findings, text)  # 'een zitting. Dat is een gesprek ...': explained words are no problem
        whole = registry.whole_segment_codes()
        findings = [f for f in findings if self._keep(doc, f, whole)]
        if doc.placeholders or doc.masked:  # a fix never touches a placeholder or markup
            from taalcheck.core.fixes import drop_protected

            findings = drop_protected(findings, len(text), [*doc.placeholders, *doc.masked])
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        starts = line_starts(text) if doc.position is None else []
        placed = []
        for f in findings:
            line, column = doc.position(f.start) if doc.position else position(starts, f.start)
            location = doc.locate(f.start) if doc.locate else None
            placed.append(_place(f, text, line, column, location))
        metrics = document_metrics(segs, results, placed)
        report = Report(text=text, findings=placed, metrics=metrics, path=doc.path, notes=list(doc.notes))
        from taalcheck.engine.fix_loop import Refix

        report.fixer = Refix(self, doc, report)
        return report

    def _keep(self, doc: Document, finding: Finding, whole_segment: frozenset[str]) -> bool:
        if not self.options.enabled(finding.rule, finding.category):
            return False
        for start, end in (*doc.placeholders, *doc.masked):
            if overlaps((finding.start, finding.end), (start, end)) and finding.rule not in whole_segment:
                return False
        return not any(s.covers(finding.start, finding.end, finding.rule, finding.category) for s in doc.suppressions)


def _place(finding: Finding, text: str, line: int, column: int, location: str | None) -> Finding:
    from dataclasses import replace

    return replace(finding, text=text[finding.start : finding.end], line=line, column=column, location=location)


_SHARED: dict[tuple, Checker] = {}
_SHARED_GUARD = threading.Lock()


def shared_checker(options: CheckOptions | None = None, cache: bool | str = True) -> Checker:
    """One checker per (options, cache) in this process: what ``taalcheck.check`` uses."""
    options = options or CheckOptions()
    key = (options, cache)
    checker = _SHARED.get(key)
    if checker is None:
        with _SHARED_GUARD:
            checker = _SHARED.get(key) or _SHARED.setdefault(key, Checker(options, cache=cache))
    return checker
