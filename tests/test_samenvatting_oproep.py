"""A table of sentences about notes to residents, appeals and mails without a named sender.

Written for this table (no letter of the corpus). The field rules
(corpus/samenvatting/README.md): a letter with only news, a wish or an appeal
for support asks nothing; a real request counts, also when it is put politely
or to "jullie"; a letter signed for "de gemeente" without a name has no
sender; the mayor of the residents the letter greets speaks for the
municipality.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from taalcheck.uitleg.summary import summarize


class Row(NamedTuple):
    body: str
    actie: str | None  # words the action sentence must hold, or None: no action


def note(body: str) -> str:
    return f"Nieuws over de buurt\n\nBeste bewoners,\n\n{body}\n\nMet vriendelijke groet,\n\nTeam Wijkbeheer\n"


ROWS: dict[str, Row] = {
    "let-op-met-mededeling": Row("Het nieuwe buurtblad staat online.\n\nLet op: de video werkt het best op een computer.", None),
    "let-op-met-opdracht": Row("Het nieuwe buurtblad staat online.\n\nLet op: zet uw container vóór 7.00 uur buiten.", "container"),
    "uw-hulp-nodig": Row("Er komen veel nieuwe buren. Daar hebben wij uw steun bij nodig. Wij houden u op de hoogte.", None),
    "uw-formulier-nodig": Row("Wij hebben uw ingevulde formulier nodig om de bomen te planten.", "formulier"),
    "zorg-voor-elkaar": Row("Het was een zwaar jaar. Let goed op elkaar. Zorg voor elkaar en bel eens een buurman.", None),
    "houd-afstand": Row("Het virus is terug. Houd afstand van mensen die ziek zijn.", "afstand"),
    "kunnen-jullie": Row(
        "Er is een klacht over de speeltuin binnengekomen. Kunnen jullie de schommel nakijken en ons laten weten wanneer dat klaar is.",
        "schommel",
    ),
    "graag-willen-wij": Row(
        "Uw wachtwoord is bijna verlopen. Graag willen wij u vragen om via de link een nieuw wachtwoord te kiezen.", "wachtwoord"
    ),
    "formulierveld-ingevuld": Row(
        "Bedankt voor uw reactie. Dit heeft u ingevuld.\n\nWilt u ons nog iets laten weten?\n{{ extra_tekst }}", None
    ),
    "vraag-zonder-antwoord": Row("Bedankt voor uw reactie.\n\nWilt u ons laten weten of de lamp weer brandt?", "lamp"),
}


@pytest.mark.parametrize("name", list(ROWS))
def test_what_a_note_to_residents_asks(name: str) -> None:
    row = ROWS[name]
    found = summarize(note(row.body)).actie
    if row.actie is None:
        assert found is None, found
    else:
        assert found is not None and row.actie in found.zin


SENDERS: dict[str, tuple[str, str | None]] = {
    # a mayor who does not name the place, under a letter to its residents: the municipality
    "burgemeester-met-naam": ("Beste inwoners van Oosterveen,\n\nFijne feestdagen.\n\nBurgemeester Anna de Wit\n", "Gemeente Oosterveen"),
    "loco-burgemeester": (
        "Beste inwoners van Ter Aar,\n\nFijne feestdagen.\n\nLoco-burgemeester,\nJan Smit\nKijk op onze website.\n",
        "Gemeente Ter Aar",
    ),
    # the mayor names the place himself: his own line stays
    "burgemeester-van-plaats": (
        "Beste inwoners van Oosterveen,\n\nFijne feestdagen.\n\nDe burgemeester van Oosterveen,\nAnna de Wit\n",
        "burgemeester van Oosterveen",
    ),
    # no residents greeted: a mayor's name is no organisation
    "geen-inwoners": ("Beste lezer,\n\nFijne feestdagen.\n\nBurgemeester Anna de Wit\n", "Burgemeester Anna de Wit"),
    # "de gemeente" without a name is no sender
    "gemeente-zonder-naam": (
        "Geachte heer Smit,\n\nWij wijzen uw verzoek af.\n\nHoogachtend,\nBurgemeester en Wethouders van de gemeente,\nnamens dezen,\nDe heer P. Smit\n",
        None,
    ),
    # a title before the organisation under a newsletter: the organisation
    "titel-voor-organisatie": (
        "Beste lezer,\n\nDe nieuwe nieuwsbrief is uit.\n\nKees Jansen\ndijkgraaf Hoogheemraadschap Noorderzijl\n",
        "Hoogheemraadschap Noorderzijl",
    ),
}


@pytest.mark.parametrize("name", list(SENDERS))
def test_the_sender_of_a_note_to_residents(name: str) -> None:
    text, expected = SENDERS[name]
    found = summarize(text).afzender
    if expected is None:
        assert found is None, found
    else:
        assert found is not None and expected.lower() in found.waarde.lower(), found


def official(body: str) -> str:
    return (
        "Gemeente Oosterveen\nPostbus 4\n7400 AB Oosterveen\n\nDatum: 2 maart 2026\n\n"
        f"Geachte heer Smit,\n\n{body}\n\nHoogachtend,\n\nTeam Vergunningen\n"
    )


LIST = "Uw aanvraag is niet compleet. U dient de volgende stukken op te sturen:\n- een tekening van de schuur;\n- een foto van de tuin."


def test_the_term_after_a_list_with_the_same_verb_belongs_to_the_list() -> None:
    found = summarize(official(f"{LIST}\n\nWij geven u de kans om deze stukken binnen drie weken op te sturen.")).actie
    assert found is not None and "tekening" in found.zin and "drie weken" in found.zin
    # another verb: another request, the list stays apart
    other = summarize(official(f"{LIST}\n\nWij vragen u binnen drie weken een afspraak te maken.")).actie
    assert other is not None and "tekening" not in other.zin


def test_a_number_to_get_a_paper_from_another_office_is_not_the_letters_number() -> None:
    other = "U kunt een lager tarief krijgen. Het formulier kunt u aanvragen bij de Belastingdienst via 0800 - 0543."
    assert summarize(official(other)).telefoon is None
    ours = f"{other} Voor vragen kunt u bellen met 0570 - 12 34 56."
    assert summarize(official(ours)).telefoon.waarde == "0570 - 12 34 56"
