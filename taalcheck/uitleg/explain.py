"""The letter with explanations for its reader, built from a check report.

Readers get what a word means, never the advice written for letter writers:
an abbreviation's full form, a jargon word's plain words, a technical term's
explanation (``vaktermen.csv``), and for a misleading word what is meant
(a ``voor_lezers`` column of ``woordenlijsten/betekenissen.csv`` when there is
one, else the "Bedoeld is: ..." part of its explanation, else its plain
words). A long sentence is shown split where the checker has a proposal for it.
Each word is explained at its first place in the letter.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from taalcheck.core.findings import Finding
from taalcheck.core.report import Report
from taalcheck.lexicon.wordlists import Entry, WordLists, key, load_wordlists, shipped_dir

WORD_CATEGORIES = ("afkorting", "jargon", "misleidend", "moeilijk-woord")
# How an explanation is introduced, for each kind of word.
KIND_LABEL = {"afkorting": "=", "jargon": "=", "misleidend": "let op, hier betekent het:", "moeilijk-woord": "uitleg:"}


@dataclass(frozen=True)
class Note:
    """An explanation at ``text[start:end]``; ``kind`` is a category, or "lange-zin" for a split sentence."""

    start: int
    end: int
    kind: str
    word: str
    explanation: str


@dataclass
class Explained:
    text: str
    notes: list[Note] = field(default_factory=list)

    def pieces(self) -> Iterable[tuple[str, Note | None]]:
        """The text in order: (plain text, None), (word, its note), and ("", split note) right after a long sentence."""
        events = [(n.start, 1, n) for n in self.notes if n.kind != "lange-zin"]
        events += [(n.end, 0, n) for n in self.notes if n.kind == "lange-zin"]
        at = 0
        for offset, _, note in sorted(events, key=lambda e: (e[0], e[1])):
            if offset < at:
                continue
            yield self.text[at:offset], None
            if note.kind == "lange-zin":
                yield "", note
                at = offset
            else:
                yield self.text[note.start : note.end], note
                at = note.end
        yield self.text[at:], None

    def splits(self) -> list[Note]:
        return [n for n in self.notes if n.kind == "lange-zin"]


@lru_cache(maxsize=4)
def reader_meanings(folder: str) -> dict[str, str]:
    """``woord`` -> ``voor_lezers`` from betekenissen.csv, when that file and column exist."""
    path = Path(folder) / "betekenissen.csv"
    if not path.is_file():
        return {}
    text = path.read_text(encoding="utf-8-sig")
    delimiter = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    rows = csv.DictReader(text.splitlines(), delimiter=delimiter)
    if not rows.fieldnames or "voor_lezers" not in rows.fieldnames or "woord" not in rows.fieldnames:
        return {}
    return {key(row["woord"]): row["voor_lezers"].strip() for row in rows if row.get("woord") and (row.get("voor_lezers") or "").strip()}


def _by_alternatives(entries: Iterable[Entry], finding: Finding) -> Entry | None:
    word = key(finding.text)
    same = [e for e in entries if tuple(e.alternatieven) == tuple(finding.suggestions)]
    for entry in same:
        if key(entry.woord) == word or word.startswith(key(entry.woord)[:4]):
            return entry
    return same[0] if len(same) == 1 else None


def _meant(uitleg: str) -> str | None:
    match = re.search(r"\bBedoeld (?:is|wordt)\s*:?\s*(.+)$", uitleg)
    return match.group(1).strip() if match else None


def _plain(words: Iterable[str]) -> str:
    words = [w for w in words if w]
    if not words:
        return ""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " of " + words[-1]


def explanation(finding: Finding, lists: WordLists, meanings: dict[str, str]) -> str | None:
    """What the word means, for a reader; None when the word lists do not say."""
    if finding.category == "afkorting":
        entry = next((e for e in lists.afkortingen if key(e.woord, "afkorting") == key(finding.text, "afkorting")), None)
        entry = entry or next((e for e in lists.afkortingen if e.woord.casefold() == finding.text.casefold()), None)
        return f"{entry.alternatieven[0]}" if entry else None
    if finding.category == "moeilijk-woord":
        entry = _by_alternatives(lists.vaktermen, finding)
        if entry is not None:
            return entry.uitleg
        return None
    if finding.category == "misleidend":
        entry = _by_alternatives(lists.misleidend, finding)
        if entry is not None:
            for_readers = meanings.get(key(entry.woord))
            if for_readers:
                return for_readers
            meant = _meant(entry.uitleg)
            if meant:
                return meant
        return _plain(finding.suggestions) or None
    if finding.category == "jargon":
        return _plain(finding.suggestions) or None
    return None


def split_sentence(finding: Finding, text: str) -> str | None:
    """The long sentence with the checker's proposal applied, when it has one inside the sentence."""
    edits = finding.edits
    if not edits or any(e.start < finding.start or e.end > finding.end for e in edits):
        return None
    sentence = text[finding.start : finding.end]
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        a, b = edit.start - finding.start, edit.end - finding.start
        sentence = sentence[:a] + edit.replacement + sentence[b:]
    sentence = " ".join(sentence.split())
    return sentence if sentence.count(".") + sentence.count("?") > 1 else None


def explain(report: Report, word_lists: Sequence[str] = ()) -> Explained:
    """The explained letter for ``report`` (of the text the reader has)."""
    lists = load_wordlists(list(word_lists))
    meanings = reader_meanings(str(shipped_dir()))
    explained = Explained(report.text)
    seen: set[tuple[str, str]] = set()
    taken: list[tuple[int, int]] = []
    for finding in sorted(report.findings, key=lambda f: (f.start, -(f.end - f.start))):
        if finding.category == "lange-zin":
            split = split_sentence(finding, report.text)
            if split:
                explained.notes.append(Note(finding.start, finding.end, "lange-zin", finding.text, split))
            continue
        if finding.category not in WORD_CATEGORIES:
            continue
        meaning = explanation(finding, lists, meanings)
        if not meaning or any(s < finding.end and finding.start < e for s, e in taken):
            continue
        seen_key = (finding.text.casefold(), meaning)
        if seen_key in seen:
            continue
        seen.add(seen_key)
        taken.append((finding.start, finding.end))
        explained.notes.append(Note(finding.start, finding.end, finding.category, finding.text, meaning))
    return explained
