"""Letters sent back (kanaal "retour"): stored with their passages, scrubbed, grouped for the organisation."""

import datetime as dt

import pytest

from taalcheck.meldpunt.retour import RetourInput, add_retour, addressee_names, grouped, normalise, scrub_addressee

SENTENCE = "U moet in totaal € {bedrag} betalen vóór {datum}."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U moet in totaal € 163,50 betalen vóór 15 juni 2026.", "U moet in totaal € <bedrag> betalen vóór <datum>."),
        ("Betaal EUR 12,- voor 01-07-2026.", "Betaal € <bedrag> voor <datum>."),
        ("Geachte mevrouw A. Bakker,", "Geachte mevrouw <naam>,"),
        ("Op 4 mei heeft de heer Jansen 3 keer gebeld.", "Op <datum> heeft de heer <naam> <getal> keer gebeld."),
        ("Wij wonen in 7411 GX Lindebroek.", "Wij wonen in <postcode> Lindebroek."),
        ("Ingevolge de Wmo betaalt u een eigen bijdrage.", "Ingevolge de Wmo betaalt u een eigen bijdrage."),
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


def test_addressee_name_and_address_are_scrubbed():
    letter = "Gemeente Lindebroek\nMevrouw A. Bakker\nDorpsstraat 3\n7411 GX Lindebroek\n\nGeachte mevrouw Bakker,\n\nTekst."
    names = addressee_names(letter)
    assert "Mevrouw A. Bakker" in names and "Bakker" in names
    out = scrub_addressee("Mevrouw A. Bakker woont aan de Dorpsstraat 3 in 7411 GX. Bakker moet betalen.", names)
    assert "Bakker" not in out and "Dorpsstraat" not in out and "7411" not in out
    assert out.count("[naam verwijderd]") == 2 and "[adres verwijderd]" in out
    # a letter without salutation: the title still gives the name away
    assert (
        scrub_addressee("De heer P. van Dam, Dorpsstraat 3, 7412 AB Lindebroek", [])
        == "De heer [naam verwijderd], [adres verwijderd], [adres verwijderd] Lindebroek"
    )


def test_retour_is_stored_with_passages_scrubbed(store):
    data = RetourInput(
        passages=(
            ("Ingevolge de Wmo betaalt u een eigen bijdrage.", "Ik dacht dat het gratis was"),
            ("Uw BSN 123456782 staat op IBAN NL91ABNA0417164300, bel 06-12345678.", None),
        ),
        organisatie="Gemeente Lindebroek",
        kenmerk="WMO-2026-17",
        email="lezer@voorbeeld.nl",
        sleutel="formulier-1",
    )
    melding, created = add_retour(store, data)
    assert created and melding["kanaal"] == "retour" and melding["status"] == "nieuw"
    assert melding["organisatie"] == "Gemeente Lindebroek" and melding["kenmerk"] == "WMO-2026-17"
    texts = [p["tekst"] for p in melding["passages"]]
    assert texts[0] == "Ingevolge de Wmo betaalt u een eigen bijdrage."
    assert "123456782" not in texts[1] and "NL91" not in texts[1] and "12345678" not in texts[1]
    assert "[BSN verwijderd]" in texts[1] and "[IBAN verwijderd]" in texts[1]
    assert melding["passages"][0]["toelichting"] == "Ik dacht dat het gratis was"
    assert [p["volgorde"] for p in melding["passages"]] == [0, 1]
    again, created = add_retour(store, data)  # the same form sent twice
    assert not created and again["id"] == melding["id"]
    stored = store.get(melding["id"])
    assert stored["passages"] == melding["passages"] and stored["heeft_contact"]
    rows, total = store.list()
    assert total == 1 and rows[0]["passages"] == melding["passages"]
    assert store.top() == []  # sentences sent back do not crowd the word list


def test_purge_keeps_only_normalised_passages(store):
    old = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
    melding, _ = add_retour(
        store,
        RetourInput(passages=(("U moet € 163,50 betalen vóór 1 mei 2020.", "Ik weet het niet"),), email="a@b.nl", sleutel="p"),
        now=old,
    )
    assert melding["woord"] == "Brief teruggestuurd (1 zin)"
    store.purge(dt.timedelta(days=365))
    (passage,) = store.get(melding["id"])["passages"]
    assert passage["tekst"] == "U moet € <bedrag> betalen vóór <datum>." and passage["toelichting"] is None
    assert store.contact(melding["id"]) is None


def test_answered(store):
    melding, _ = add_retour(store, RetourInput(passages=(("Thans is het zo.", None),), sleutel="a"))
    answered = store.set_status(melding["id"], "beantwoord", notitie="Gebeld en uitgelegd", door="Team Wmo")
    assert answered["status"] == "beantwoord" and answered["geschiedenis"][-1]["naar"] == "beantwoord"


def test_same_template_sentence_counts_up(store):
    t0 = dt.datetime(2026, 11, 2, 9, tzinfo=dt.timezone.utc)
    readers = [("163,50", "15 juni 2026"), ("1.204,00", "1 juli 2026"), ("9,95", "30-06-2026")]
    for i, (bedrag, datum) in enumerate(readers):
        add_retour(
            store,
            RetourInput(
                passages=((SENTENCE.format(bedrag=bedrag, datum=datum), None), (f"Geachte heer Jansen{i},", None)),
                organisatie="Gemeente Lindebroek",
                kenmerk=f"K{i}",
                sleutel=f"r{i}",
            ),
            now=t0 + dt.timedelta(days=i),
        )
    add_retour(
        store,
        RetourInput(passages=((SENTENCE.format(bedrag="5,00", datum="1 mei"), "geen idee"),), organisatie="Belastingdienst", sleutel="b"),
        now=t0,
    )
    result = grouped(store)
    assert result["totaal"] == 4
    first, second = result["afzenders"]
    assert first["organisatie"] == "Gemeente Lindebroek" and first["aantal_meldingen"] == 3
    top = first["passages"][0]
    assert top["passage"] == "U moet in totaal € <bedrag> betalen vóór <datum>." and top["aantal"] == 3
    assert top["kenmerken"] == ["K0", "K1", "K2"] and top["per_status"] == {"nieuw": 3}
    assert top["eerste"].startswith("2026-11-02") and top["laatste"].startswith("2026-11-04")
    assert first["passages"][1]["aantal"] == 3  # "Geachte heer <naam>," from three readers
    assert second["organisatie"] == "Belastingdienst" and second["passages"][0]["toelichtingen"] == ["geen idee"]
    only = grouped(store, organisatie="belastingdienst")
    assert [s["organisatie"] for s in only["afzenders"]] == ["Belastingdienst"]
    assert grouped(store, status="beantwoord")["afzenders"] == []
