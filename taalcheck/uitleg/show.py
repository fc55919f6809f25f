"""`taalcheck uitleg` in the terminal: the summary, then the letter with explanations in place."""

from __future__ import annotations

import textwrap

from taalcheck.uitleg.explain import KIND_LABEL, Explained
from taalcheck.uitleg.summary import Item, Summary, show_date

WIDTH = 88
MISSING = "Staat niet in de brief."


def summary_rows(summary: Summary) -> list[tuple[str, str, str | None]]:
    """(question, answer, the sentence it came from) in reading order; the answer says when nothing was found."""

    def row(question: str, item: Item | None, value: str | None = None) -> tuple[str, str, str | None]:
        if item is None:
            return question, MISSING, None
        return question, value or item.waarde, item.zin if item.zin != (value or item.waarde) else None

    deadline = summary.datum
    when = None
    if deadline is not None:
        when = show_date(deadline)
        if deadline.datum is None:
            when = f"Dat staat er niet precies. In de brief staat: '{deadline.waarde}'."
        elif deadline.basis:
            when += f" (wij telden vanaf de datum van de brief: {show_date(Item('', '', 0, 0, datum=deadline.basis))})"
    rows = [
        row("Van wie is de brief?", summary.afzender),
        row("Waar gaat de brief over?", summary.onderwerp),
        row("Wat moet u doen?", summary.actie),
        row("Vóór welke datum?", deadline, when),
        row("Om hoeveel geld gaat het?", summary.bedrag),
        row("Wie kunt u bellen?", summary.telefoon),
    ]
    if summary.actie is None:
        rows[2] = ("Wat moet u doen?", "In de brief staat niet dat u iets moet doen.", None)
    return rows


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent, break_long_words=False)


def render_text(path: str, summary: Summary, explained: Explained, notes: list[str]) -> str:
    out = ["UITLEG VAN DE BRIEF", "=" * 19, ""]
    for note in notes:
        out.append(_wrap(f"Let op: {note}"))
    if notes:
        out.append("")
    for question, answer, sentence in summary_rows(summary):
        out.append(question)
        out.append(_wrap(answer, "  "))
        if sentence:
            out.append(_wrap(f'Uit de brief: "{sentence}"', "  "))
        out.append("")
    if summary.datum is not None and summary.datum.datum:
        out.append(_wrap("Twijfelt u over de datum? Vraag het na bij de afzender. Dan bent u zeker op tijd."))
        out.append("")
    out += ["DE BRIEF, MET UITLEG", "=" * 20, "", _wrap("Achter een moeilijk woord staat tussen [ ] wat het betekent.")]
    out.append("")
    out.append(letter_text(explained))
    return "\n".join(out).rstrip() + "\n"


def letter_text(explained: Explained) -> str:
    """The letter with "[= ...]" after each explained word, and a long sentence's split version under it."""
    parts: list[str] = []
    after_split = False
    for text, note in explained.pieces():
        if after_split:
            text = text.lstrip(" ")
            if not text.startswith("\n"):
                parts.append("\n")
        parts.append(text)
        after_split = note is not None and note.kind == "lange-zin"
        if note is None:
            continue
        if after_split:
            parts.append(f"\n    [korter gezegd: {note.explanation}]")
        else:
            parts.append(f" [{KIND_LABEL[note.kind]} {note.explanation}]")
    return "".join(parts)
