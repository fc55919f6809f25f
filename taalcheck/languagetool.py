"""A LanguageTool-compatible HTTP API (``/v2/check``, ``/v2/languages``).

LibreOffice, the LanguageTool browser extension, LTeX and libraries such as
language-tool-python speak LanguageTool's public HTTP API v2. Answering in
that shape lets them underline taalcheck's findings without any plugin.

Two things need care. Offsets: LanguageTool counts in UTF-16 code units
(Java strings), Python in code points, so an emoji before a word would shift
every underline; `Utf16Map` converts both ways. Annotated text (the ``data``
parameter): markup is skipped (or read as its ``interpretAs``) when checking,
but counted in the offsets sent back; `AnnotatedText` maps between the two.

The conversion functions are pure; `router` wires them into FastAPI and runs
each check on one worker thread, so the event loop stays free and the
checker (with its sentence cache) is never used by two threads at once.
"""

from __future__ import annotations

import asyncio
import json
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from taalcheck.core.findings import Finding
from taalcheck.core.options import CheckOptions
from taalcheck.languagetool_replacements import safe_replacements
from taalcheck.languagetool_text import AnnotatedText, Utf16Map, utf16_len

MAX_TEXT_CHARS = 100_000
MAX_PENDING = 64
CONTEXT_CHARS = 40  # LanguageTool's default context on each side of a match
API_VERSION = 1

# code -> (name, long code); what /v2/languages lists and /v2/check accepts.
LANGUAGES = {
    "nl": ("Nederlands", "nl"),
    "nl-nl": ("Nederlands (Nederland)", "nl-NL"),
    "nl-be": ("Nederlands (België)", "nl-BE"),
}
AUTO = "auto"


