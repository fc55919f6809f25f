""" "Stuur terug naar de afzender": the reader marks the sentences of her letter she does not understand.

The explained page lists the letter's sentences as checkboxes in a form (works
without JavaScript). The addressee's name and address are taken out of each
sentence before the page is made, so they are not in the form at all. Only the
sentences the reader ticks come back to the server, with what she thought they
meant; they are stored as one meldpunt report (kanaal "retour") and scrubbed
again there (`meldpunt.retour`). The letter itself is never sent again.
"""

from __future__ import annotations

import re

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

router = APIRouter(include_in_schema=False)

MAX_SENTENCES = 120  # sentences offered for marking; longer letters offer their first 120
MAX_FIELDS = 2 * MAX_SENTENCES + 12
_REFERENCE = re.compile(
    r"^\s*(?:ons\s+|uw\s+)?(?:kenmerk|referentie|dossiernummer|zaaknummer)\s*:?\s+(?P<value>\S[^\n]{0,98})$", re.IGNORECASE | re.MULTILINE
)
_SPACE = re.compile(r"\s+")


def reference(text: str) -> str | None:
    """The letter's reference ('Ons kenmerk: WMO/2026/17'), from the letterhead."""
    match = _REFERENCE.search(text[:3000])
    return match.group("value").strip() if match else None


def sentences(text: str) -> list[str]:
    """The letter's sentences from the subject line on, without the addressee's name and address."""
    from taalcheck.meldpunt.retour import addressee_names, scrub_addressee
    from taalcheck.uitleg.summary import LABELLED, Letter

    letter = Letter(text)
    names = addressee_names(text)
    start = letter.body_start
    for match in LABELLED.finditer(text[: start or len(text)]):
        if match.group("label").lower() in ("onderwerp", "betreft", "inzake"):
            start = min(start, match.start("value")) if start else match.start("value")
    out: list[str] = []
    for s, e in letter.segs:
        if e <= start:
            continue
        for line in text[max(s, start) : e].split("\n\n"):
            clean = _SPACE.sub(" ", line).strip()
            if len(re.findall(r"[^\W\d_]{2,}", clean)) >= 2 or (clean and clean[-1] in ",.:?!"):
                out.append(scrub_addressee(clean, names))
    return out[:MAX_SENTENCES]


def letter_context(text: str, afzender: str | None) -> dict:
    """What the explained page needs for sending back: the sentences, the sender, the reference."""
    keuzes = [{"i": i, "tekst": zin, "aan": False, "uitleg": ""} for i, zin in enumerate(sentences(text))]
    return {"keuzes": keuzes, "afzender": afzender, "kenmerk": reference(text), "contact": {}}


def _field(form, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


@router.post("/uitleg/terug", response_class=HTMLResponse)
async def send_back(request: Request) -> HTMLResponse:
    from taalcheck.meldpunt.retour import RetourInput, add_retour
    from taalcheck.meldpunt.store import receipt_code
    from taalcheck.meldpunt.validation import Ongeldig, validate
    from taalcheck.meldpunt.web import client_id
    from taalcheck.uitleg.web import page

    state = request.app.state
    if state.limiter is not None:
        allowed, wait = state.limiter.allow(client_id(request))
        if not allowed:
            response = page(request, {"fout_terug": "U heeft veel kort na elkaar gestuurd. Wacht een minuut en probeer het opnieuw."}, 429)
            response.headers["Retry-After"] = str(max(1, int(wait + 0.999)))
            return response
    try:
        form = await request.form(max_files=0, max_fields=MAX_FIELDS, max_part_size=8000)
    except Exception:
        return page(request, {"fout_terug": "Dit lukte niet. Probeer het opnieuw."}, 400)
    try:
        token = _field(form, state.csrf.FIELD)
        if not state.csrf.valid(request.cookies.get(state.csrf.COOKIE), token):
            return page(
                request,
                {
                    "fout_terug": "Uw formulier is verlopen. Laat de brief opnieuw uitleggen en probeer het nog eens. "
                    "Lukt het niet? Zet cookies aan in uw browser."
                },
                403,
            )
        marked = []
        for i in range(MAX_SENTENCES):
            text = _field(form, f"zin-{i}").strip()
            if text:
                marked.append((text, _field(form, f"uitleg-{i}").strip() or None, i))
        if not marked:
            return page(
                request,
                {
                    "fout_terug": "U heeft geen zin aangevinkt. Laat de brief opnieuw uitleggen. "
                    "Zet dan een vinkje bij de zinnen die u niet snapt."
                },
                422,
            )
        contact = {k: _field(form, k).strip() or None for k in ("naam", "email", "telefoon")}
        organisatie, kenmerk = _field(form, "organisatie") or None, _field(form, "kenmerk") or None
        try:
            validate({"woord": "retour", **contact, "toestemming": _field(form, "toestemming")}, kanaal="web")  # contact rules only
        except Ongeldig as exc:  # the form again, with only the ticked sentences (the rest of the letter is gone)
            keuzes = [{"i": i, "tekst": text, "aan": True, "uitleg": meaning or ""} for text, meaning, i in marked]
            return page(
                request,
                {
                    "fout_terug": " ".join(exc.fouten.values()),
                    "keuzes": keuzes,
                    "afzender": organisatie,
                    "kenmerk": kenmerk,
                    "contact": {k: v or "" for k, v in contact.items()},
                },
                422,
            )
        data = RetourInput(passages=tuple(marked), organisatie=organisatie, kenmerk=kenmerk, sleutel=token, **contact)
        melding, _created = await run_in_threadpool(add_retour, state.store, data)
    finally:
        await form.close()
        form = marked = None
    return page(request, {"bon": receipt_code(melding["id"]), "afzender": melding["organisatie"], "aantal": len(melding["passages"])})
