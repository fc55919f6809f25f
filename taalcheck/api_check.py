"""taalcheck's own HTTP check service, for document systems in any language.

``POST /api/check`` takes ``{"text": ..., "options": {...}}`` as JSON, or a
multipart ``file`` (any format taalcheck reads) with an optional ``options``
field holding the same JSON object. The answer is exactly the JSON document
of ``taalcheck check --format json`` (fixes included).
``POST /api/check/batch`` takes ``{"letters": [{"id": ..., "text": ...}], "options": {...}}``:
up to 100 letters or 10 MB, answered as one such document, a file per letter.

Options are those of the command line (select, ignore, max_zinlengte) plus
``organisatie``: an organisation's word lists, by the name the server's
settings give it (never a path). When the operator sets TAALCHECK_API_TOKEN,
a request needs ``Authorization: Bearer <token>``. Errors are JSON
``{"detail": "..."}`` in plain Dutch, like the rest of the server.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from taalcheck.core.document import Document
from taalcheck.server_settings import (
    OptionError,
    ServerSettings,
    check_executor,
    checker_for,
    parse_codes,
    parse_max_zinlengte,
)

ENV_API_TOKEN = "TAALCHECK_API_TOKEN"
MAX_LETTERS = 100
MAX_TEXT_CHARS = 10 * 1000 * 1000
MAX_PENDING = 16
OPTION_NAMES = ("select", "ignore", "max_zinlengte", "organisatie")


class RequestError(Exception):
    """A request the service refuses: status and a plain Dutch message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


@dataclass(frozen=True)
class Letter:
    """One letter to check: its text or its file, and the name it has in the answer."""

    path: str
    text: str | None = None
    data: bytes | None = None
    ident: Any = None


# -- reading a request (pure, so tests can call it directly) ---------------------------------------


def parse_options(raw: Any, settings: ServerSettings) -> Any:
    """The request's ``options`` object -> CheckOptions; unknown names or codes are a 400."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise RequestError(400, '\'options\' moet een object zijn, zoals {"select": ["jargon"]}.')
    unknown = sorted(set(raw) - set(OPTION_NAMES))
    if unknown:
        raise RequestError(400, f"Onbekende optie: {', '.join(unknown)}. Mogelijk zijn: {', '.join(OPTION_NAMES)}.")
    organisatie = raw.get("organisatie")
    if organisatie is not None and not isinstance(organisatie, str):
        raise RequestError(400, "'organisatie' moet een naam zijn, zoals \"zwolle\".")
    try:
        return settings.options(
            organisatie=organisatie,
            select=parse_codes("select", raw.get("select")),
            ignore=parse_codes("ignore", raw.get("ignore")),
            max_zinlengte=parse_max_zinlengte(raw.get("max_zinlengte")),
        )
    except OptionError as exc:
        raise RequestError(400, str(exc)) from None


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise RequestError(400, "De JSON in het verzoek klopt niet.") from None
    if not isinstance(data, dict):
        raise RequestError(400, 'Stuur een JSON-object, zoals {"text": "..."}.')
    return data


def _only_keys(data: dict[str, Any], allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise RequestError(400, f"Onbekend veld: {', '.join(unknown)}. Mogelijk zijn: {', '.join(allowed)}.")


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise RequestError(400, f"{where} moet tekst zijn.")
    if len(value) > MAX_TEXT_CHARS:
        raise RequestError(413, f"{where} is te lang. Het maximum is 10 miljoen tekens.")
    return value


def parse_single(body: bytes) -> tuple[Letter, Any]:
    """``{"text": ..., "options": ...}`` -> the letter and the raw options."""
    data = _json_object(body)
    _only_keys(data, ("text", "options"))
    if "text" not in data:
        raise RequestError(400, 'Stuur de tekst mee als "text", of een bestand als "file" (multipart).')
    return Letter(path="-", text=_text(data["text"], "'text'")), data.get("options")


def parse_batch(body: bytes) -> tuple[list[Letter], Any]:
    """``{"letters": [{"id", "text"}...], "options": ...}`` -> the letters and the raw options."""
    data = _json_object(body)
    _only_keys(data, ("letters", "options"))
    letters = data.get("letters")
    if not isinstance(letters, list) or not letters:
        raise RequestError(400, 'Stuur de brieven als "letters": een lijst met {"id": ..., "text": ...}.')
    if len(letters) > MAX_LETTERS:
        raise RequestError(413, f"Te veel brieven: {len(letters)}. Stuur er hoogstens {MAX_LETTERS} per keer, of 10 MB.")
    out = []
    for number, item in enumerate(letters, start=1):
        if not isinstance(item, dict) or "text" not in item or "id" not in item:
            raise RequestError(400, f'Brief {number} heeft geen "id" en "text".')
        _only_keys(item, ("id", "text"))
        ident = item["id"]
        if isinstance(ident, bool) or not isinstance(ident, (str, int)):
            raise RequestError(400, f'Brief {number}: "id" moet tekst of een heel getal zijn.')
        out.append(Letter(path=str(ident), text=_text(item["text"], f"Brief {number}: 'text'"), ident=ident))
    return out, data.get("options")


def upload_name(filename: str | None) -> str:
    """The uploaded file's own name, without folders (it only picks the reader and names the file)."""
    name = PurePath((filename or "").replace("\\", "/")).name
    if not name:
        raise RequestError(400, "Het bestand heeft geen naam. Geef het een naam met een extensie, zoals brief.docx.")
    return name


# -- checking (runs on the server's check thread) --------------------------------------------


