"""Visible flaws a proposal must never bring in (fourth blind audit)."""

from taalcheck.core.findings import Edit
from taalcheck.rewrites.proposal_checks import mechanical_fault


def _swap(text: str, old: str, new: str) -> list[Edit]:
    start = text.index(old)
    return [Edit(start, start + len(old), new)]


def test_placeholder_is_never_inserted() -> None:
    text = "Het waterschap is gerechtigd ter bestrijding van de kosten een heffing op te leggen."
    assert mechanical_fault(text, _swap(text, "ter bestrijding van", "om ... te bestrijden"))
    assert mechanical_fault(text, _swap(text, "ter bestrijding van", "om … te bestrijden"))
    assert mechanical_fault(text, _swap(text, "ter bestrijding van", "tegen")) is None


def test_no_space_before_comma() -> None:
    text = "De beslagvrije voet is door ons, op basis van de gegevens, vastgesteld."
    edits = [Edit(0, len("De beslagvrije voet is door ons"), "Wij hebben de beslagvrije voet ")]
    assert mechanical_fault(text, edits)
    edits = [Edit(0, len("De beslagvrije voet is door ons"), "Wij hebben de beslagvrije voet")]
    assert mechanical_fault(text, edits) is None


def test_no_doubled_word() -> None:
    text = "Wij sturen u de brief toe over de aanvraag."
    assert mechanical_fault(text, _swap(text, "toe over", "over de de")) is not None
    text = "U doet een aangifte schenkbelasting ter zake daarvan."
    assert mechanical_fault(text, _swap(text, "ter zake", "hierover"))
    assert mechanical_fault(text, _swap(text, "ter zake daarvan", "daarover")) is None
