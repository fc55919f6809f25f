"""The citizens' page in `taalcheck serve`: "Snapt u een brief niet?"

A reader pastes a letter, or sends a PDF or a photo, and gets it back
explained: the short summary on top, then the letter with each hard word
explained in place, then "Stuur terug naar de afzender" (`terug.py`).
Works without JavaScript.

Privacy: the letter is read in memory and never stored or logged. The
upload parser may spool a large upload to a temporary file; that file is
private (0600) and has no name on disk, and it is closed before the answer
leaves. OCR sends the picture to Tesseract through a pipe. The route has its
own size limit (``UPLOAD_MAX_BYTES``, see ``meldpunt/security.py``) and time
limit (``TIME_LIMIT_SECONDS``).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

router = APIRouter(include_in_schema=False)

HERE = Path(__file__).resolve().parent
UPLOAD_MAX_BYTES = 10 * 1000 * 1000
MAX_TEXT_CHARS = 50_000
TIME_LIMIT_SECONDS = 90
# Reading a photo costs seconds of CPU: each client may explain this many letters a minute. The limit is
# off when the app's own rate limit is off (`taalcheck serve --rate-limit 0`).
LETTERS_PER_MINUTE = 10
# Reading aloud on the server goes block by block (a summary row, a paragraph): a letter has 20 to 60.
BLOCKS_PER_MINUTE = 120
# What the upload is, from its first bytes (the file name the reader's phone gives is not used).
KINDS = (
    (b"%PDF", ".pdf"),
    (b"\x89PNG", ".png"),
    (b"\xff\xd8\xff", ".jpg"),
    (b"PK\x03\x04", ".docx"),
    (b"RIFF", ".webp"),
    (b"II*\x00", ".tif"),
    (b"MM\x00*", ".tif"),
    (b"BM", ".bmp"),
)


class Unreadable(Exception):
    """The letter could not be read; the message is for the reader (B1, no file name)."""


def _templates():
    from fastapi.templating import Jinja2Templates

    return Jinja2Templates(directory=str(HERE / "templates"))


_TEMPLATES = None


def page(request: Request, context: dict, status: int = 200) -> HTMLResponse:
    global _TEMPLATES
    if _TEMPLATES is None:
        _TEMPLATES = _templates()
    csrf = request.app.state.csrf
    cookie = None
    if context.get("keuzes"):  # the form "Stuur terug naar de afzender" carries a token tied to a cookie
        cookie = request.cookies.get(csrf.COOKIE)
        if not csrf.cookie_valid(cookie):
            cookie = csrf.new_cookie()
        context = {**context, "csrf_field": csrf.FIELD, "csrf_token": csrf.new_token(cookie)}
    response = _TEMPLATES.TemplateResponse(request, "uitleg.html", context, status_code=status)
    response.headers["cache-control"] = "no-store"  # the explained letter stays out of caches
    if cookie is not None:
        csrf.set_cookie(response, cookie, https=request.url.scheme == "https")
    if context.get("rijen"):  # "Lees voor" and tap-to-mark need our own scripts, nothing more
        from taalcheck.meldpunt.security import CSP

        # the server voice (speech.py): fetched from here, played from a blob
        response.headers["content-security-policy"] = CSP + "; script-src 'self'; connect-src 'self'; media-src 'self' blob:"
    return response


def kind_of(data: bytes) -> str:
    for magic, ext in KINDS:
        if data.startswith(magic):
            return ext
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypmsf1", b"ftyphevc"):
        return ".heic"
    return ".txt"


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _read(data: bytes | None, text: str) -> object:
    from taalcheck.core.document import Document
    from taalcheck.readers import READERS, ReadError

    if data:
        ext = kind_of(data)
        name = "brief" + ext
        try:
            document = READERS[ext](data, name, ())
        except ReadError as exc:
            raise Unreadable(_sentence(str(exc).removeprefix(f"{name}: "))) from None
        document.notes = [_sentence(note.removeprefix(f"{name}: ")) for note in document.notes]
        return document
    return Document(text=text, path="brief", writable=False)


def explain_letter(data: bytes | None, text: str) -> dict:
    """Summary rows, the explained letter as HTML, and notes; raises Unreadable."""
    import taalcheck
    from taalcheck.uitleg import speech
    from taalcheck.uitleg.explain import explain
    from taalcheck.uitleg.page import letter_html
    from taalcheck.uitleg.show import summary_rows
    from taalcheck.uitleg.summary import summarize

    document = _read(data, text)
    if not document.text.strip():
        raise Unreadable("In deze brief staat geen tekst die wij kunnen lezen.")
    from taalcheck.uitleg.terug import letter_context

    report = taalcheck.check(document)
    summary = summarize(document.text)
    return {
        "rijen": summary_rows(summary),
        "stem_server": speech.available(),
        "brief": Markup(letter_html(explain(report))),
        "notes": list(document.notes),
        **letter_context(document.text, summary.afzender.waarde if summary.afzender else None),
    }


@router.get("/uitleg", response_class=HTMLResponse)
async def form(request: Request) -> HTMLResponse:
    return page(request, {"max_mb": UPLOAD_MAX_BYTES // 1_000_000})


@router.get("/uitleg/uitleg.css")
async def stylesheet() -> Response:
    return Response(
        (HERE / "uitleg.css").read_text(encoding="utf-8"), media_type="text/css", headers={"cache-control": "public, max-age=3600"}
    )


def _too_many(request: Request, limiter_name: str = "uitleg_limiter", per_minute: int = LETTERS_PER_MINUTE) -> float | None:
    """Seconds to wait when this client asked too much just now (letters explained, blocks read aloud), else None."""
    from taalcheck.meldpunt.security import RateLimiter
    from taalcheck.meldpunt.web import client_id

    state = request.app.state
    if getattr(state, "limiter", None) is None:
        return None
    limiter = getattr(state, limiter_name, None)
    if limiter is None:
        limiter = RateLimiter(per_minute, 60.0)
        setattr(state, limiter_name, limiter)
    allowed, wait = limiter.allow(client_id(request))
    return None if allowed else wait


@router.get("/uitleg/voorlezen.js")
async def read_aloud_script() -> Response:
    return Response(
        (HERE / "voorlezen.js").read_text(encoding="utf-8"), media_type="text/javascript", headers={"cache-control": "public, max-age=3600"}
    )


@router.post("/uitleg/voorlezen")
async def read_aloud(request: Request) -> Response:
    """The sound of one block of the explained letter (espeak-ng), for browsers without a Dutch voice."""
    from taalcheck.uitleg import speech

    def plain(message: str, status: int) -> Response:
        return Response(message, status_code=status, media_type="text/plain; charset=utf-8", headers={"cache-control": "no-store"})

    wait = _too_many(request, "voorlees_limiter", BLOCKS_PER_MINUTE)
    if wait is not None:
        return plain("U heeft veel kort na elkaar laten voorlezen. Wacht een minuut.", 429)
    try:
        form_data = await request.form(max_files=0, max_fields=1, max_part_size=speech.MAX_CHARS * 4)
    except Exception:
        return plain("Dit lukte niet. Stuur de tekst die moet worden voorgelezen.", 400)
    try:
        sound = await run_in_threadpool(speech.speak, str(form_data.get("tekst") or ""))
    except speech.SpeechError as exc:
        return plain(str(exc), exc.status)
    return Response(sound, media_type="audio/wav", headers={"cache-control": "no-store"})


@router.get("/uitleg/terug.js")
async def mark_script() -> Response:
    return Response(
        (HERE / "terug.js").read_text(encoding="utf-8"), media_type="text/javascript", headers={"cache-control": "public, max-age=3600"}
    )


@router.post("/uitleg", response_class=HTMLResponse)
async def explain_page(request: Request) -> HTMLResponse:
    context: dict = {"max_mb": UPLOAD_MAX_BYTES // 1_000_000}
    wait = _too_many(request)
    if wait is not None:
        context["fout"] = "U heeft veel brieven kort na elkaar gestuurd. Wacht een minuut en probeer het dan opnieuw."
        response = page(request, context, status=429)
        response.headers["Retry-After"] = str(max(1, int(wait + 0.999)))
        return response
    try:
        form_data = await request.form(max_files=1, max_fields=4, max_part_size=MAX_TEXT_CHARS * 4)
    except Exception:
        context["fout"] = "Dit lukte niet. Stuur één bestand, of plak de tekst van de brief."
        return page(request, context, status=400)
    upload = form_data.get("bestand")
    try:
        data = await upload.read() if upload is not None and hasattr(upload, "read") else None
        text = str(form_data.get("tekst") or "")[:MAX_TEXT_CHARS]
        if not data and not text.strip():
            context["fout"] = "Plak de tekst van de brief, of kies een bestand of foto."
            return page(request, context, status=400)
        try:
            result = await asyncio.wait_for(run_in_threadpool(explain_letter, data or None, text), TIME_LIMIT_SECONDS)
        except Unreadable as exc:
            context["fout"] = str(exc)
            return page(request, context, status=422)
        except asyncio.TimeoutError:
            context["fout"] = "Het lezen van de brief duurde te lang. Probeer een kleinere of scherpere foto."
            return page(request, context, status=503)
    finally:
        await form_data.close()  # the spooled upload, if any, is gone before we answer
        data = text = None
    context.update(result)
    return page(request, context)
