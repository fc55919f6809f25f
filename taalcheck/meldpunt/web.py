"""The form where a citizen reports a word, and the thank-you page.

Works without JavaScript: the server checks everything and shows the form
again with the values kept and a message at each field that needs work.
"""

from __future__ import annotations

import hashlib
import hmac

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from taalcheck.meldpunt.models import MAX_LENGTE
from taalcheck.meldpunt.store import receipt_code
from taalcheck.meldpunt.validation import CONTACT_FIELDS, TEXT_FIELDS, Ongeldig, validate

router = APIRouter(include_in_schema=False)

HONEYPOT = "website"
PREFILL = ("woord", "zin", "kenmerk", "organisatie")
FORM_KANALEN = ("web", "sticker")  # a QR code on a letter or sticker sets kanaal=sticker
# Order of fields on the page, for the error summary.
FIELD_ORDER = ("woord", "zin", "toelichting", "organisatie", "kenmerk", "naam", "email", "telefoon", "toestemming")
# Short names of the fields, so each line of the error summary says which field it is about.
FIELD_NAMES = {
    "woord": "Het woord",
    "zin": "De zin",
    "toelichting": "Wat u dacht",
    "organisatie": "Van wie de brief kwam",
    "kenmerk": "Kenmerk van de brief",
    "naam": "Uw naam",
    "email": "Uw e-mailadres",
    "telefoon": "Uw telefoonnummer",
    "toestemming": "Toestemming",
    "kanaal": "Kanaal",
}


def client_id(request: Request) -> str:
    """The client's address, for the rate limit (kept in memory only)."""
    return request.client.host if request.client else "onbekend"


def client_fingerprint(request: Request) -> str:
    """Keyed hash of the address for the idempotency key: the stored key can
    not be turned back into an IP address without the server's secret."""
    return hmac.new(request.app.state.csrf.secret, client_id(request).encode(), hashlib.sha256).hexdigest()


def _render(request: Request, template: str, context: dict, status: int = 200) -> HTMLResponse:
    csrf = request.app.state.csrf
    cookie = request.cookies.get(csrf.COOKIE)
    if not csrf.cookie_valid(cookie):
        cookie = csrf.new_cookie()
    context = {
        "csrf_token": csrf.new_token(cookie),
        "csrf_field": csrf.FIELD,
        "honeypot": HONEYPOT,
        "max": MAX_LENGTE,
        **context,
    }
    response = request.app.state.templates.TemplateResponse(request, template, context, status_code=status)
    if template == "formulier.html":
        csrf.set_cookie(response, cookie, https=request.url.scheme == "https")
    response.headers["Cache-Control"] = "no-store"
    return response


def _form(request: Request, values: dict, fouten: dict | None = None, melding: str | None = None, status: int = 200):
    fouten = fouten or {}
    ordered = [(f, fouten[f]) for f in FIELD_ORDER if f in fouten]
    ordered += [(f, m) for f, m in fouten.items() if f not in FIELD_ORDER]
    return _render(
        request,
        "formulier.html",
        {
            "waarden": values,
            "fouten": fouten,
            "fouten_lijst": [(f, FIELD_NAMES.get(f, f.capitalize()), m) for f, m in ordered],
            "eerste_fout": ordered[0][0] if ordered else "",
            "melding": melding,
        },
        status,
    )


@router.get("/", response_class=HTMLResponse)
async def formulier(request: Request) -> HTMLResponse:
    values = {name: request.query_params.get(name, "")[: MAX_LENGTE[name]] for name in PREFILL}
    kanaal = request.query_params.get("kanaal", "web")
    values["kanaal"] = kanaal if kanaal in FORM_KANALEN else "web"
    return _form(request, values)


@router.get("/favicon.ico")
async def favicon() -> Response:
    """No icon; answer 204 so browsers do not log a 404 on every page."""
    return Response(status_code=204)


@router.post("/", response_class=HTMLResponse)
async def versturen(request: Request) -> HTMLResponse:
    state = request.app.state
    form = await request.form(max_files=0, max_fields=30, max_part_size=MAX_LENGTE["toelichting"] * 4 + 1024)
    values = {name: form.get(name, "") for name in (*TEXT_FIELDS, *CONTACT_FIELDS, "toestemming", "kanaal")}
    values = {k: v if isinstance(v, str) else "" for k, v in values.items()}
    if values["kanaal"] not in FORM_KANALEN:
        values["kanaal"] = "web"

    if state.limiter is not None:
        allowed, wait = state.limiter.allow(client_id(request))
        if not allowed:
            response = _render(
                request,
                "fout.html",
                {
                    "titel": "Even wachten",
                    "tekst": "U heeft veel meldingen kort na elkaar gestuurd. Wacht een minuut en probeer het dan opnieuw.",
                },
                status=429,
            )
            response.headers["Retry-After"] = str(max(1, int(wait + 0.999)))
            return response

    token = form.get(state.csrf.FIELD)
    token = token if isinstance(token, str) else None
    if not state.csrf.valid(request.cookies.get(state.csrf.COOKIE), token):
        melding = (
            "Uw formulier is verlopen of kon niet worden gecontroleerd. Uw tekst staat er nog. "
            "Kijk alles na en klik opnieuw op Verstuur melding. Lukt het niet? Zet cookies aan in uw browser."
        )
        return _form(request, values, melding=melding, status=403)

    if form.get(HONEYPOT):
        # Filled by a robot: say thanks, store nothing.
        return _render(request, "bedankt.html", {"nummer": None})

    try:
        data = validate({**values, "idempotentie_sleutel": _form_key(token)}, kanaal=values["kanaal"])
    except Ongeldig as exc:
        return _form(request, values, fouten=exc.fouten, status=422)

    melding, _created = await run_in_threadpool(state.store.add, data, client=client_fingerprint(request))
    return _render(request, "bedankt.html", {"nummer": receipt_code(melding["id"]), "woord": melding["woord"]})


def _form_key(token: str) -> str:
    """A form sent twice (double click, reload) carries the same token, so it
    is stored once; a newly loaded form is a new melding."""
    return "formulier:" + hashlib.sha256(token.encode()).hexdigest()
