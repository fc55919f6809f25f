"""Abbreviations not written out at or before their first use (afkorting).

This rule works in two steps. Per segment it collects every abbreviation
and whether the segment explains it ("burgerservicenummer (BSN)"). Then,
over the whole text in order, only the first use of an abbreviation that
was not explained at or before that point becomes a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from taalcheck.core.findings import Edit, Finding, Fix
from taalcheck.core.text import match_case
from taalcheck.lexicon.wordlists import Entry
from taalcheck.nl.letter_parts import POSTCODE_LETTERS, in_code, in_letterhead
from taalcheck.nl.word_classes import DETERMINERS, PRONOUNS
from taalcheck.rewrites.expansions import advice, plain_fix, unsafe_expansion
from taalcheck.rules.base import Category, DocumentContext, Rule, SegmentContext

ROMAN = re.compile(r"^(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
DOTTED_UNKNOWN = re.compile(r"(?<![\w.])(?:[A-Za-z]{1,3}\.){2,}(?![\w])")
CAPS_UNKNOWN = re.compile(r"(?<![\w.&-])[A-Z][A-Za-z]{0,2}[A-Z]{1,4}(?![\w-])")
# A capital and one to three consonants: no Dutch word looks like that (Bbl, Vb, Wlz).
VOWELLESS_UNKNOWN = re.compile(r"(?<![\w.&-])[B-DF-HJ-NP-TV-XZ][bcdfghjklmnpqrstvwxz]{1,3}(?![\w.'’-])")
TUSSENVOEGSELS = frozenset({"de", "van", "der", "den", "ten", "ter", "te", "el", "la", "le", "du", "op", "in", "'t"})
# Data an abbreviation may stand in: the letters of a postcode, a company form, an account holder's name.
# Not a portal ('Mijn DUO'): the reader still needs to know what DUO is; the name itself is never edited
# (rewrites.expansions.unsafe_expansion gives advice instead of a fix).
DATA_KINDS = frozenset(
    {"postcode", "bedrijfsnaam", "bedrijfsvorm", "naam", "e-mailadres", "webadres", "IBAN", "kenteken", "kenmerk", "adres"}
)
# A label line ('Onderwerp: ...'): like the letterhead, no place for an explanation in brackets.
LABEL_LINE = re.compile(r"[ \t]*[A-Z][A-Za-z ]{1,30}:")
REFERENCE_LABEL = re.compile(
    r"^\s*(?:ons |uw )?(?:kenmerk|zaaknummer|dossiernummer|referentie|nummer|factuurnummer|klantnummer|relatienummer|beschikkingsnummer|registratienummer)\b",
    re.I,
)


@dataclass(frozen=True)
class Occurrence:
    start: int  # relative to the segment
    end: int
    surface: str
    key: str  # what identifies the abbreviation across the text
    entry: Entry | None
    explained: bool
    # the expansion is itself on the jargon list ('in verband met'); its one safe plain word, if any
    jargon: bool = False
    plain: str = ""


@lru_cache(maxsize=16)
def _jargon_table(lexicon: Any) -> dict[str, tuple[str, bool]]:
    """jargon word -> (its one plain alternative or '', safe) for the lexicon's lists."""
    return {e.woord.lower(): (e.alternatieven[0] if len(e.alternatieven) == 1 else "", e.veilig) for e in lexicon.lists.jargon}


def _with_jargon(occ: Occurrence, lexicon: Any) -> Occurrence:
    if occ.entry is None or not occ.entry.alternatieven:
        return occ
    found = _jargon_table(lexicon).get(occ.entry.alternatieven[0].lower())
    if found is None:
        return occ
    return replace(occ, jargon=True, plain=found[0] if found[1] else "")


def _common_start(text: str, start: int, end: int, kind: str) -> bool:
    """'Uw CV', 'De BV': a capitalised article or pronoun before the form is no company name."""
    if kind != "bedrijfsnaam":
        return False
    words = text[start:end].split()[:-1]
    return all(w.lower() in DETERMINERS or w.lower() in PRONOUNS for w in words)


def _real(found: dict, lexicon: Any) -> list:
    return sorted((_with_jargon(o, lexicon) for o in found.values() if o and o.key), key=lambda o: o.start)


def _explained(text: str, start: int, end: int) -> bool:
    """'voluit (AFK)' or 'AFK (voluit)' in this segment."""
    before = text[:start].rstrip()
    after = text[end:]
    if before.endswith("(") and after.startswith(")"):
        words_before = re.findall(r"\w+", before[:-1][-80:])
        return len(words_before) >= 1
    # 'WOZ-waarde (Wet waardering onroerende zaken)': the explanation follows the whole word
    stripped = after[_compound_tail(after) :].lstrip()
    if stripped.startswith("(") and re.match(r"\(\s*[^\W\d_][\w\s'’-]{3,}\)", stripped):
        return True
    return False


