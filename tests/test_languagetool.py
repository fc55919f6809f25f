"""The LanguageTool-compatible API: offset conversion, annotated text, parameters, responses."""

from __future__ import annotations

import json
import threading
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from taalcheck.languagetool import (
    ApiError,
    category_id,
    context_of,
    parse_data,
    parse_language,
    parse_request,
)
from taalcheck.languagetool_text import AnnotatedText, Utf16Map, utf16_len

# Letters, spaces and characters outside the BMP (two UTF-16 units each).
MIXED = st.text(alphabet=st.sampled_from([*"ab é\n", "😀", "𝔘", "👍", "\U0001f3fd", "\U0010ffff", "中"]), max_size=40)


def reference_utf16(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


# -- UTF-16 ------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.one_of(MIXED, st.text(max_size=40)))
def test_utf16_round_trip_is_identity_on_code_point_boundaries(text):
    offsets = Utf16Map(text)
    for i in range(len(text) + 1):
        u = offsets.to_utf16(i)
        assert u == reference_utf16(text, i)
        assert offsets.from_utf16(u) == i
    assert offsets.to_utf16(len(text)) == utf16_len(text) == len(text.encode("utf-16-le")) // 2


@settings(max_examples=200, deadline=None)
@given(MIXED)
def test_utf16_offset_inside_a_surrogate_pair_is_refused(text):
    offsets = Utf16Map(text)
    for i, ch in enumerate(text):
        if ord(ch) > 0xFFFF:
            with pytest.raises(ValueError):
                offsets.from_utf16(offsets.to_utf16(i) + 1)


def test_utf16_out_of_range():
    offsets = Utf16Map("a😀")
    assert offsets.to_utf16(2) == 3
    with pytest.raises(ValueError):
        offsets.to_utf16(3)
    with pytest.raises(ValueError):
        offsets.from_utf16(4)


# -- annotated text ------------------------------------------------------------------

PART = st.one_of(
    st.tuples(st.just("text"), MIXED, st.none()),
    st.tuples(
        st.just("markup"), st.sampled_from(["<b>", "</b>", "<p>", "\\emph{", "}", "<br/>"]), st.sampled_from([None, "", "\n\n", " "])
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PART, max_size=12))
def test_annotated_text_maps_every_text_character_to_itself(parts):
    annotated = AnnotatedText.from_parts(parts)
    assert annotated.original == "".join(value for _, value, _ in parts)
    assert annotated.plain == "".join(value if kind == "text" else (interp or "") for kind, value, interp in parts)
    pos = 0
    for kind, value, interp in parts:
        if kind == "text":
            for i, ch in enumerate(value):
                start, end = annotated.to_original(pos + i, pos + i + 1)
                assert annotated.original[start:end] == ch
            pos += len(value)
        else:
            pos += len(interp or "")
    # Any span maps to an ordered span inside the original.
    for s in range(len(annotated.plain) + 1):
        for e in range(s, len(annotated.plain) + 1):
            o_start, o_end = annotated.to_original(s, e)
            assert 0 <= o_start <= o_end <= len(annotated.original)


def test_annotated_text_word_split_by_markup_spans_the_markup():
    annotated = AnnotatedText.from_parts(
        [("text", "ver", None), ("markup", "<b>", None), ("text", "zoeken", None), ("markup", "</b>", None)]
    )
    assert annotated.plain == "verzoeken"
    start, end = annotated.to_original(0, 9)
    assert annotated.original[start:end] == "ver<b>zoeken"


def test_parse_data_text_and_errors():
    assert parse_data(json.dumps({"text": "Hallo"})).plain == "Hallo"
    for bad in [
        "{",
        "[]",
        json.dumps({}),
        json.dumps({"text": "a", "annotation": []}),
        json.dumps({"annotation": [{"text": "a", "markup": "<b>"}]}),
        json.dumps({"annotation": [{"text": "a", "interpretAs": " "}]}),
        json.dumps({"annotation": [{"foo": "a"}]}),
        json.dumps({"annotation": "a"}),
    ]:
        with pytest.raises(ApiError) as err:
            parse_data(bad)
        assert err.value.status == 400


# -- parameters ------------------------------------------------------------------------


@pytest.mark.parametrize("given_, canonical", [("nl", "nl"), ("nl-NL", "nl-NL"), ("NL_be", "nl-BE"), ("auto", "nl-NL")])
def test_dutch_languages_accepted(given_, canonical):
    assert parse_language(given_) == canonical


@pytest.mark.parametrize("code", ["en-US", "de", "fr-BE", "nl-XX", ""])
def test_other_languages_refused(code):
    with pytest.raises(ApiError) as err:
        parse_language(code)
    assert err.value.status == 400


def test_parse_request_filters_and_limits():
    request = parse_request({"text": "x", "language": "nl", "disabledRules": "w101, Z101", "disabledCategories": "LANGE_ZIN,passief"})
    assert request.options.ignore == {"W101", "Z101", "lange-zin", "passief"}
    assert not request.options.enabled("W101", "jargon")
    assert not request.options.enabled("G101", "passief")
    assert request.options.enabled("M101", "misleidend")
    only = parse_request({"text": "x", "language": "nl", "enabledOnly": "true", "enabledCategories": "JARGON"})
    assert only.options.enabled("W101", "jargon") and not only.options.enabled("M101", "misleidend")
    # enabledRules without enabledOnly enables nothing extra: all rules are on by default.
    assert parse_request({"text": "x", "language": "nl", "enabledRules": "W101"}).options.enabled("M101", "misleidend")
    for params, status in [
        ({"language": "nl"}, 400),
        ({"text": "x", "data": "{}", "language": "nl"}, 400),
        ({"text": "x"}, 400),
        ({"text": "x", "language": "nl", "enabledOnly": "true"}, 400),
        ({"text": "x" * 11, "language": "nl"}, 413),
    ]:
        with pytest.raises(ApiError) as err:
            parse_request(params, max_chars=10)
        assert err.value.status == status


def test_category_ids_and_context():
    assert category_id("lange-zin") == "LANGE_ZIN"
    text = "x" * 50 + "😀 middels\nverder" + "y" * 50
    start = text.index("middels")
    ctx = context_of(text, start, start + 7)
    assert ctx["text"].startswith("...") and ctx["text"].endswith("...") and "\n" not in ctx["text"]
    units = ctx["text"].encode("utf-16-le")
    assert units[2 * ctx["offset"] : 2 * (ctx["offset"] + ctx["length"])].decode("utf-16-le") == "middels"


# -- the HTTP API (in-process) --------------------------------------------------------------

LETTER = "Geachte heer Jansen,\n\nIndien u vragen heeft 😀, kunt u middels het formulier contact opnemen.\n"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette: "use httpx2" notice
        from fastapi.testclient import TestClient
    from taalcheck.meldpunt.app import create_app

    app = create_app(f"sqlite:///{tmp_path_factory.mktemp('lt') / 'meldpunt.sqlite3'}", rate_limit="0")
    with TestClient(app) as c:
        yield c


def utf16_slice(text: str, offset: int, length: int) -> str:
    units = text.encode("utf-16-le")
    return units[2 * offset : 2 * (offset + length)].decode("utf-16-le")


def test_languages(client):
    answer = client.get("/v2/languages")
    assert answer.status_code == 200
    assert {lang["longCode"] for lang in answer.json()} == {"nl", "nl-NL", "nl-BE"}


def test_check_shape_and_utf16_offsets(client):
    answer = client.post("/v2/check", data={"text": LETTER, "language": "nl-NL"})
    assert answer.status_code == 200
    body = answer.json()
    assert body["software"]["apiVersion"] == 1 and body["language"]["code"] == "nl-NL"
    assert body["language"]["detectedLanguage"]["code"] == "nl-NL"
    assert body["warnings"] == {"incompleteResults": False}
    words = {utf16_slice(LETTER, m["offset"], m["length"]): m for m in body["matches"]}
    assert {"Indien", "middels"} <= set(words)
    middels = words["middels"]
    assert middels["rule"]["id"] == "W101" and middels["rule"]["category"]["id"] == "JARGON"
    assert {"value": "met"} in middels["replacements"]
    assert middels["rule"]["issueType"] and middels["type"]["typeName"] and middels["shortMessage"]
    assert "middels" in middels["sentence"] and "Geachte" not in middels["sentence"]
    ctx = middels["context"]
    assert utf16_slice(ctx["text"], ctx["offset"], ctx["length"]) == "middels"


def test_check_by_query_string_get(client):
    answer = client.get("/v2/check", params={"text": "Indien het kan.", "language": "nl"})
    assert answer.status_code == 200
    assert [m["rule"]["id"] for m in answer.json()["matches"]] == ["W101"]


@pytest.mark.parametrize(
    "params",
    [{"disabledRules": "W101"}, {"disabledRules": "w101"}, {"disabledCategories": "jargon"}, {"disabledCategories": "JARGON"}],
)
def test_disabled_rules_and_categories(client, params):
    base = client.post("/v2/check", data={"text": LETTER, "language": "nl"}).json()["matches"]
    assert any(m["rule"]["id"] == "W101" for m in base)
    answer = client.post("/v2/check", data={"text": LETTER, "language": "nl", **params}).json()["matches"]
    assert not any(m["rule"]["id"] == "W101" for m in answer)
    assert len(answer) < len(base)


def test_enabled_only(client):
    answer = client.post("/v2/check", data={"text": LETTER, "language": "nl", "enabledOnly": "true", "enabledRules": "W101"})
    assert {m["rule"]["id"] for m in answer.json()["matches"]} == {"W101"}


def test_belgian_dutch(client):
    answer = client.post("/v2/check", data={"text": LETTER, "language": "nl-BE"})
    assert answer.status_code == 200 and answer.json()["language"]["code"] == "nl-BE"
    assert any(m["rule"]["id"] == "W101" for m in answer.json()["matches"])


def test_other_language_is_a_plain_400(client):
    answer = client.post("/v2/check", data={"text": "Hello", "language": "en-US"})
    assert answer.status_code == 400
    assert answer.headers["content-type"].startswith("text/plain")
    assert answer.text.startswith("Error: ") and "en-US" in answer.text and "Nederlands" in answer.text


def test_missing_text_is_a_plain_400(client):
    answer = client.post("/v2/check", data={"language": "nl"})
    assert answer.status_code == 400 and "'text'" in answer.text


def test_annotated_markup_counts_in_offsets(client):
    data = {
        "annotation": [
            {"markup": "<p>"},
            {"text": "Wij "},
            {"markup": "<b>"},
            {"text": "verzoeken"},
            {"markup": "</b>"},
            {"text": " u 😀 "},
            {"markup": '<a href="x">'},
            {"text": "middels"},
            {"markup": "</a>"},
            {"text": " de bijlage te betalen."},
            {"markup": "</p>", "interpretAs": "\n\n"},
        ]
    }
    original = "".join(part.get("text", part.get("markup")) for part in data["annotation"])
    answer = client.post("/v2/check", data={"data": json.dumps(data), "language": "nl"})
    assert answer.status_code == 200
    found = {utf16_slice(original, m["offset"], m["length"]) for m in answer.json()["matches"]}
    assert {"verzoeken", "middels"} <= found


def test_text_limit_is_413(tmp_path):
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from taalcheck.languagetool import create_router

    app = FastAPI()
    app.include_router(create_router(max_chars=1_000))
    answer = TestClient(app).post("/v2/check", data={"text": "a " * 600, "language": "nl"})
    assert answer.status_code == 413 and "1000" in answer.text and answer.text.startswith("Error: ")


def test_check_runs_off_the_event_loop(client, monkeypatch):
    from taalcheck.engine.checker import Checker

    threads = []
    real = Checker.check

    def spy(self, text, *args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(Checker, "check", spy)
    assert client.post("/v2/check", data={"text": "Indien het kan.", "language": "nl"}).status_code == 200
    # the server's one check thread (shared with /api/check), never the event loop
    assert threads and all(name.startswith("taalcheck-check") for name in threads)


def test_body_without_content_type_is_read_as_form(client):
    """LTeX posts the urlencoded body without a Content-Type header."""
    from urllib.parse import urlencode

    body = urlencode({"text": "Indien het kan.", "language": "nl"}).encode()
    answer = client.post("/v2/check", content=body, headers={"Content-Type": ""})
    assert answer.status_code == 200
    assert [m["rule"]["id"] for m in answer.json()["matches"]] == ["W101"]


def test_multipart_form(client):
    answer = client.post("/v2/check", files={"text": (None, "Indien het kan."), "language": (None, "nl")})
    assert answer.status_code == 200 and answer.json()["matches"]


def test_busy_server_answers_503():
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from taalcheck.languagetool import create_router

    app = FastAPI()
    app.include_router(create_router(max_pending=0))
    answer = TestClient(app).post("/v2/check", data={"text": "Hallo.", "language": "nl"})
    assert answer.status_code == 503 and answer.text.startswith("Error: ") and answer.headers["retry-after"]


def test_auto_with_preferred_variant_and_bad_characters():
    assert parse_request({"text": "x", "language": "auto", "preferredVariants": "de-DE,nl-BE"}).language == "nl-BE"
    assert parse_request({"text": "x", "language": "nl", "preferredVariants": "nl-BE"}).language == "nl"
    with pytest.raises(ApiError) as err:
        parse_request({"data": json.dumps({"text": "a\ud83d b"}), "language": "nl"})
    assert err.value.status == 400


def test_libreoffice_style_request(client):
    """LibreOffice percent-encodes all but RFC 3986 unreserved characters and counts in UTF-16."""
    from urllib.parse import quote

    paragraph = "Wij verzoeken u 😀 vóór 1 mei middels iDIN in te loggen."
    body = "text=" + quote(paragraph, safe="-._~") + "&language=nl-NL"
    answer = client.post("/v2/check", content=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert answer.status_code == 200
    found = {utf16_slice(paragraph, m["offset"], m["length"]) for m in answer.json()["matches"]}
    assert {"verzoeken", "middels"} <= found


def test_browser_extension_style_request(client):
    """language=auto, annotated data and parameters taalcheck does not know."""
    data = {"annotation": [{"text": "Indien u 👍 vragen heeft"}, {"markup": "<br>", "interpretAs": "\n"}, {"text": "bel ons."}]}
    answer = client.post(
        "/v2/check",
        data={
            "data": json.dumps(data),
            "language": "auto",
            "preferredVariants": "nl-BE,en-GB,de-DE",
            "level": "picky",
            "motherTongue": "nl",
            "textSessionId": "1234:5678",
            "mode": "allButTextLevelOnly",
            "useragent": "chrome-extension",
        },
    )
    assert answer.status_code == 200
    body = answer.json()
    assert body["language"]["code"] == "nl-BE"
    assert [m["rule"]["id"] for m in body["matches"] if m["offset"] == 0] == ["W101"]
    assert answer.headers["access-control-allow-origin"] == "*"


def test_too_long_text_is_refused_in_the_real_app(client):
    """Over 100,000 characters: 413, from the app's body limit or from /v2/check itself."""
    answer = client.post("/v2/check", data={"text": "a " * 50_001, "language": "nl"})
    assert answer.status_code == 413


# -- replacements: the same fixes as taalcheck.rewrite, never advice --------------------------


def _values(answer: dict) -> dict[str, list[str]]:
    text = answer["_text"]
    units = text.encode("utf-16-le")
    return {
        units[2 * m["offset"] : 2 * (m["offset"] + m["length"])].decode("utf-16-le"): [r["value"] for r in m["replacements"]]
        for m in answer["matches"]
    }


def _check(client, text: str) -> dict:
    answer = client.post("/v2/check", data={"text": text, "language": "nl"})
    assert answer.status_code == 200, answer.text
    return {**answer.json(), "_text": text}


def test_replacements_are_inflected_and_capitalised(client):
    """A user of LibreOffice clicks the first replacement: the letter must stay correct Dutch."""
    values = _values(_check(client, "Indien u vragen heeft, dient u middels het formulier te betalen."))
    assert values["Indien"] == ["Als"]
    assert all(v != ["moeten"] and v != ["als"] for v in values.values()), values


def test_no_advice_sentence_is_a_replacement(client):
    text = (
        "Indien u het niet eens bent met de hoogte van de aanslag die door de inspecteur is vastgesteld, "
        "dient u binnen zes weken na dagtekening van deze brief een gemotiveerd bezwaarschrift in te dienen bij ons."
    )
    answer = _check(client, text)
    for match in answer["matches"]:
        for replacement in match["replacements"]:
            assert not replacement["value"].startswith(("Knip", "Begin met", "Gebruik", "Zeg", "Schrijf")), match
        if not match["replacements"]:
            assert match["message"]


@pytest.mark.slow
def test_accepting_every_replacement_gives_the_rewrite_for_every_letter():
    """language_tool_python's correct(text) equals taalcheck.rewrite(text) on the corpus and the toets set."""
    from language_tool_python.match import Match
    from language_tool_python.utils import correct

    import taalcheck
    from taalcheck.languagetool import run_check

    root = Path(__file__).resolve().parents[1] / "corpus"
    letters = sorted((root / "brieven").glob("*.txt")) + sorted((root / "toets" / "brieven").glob("*.txt"))
    assert len(letters) > 60
    differ = []
    for path in letters:
        text = path.read_text(encoding="utf-8")
        matches = [Match(m, text) for m in run_check({"text": text, "language": "nl"})["matches"]]
        if correct(text, matches) != taalcheck.rewrite(text):
            differ.append(path.name)
    assert not differ
