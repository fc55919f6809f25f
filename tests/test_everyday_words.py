"""Jargon entries that are also everyday words: flagged only in the stiff sense (issue 15, item 3).

Sentences written for this test; none comes from a test letter.
"""

from __future__ import annotations

import pytest

import taalcheck


def jargon(text: str) -> list[str]:
    return [f.text for f in taalcheck.check(text).findings if f.category == "jargon"]


# (sentence, word that must be flagged as jargon, or None: the everyday use, nothing flagged)
CASES = [
    # wensen: 'willen' in a stiff letter; wishing someone well is everyday Dutch
    ("U wenst bezwaar te maken tegen dit besluit.", "wenst"),
    ("Indien u dit wenst, kunt u ons bellen.", "wenst"),
    ("Wenst u een afspraak, belt u dan met de balie.", "Wenst"),
    ("Wij wensen hierover geen gesprek te voeren.", "wensen"),
    ("Wij wensen u en uw gezin fijne feestdagen.", None),
    ("Ik wens iedereen een gezond nieuwjaar.", None),
    ("Ik wens u veel sterkte toe.", None),
    ("Wij wensen u veel succes om er een mooi jaar van te maken.", None),
    ("Mijn wens is dat iedereen veilig thuiskomt.", None),
    ("Wat zijn uw wensen voor de nieuwe keuken?", None),
    # a particle the lemmatizer guessed: 'zien' is not 'inzien', 'stuurt ... op' is not 'terugsturen'
    ("Ook nu, in deze drukke weken, zien we hoeveel mensen helpen.", None),
    ("In de tuin zien we veel vogels.", None),
    ("U kunt het dossier inzien op het kantoor.", "inzien"),
]


@pytest.mark.parametrize("sentence,word", CASES)
def test_everyday_or_stiff(sentence, word):
    found = jargon(sentence)
    if word is None:
        assert found == [], f"{sentence!r}: everyday use, found {found}"
    else:
        assert word in found, f"{sentence!r}: expected {word!r}, found {found}"


# a verb entry used as a plural noun: 'berichten' are messages, the verb 'berichten' is stiff
PLURAL_NOUNS = [
    ("U heeft twee nieuwe berichten in uw inbox.", None),
    ("Lees de berichten op onze website.", None),
    ("Wij berichten u binnen twee weken over de uitkomst.", "berichten"),
    ("Wij zullen u hierover schriftelijk berichten.", "berichten"),
    ("De gronden van uw bezwaar zijn duidelijk.", "gronden"),  # a noun entry stays a noun entry
]


@pytest.mark.parametrize("sentence,word", PLURAL_NOUNS)
def test_verb_entry_as_plural_noun(sentence, word):
    found = jargon(sentence)
    if word is None:
        assert found == [], f"{sentence!r}: {found}"
    else:
        assert word in found, f"{sentence!r}: {found}"
