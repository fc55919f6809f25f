"""The meldpunt web app: the citizens' form, the JSON API and a health check.

`create_app` wires the store, the protections and the routers together.
More routers (for example the LanguageTool-compatible ``/v2/check``) are
added through its ``routers`` argument or the `EXTRA_ROUTERS` list.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from contextlib import asynccontextmanager
from http import HTTPStatus
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from taalcheck.meldpunt import db
from taalcheck.meldpunt.security import (
    BodyLimitMiddleware,
    CsrfTokens,
    RateLimiter,
    SecurityHeadersMiddleware,
    parse_rate,
)
from taalcheck.meldpunt.store import Store

HERE = Path(__file__).resolve().parent
ENV_ADMIN_TOKEN = "TAALCHECK_ADMIN_TOKEN"
MAX_BODY_BYTES = 64 * 1024

# Routers other modules want in every app (the /v2/check router, ...).
EXTRA_ROUTERS: list[APIRouter] = []

_STATUS_TEKST = {
    400: "Dit verzoek klopt niet.",
    401: "Niet ingelogd. Gebruik een geldige sleutel.",
    403: "Dit mag niet.",
    404: "Deze pagina bestaat niet.",
    405: "Dit kan hier niet.",
    415: "Stuur de gegevens als JSON (Content-Type: application/json).",
    429: "U heeft te veel meldingen gestuurd. Wacht even en probeer het opnieuw.",
}


def create_app(
    db_url: str | None = None,
    rate_limit: str = "30/minute",
    admin_token: str | None = None,
    routers: Sequence[APIRouter] = (),
    settings: Any = None,
) -> FastAPI:
    """Build the app. `rate_limit`: "N/second", "N/minute", "N/hour" or "0".

    `settings`: a `taalcheck.server_settings.ServerSettings` (``serve --config``) for the checks.
    """
    from taalcheck.meldpunt import api, web

    url = db.resolve_db_url(db_url)
    rate = parse_rate(rate_limit)
    app = FastAPI(
        title="Meldpunt taalcheck",
        description="Lezers melden woorden die zij niet snappen. Beheer via een sleutel (Bearer).",
        version="1",
        docs_url=None,  # the Swagger page needs inline script, which our CSP forbids
        redoc_url=None,
        lifespan=_lifespan,
    )
    app.state.store = Store(url)
    app.state.csrf = CsrfTokens(db.load_secret(url))
    app.state.limiter = RateLimiter(*rate) if rate else None
    app.state.admin_token = admin_token if admin_token is not None else os.environ.get(ENV_ADMIN_TOKEN) or None
    app.state.settings = settings
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(web.router)
    app.include_router(api.router)
    app.include_router(__import__("taalcheck.languagetool", fromlist=["router"]).router)  # /v2/check for editors
    app.include_router(__import__("taalcheck.uitleg.web", fromlist=["router"]).router)  # /uitleg for citizens
    app.include_router(__import__("taalcheck.uitleg.terug", fromlist=["router"]).router)  # /uitleg/terug: send back
    app.include_router(__import__("taalcheck.api_check", fromlist=["router"]).router)  # /api/check for document systems
    for router in (*EXTRA_ROUTERS, *routers):
        app.include_router(router)

    @app.get("/health", tags=["beheer"])
    async def health() -> JSONResponse:
        try:
            ok = await run_in_threadpool(app.state.store.ping)
        except Exception:
            ok = False
        if ok:
            return JSONResponse({"status": "ok", "database": "ok"})
        return JSONResponse({"status": "fout", "database": "niet bereikbaar"}, status_code=503)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        # Our own Dutch detail when given; Starlette's default is the English phrase.
        own = isinstance(exc.detail, str) and exc.detail != HTTPStatus(exc.status_code).phrase
        text = exc.detail if own else _STATUS_TEKST.get(exc.status_code, "Er ging iets mis.")
        if _wants_json(request):
            return JSONResponse({"detail": text}, status_code=exc.status_code, headers=exc.headers)
        return _error_page(request, exc.status_code, text, exc.headers)

    @app.exception_handler(500)
    async def server_error(request: Request, exc: Exception):
        # Plain Dutch, never a stack trace; the details go to the server log.
        text = "Er ging iets mis bij ons. Probeer het later opnieuw."
        if _wants_json(request):
            return JSONResponse({"detail": text}, status_code=500)
        return _error_page(request, 500, text)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        fouten = {".".join(str(p) for p in err["loc"][1:]) or "verzoek": "Deze waarde klopt niet." for err in exc.errors()}
        return JSONResponse({"detail": "Een of meer gegevens kloppen niet.", "fouten": fouten}, status_code=422)

    app.add_middleware(BodyLimitMiddleware, max_bytes=MAX_BODY_BYTES)
    app.add_middleware(SecurityHeadersMiddleware)  # outermost: also on 413s
    return app


@asynccontextmanager
async def _lifespan(app: FastAPI):
    yield
    app.state.store.close()


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path.startswith("/v2/") or path in ("/health", "/openapi.json")


def _error_page(request: Request, status: int, text: str, headers=None) -> HTMLResponse:
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "fout.html", {"titel": "Dat lukte niet", "tekst": text}, status_code=status, headers=headers)
