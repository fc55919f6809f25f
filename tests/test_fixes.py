"""Applying fixes: selection, protected spans, verification, write-back, and the corpus.

The corpus test is the issue's gate: safe fixes remove the findings they
target, bring no new finding of any category, and change nothing outside
the edited spans.
"""

from __future__ import annotations

import random
from itertools import pairwise
from pathlib import Path

import pytest

from taalcheck.core.document import Document
from taalcheck.core.findings import Edit, Finding, Fix
from taalcheck.core.fixes import (
    apply_edits,
    apply_findings,
    drop_protected,
    fix_until_stable,
    introduced,
    map_offset,
    replaced_regions,
    select_edits,
    select_fixes,
    unified_diff,
)
from taalcheck.core.report import Report
from taalcheck.writer import write_back

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "brieven"


def edit(start, end, replacement, safe=False):
    """An edit with the safety its fix gets (a finding's fix is safe when all its edits are)."""
    return Edit(start, end, replacement), safe


def finding(start, end, *edits, rule="W101", category="jargon", text=""):
    fix = Fix(tuple(e for e, _ in edits), "veilig" if all(safe for _, safe in edits) else "voorstel") if edits else None
    return Finding(rule, category, "warning", start, end, text, "m", fix=fix)


def test_overlapping_fixes_first_start_wins_and_order_does_not_matter():
    text = "aaaa bbbb cccc"
    a = finding(0, 9, edit(0, 9, "X", True), rule="W101")
    b = finding(5, 9, edit(5, 9, "Y", True), rule="A101")
    c = finding(10, 14, edit(10, 14, "Z", True))
    results = set()
    for seed in range(10):
        items = [a, b, c]
        random.Random(seed).shuffle(items)
        results.add(apply_findings(text, items))
    assert results == {"X Z"}


def test_same_start_safe_beats_unsafe_then_rule_code():
    text = "woord"
    unsafe = finding(0, 5, edit(0, 5, "onveilig", False), rule="A101")
    safe = finding(0, 5, edit(0, 5, "veilig", True), rule="W101")
    assert apply_findings(text, [unsafe, safe], safe_only=False) == "veilig"
    first = finding(0, 5, edit(0, 5, "een", True), rule="A101")
    second = finding(0, 5, edit(0, 5, "twee", True), rule="W101")
    assert apply_findings(text, [second, first]) == "een"


def test_edits_of_one_finding_go_together():
    text = "U dient dit te doen."
    dienen = finding(2, 7, edit(2, 7, "moet", True), edit(12, 15, "", True))
    blocker = finding(12, 14, edit(12, 14, "XX", True), rule="A101")
    # 'dienen' starts first, so it wins and the blocker waits
    assert apply_findings(text, [blocker, dienen]) == "U moet dit doen."
    early = finding(0, 1, edit(0, 8, "Wij ", True), rule="A101")
    assert apply_findings(text, [dienen, early]) == "Wij dit te doen."


def test_safe_only_skips_a_proposal_with_all_its_edits():
    text = "a b"
    mixed = finding(0, 1, edit(0, 1, "x", True), edit(2, 3, "y", False))
    assert apply_findings(text, [mixed]) == text
    assert apply_findings(text, [mixed], safe_only=False) == "x y"


def test_protected_spans_are_never_touched_including_extra_edits():
    text = "Indien {{ naam }} te laat is"
    placeholder = (7, 17)
    main_ok_extra_bad = finding(0, 6, edit(0, 6, "Als", True), edit(15, 20, "", True))
    assert apply_findings(text, [main_ok_extra_bad], protected=[placeholder]) == text
    only_main = finding(0, 6, edit(0, 6, "Als", True))
    assert apply_findings(text, [only_main], protected=[placeholder]) == "Als {{ naam }} te laat is"
    # an insertion right at the border of a placeholder is fine, inside it is not
    border = finding(17, 17, edit(17, 17, "!", True))
    inside = finding(10, 10, edit(10, 10, "!", True))
    assert apply_findings(text, [border], protected=[placeholder]) == "Indien {{ naam }}! te laat is"
    assert apply_findings(text, [inside], protected=[placeholder]) == text


def test_drop_protected_keeps_the_finding_without_its_fix():
    f = finding(0, 6, edit(0, 6, "Als", True), edit(8, 9, "", True))
    [kept] = drop_protected([f], 20, [(7, 10)])
    assert kept.fix is None and kept.edits == () and kept.start == 0


def test_out_of_range_edits_are_dropped():
    text = "kort"
    bad = finding(0, 4, edit(2, 10, "x", True))
    assert apply_findings(text, [bad]) == text


def test_select_edits_gives_sorted_non_overlapping_edits():
    fs = [finding(i, i + 3, edit(i, i + 3, str(i), True)) for i in (6, 0, 2, 4, 9)]
    edits = select_edits(fs, text_length=20)
    spans = [(e.start, e.end) for e in edits]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))