def _explained_before(text: str, at: int, occ: Occurrence, sender_end: int, lines: list[tuple[int, int]]) -> bool:
    """Explained in its own segment, or (a name in capitals) its full name written out earlier in the text."""
    if occ.explained:
        return True
    if "." in occ.surface or occ.surface.islower():
        return False  # 'in verband met' earlier does not make 'i.v.m.' easy to read
    full = occ.entry.alternatieven[0] if occ.entry is not None and occ.entry.alternatieven else ""
    if len(full) < 8:
        return False
    # in the body: a sender's name in the letterhead does not tell the reader what 'CJIB' is
    found = (m.start() for m in re.finditer(re.escape(full), text[:at], re.IGNORECASE))
    return any(pos >= sender_end and not any(a <= pos < b for a, b in lines) for pos in found)


def _compound_tail(after: str) -> int:
    """Length of a hyphenated rest of the word ('-waarde' in 'WOZ-waarde'), else 0."""
    m = re.match(r"(?:-[^\W\d_]\w*)+", after)
    return m.end() if m else 0


def _shouting(text: str, start: int, end: int) -> bool:
    """A capitalised word among other capitalised words, or a heading in capitals."""
    before = re.findall(r"[^\W\d_]+", text[:start])[-1:]
    after = re.findall(r"[^\W\d_]+", text[end:])[:1]
    neighbours = [w for w in before + after if len(w) > 1]
    return not neighbours or any(w.isupper() for w in neighbours)


def _is_initials(text: str, start: int, end: int) -> bool:
    surface = text[start:end]
    parts = [p for p in surface.split(".") if p]
    following = text[end:].split()[:1]
    nxt = following[0] if following else ""
    return all(len(p) == 1 and p.isupper() for p in parts) and (nxt[:1].isupper() or nxt.lower() in TUSSENVOEGSELS)


