from taalcheck.nl.segment import segments

LETTER = """Gemeente Utrecht
Postbus 16200
3500 CE Utrecht

Datum: 3 maart 2026
Kenmerk: WMO-2026-0042
Onderwerp: Uw aanvraag voor hulp bij het huishouden

Geachte mevrouw De Vries,

Wij hebben uw aanvraag ontvangen op 1 maart 2026. U vroeg o.a. om hulp bij het schoonmaken, bijv. de badkamer. Het bedrag is € 1.234,56 per jaar. Dhr. Jansen belt u op 10.03.2026.

Wat moet u doen?
- Stuur de formulieren terug
- Bel ons als u vragen heeft

Met vriendelijke groet,

J. de Vries
Teamleider Wmo
"""


def texts(text):
    return [(text[s.start : s.end], s.kind) for s in segments(text)]


def test_letter_lines_stand_alone():
    got = texts(LETTER)
    assert ("Gemeente Utrecht", "regel") in got
    assert ("Onderwerp: Uw aanvraag voor hulp bij het huishouden", "regel") in got
    assert ("Geachte mevrouw De Vries,", "regel") in got
    assert ("- Stuur de formulieren terug", "regel") in got
    assert ("Met vriendelijke groet,", "regel") in got
    assert ("J. de Vries", "regel") in got


def test_abbreviations_amounts_and_dates_do_not_end_a_sentence():
    got = [t for t, kind in texts(LETTER) if kind == "zin"]
    assert "U vroeg o.a. om hulp bij het schoonmaken, bijv. de badkamer." in got
    assert "Het bedrag is € 1.234,56 per jaar." in got
    assert "Dhr. Jansen belt u op 10.03.2026." in got
    assert "Wat moet u doen?" in got


def test_wrapped_sentence_is_one_segment():
    text = "Wij hebben besloten dat u de toeslag\nook in 2026 krijgt, omdat uw inkomen\nniet hoger is geworden.\n"
    got = texts(text)
    assert len(got) == 1 and got[0][1] == "zin"


def test_breaks_force_a_boundary():
    text = "Eerste deel zonder punt tweede deel."
    at = text.index("tweede")
    got = [text[s.start : s.end] for s in segments(text, breaks=[at])]
    assert got == ["Eerste deel zonder punt", "tweede deel."]


def test_empty_and_whitespace():
    assert segments("") == []
    assert segments(" \n\t\r\n ") == []