def test_map_offset_and_regions():
    text = "Indien u belt, dient u te wachten."
    edits = [Edit(0, 6, "Als"), Edit(15, 20, "moet"), Edit(23, 26, "")]
    new = apply_edits(text, edits)
    assert new == "Als u belt, moet u wachten."
    for offset in (7, 8, 13, 21, 26, 33):
        assert new[map_offset(edits, offset)] == text[offset]
    assert [new[s:e] for s, e in replaced_regions(edits)] == ["Als", "moet", ""]


def test_introduced_finds_a_fix_that_brings_a_new_finding():
    text = "Zie d.d. 1 mei."
    before = [finding(4, 8, edit(4, 8, "de dato", True), rule="A101", category="afkorting", text="d.d.")]
    chosen = select_fixes(before, text_length=len(text))
    after_text = apply_edits(text, [e for _, es in chosen for e in es])
    after = [finding(4, 11, rule="W101", category="jargon", text=after_text[4:11])]
    assert introduced(before, chosen, after) == [before[0]]
    assert introduced(before, chosen, []) == []


def test_fix_until_stable_leaves_out_a_fix_that_brings_a_new_finding():
    text = "Zie d.d. 1 mei. Indien nodig."
    bad = finding(4, 8, edit(4, 8, "de dato", True), rule="A101", category="afkorting", text="d.d.")
    good = finding(16, 22, edit(16, 22, "Als", True), text="Indien")

    def recheck(old, new, edits):
        out = []
        if "de dato" in new:
            at = new.index("de dato")
            out.append(finding(at, at + 7, text="de dato"))
        if "d.d." in new:
            at = new.index("d.d.")
            out.append(finding(at, at + 4, edit(at, at + 4, "de dato", True), rule="A101", category="afkorting", text="d.d."))
        return out

    fixed, remaining = fix_until_stable(text, [bad, good], recheck)
    assert fixed == "Zie d.d. 1 mei. Als nodig."
    assert [f.text for f in remaining] == ["d.d."]


def test_unified_diff_marks_a_missing_last_line_end():
    diff = unified_diff("a\nb", "a\nc", "brief.txt")
    assert diff.startswith("--- brief.txt (oud)\n+++ brief.txt (nieuw)\n")
    assert "-b\n" in diff and "+c\n" in diff and diff.endswith("\n")


def test_report_fixed_text_safe_by_default():
    report = Report("Indien nodig.", [finding(0, 6, edit(0, 6, "Als", True)), finding(7, 12, edit(7, 12, "X", False))])
    assert report.fixed_text() == "Als nodig."
    assert report.fixed_text(safe_only=False) == "Als X."


# -- writing back ---------------------------------------------------------------


@pytest.mark.parametrize("encoding, newline", [("utf-8", "\r\n"), ("utf-8-sig", "\n"), ("cp1252", "\r\n"), ("utf-16", "\n")])
def test_write_back_keeps_encoding_and_line_ends(tmp_path, encoding, newline):
    path = tmp_path / "brief.txt"
    original = f"Geachte heer,{newline}{newline}Indien u wilt, café.{newline}"
    path.write_bytes(original.encode(encoding))
    doc = Document(text=original, path=str(path), encoding=encoding, newline=newline)
    assert write_back(doc, str(path), original.replace("Indien", "Als")) is None
    data = path.read_bytes()
    assert data == original.replace("Indien", "Als").encode(encoding)
    assert not list(tmp_path.glob(".brief.txt.*"))  # no temporary file left


def test_write_back_refuses_unwritable_documents_and_unencodable_text(tmp_path):
    path = tmp_path / "brief.docx"
    path.write_bytes(b"origineel")
    message = write_back(Document(text="x", writable=False), str(path), "y")
    assert message and "niet zelf aanpassen" in message and path.read_bytes() == b"origineel"
    txt = tmp_path / "brief.txt"
    txt.write_bytes("oud".encode("cp1252"))
    message = write_back(Document(text="oud", encoding="cp1252"), str(txt), "nieuw \u2713")
    assert message and "tekenset" in message and txt.read_bytes() == b"oud"


# -- the corpus -----------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_results():
    letters = sorted(CORPUS.glob("*.txt"))
    if not letters:
        pytest.skip("corpus/brieven is leeg")
    import taalcheck
    from taalcheck.engine.checker import as_document
    from taalcheck.engine.fix_loop import fix_document

    checker = taalcheck._checker(None)
    results = []
    for path in letters:
        text = path.read_text(encoding="utf-8")
        before = checker.check(text)
        fixed, after = fix_document(as_document(text), checker, report=before)
        one_pass = apply_findings(text, before.findings)
        results.append((path.name, text, before, fixed, after, one_pass))
    return results


def _count(report, category):
    return sum(1 for f in report.findings if f.category == category)


@pytest.mark.slow
def test_corpus_fixes_bring_no_new_finding(corpus_results):
    for name, _, before, _, after, _ in corpus_results:
        for category in {f.category for f in after.findings}:
            assert _count(after, category) <= _count(before, category), f"{name}: meer '{category}' na de verbeteringen"


