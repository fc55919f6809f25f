"""Safe fixes proven before any output (issue 17).

The checker hands over each batch of analysed segments. Every fix that
touches data loses its fix (data is never edited, not even by a proposal).
Every safe fix is applied to its own segment; all edited segments go through
the pipeline in one batch, the rules run on them, and ``rewrites.verify``
decides. A fix that fails becomes a proposal, with the reason in
``Fix.reason``. Only findings of the rules the options enable count
as new: ``rewrite(select=[...])`` judges by the same findings it fixes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from taalcheck.core.findings import Finding
from taalcheck.core.fixes import map_offset
from taalcheck.rewrites import proposal_checks, swap_checks, verify, verify_grammar, verify_modal
from taalcheck.rules.base import SegmentContext

_WORDS = re.compile(r"[^\W_][\w'’-]*")


# Longer segments (pieces of an endless "sentence") get no verified safe fixes: each proof
# parses the whole segment again, which made a 200,000-word text take many minutes.
VERIFY_MAX_CHARS = 2_000
# proposals that swap words: proven like a safe fix, and advice when the sentence breaks
WORD_SWAPS = frozenset({"jargon", "misleidend", "moeilijk-woord"})


def verify_fixes(checker: Any, pending: list, has_tags: bool, has_parse: bool) -> dict:
    """Check the fixes of ``pending`` (context, findings, notes) in place.

    Returns {(segment, finding): notes of the fixed text} for fixes that bring
    in a word a document-level rule may flag; the checker decides those with
    the whole letter (``document_level_check``). The edited copies of the
    proposals and of the safe fixes go through the model in one batch: the
    model's cost per sentence drops with bigger batches.
    """
    variants_out: dict = {}
    enabled = checker.options.enabled
    variants = _safe_variants(pending, enabled)  # (pending index, finding index, edited text, blocked)
    todo = _proposal_jobs(pending)  # (pending index, finding index, edited text)
    if not todo and not variants:
        return variants_out
    parsed = _pipe(checker, [t[2] for t in todo] + [v[2] for v in variants])
    _judge_proposals(pending, todo, parsed)  # takes the first len(todo) parses
    for (p, f, _, blocked), new_doc in zip(variants, parsed, strict=True):
        ctx, findings, notes = pending[p]
        new_ctx = SegmentContext(new_doc, ctx.kind, checker.lexicon, checker.options, blocked, has_tags, has_parse)
        after, new_notes = checker._run_rules(new_ctx)
        occurrences = [o for code, items in notes if code == "A101" for o in items]
        known = {o.key for o in occurrences}
        brought = sum(1 for code, items in new_notes if code == "A101" for o in items if o.key not in known and not o.explained)
        if not enabled("A101", "afkorting"):
            brought = 0
        if _new_pending(notes, new_notes):
            variants_out[(p, f)] = new_notes
        before = [x for x in findings if enabled(x.rule, x.category)]
        after = [x for x in after if enabled(x.rule, x.category)]
        reason = verify.verify(ctx.doc, new_doc, findings[f], before, after, brought, data=ctx.data)
        if isinstance(reason, verify.Broken):
            findings[f] = verify.advice(findings[f], reason)
            variants_out.pop((p, f), None)
        elif reason is not None:
            findings[f] = verify.downgraded(findings[f], reason)
            variants_out.pop((p, f), None)
    return variants_out


def _safe_variants(pending: list, enabled: Any) -> list[tuple[int, int, str, tuple]]:
    """The edited copy of every safe fix to prove; fixes that touch data lose their fix first."""
    variants = []
    for p, (ctx, findings, _) in enumerate(pending):
        for f, finding in enumerate(findings):
            if finding.fix is None:
                continue
            kind = verify.data_hit(finding.edits, ctx.data, ctx.text)
            if kind is not None:
                findings[f] = replace(finding, fix=None)  # data is never edited, not even by a proposal
                continue
            if not finding.fix.safe or not enabled(finding.rule, finding.category):
                continue
            if len(ctx.text) > VERIFY_MAX_CHARS:  # no letter sentence is this long: not worth a proof
                findings[f] = verify.downgraded(finding, "de zin is te lang om de verbetering te controleren")
                continue
            edits = sorted(finding.edits, key=lambda e: (e.start, e.end))
            blocked = tuple((map_offset(edits, s), map_offset(edits, e, end=True)) for s, e in ctx.blocked)
            variants.append((p, f, verify.edited_text(ctx.text, finding), blocked))
    return variants


def too_long(finding: Finding, text: str, segs: list, limit: int) -> Finding:
    """A written-out abbreviation that makes its sentence too long is a proposal (lange-zin would be new)."""
    if finding.fix is None or not finding.fix.safe:
        return finding
    doubled = verify_modal.doubled_word(text, finding.edits)
    if doubled:  # 'de Wet Wet op ...': wrong Dutch, no proposal either
        return verify.advice(finding, doubled)
    glued = verify_grammar.compound_broken(text, finding.edits)
    if glued:
        return verify.downgraded(finding, glued)
    seg = next((s for s in segs if s.start <= finding.start < s.end), None)
    if seg is None or seg.kind != "zin":
        return finding
    before = len(_WORDS.findall(text[seg.start : seg.end]))
    added = sum(len(_WORDS.findall(e.replacement)) - len(_WORDS.findall(text[e.start : e.end])) for e in finding.edits)
    if before <= limit < before + added:
        return verify.downgraded(finding, f"de zin wordt dan langer dan {limit} woorden")
    return finding


def no_fixes_in_letterhead(findings: list[Finding], segs: list[Any]) -> list[Finding]:
    """Letterhead and address lines (standalone lines before the first sentence) are data: no fix there."""
    body = next((seg.start for seg in segs if seg.kind == "zin"), None)
    if body is None:
        return findings
    head = [(seg.start, seg.end) for seg in segs if seg.kind == "regel" and seg.end <= body]
    return [replace(f, fix=None) if f.fix is not None and any(s <= f.start < e for s, e in head) else f for f in findings]


def pointers_need_a_referent(findings: list[Finding], text: str, segs: list[Any]) -> list[Finding]:
    """'het bovengenoemde voertuig' -> 'dat voertuig' only when the text above names the vehicle.

    'bovengenoemde' may point at the letterhead (a licence plate, an
    aanslagnummer); 'dat voertuig' then points at nothing the reader has
    read (fifth audit). Without the noun in the running text before it, the
    fix becomes advice.
    """
    from taalcheck.nl.noun_phrases import mentioned_before
    from taalcheck.nl.word_classes import POINTING_ABOVE

    body = next((seg.start for seg in segs if seg.kind == "zin"), None)
    out = []
    for finding in findings:
        if finding.fix is None or body is None or finding.start < body or finding.text.lower() not in POINTING_ABOVE:
            out.append(finding)
            continue
        noun = re.match(r"\s*([^\W\d_]+)", text[finding.end :])
        if (
            noun is None
            or "bovenaan" in " ".join(e.replacement for e in finding.edits)
            or mentioned_before(noun.group(1), text[body : finding.start])
        ):
            out.append(finding)
            continue
        reason = f"'{noun.group(1)}' staat niet eerder in de tekst, dus 'die' of 'dat' wijst nergens naar. Noem het zelf, bijvoorbeeld met het nummer"
        out.append(verify.advice(finding, reason))
    return out


def no_fixes_in_fixed_terms(findings: list[Finding], text: str) -> list[Finding]:
    """A fix that changes part of a fixed term ('inleidende beschikking') becomes advice.

    The reader meets the term again on forms and websites; 'inleidende
    beslissing' exists nowhere (``woordenlijsten/vaste-termen``). A fix that
    replaces the whole term is left alone.
    """
    from taalcheck.nl.fixed_terms import fixed_term_spans

    if not any(f.fix is not None for f in findings):
        return findings
    spans = fixed_term_spans(text)
    if not spans:
        return findings
    out = []
    for finding in findings:
        hit = None
        if finding.fix is not None:
            hit = next(
                (
                    term
                    for start, end, term in spans
                    for e in finding.edits
                    if e.start < end and start < max(e.end, e.start + 1) and not (e.start <= start and end <= e.end)
                ),
                None,
            )
        if hit is None:
            out.append(finding)
            continue
        reason = f"'{hit.term}' is een vaste naam die de lezer ook elders tegenkomt; verander er geen woord in. {hit.uitleg}"
        out.append(verify.advice(finding, reason.rstrip(".")))
    return out


def _proposal_jobs(pending: list) -> list[tuple[int, int, str]]:
    """Proposals worth reading: a split gives full main-clause sentences; a verb for a noun needs its actor.

    A proposal that fails loses its edit and stays advice: a wrong rewrite
    costs the writer more than none. Returns the edited copies that still
    need the model (``_judge_proposals`` decides on those).
    """
    todo = []  # (pending index, finding index, edited text)
    for p, (ctx, findings, _) in enumerate(pending):
        for f, finding in enumerate(findings):
            if finding.fix is None or finding.fix.safe:
                continue
            if finding.category == "nominalisatie":
                reason = proposal_checks.new_actor(ctx.text, finding.edits)
                if reason:
                    findings[f] = replace(finding, fix=None, message=f"{finding.message} ({reason}.)")
            elif finding.category == "lange-zin":
                reason = proposal_checks.split_inside_clause(ctx.text, finding.edits)
                if reason:
                    findings[f] = replace(finding, fix=None, message=f"{finding.message} (Geen voorstel: {reason}.)")
                else:
                    todo.append((p, f, verify.edited_text(ctx.text, finding)))
            elif finding.category == "passief":
                rel = finding.text  # the finding's own words ('wordt ... opgelegd')
                reason = proposal_checks.active_broken(ctx.text, rel, finding.edits)
                if reason:
                    findings[f] = verify.advice(finding, reason)
            elif finding.category in WORD_SWAPS and len(ctx.text) <= VERIFY_MAX_CHARS:
                reason = proposal_checks.swap_breaks(ctx.doc, finding.edits) or swap_checks.swap_wrong(ctx.doc, finding.edits)
                if reason:
                    findings[f] = verify.advice(finding, reason)
                else:
                    todo.append((p, f, verify.edited_text(ctx.text, finding)))
    return todo


def _judge_proposals(pending: list, todo: list[tuple[int, int, str]], parsed: Iterator[Any]) -> None:
    """A proposal whose edited copy (the next parse in ``parsed``) breaks the sentence becomes advice."""
    for p, f, _ in todo:
        new_doc = next(parsed)
        ctx, findings = pending[p][0], pending[p][1]
        if findings[f].category == "lange-zin":
            reason = proposal_checks.split_sentences_ok(new_doc)
        else:
            reason = verify.broken_grammar(ctx.doc, new_doc, findings[f].edits)
        if reason:
            findings[f] = verify.advice(findings[f], reason)


def _pending_words(notes: Any) -> Counter:
    """Words a document-level rule may still flag (a sense the letter's domain decides)."""
    return Counter(getattr(item.entry, "woord", "") for code, items in notes if code != "A101" for item in items if hasattr(item, "entry"))


def _new_pending(notes: Any, new_notes: Any) -> int:
    """Words the edit brings in that a document-level rule may flag ('betekent' in a letter about debt)."""
    before, after = _pending_words(notes), _pending_words(new_notes)
    return sum((after - before).values())


def document_level_check(findings: list[Finding], segs: list[Any], results: list[Any], text: str, suppressions: Any) -> list[Finding]:
    """A safe fix whose new words a document-level rule flags in this letter becomes a proposal.

    'impliceert' -> 'betekent' is safe in most letters, but in a letter about
    debt 'betekent' may be the bailiff's word: the sense rule decides with the
    whole letter, so the fixed sentence is judged with the whole letter too.
    """
    from taalcheck import rules as registry
    from taalcheck.rules.base import DocumentContext, Note

    jobs = [(k, i, v) for k, result in enumerate(results) for i, v in getattr(result, "variants", ())]
    if not jobs:
        return findings
    rules = [r for r in registry.RULES.values() if r.document_level and r.code != "A101"]

    def run(rule: Any, swap: int | None, swapped: Any) -> Counter:
        notes = [
            Note(seg.start, item)
            for k, (seg, result) in enumerate(zip(segs, results, strict=True))
            for code, items in (swapped if k == swap else result.notes)
            if code == rule.code
            for item in items
        ]
        return Counter((f.rule, f.text.lower()) for f in rule.check_document(DocumentContext(text, segs, notes, suppressions)))

    out = list(findings)
    for k, i, variant_notes in jobs:
        target = results[k].findings[i].shifted(segs[k].start)
        # what the letter already flags: by the document pass, or in this sentence itself (a word the
        # fixed sentence leaves undecided may be decided in the original one)
        new = [
            key
            for rule in rules
            for key in (
                run(rule, k, variant_notes)
                - run(rule, None, None)
                - Counter((f.rule, f.text.lower()) for f in results[k].findings if f.rule == rule.code)
            )
        ]
        if new:
            reason = f"'{new[0][1]}' kan in deze brief misleidend zijn"
            out = [
                verify.downgraded(f, reason)
                if (f.rule, f.start, f.end, f.fix) == (target.rule, target.start, target.end, target.fix)
                else f
                for f in out
            ]
    return out


def _pipe(checker: Any, texts: list[str]) -> Iterator[Any]:
    """The edited sentences through the model, in batches that keep memory flat."""
    from taalcheck.nl import pipeline

    return pipeline.pipe(checker.nlp, texts, checker._skip)