def _document(letter: Letter) -> Document:
    if letter.text is not None:
        return Document(text=letter.text, path=letter.path, writable=False)
    from taalcheck.readers import READERS, ReadError, reader_for

    reader = reader_for(letter.path)
    if reader is None:
        known = ", ".join(sorted({ext for ext in READERS if ext.count(".") == 1}))
        raise RequestError(415, f"{letter.path}: dit soort bestand kan taalcheck niet lezen. Wel: {known}.")
    try:
        document = reader(letter.data or b"", letter.path, ())
    except ReadError as exc:
        raise RequestError(400, str(exc)) from None
    if not document.text.strip():
        document.notes.append(f"{letter.path}: in dit bestand staat geen tekst. Er is niets gecontroleerd.")
    return document


def check_letters(letters: list[Letter], options: Any, batch: bool) -> bytes:
    """The JSON document of ``taalcheck check --format json`` for these letters."""
    from taalcheck.reporters.json import document

    documents = [_document(letter) for letter in letters]
    reports = list(checker_for(options).check_many(documents))
    for letter, report in zip(letters, reports, strict=True):
        report.path = letter.path
    answer = document(reports)
    if batch:  # the caller's own id next to the path (the path is the id as text)
        for letter, entry in zip(letters, answer["files"], strict=True):
            entry["id"] = letter.ident
    return json.dumps(answer, ensure_ascii=False).encode("utf-8")


# -- the router -------------------------------------------------------------------------------


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": message}, status_code=status, headers=headers)


def _authorized(request: Request) -> bool:
    token = os.environ.get(ENV_API_TOKEN) or ""
    if not token:
        return True
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(), token.encode())


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def _read_single(request: Request) -> tuple[Letter, Any]:
    kind = _media_type(request)
    if kind == "application/json":
        return parse_single(await request.body())
    if kind == "multipart/form-data":
        form = await request.form()
        _only_keys(dict(form), ("file", "options"))
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise RequestError(400, 'Stuur het bestand in het veld "file".')
        raw_options = form.get("options")
        options = _json_object(raw_options.encode("utf-8")) if isinstance(raw_options, str) else None
        return Letter(path=upload_name(upload.filename), data=await upload.read()), options
    raise RequestError(415, "Stuur JSON (Content-Type: application/json) of een bestand (multipart/form-data).")


async def _read_batch(request: Request) -> tuple[list[Letter], Any]:
    if _media_type(request) != "application/json":
        raise RequestError(415, "Stuur de gegevens als JSON (Content-Type: application/json).")
    return parse_batch(await request.body())


def create_router(max_pending: int = MAX_PENDING) -> APIRouter:
    router = APIRouter(tags=["controle"])
    state = {"pending": 0}

    async def handle(request: Request, batch: bool) -> Response:
        if not _authorized(request):
            return _error(401, "Niet ingelogd. Gebruik een geldige sleutel (Authorization: Bearer ...).", {"WWW-Authenticate": "Bearer"})
        if state["pending"] >= max_pending:
            return _error(503, "De server is druk. Probeer het over een paar seconden opnieuw.", {"Retry-After": "2"})
        state["pending"] += 1
        try:
            letters, raw = await _read_batch(request) if batch else await _read_single(request)
            if not isinstance(letters, list):
                letters = [letters]
            settings = getattr(request.app.state, "settings", None) or ServerSettings()
            options = parse_options(raw, settings)
            body = await asyncio.get_running_loop().run_in_executor(check_executor(), check_letters, letters, options, batch)
        except RequestError as exc:
            return _error(exc.status, exc.message)
        finally:
            state["pending"] -= 1
        return Response(body, media_type="application/json")

    @router.post("/api/check", openapi_extra=_openapi(single=True), summary="Controleer één brief")
    async def check(request: Request) -> Response:
        return await handle(request, batch=False)

    @router.post("/api/check/batch", openapi_extra=_openapi(single=False), summary="Controleer tot 100 brieven")
    async def check_batch(request: Request) -> Response:
        return await handle(request, batch=True)

    return router


def _openapi(single: bool) -> dict[str, Any]:
    """The request bodies for /openapi.json (the handlers read the body themselves)."""
    codes = {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}], "example": ["W101", "jargon"]}
    options = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "select": codes,
            "ignore": codes,
            "max_zinlengte": {"type": "integer", "minimum": 1, "maximum": 1000},
            "organisatie": {"type": "string", "description": "Naam uit [tool.taalcheck.organisaties] van de server."},
        },
    }
    answer = {
        "200": {
            "description": "Het JSON-document van 'taalcheck check --format json'.",
            "content": {"application/json": {"schema": {"type": "object"}}},
        },
        "400": {"description": "Het verzoek klopt niet (onbekende optie, regel of organisatie)."},
        "401": {"description": "Sleutel ontbreekt of klopt niet (als TAALCHECK_API_TOKEN is gezet)."},
        "413": {"description": "Te groot: meer dan 100 brieven of 10 MB."},
    }
    if single:
        content = {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["text"],
                    "additionalProperties": False,
                    "properties": {"text": {"type": "string"}, "options": options},
                }
            },
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "options": {"type": "string", "description": "Dezelfde opties als JSON-tekst."},
                    },
                }
            },
        }
    else:
        letter = {
            "type": "object",
            "required": ["id", "text"],
            "additionalProperties": False,
            "properties": {"id": {"oneOf": [{"type": "string"}, {"type": "integer"}]}, "text": {"type": "string"}},
        }
        content = {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["letters"],
                    "additionalProperties": False,
                    "properties": {"letters": {"type": "array", "items": letter, "maxItems": MAX_LETTERS}, "options": options},
                }
            }
        }
    return {"requestBody": {"required": True, "content": content}, "responses": answer}


router = create_router()