@pytest.mark.slow
def test_corpus_safe_fixes_remove_what_they_target(corpus_results):
    targeted = fixed = 0
    for _, _, before, _, after, _ in corpus_results:
        left = {(f.category, f.text.lower()) for f in after.findings}
        for f in before.findings:
            if f.category in ("jargon", "afkorting") and f.fix is not None and f.fix.safe:
                targeted += 1
                fixed += (f.category, f.text.lower()) not in left
    assert targeted > 0
    assert fixed / targeted >= 0.8, f"{fixed} van {targeted} veilige verbeteringen toegepast"


@pytest.mark.slow
def test_corpus_safe_fixes_remove_three_quarters_of_jargon_and_abbreviations(corpus_results):
    """A floor under the share of jargon and afkorting findings that safe fixes remove.

    Issue 4's gate was 80%. Issue 17 made every safe fix prove itself (no broken
    Dutch, no data touched) and says: where 0 broken edits and the removal rate
    conflict, 0 broken wins. The corpus was at 76.8%; session 4 added about 100
    sourced multiword phrases that are proposals by design (a phrase swap needs
    the sentence reworded) and made the fixes of a second blind audit's broken
    classes advice, so it was at 75.8% (571 of 753). Session 5 made the broken and
    meaning-changing classes of a third blind audit proposals or advice (a stray
    'te', legal terms such as 'aanslagbiljet' and 'gelet op', letterhead pointers):
    74.6% (564 of 756). Session 6 made the fifth blind audit's broken and
    meaning-changing safe classes advice ('na de dagtekening' without 'van',
    pointers to the letterhead, fixed terms) and stopped flagging 'p/a' in an
    address block: 74.4% (562 of 755). The same session taught the sense inventory
    that 'voornoemde termijn' is a period, not an instalment; the swap 'voornoemde'
    -> 'die' then changes how 'termijn' reads, so verification keeps it a proposal:
    74.3% (561 of 755). Issue 15 wants every list entry sourced; two safe phrases
    without a public source ('op grond hiervan', 'te uwen laste') were dropped:
    74.2% (559 of 753). This floor guards that figure.
    """
    before = after = 0
    for _, _, first, _, last, _ in corpus_results:
        before += sum(f.category in ("jargon", "afkorting") for f in first.findings)
        after += sum(f.category in ("jargon", "afkorting") for f in last.findings)
    assert before > 0
    assert (before - after) / before >= 0.742, f"{before - after} van {before} opmerkingen weg"


@pytest.mark.slow
def test_corpus_changes_nothing_outside_the_edited_spans(corpus_results):
    import re

    changed = 0
    for name, text, before, _, _, one_pass in corpus_results:
        edits = select_edits(before.findings, safe_only=True, text_length=len(text))
        # the fixed text is the original with each selected edit either applied or left out, nothing else
        pattern, cursor = [], 0
        for edit in edits:
            pattern.append(re.escape(text[cursor : edit.start]))
            pattern.append(f"(?:{re.escape(edit.replacement)}|{re.escape(text[edit.start : edit.end])})")
            cursor = edit.end
        pattern.append(re.escape(text[cursor:]))
        assert re.fullmatch("".join(pattern), one_pass, re.DOTALL), f"{name}: iets veranderd buiten de verbeteringen"
        changed += one_pass != text
    assert changed > 0


@pytest.mark.slow
def test_corpus_rewrite_is_stable(corpus_results):
    import taalcheck

    for name, _, _, fixed, _, _ in corpus_results[:5]:
        assert taalcheck.rewrite(fixed) == fixed, name


def test_a_new_finding_near_a_fix_is_blamed_on_it_a_far_one_is_not():
    text = "Mocht u van mening zijn dat het niet klopt, bel dan." + " x" * 200
    fix = finding(0, 7, edit(0, 7, "Als", False), text="Mocht u")
    chosen = select_fixes([fix], safe_only=False, text_length=len(text))
    near = finding(15, 40, rule="G101", category="passief")
    far = finding(380, 390, rule="G101", category="passief")
    assert introduced([fix], chosen, [near]) == [fix]
    assert introduced([fix], chosen, [far]) == []
    old_passive = finding(19, 44, rule="G101", category="passief")
    assert introduced([fix, old_passive], chosen, [near]) == []  # it was there before


@pytest.mark.parametrize("portal", ["Mijn DUO", "Mijn UWV"])
def test_abbreviation_in_a_portal_name_is_flagged_but_never_written_out(portal):
    """The reader still needs to know what DUO is, but 'Mijn DUO' is the name of a website: advice, no fix."""
    import taalcheck

    [finding] = [f for f in taalcheck.check(f"U kunt uw schuld zien op {portal}.").findings if f.rule == "A101"]
    assert finding.text == portal.split()[1] and finding.fix is None
    assert f"'{portal}' is de naam van een website" in finding.message
