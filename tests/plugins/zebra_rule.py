"""A rule that lives outside taalcheck: one file, registered with one line (see tests/test_rule_plugin.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from taalcheck.core.findings import Edit, Finding, Fix
from taalcheck.rules.base import Category, DocumentContext, Note, Rule, SegmentContext

LETTER = "Geachte heer,\n\nWij sturen u een zebra. De zebra staat in de tuin.\n"


class Zebra(Rule):
    """Vindt het woord 'zebra' (een regel alleen voor deze test).

    Wat het doet
    Zoekt het woord 'zebra'.

    Waarom is dit lastig voor lezers?
    Het is een voorbeeld.

    Voorbeeld
    Wij sturen u een zebra.

    Beter
    Wij sturen u een paard.

    Veiligheid van de aanpassing
    De aanpassing is veilig.
    """

    code = "T901"
    category = "testwoord"
    title = "Testwoord"
    priority = 5
    category_info = Category("Testwoorden", "testwoord", "woord dat alleen de test zoekt")
    document_level = True

    def check(self, ctx: SegmentContext) -> Iterator[Finding]:
        for m in re.finditer(r"\bzebra\b", ctx.text):
            yield self.finding(
                ctx, m.start(), m.end(), "Schrijf 'paard'.", ("paard",), Fix.of([Edit(m.start(), m.end(), "paard")], safe=True)
            )

    def collect(self, ctx: SegmentContext) -> list[int]:
        return [m.start() for m in re.finditer(r"\bzebra\b", ctx.text)]

    def check_document(self, doc: DocumentContext) -> Iterator[Finding]:
        notes: list[Note] = list(doc.notes)
        if len(notes) > 1:  # a document-level remark at the last use
            at = notes[-1].offset + notes[-1].item
            yield Finding(
                self.code, self.category, "info", at, at + 5, doc.text[at : at + 5], f"'zebra' staat {len(notes)} keer in de brief."
            )
