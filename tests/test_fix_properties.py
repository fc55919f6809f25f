"""Properties of fixing, checked on generated input (hypothesis).

Pure properties run on random texts and random edits; the checker's
properties run on letters built from Dutch sentence parts, jargon included.
"""

from __future__ import annotations

from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from taalcheck.core.findings import APPLICABILITIES, Edit, Finding, Fix
from taalcheck.core.fixes import apply_edits, apply_findings, map_offset, select_edits, select_fixes

WORDS = st.text(alphabet="abcdeéf .,\n", min_size=0, max_size=60)


@st.composite
def text_and_findings(draw):
    text = draw(WORDS)
    n = len(text)
    findings = []
    for _ in range(draw(st.integers(0, 6))):
        edits = []
        for _ in range(draw(st.integers(1, 3))):
            start = draw(st.integers(0, n))
            end = draw(st.integers(start, min(n, start + 8)))
            edits.append(Edit(start, end, draw(st.text(alphabet="XYZ ", max_size=5))))
        fix = Fix(tuple(edits), draw(st.sampled_from(APPLICABILITIES)))
        findings.append(Finding("W101", "jargon", "warning", edits[0].start, edits[0].end, "", "m", fix=fix))
    protected = []
    if n and draw(st.booleans()):
        start = draw(st.integers(0, n - 1))
        protected.append((start, draw(st.integers(start + 1, n))))
    return text, findings, protected


@settings(max_examples=300, deadline=None)
@given(text_and_findings(), st.booleans())
def test_selected_edits_are_valid_and_do_not_overlap(case, safe_only):
    text, findings, protected = case
    edits = select_edits(findings, safe_only, protected, len(text))
    assert all(0 <= e.start <= e.end <= len(text) for e in edits)
    spans = [(e.start, e.end) for e in edits]
    assert spans == sorted(spans)
    for (a_start, a_end), (b_start, b_end) in pairwise(spans):
        assert a_end <= b_start
        assert not (a_start == a_end == b_start == b_end)
    if safe_only:
        safe_edits = {e for f in findings if f.fix is not None and f.fix.safe for e in f.edits}
        assert all(e in safe_edits for e in edits)
    # a finding's edits are all chosen or none
    chosen = select_fixes(findings, safe_only, protected, len(text))
    assert all(edits_of == f.edits for f, edits_of in chosen)
    assert sorted((e.start, e.end, e.replacement) for _, es in chosen for e in es) == sorted((e.start, e.end, e.replacement) for e in edits)


@settings(max_examples=300, deadline=None)
@given(text_and_findings())
def test_protected_text_survives_and_offsets_map(case):
    text, findings, protected = case
    edits = select_edits(findings, False, protected, len(text))
    fixed = apply_edits(text, edits)
    for start, end in protected:
        new_start, new_end = map_offset(edits, start), map_offset(edits, end, end=True)
        assert fixed[new_start:new_end] == text[start:end]
    inside = set()
    for e in edits:
        inside.update(range(e.start, e.end))
    for offset in range(len(text)):
        if offset not in inside:
            assert fixed[map_offset(edits, offset)] == text[offset]


@settings(max_examples=200, deadline=None)
@given(text_and_findings())
def test_selection_does_not_depend_on_finding_order(case):
    text, findings, protected = case
    forward = apply_findings(text, findings, False, protected)
    assert apply_findings(text, list(reversed(findings)), False, protected) == forward


# -- with the checker ---------------------------------------------------------

OPENERS = ["Indien u vragen heeft", "Als u vragen heeft", "Aangezien u verhuist", "Omdat u verhuist", "Wij sturen u een brief"]
MIDDLES = [
    "dient u het formulier in te vullen",
    "moet u het formulier invullen",
    "kunt u ons bellen i.v.m. uw uitkering",
    "krijgt u tevens een brief over de Wmo",
    "sturen wij u derhalve een kopie",
    "betaalt u het bedrag",
]
ENDS = [".", " voor 1 mei.", " middels het formulier.", " via de website."]
PLAIN = ["Wij bellen u morgen.", "U krijgt geld.", "Het formulier zit bij deze brief.", "Bel ons als u iets wilt weten."]

sentences = st.builds(lambda a, b, c: f"{a}, {b}{c}", st.sampled_from(OPENERS), st.sampled_from(MIDDLES), st.sampled_from(ENDS))
letters = st.lists(st.one_of(sentences, st.sampled_from(PLAIN)), min_size=1, max_size=4).map(" ".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letters, st.booleans())
def test_rewrite_is_idempotent(text, safe_only):
    import taalcheck

    once = taalcheck.rewrite(text, safe_only=safe_only)
    assert taalcheck.rewrite(once, safe_only=safe_only) == once


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PLAIN), min_size=1, max_size=4).map(" ".join))
def test_a_text_without_findings_is_returned_unchanged(text):
    import taalcheck

    report = taalcheck.check(text)
    assert report.findings == []
    assert taalcheck.rewrite(text) == text
    assert taalcheck.rewrite(text, safe_only=False) == text
    assert report.fixed_text() == text


FIELDS = ["«naam»", "{{ bedrag }}", "[DATUM]"]
with_fields = st.lists(st.one_of(sentences, st.sampled_from(PLAIN), st.sampled_from(FIELDS)), min_size=2, max_size=5).map(" ".join)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(with_fields, st.booleans())
def test_placeholders_survive_every_rewrite(text, safe_only):
    import taalcheck
    from taalcheck.readers.text import read_text

    document = read_text(text.encode("utf-8"), "brief.txt", placeholders=(r"\{\{[^}]*\}\}", r"\[[A-Z]+\]"))
    fields = [text[s:e] for s, e in document.placeholders]
    assert len(fields) == sum(text.count(f) for f in FIELDS)
    fixed = taalcheck.rewrite(document, safe_only=safe_only)
    for field in set(fields):
        assert fixed.count(field) == text.count(field)
