"""Readability figures for a text, and an estimate of its level.

Flesch-Douma (the Dutch Flesch formula: 206.835 - 0.93 x words per sentence
- 77 x syllables per word) is information, never a verdict on its own; the
level estimate combines it with sentence length and the share of rare and
ambtelijk words, and says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from taalcheck.nl.readability import flesch_douma, syllables
from taalcheck.nl.tokens import is_word
from taalcheck.rules import codes_with_metric

if TYPE_CHECKING:  # pragma: no cover
    from taalcheck.core.findings import Finding
    from taalcheck.nl.segment import Segment
    from taalcheck.rules.base import SegmentContext

B1_MAX_AVG_SENTENCE = 15.0
B1_MAX_LONG_SHARE = 0.10
B1_MAX_HARD_SHARE = 0.05
B1_MIN_FLESCH_DOUMA = 60.0


@dataclass(frozen=True)
class SegmentStats:
    words: int
    syllables: int
    is_sentence: bool
    is_long: bool
    hard_words: int


def segment_stats(ctx: SegmentContext, findings: Sequence[Finding]) -> SegmentStats:
    words = [t.lower_ for t in ctx.doc if is_word(t)]
    long_codes, hard_codes = codes_with_metric("lange_zinnen"), codes_with_metric("moeilijke_woorden")
    return SegmentStats(
        words=len(words),
        syllables=sum(syllables(w) for w in words if any(c.isalpha() for c in w))
        + sum(1 for w in words if not any(c.isalpha() for c in w)),
        is_sentence=ctx.kind == "zin",
        is_long=any(f.rule in long_codes for f in findings),
        hard_words=sum(1 for f in findings if f.rule in hard_codes),
    )


def document_metrics(segs: Sequence[Segment], results: Sequence[Any], findings: Sequence[Finding]) -> dict[str, Any]:
    """Metrics over the running sentences (standalone lines such as addresses excluded)."""
    stats = [r.stats for r in results if r.stats.is_sentence]
    words = sum(s.words for s in stats)
    sentences = len(stats)
    syllable_count = sum(s.syllables for s in stats)
    long_count = sum(1 for s in stats if s.is_long)
    hard = sum(s.hard_words for s in stats)
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.category] = counts.get(f.category, 0) + 1
    average = round(words / sentences, 1) if sentences else 0.0
    metrics: dict[str, Any] = {
        "woorden": words,
        "zinnen": sentences,
        "gemiddelde_zinslengte": average,
        "aandeel_lange_zinnen": round(long_count / sentences, 3) if sentences else 0.0,
        "flesch_douma": flesch_douma(words, sentences, syllable_count),
        "aandeel_moeilijke_woorden": round(hard / words, 3) if words else 0.0,
        "bevindingen_per_categorie": counts,
    }
    jargon_codes = codes_with_metric("ambtelijke_woorden")
    level, reasons = estimate_level(metrics, sum(1 for f in findings if f.rule in jargon_codes))
    metrics["niveau"] = level
    metrics["niveau_redenen"] = reasons
    return metrics


def estimate_level(metrics: dict[str, Any], jargon: int) -> tuple[str, list[str]]:
    """'B1' or 'hoger dan B1', with the reasons in plain Dutch."""
    reasons = []
    if metrics["zinnen"] == 0:
        return "onbekend", ["Er staan geen zinnen in de tekst."]
    if metrics["gemiddelde_zinslengte"] > B1_MAX_AVG_SENTENCE:
        average = f"{metrics['gemiddelde_zinslengte']:g}".replace(".", ",")
        reasons.append(f"De zinnen zijn gemiddeld {average} woorden lang (voor B1: hoogstens {B1_MAX_AVG_SENTENCE:g}).")
    if metrics["aandeel_lange_zinnen"] > B1_MAX_LONG_SHARE:
        reasons.append(
            f"{round(metrics['aandeel_lange_zinnen'] * 100)}% van de zinnen is te lang (voor B1: hoogstens {round(B1_MAX_LONG_SHARE * 100)}%)."
        )
    if metrics["aandeel_moeilijke_woorden"] > B1_MAX_HARD_SHARE:
        reasons.append(f"{round(metrics['aandeel_moeilijke_woorden'] * 100)}% van de woorden is moeilijk.")
    per_100 = jargon * 100 / metrics["woorden"] if metrics["woorden"] else 0
    if per_100 > 1.0:
        reasons.append("Er staat 1 ambtelijk woord in de tekst." if jargon == 1 else f"Er staan {jargon} ambtelijke woorden in de tekst.")
    if metrics["flesch_douma"] < B1_MIN_FLESCH_DOUMA:
        reasons.append(f"De Flesch-Douma-score is {metrics['flesch_douma']} (voor B1: minstens {B1_MIN_FLESCH_DOUMA:g}).")
    if not reasons:
        return "B1", ["Korte zinnen, gewone woorden en weinig ambtelijke taal."]
    return "hoger dan B1", reasons
