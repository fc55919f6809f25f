"""The summary of `taalcheck uitleg`: only a phrase that sets the reader's own term gives a date,
the amount is the one the reader pays or gets, the number is one to call, the action the main request."""

from __future__ import annotations

from taalcheck.uitleg.summary import summarize

HEAD = """Gemeente Oosterveen
Postbus 12
9401 AA Oosterveen

De heer K. Smit
Dorpsweg 3
9402 BB Oosterveen

Datum: 2 maart 2026
Onderwerp: Uw aanvraag

Geachte heer Smit,

"""
FOOT = """
Met vriendelijke groet,

Team Inkomen
"""


def letter(body: str) -> str:
    return HEAD + body + FOOT


def test_a_term_under_a_condition_gives_way_to_one_that_always_holds():
    s = summarize(
        letter(
            "Vul het formulier in. Dat kan tot en met 30 april 2026.\n\n"
            "Lukt het niet op tijd? Vraag dan meer tijd aan. Dat moet wel voor 15 april.\n"
        )
    )
    assert s.datum.datum == "2026-04-30"


def test_a_term_for_a_choice_is_no_deadline():
    s = summarize(
        letter("Wij halen het geld in 10 delen van uw rekening. Wilt u liever alles in één keer betalen? Mail ons dan voor 1 april 2026.\n")
    )
    assert s.datum is None


def test_a_term_that_counts_from_a_change_or_a_bill_gives_no_date():
    s = summarize(letter("Gaat u verhuizen of verandert uw inkomen? Geef het aan ons door.\n\nDoe dit binnen 2 weken.\n"))
    assert s.datum is not None and s.datum.datum is None and s.datum.waarde == "binnen 2 weken"
    s = summarize(letter("U krijgt elke maand een rekening. Betaal de rekening binnen 30 dagen.\n"))
    assert s.datum is not None and s.datum.datum is None
    # a term without such a start counts from the letter's date
    s = summarize(letter("Stuur ons uw loonstroken. Doe dit binnen 3 weken.\n"))
    assert s.datum.datum == "2026-03-23"


def test_a_term_named_an_objection_in_the_next_sentence_is_no_deadline():
    s = summarize(letter("Klopt het bedrag niet? Laat het ons dan binnen 6 weken weten. Dat heet bezwaar maken.\n"))
    assert s.datum is None


def test_heden_is_the_letter_date_only_as_a_term():
    s = summarize(letter("Wij sommeren u de overlast te stoppen. Als na heden weer klachten komen, gaan wij naar de rechter.\n"))
    assert s.datum is None
    s = summarize(letter("Wij sommeren u het bedrag uiterlijk heden te betalen.\n"))
    assert s.datum.datum == "2026-03-02"


def test_that_day_refers_to_the_date_before_it():
    s = summarize(letter("Uw uitkering stopt op 1 juni 2026. U moet zich uiterlijk op die datum inschrijven bij het UWV.\n"))
    assert s.datum.datum == "2026-06-01"


def test_the_due_date_named_before_the_date_and_an_announced_hearing():
    s = summarize(letter("U dient het bedrag uiterlijk op de vervaldatum 31 maart 2026 te betalen.\n"))
    assert s.datum.datum == "2026-03-31"
    s = summarize(letter("De zitting vindt plaats op dinsdag 14 april 2026 om 10.00 uur in het gemeentehuis.\n"))
    assert s.datum.datum == "2026-04-14"
    # a date in the past is no deadline, also for a hearing
    s = summarize(letter("De zitting vond plaats op 14 januari 2026. De rechter doet later uitspraak.\n"))
    assert s.datum is None