class ApiError(Exception):
    """A request LanguageTool would refuse: sent back as plain text, like LanguageTool does."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def parse_data(data: str) -> AnnotatedText:
    """The ``data`` parameter: ``{"text": ...}`` or ``{"annotation": [{"text"|"markup", "interpretAs"}]}``."""
    try:
        parsed = json.loads(data)
    except ValueError:
        raise ApiError(400, "Kan de JSON in 'data' niet lezen. (Could not parse JSON from 'data' parameter)") from None
    if not isinstance(parsed, dict) or ("text" in parsed) == ("annotation" in parsed):
        raise ApiError(
            400, "In 'data' hoort 'text' of 'annotation', niet allebei. ('data' key in JSON requires 'text' or 'annotation' key)"
        )
    if "text" in parsed:
        if not isinstance(parsed["text"], str):
            raise ApiError(400, "'text' in 'data' moet tekst zijn. ('text' must be a string)")
        return AnnotatedText.from_text(parsed["text"])
    items = parsed["annotation"]
    if not isinstance(items, list):
        raise ApiError(400, "'annotation' moet een lijst zijn. ('annotation' must be a list)")
    parts: list[tuple[str, str, str | None]] = []
    for item in items:
        if not isinstance(item, dict) or ("text" in item) == ("markup" in item):
            raise ApiError(
                400,
                f"Elk deel heeft 'text' of 'markup', niet allebei. (Only 'text' and 'markup' are supported): {json.dumps(item, ensure_ascii=False)[:200]}",
            )
        if "text" in item and "interpretAs" in item:
            raise ApiError(400, "'interpretAs' hoort bij 'markup', niet bij 'text'. ('text' cannot be used with 'interpretAs')")
        kind = "text" if "text" in item else "markup"
        value, interpret = item[kind], item.get("interpretAs")
        if not isinstance(value, str) or not isinstance(interpret, (str, type(None))):
            raise ApiError(400, f"'{kind}' en 'interpretAs' moeten tekst zijn. (values must be strings)")
        parts.append((kind, value, interpret))
    return AnnotatedText.from_parts(parts)


# -- request parameters --------------------------------------------------------------


@dataclass(frozen=True)
class CheckRequest:
    text: AnnotatedText
    language: str  # canonical: "nl", "nl-NL" or "nl-BE"
    options: CheckOptions


def _codes(value: str | None) -> set[str]:
    return {part.strip() for part in (value or "").split(",") if part.strip()}


def normalise_rule(value: str) -> str:
    """Rule ids as taalcheck writes them (W101); accepts any case."""
    return value.strip().upper()


def normalise_category(value: str) -> str:
    """Category ids as taalcheck writes them (lange-zin); accepts LANGE_ZIN and the like."""
    return value.strip().lower().replace("_", "-")


def category_id(category: str) -> str:
    """The LanguageTool-style id sent to clients: upper case, underscores (LANGE_ZIN)."""
    return category.upper().replace("-", "_")


def parse_language(value: str | None) -> str:
    if not value or not value.strip():
        raise ApiError(400, "Geef een taal op, bijvoorbeeld language=nl. (Missing 'language' parameter)")
    key = value.strip().lower().replace("_", "-")
    if key == AUTO:
        return LANGUAGES["nl-nl"][1]
    if key not in LANGUAGES:
        supported = ", ".join([*(long for _, long in LANGUAGES.values()), AUTO])
        raise ApiError(
            400,
            f"taalcheck controleert alleen Nederlands. De taal '{value.strip()}' kan niet. Kies: {supported}. "
            f"('{value.strip()}' is not a language code known to taalcheck. Supported language codes are: {supported})",
        )
    return LANGUAGES[key][1]


def parse_request(params: Mapping[str, str], max_chars: int = MAX_TEXT_CHARS) -> CheckRequest:
    """Read LanguageTool's parameters. Unknown ones (motherTongue, level, ...) are ignored."""
    if "text" in params and "data" in params:
        raise ApiError(400, "Stuur 'text' of 'data', niet allebei. (Set only 'text' or 'data' parameter, not both)")
    if "text" in params:
        text = AnnotatedText.from_text(params["text"])
    elif "data" in params:
        text = parse_data(params["data"])
    else:
        raise ApiError(400, "Stuur de tekst mee als 'text' of 'data'. (Missing 'text' or 'data' parameter)")
    language = parse_language(params.get("language"))
    variants = {v.lower().replace("_", "-") for v in _codes(params.get("preferredVariants"))}
    if params.get("language", "").strip().lower() == AUTO and variants & {"nl-be", "nl-nl"}:
        language = LANGUAGES[sorted(variants & {"nl-be", "nl-nl"})[0]][1]
    try:
        text.original.encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(400, "De tekst bevat ongeldige tekens (losse surrogaten). (Text contains lone surrogates)") from None
    if len(text.original) > max_chars:
        raise ApiError(
            413,
            f"Uw tekst is te lang: {len(text.original)} tekens. Het maximum is {max_chars} tekens. "
            f"Controleer de tekst in delen. (Your text exceeds the limit of {max_chars} characters)",
        )
    ignore = {normalise_rule(c) for c in _codes(params.get("disabledRules"))}
    ignore |= {normalise_category(c) for c in _codes(params.get("disabledCategories"))}
    select: set[str] = set()
    if params.get("enabledOnly", "").strip().lower() in ("true", "yes", "1"):
        select = {normalise_rule(c) for c in _codes(params.get("enabledRules"))}
        select |= {normalise_category(c) for c in _codes(params.get("enabledCategories"))}
        if not select:
            raise ApiError(
                400,
                "Bij enabledOnly=true hoort enabledRules of enabledCategories. (You must specify enabled rules or categories when using enabledOnly=true)",
            )
    return CheckRequest(text, language, CheckOptions(select=frozenset(select), ignore=frozenset(ignore)))


# -- building the response -------------------------------------------------------------


def language_list() -> list[dict[str, str]]:
    return [{"name": name, "code": "nl", "longCode": long} for name, long in LANGUAGES.values()]


def _language_section(code: str) -> dict[str, Any]:
    name = LANGUAGES[code.lower()][0]
    # taalcheck does no language detection: the given (or assumed) language is reported.
    return {"name": name, "code": code, "detectedLanguage": {"name": name, "code": code, "confidence": 1.0}}