class Abbreviation(Rule):
    """Vindt afkortingen die de tekst niet uitlegt bij het eerste gebruik.

    Wat het doet
    Zoekt bekende afkortingen uit de woordenlijst, zoals 'i.v.m.', 'BSN' en
    'Wmo'. Ook onbekende afkortingen worden gevonden: woorden met punten
    (a.s.a.p.) en korte woorden in hoofdletters. Staat de volledige naam
    ervoor of erachter tussen haakjes, dan is de afkorting uitgelegd.
    Alleen het eerste gebruik telt. 'ivm' zonder punten is ook 'i.v.m.'.
    Delen van een briefhoofd zijn geen afkorting: de letters van een
    postcode ('1234 AB'), de rechtsvorm achter een bedrijfsnaam ('Jansen
    B.V.') en 'tel.' voor een telefoonnummer.

    Waarom is dit lastig voor lezers?
    Een afkorting is een raadsel voor wie haar niet kent. De lezer moet
    zoeken wat er staat, of raadt verkeerd. 'CJIB' of 'Wmo' zegt veel
    lezers niets.

    Voorbeeld
    Wij hebben uw aanvraag voor de Wmo ontvangen i.v.m. uw verhuizing.

    Beter
    Wij hebben uw aanvraag voor de Wet maatschappelijke ondersteuning (Wmo) ontvangen. U vroeg hulp omdat u gaat verhuizen.

    Veiligheid van de aanpassing
    Een afkorting met punten (z.s.m.) wordt met --fix voluit geschreven, in
    gewone woorden (t.n.v. wordt 'op naam van'). Bij een naam (Wmo) zet --fix
    de volledige naam ervoor en de afkorting erachter tussen haakjes. Is de
    uitleg Latijn, Frans of zelf ambtelijk (i.v.m.), dan is er alleen advies.
    In een samengesteld woord (WOZ-waarde), voor gegevens (IBAN NL91 ...) en
    in een kopregel is de uitleg een voorstel. Postcodes, bedrijfsnamen en
    namen blijven altijd zoals ze zijn, net als een code (NV-WH 2023).
    """

    code = "A101"
    category = "afkorting"
    severity = "warning"
    title = "Afkorting niet uitgelegd"
    priority = 40
    category_info = Category("Afkortingen", "afkorting", "afkorting die niet is uitgelegd")

    document_level = True

    def check_document(self, doc: DocumentContext) -> list[Finding]:
        """The first use of each abbreviation not explained at or before it (also A102)."""
        occurrences = ((note.offset, note.item) for note in doc.notes)
        # the letterhead and label lines ('Onderwerp: ...'); a bullet in the body is a sentence
        body_start = doc.body_start if any(seg.kind == "zin" for seg in doc.segments) else len(doc.text)
        lines = [
            (seg.start, seg.end)
            for seg in doc.segments
            if seg.kind == "regel" and (seg.start < body_start or LABEL_LINE.match(doc.text, seg.start))
        ]
        return self.resolve(occurrences, doc.text, doc.sender_end, lines)

    def collect(self, ctx: SegmentContext) -> list[Occurrence]:
        text = ctx.text
        lexicon = ctx.lexicon
        if REFERENCE_LABEL.match(text):
            return []
        exact, folded, shouted = lexicon.abbreviation_patterns
        found: dict[int, Occurrence | None] = {}  # None: a letterhead part, never an abbreviation
        data = [(s, e) for s, e, kind in ctx.data if kind in DATA_KINDS and not _common_start(text, s, e, kind)]
        for s, e in data:
            found[s] = Occurrence(s, e, "", "", None, True)  # a placeholder: nothing inside counts
        for pattern, table, fold in (
            (exact, lexicon.abbreviations, False),
            (folded, lexicon.abbreviations_folded, True),
            (shouted, lexicon.abbreviations_upper, False),
        ):
            if pattern is not None:
                self._known(ctx, pattern, table, fold, data, found)
        if not (ctx.kind == "regel" and text.isupper()):
            self._collect_unknown(ctx, found)
        return _real(found, lexicon)

    def _collect_unknown(self, ctx: SegmentContext, found: dict[int, Occurrence | None]) -> None:
        """Words that look like an abbreviation but are in no list (A102), where no known one stands."""
        text = ctx.text
        for pattern in (DOTTED_UNKNOWN, CAPS_UNKNOWN, VOWELLESS_UNKNOWN):
            for m in pattern.finditer(text):
                s, e = m.start(), m.end()
                if s in found or any(o and (o.start <= s < o.end or s <= o.start < e) for o in found.values()):
                    continue
                if ctx.is_blocked(s, e) or in_code(text, s, e) or in_letterhead(text, s, e) or not self._plausible_unknown(ctx, s, e):
                    continue
                found[s] = Occurrence(s, e, m.group(), m.group().lower().rstrip("."), None, _explained(text, s, e))

    @staticmethod
    def _known(ctx: SegmentContext, pattern: Any, table: dict, fold: bool, data: list, found: dict) -> None:
        """The listed abbreviations of one pattern, outside data, placeholders and the letterhead, into ``found``."""
        text = ctx.text
        for m in pattern.finditer(text):
            if ctx.is_blocked(m.start(), m.end()) or m.start() in found or in_code(text, m.start(), m.end()):
                continue
            if any(s < m.end() and m.start() < e for s, e in data):
                continue
            if in_letterhead(text, m.start(), m.end()):
                found[m.start()] = None  # claimed: no unknown abbreviation here either
                continue
            surface = m.group()
            if fold and sum(c.isupper() for c in surface) > 1 and surface != table[surface.lower()].woord:
                continue  # "B.V." (a company) is not "b.v." (bijvoorbeeld)
            entry = table[surface.lower() if fold else surface]
            found[m.start()] = Occurrence(m.start(), m.end(), m.group(), entry.woord.lower(), entry, _explained(text, m.start(), m.end()))

    @staticmethod
    def _plausible_unknown(ctx: SegmentContext, start: int, end: int) -> bool:
        from taalcheck.lexicon.frequency import zipf

        text = ctx.text
        surface = text[start:end]
        bare = surface.replace(".", "")
        if surface.lower() in ctx.lexicon.allowed or bare.lower() in ctx.lexicon.allowed:
            return False
        if "." in surface:
            return not _is_initials(text, start, end)
        if ROMAN.match(surface) or POSTCODE_LETTERS.search(text[:start]):
            return False
        if surface.isupper() and zipf(surface.lower()) >= 3.0 and _shouting(text, start, end):
            return False  # shouting: "LET OP", "U MOET NU BETALEN"
        if surface.endswith("s") and surface[:-1].isupper() and len(surface) > 2:
            return True  # plural: "BSN's" is caught without the apostrophe as BSNs
        return True

    def resolve(
        self, occurrences: Iterable[tuple[int, Occurrence]], text: str, sender_end: int = 0, lines: Iterable[tuple[int, int]] = ()
    ) -> list[Finding]:
        """``occurrences``: (segment offset, occurrence) in text order.

        The sender block at the top (``text[:sender_end]``) names who writes:
        "UWV" there makes "UWV" in the letter known. The subject line is read
        first, so an abbreviation there is a first use. A name written out
        earlier in the body ('de Wet werk en inkomen naar arbeidsvermogen ...
        de WIA-uitkering') explains it too.
        """
        seen: set[str] = set()
        findings: list[Finding] = []
        lines = list(lines)
        for offset, occ in occurrences:
            if offset + occ.start < sender_end:
                seen.add(occ.key)
                continue
            if occ.key in seen:
                continue
            seen.add(occ.key)
            if _explained_before(text, offset + occ.start, occ, sender_end, lines):
                continue
            start, end = offset + occ.start, offset + occ.end
            finding = self._finding(text, start, end, occ)
            plain = plain_fix(text, finding, occ.surface, occ.entry, occ.plain)
            if plain is not None:
                findings.append(plain)
                continue
            full = occ.entry.alternatieven[0] if occ.entry and occ.entry.alternatieven else ""
            reason = unsafe_expansion(text, start, end, occ.surface, full, occ.jargon, any(a <= start < b for a, b in lines))
            if reason and finding.fix is not None:
                finding = advice(finding, occ.surface, occ.entry, reason)
            findings.append(finding)
        return findings

    def _finding(self, text: str, start: int, end: int, occ: Occurrence) -> Finding:
        surface = occ.surface
        if occ.entry is None:
            return Finding(
                rule=UnknownAbbreviation.code,
                category=self.category,
                severity="info",
                start=start,
                end=end,
                text=surface,
                message=f"'{surface}' lijkt een afkorting. Schrijf de eerste keer voluit wat het betekent.",
            )
        full = occ.entry.alternatieven[0] if occ.entry.alternatieven else ""
        if "." in surface or surface.islower():
            replacement = match_case(surface, full)
            suggestion = replacement
            message = f"'{surface}' is een afkorting. Schrijf voluit: '{full}'."
        else:
            before = text[:start].rstrip()
            sentence_start = start == 0 or before[-1:] in ("!", "?", "") or (before.endswith(".") and not re.search(r"\.\w+\.$", before))
            replacement = f"{full[:1].upper() + full[1:] if sentence_start else full} ({surface})"
            suggestion = replacement
            message = f"'{surface}' is een afkorting. Schrijf de eerste keer voluit: '{full} ({surface})'."
        if occ.entry.uitleg:
            message += f" {occ.entry.uitleg}"
        fix = Fix.of([Edit(start, end, replacement)], safe=True)
        attached = re.match(r"(?:[-'’][\w-]*)+", text[end:])
        tail = _compound_tail(text[end:])
        code = attached is not None and re.fullmatch(r"(?:-[A-Z0-9]+)+", attached.group()) is not None
        if attached and tail == len(attached.group()) and "." not in surface and not code:
            # "WOZ-waarde": writing out inside the word breaks it; the full name follows the word
            word_end = end + tail
            fix = Fix.of([Edit(word_end, word_end, f" ({full})")], safe=True)
            suggestion = f"{text[start:word_end]} ({full})"
            message = f"'{surface}' is een afkorting. Zet de eerste keer de volledige naam erachter: '{suggestion}'."
            if occ.entry.uitleg:
                message += f" {occ.entry.uitleg}"
        elif attached:
            # "BSN's": writing out inside the word breaks it; "NV-WH 2023" is a code, data to keep
            fix = None
            suggestion = f"Leg eerder in de brief uit wat {surface} is: '{full} ({surface})'."
        return Finding(
            rule=self.code,
            category=self.category,
            severity=self.severity,
            start=start,
            end=end,
            text=surface,
            message=message,
            suggestions=(suggestion,),
            fix=fix,
        )


class UnknownAbbreviation(Rule):
    """Vindt woorden die op een afkorting lijken, maar niet in de lijst staan.

    Wat het doet
    Zoekt woorden met punten (a.s.a.p.) en korte woorden in hoofdletters
    (LVNL, ATR) die de tekst niet uitlegt. Namen in hoofdletters die iedereen
    kent, staan in de lijst 'toegestaan' en worden niet gevonden.

    Waarom is dit lastig voor lezers?
    Wie de afkorting niet kent, weet niet wat er staat. Ook een afkorting
    die de schrijver heel gewoon vindt, kan de lezer onbekend zijn.

    Voorbeeld
    Uw melding is doorgestuurd naar de LVNL.

    Beter
    Wij hebben uw melding doorgestuurd naar de Luchtverkeersleiding Nederland (LVNL).

    Veiligheid van de aanpassing
    taalcheck weet niet wat deze afkorting betekent. Er is geen aanpassing;
    de schrijver vult de volledige naam zelf in.
    """

    code = "A102"
    category = "afkorting"
    severity = "info"
    title = "Onbekende afkorting"
    priority = 41

    # Its findings are made by Abbreviation.check_document, which knows both kinds.
