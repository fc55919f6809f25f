"""The passive in every word order (issue 15): a table of forms, each with what must be flagged."""

from __future__ import annotations

import pytest

import taalcheck

# (sentence, the passive span taalcheck must flag, or None when there is no passive)
FORMS = [
    # main clause, auxiliary first
    ("Het bedrag wordt op uw rekening gestort.", "wordt op uw rekening gestort"),
    ("De brief werd gisteren verstuurd.", "werd gisteren verstuurd"),
    ("De aanvraag zal binnen acht weken worden beoordeeld.", "worden beoordeeld"),
    ("Het geld kan worden verstrekt als u op tijd bent.", "worden verstrekt"),
    # main clause, verb cluster at the end
    ("De aanvraag zal binnen acht weken beoordeeld worden.", "beoordeeld worden"),
    ("De huur moet voor de eerste van de maand betaald worden.", "betaald worden"),
    # subordinate clause
    ("Wij laten u weten dat uw aanvraag beoordeeld wordt.", "beoordeeld wordt"),
    ("Wij zoeken een plek waar de gezinnen gehuisvest kunnen worden.", "gehuisvest kunnen worden"),
    ("Wij vragen u of de meter al vervangen is.", "vervangen is"),
    ("Wij hebben de brief teruggestuurd omdat het formulier niet ingevuld was.", "ingevuld was"),
    # te-infinitive
    ("Het bedrag hoeft niet terugbetaald te worden.", "terugbetaald te worden"),
    ("Het formulier dient volledig te worden ingevuld.", "worden ingevuld"),
    # zijn + participle of a verb that takes 'hebben': passive
    ("Het besluit is vorige week genomen.", "is vorige week genomen"),
    ("Wij schrijven u omdat het besluit genomen is.", "genomen is"),
    # not passive: a state, a verb that takes 'zijn', the perfect with 'hebben', an adjective
    ("De balie is op zondag gesloten.", None),
    ("Wij weten niet of de balie op zondag gesloten is.", None),
    ("Wij zien dat u naar Utrecht verhuisd bent.", None),
    ("Wij vinden het jammer dat het zo gebeurd is.", None),
    ("Als u het geld ontvangen hebt, belt u ons.", None),
    ("Wij hebben uw brief goed ontvangen.", None),
    ("Als uw inkomen ontoereikend is, kunt u uitstel vragen.", None),
    ("Wij zien dat u beperkt bent in het lopen.", None),
    ("U krijgt de gelegenheid om te reageren.", None),
    ("Het was een bewogen jaar voor ons allemaal.", None),  # a participle before its noun describes it
    # the tagger may call a noun or an adverb a participle; a Dutch participle ends in -d, -t or -n
    ("U bent welkom op ons kantoor in Utrecht.", None),
    ("Het spreekuur is des avonds open.", None),
]


def passives(text: str) -> list[str]:
    return [f.text for f in taalcheck.check(text).findings if f.category == "passief"]


@pytest.mark.parametrize("sentence,expected", FORMS)
def test_passive_form(sentence, expected):
    found = passives(sentence)
    if expected is None:
        assert found == [], f"{sentence!r}: no passive, found {found}"
    else:
        assert expected in found, f"{sentence!r}: expected {expected!r}, found {found}"


def test_one_finding_per_passive():
    """'is ... gestuurd worden' is one passive, not a zijn-passive and a worden-passive."""
    assert len(passives("De brief is naar u gestuurd worden.")) <= 1
    assert len(passives("De aanvraag zal beoordeeld worden.")) == 1