def _software() -> dict[str, Any]:
    from taalcheck import __version__

    return {"name": "taalcheck", "version": __version__, "apiVersion": API_VERSION, "premium": False, "status": ""}


def context_of(text: str, start: int, end: int, size: int = CONTEXT_CHARS) -> dict[str, Any]:
    """Like LanguageTool's context: ``size`` characters either side, "..." where cut, newlines as spaces."""
    left, right = max(0, start - size), min(len(text), end + size)
    prefix = "..." if left > 0 else ""
    before = text[left:start]
    body = prefix + before + text[start:right] + ("..." if right < len(text) else "")
    body = body.replace("\r", " ").replace("\n", " ")
    return {"text": body, "offset": len(prefix) + utf16_len(before), "length": utf16_len(text[start:end])}


def _sentence_spans(plain: str) -> list[tuple[int, int]]:
    from taalcheck.nl.segment import segments

    return [(seg.start, seg.end) for seg in segments(plain)]


def build_match(
    finding: Finding,
    annotated: AnnotatedText,
    offsets: Utf16Map,
    sentences: list[tuple[int, int]],
    replacement: tuple[int, int, str] | None = None,
) -> dict[str, Any]:
    """One LanguageTool match; ``replacement`` is (start, end, text) of the safe fix, in plain offsets."""
    from taalcheck.rules import RULES, categories

    rule = RULES.get(finding.rule)
    title = rule.title if rule is not None else finding.category
    shown = categories().get(finding.category)
    start, end = (replacement[0], replacement[1]) if replacement else (finding.start, finding.end)
    o_start, o_end = annotated.to_original(start, end)
    u_start, u_end = offsets.to_utf16(o_start), offsets.to_utf16(o_end)
    index = bisect_right(sentences, (finding.start, len(annotated.plain) + 1)) - 1
    sentence = annotated.plain[sentences[index][0] : sentences[index][1]].strip() if index >= 0 else ""
    return {
        "message": _message(finding, replacement is not None),
        "shortMessage": title,
        "replacements": [{"value": replacement[2]}] if replacement else [],
        "offset": u_start,
        "length": u_end - u_start,
        "context": context_of(annotated.original, o_start, o_end),
        "sentence": sentence,
        "type": {"typeName": "Hint" if finding.severity == "info" else "Other"},
        "rule": {
            "id": finding.rule,
            "description": title,
            "issueType": "style",
            "category": {"id": category_id(finding.category), "name": shown.name if shown else title},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def _message(finding: Finding, has_replacement: bool) -> str:
    """Without a safe replacement, short word suggestions go into the message as advice."""
    words = [s for s in finding.suggestions if len(s.split()) <= 4 and not s.endswith(".")]
    if has_replacement or not words:
        return finding.message
    return f"{finding.message} Bijvoorbeeld: {' of '.join(repr(w).replace(chr(34), chr(39)) for w in words[:3])}."


def check_response(request: CheckRequest, findings: Iterable[Finding], fixed: str | None = None) -> dict[str, Any]:
    """The /v2/check JSON for findings in ``request.text.plain`` (Python offsets).

    ``fixed`` is the plain text with the safe fixes applied; replacements come
    only from there, so they are inflected, capitalised and never advice.
    """
    annotated = request.text
    offsets = Utf16Map(annotated.original)
    sentences = _sentence_spans(annotated.plain)
    findings = list(findings)
    replacements = safe_replacements(annotated.plain, fixed, findings) if fixed is not None else {}
    kept = [i for i, f in enumerate(findings) if request.options.enabled(f.rule, f.category)]
    ranges = []
    for start, end in sentences:
        o_start, o_end = annotated.to_original(start, end)
        ranges.append([offsets.to_utf16(o_start), offsets.to_utf16(o_end)])
    return {
        "software": _software(),
        "warnings": {"incompleteResults": False},
        "language": _language_section(request.language),
        "matches": [build_match(findings[i], annotated, offsets, sentences, replacements.get(i)) for i in kept],
        "sentenceRanges": ranges,
    }


def run_check(params: Mapping[str, str], max_chars: int = MAX_TEXT_CHARS, settings: Any = None) -> dict[str, Any]:
    """Parse, check and answer; raises `ApiError` for a request LanguageTool would refuse.

    ``settings`` (`ServerSettings`, from ``taalcheck serve --config``) choose the
    rules, the sentence length and the word lists; the extra parameter
    ``organisatie`` picks an organisation's lists by the name the settings give it.
    """
    import taalcheck
    from taalcheck.server_settings import OptionError, ServerSettings, checker_for

    request = parse_request(params, max_chars)
    settings = settings or ServerSettings()
    try:
        options = settings.options(organisatie=params.get("organisatie") or None)
    except OptionError as exc:
        raise ApiError(400, str(exc)) from None
    # The server's settings choose the checker (one per settings, with its cache); the request's choice filters afterwards.
    report = checker_for(options).check(request.text.plain)
    # replacements come from the same safe fixes as taalcheck.rewrite, with the same settings
    fixed = taalcheck.rewrite(request.text.plain, options)
    return check_response(request, report.findings, fixed)


def render_check(params: Mapping[str, str], max_chars: int = MAX_TEXT_CHARS, settings: Any = None) -> bytes:
    """`run_check` as UTF-8 JSON, so a big answer is not serialised on the event loop."""
    return json.dumps(run_check(params, max_chars, settings), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# -- the FastAPI router ---------------------------------------------------------------


async def request_params(request: Request) -> dict[str, str]:
    """Query string plus form body. The body is read as urlencoded even without a
    Content-Type header, because LTeX sends it that way."""
    params = dict(request.query_params)
    if request.method == "POST":
        if request.headers.get("content-type", "").startswith("multipart/form-data"):
            form = await request.form()
            params.update({k: v for k, v in form.items() if isinstance(v, str)})
        else:
            params.update(parse_qsl((await request.body()).decode("utf-8", errors="replace"), keep_blank_values=True))
    return params


def create_router(max_chars: int = MAX_TEXT_CHARS, allow_origin: str | None = "*", max_pending: int = MAX_PENDING) -> APIRouter:
    """``allow_origin``: CORS header for browser editors ("*" as LanguageTool's ``--allow-origin``; None: off).
    ``max_pending``: checks waiting or running at once; more get 503, as a busy LanguageTool answers."""
    router = APIRouter(tags=["editors"])
    from taalcheck.server_settings import check_executor

    executor = check_executor()  # one thread for all checks of the server
    headers = {"Access-Control-Allow-Origin": allow_origin} if allow_origin else {}
    state = {"pending": 0, "warm": False}

    @router.get("/v2/languages")
    async def languages() -> Response:
        if not state["warm"]:  # load the pipeline now: clients ask for languages before the first check
            state["warm"] = True
            executor.submit(run_check, {"text": "Warm.", "language": "nl"})
        return JSONResponse(language_list(), headers=headers)

    @router.api_route("/v2/check", methods=["GET", "POST"])
    async def check(request: Request) -> Response:
        if state["pending"] >= max_pending:
            busy = "De server is druk. Probeer het over een paar seconden opnieuw. (Server busy, try again later)"
            return PlainTextResponse("Error: " + busy, status_code=503, headers={**headers, "Retry-After": "2"})
        params = await request_params(request)
        state["warm"] = True
        state["pending"] += 1
        try:
            settings = getattr(request.app.state, "settings", None)
            body = await asyncio.get_running_loop().run_in_executor(executor, render_check, params, max_chars, settings)
        except ApiError as exc:
            return PlainTextResponse("Error: " + exc.message, status_code=exc.status, headers=headers)
        finally:
            state["pending"] -= 1
        return Response(body, media_type="application/json", headers=headers)

    @router.options("/v2/check")
    @router.options("/v2/languages")
    async def preflight() -> Response:
        allow = {**headers, "Access-Control-Allow-Methods": "GET, POST, OPTIONS", "Access-Control-Allow-Headers": "Content-Type"}
        return Response(status_code=204, headers=allow if headers else {})

    return router


router = create_router()
