"""JSON API of the meldpunt. Anyone may POST a melding; the rest needs the
admin token as ``Authorization: Bearer ...`` and answers 401 otherwise."""

from __future__ import annotations

import hmac
import json
from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from taalcheck.meldpunt.export import render
from taalcheck.meldpunt.models import MAX_LENGTE, STATUSSEN, WOORD_KANALEN
from taalcheck.meldpunt.store import MeldingNietGevonden, OngeldigeStatus
from taalcheck.meldpunt.validation import Ongeldig, validate
from taalcheck.meldpunt.web import client_fingerprint, client_id

router = APIRouter(prefix="/api/meldingen", tags=["meldingen"])
MAX_NOTITIE = 2000  # a status note is kept in the history of every melding


class MeldingIn(BaseModel):
    """Only for the OpenAPI document; the body is checked by `validate`."""

    woord: str = Field(max_length=MAX_LENGTE["woord"], description="Het woord of de zin die de lezer niet snapt.")
    zin: str | None = Field(None, max_length=MAX_LENGTE["zin"])
    kenmerk: str | None = Field(None, max_length=MAX_LENGTE["kenmerk"])
    organisatie: str | None = Field(None, max_length=MAX_LENGTE["organisatie"])
    toelichting: str | None = Field(None, max_length=MAX_LENGTE["toelichting"])
    kanaal: Literal[WOORD_KANALEN] = "api"  # type: ignore[valid-type]
    idempotentie_sleutel: str | None = Field(None, description="Of de header Idempotency-Key.")
    naam: str | None = None
    email: str | None = None
    telefoon: str | None = None
    toestemming: bool = False


class StatusIn(BaseModel):
    status: Literal[STATUSSEN]  # type: ignore[valid-type]
    notitie: str | None = Field(None, max_length=MAX_NOTITIE)
    door: str | None = Field(None, max_length=MAX_LENGTE["naam"])


def require_admin(request: Request) -> None:
    """401 without detail for a missing, wrong or unset token."""
    expected = request.app.state.admin_token
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if not expected or scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(status_code=401, headers={"WWW-Authenticate": "Bearer"})


def _error(status: int, detail: str, fouten: dict | None = None) -> JSONResponse:
    body: dict = {"detail": detail}
    if fouten is not None:
        body["fouten"] = fouten
    return JSONResponse(body, status_code=status)


@router.post(
    "",
    status_code=201,
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": MeldingIn.model_json_schema()}}}},
    responses={200: {"description": "Deze melding was al opgeslagen (zelfde sleutel)"}, 422: {}, 413: {}, 429: {}},
)
async def melding_maken(request: Request) -> JSONResponse:
    state = request.app.state
    if state.limiter is not None:
        allowed, wait = state.limiter.allow(client_id(request))
        if not allowed:
            response = _error(429, "U heeft te veel meldingen gestuurd. Wacht even en probeer het opnieuw.")
            response.headers["Retry-After"] = str(max(1, int(wait + 0.999)))
            return response
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        return _error(415, "Stuur de gegevens als JSON (Content-Type: application/json).")
    try:
        payload = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: '[[[[...' nested thousands deep
        return _error(422, "Dit is geen geldige JSON.")
    if not isinstance(payload, dict):
        return _error(422, 'Stuur één melding als JSON-object, bijvoorbeeld {"woord": "middels"}.')
    key = request.headers.get("idempotency-key")
    if key:
        payload["idempotentie_sleutel"] = key
    try:
        data = validate(payload, kanaal="api")
    except Ongeldig as exc:
        return _error(422, "De melding is niet opgeslagen. Kijk de velden na.", exc.fouten)
    melding, created = await run_in_threadpool(state.store.add, data, client=client_fingerprint(request))
    return JSONResponse(melding, status_code=201 if created else 200, headers={"Location": f"/api/meldingen/{melding['id']}"})


@router.get("", dependencies=[Depends(require_admin)])
async def meldingen(
    request: Request,
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0),
    status: Literal[STATUSSEN] | None = None,  # type: ignore[valid-type]
    organisatie: str | None = None,
) -> dict:
    rows, total = await run_in_threadpool(request.app.state.store.list, status=status, organisatie=organisatie, limit=limit, offset=offset)
    return {"meldingen": rows, "totaal": total}


@router.get("/top", dependencies=[Depends(require_admin)])
async def top(
    request: Request,
    limit: int = Query(20, ge=1, le=500),
    status: Literal[STATUSSEN] | None = None,  # type: ignore[valid-type]
    organisatie: str | None = None,
) -> dict:
    from taalcheck.meldpunt.overnemen import top_with_coverage

    return await run_in_threadpool(top_with_coverage, request.app.state.store, limit=limit, status=status, organisatie=organisatie)


@router.get("/export", dependencies=[Depends(require_admin)])
async def export(
    request: Request,
    format: Literal["csv", "json"] = "csv",
    excel: bool = Query(False, description="CSV met puntkomma's en BOM, voor Nederlandse Excel."),
    status: Literal[STATUSSEN] | None = None,  # type: ignore[valid-type]
    organisatie: str | None = None,
) -> Response:
    rows, _total = await run_in_threadpool(request.app.state.store.list, status=status, organisatie=organisatie)
    media = "text/csv; charset=utf-8" if format == "csv" else "application/json"
    return Response(
        render(rows, format, excel=excel),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="meldingen.{format}"'},
    )


@router.get("/retour", dependencies=[Depends(require_admin)])
async def retour(
    request: Request,
    status: Literal[STATUSSEN] | None = None,  # type: ignore[valid-type]
    organisatie: str | None = None,
) -> dict:
    """Letters sent back by readers, per sender and per passage (amounts, dates and names normalised)."""
    from taalcheck.meldpunt.retour import grouped

    return await run_in_threadpool(grouped, request.app.state.store, status=status, organisatie=organisatie)


@router.get("/{melding_id}", dependencies=[Depends(require_admin)])
async def melding(request: Request, melding_id: str) -> dict:
    try:
        return await run_in_threadpool(request.app.state.store.get, melding_id)
    except MeldingNietGevonden:
        raise HTTPException(404, "Deze melding bestaat niet.") from None


@router.get("/{melding_id}/contact", dependencies=[Depends(require_admin)])
async def contact(request: Request, melding_id: str) -> dict:
    """Contact details (only given with consent), to answer the reader."""
    try:
        data = await run_in_threadpool(request.app.state.store.contact, melding_id)
    except MeldingNietGevonden:
        raise HTTPException(404, "Deze melding bestaat niet.") from None
    if data is None:
        raise HTTPException(404, "Deze melding heeft geen contactgegevens.")
    return data


@router.delete("/{melding_id}/contact", status_code=204, dependencies=[Depends(require_admin)])
async def contact_verwijderen(request: Request, melding_id: str) -> Response:
    try:
        removed = await run_in_threadpool(request.app.state.store.delete_contact, melding_id)
    except MeldingNietGevonden:
        raise HTTPException(404, "Deze melding bestaat niet.") from None
    if not removed:
        raise HTTPException(404, "Deze melding heeft geen contactgegevens.")
    return Response(status_code=204)


@router.patch("/{melding_id}", dependencies=[Depends(require_admin)])
async def status_wijzigen(request: Request, melding_id: str, body: StatusIn) -> dict:
    try:
        return await run_in_threadpool(request.app.state.store.set_status, melding_id, body.status, notitie=body.notitie, door=body.door)
    except MeldingNietGevonden:
        raise HTTPException(404, "Deze melding bestaat niet.") from None
    except OngeldigeStatus as exc:
        raise HTTPException(422, str(exc)) from exc
