"""Check a submitted melding and say per field what is wrong, in plain Dutch.

One validator for the form, the JSON API and the CLI, so the same input gets
the same answer everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from taalcheck.meldpunt.models import MAX_LENGTE, WOORD_KANALEN

TEXT_FIELDS = ("woord", "zin", "kenmerk", "organisatie", "toelichting")
CONTACT_FIELDS = ("naam", "email", "telefoon")
MAX_SLEUTEL = 200

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TELEFOON = re.compile(r"^\+?[\d\s().-]{6,30}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class MeldingInput:
    """A checked melding, before privacy scrubbing and storage."""

    woord: str
    zin: str | None = None
    kenmerk: str | None = None
    organisatie: str | None = None
    toelichting: str | None = None
    kanaal: str = "web"
    naam: str | None = None
    email: str | None = None
    telefoon: str | None = None
    idempotentie_sleutel: str | None = None

    @property
    def has_contact(self) -> bool:
        return bool(self.naam or self.email or self.telefoon)


class Ongeldig(ValueError):
    """Input with field errors: ``fouten`` maps field name to a Dutch message."""

    def __init__(self, fouten: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in fouten.items()))
        self.fouten = fouten


def _text(value: Any, field: str, fouten: dict[str, str]) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        fouten[field] = "Dit moet tekst zijn."
        return None
    value = _clean(value).strip()
    if not value:
        return None
    limit = MAX_LENGTE[field]
    if len(value) > limit:
        fouten[field] = f"Dit is te lang. Gebruik hoogstens {limit} tekens. U gebruikte er {len(value)}."
    return value


def _clean(value: str) -> str:
    """Drop control characters (PostgreSQL refuses NUL) and lone surrogates
    from broken JSON escapes, which no database can store."""
    value = _CONTROL.sub("", value)
    return value.encode("utf-8", "replace").decode("utf-8")


def _truthy(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return isinstance(value, str) and value.strip().lower() in {"1", "ja", "true", "on", "yes"}


def validate(data: Mapping[str, Any], *, kanaal: str = "web", allowed_kanalen=WOORD_KANALEN) -> MeldingInput:
    """Return a MeldingInput or raise `Ongeldig` with a message per field."""
    fouten: dict[str, str] = {}
    values = {f: _text(data.get(f), f, fouten) for f in TEXT_FIELDS + CONTACT_FIELDS}

    if not values["woord"] and "woord" not in fouten:
        fouten["woord"] = "Vul het woord in dat u niet snapt."

    gekozen = data.get("kanaal") or kanaal
    if gekozen not in allowed_kanalen:
        fouten["kanaal"] = "Kies een van deze kanalen: " + ", ".join(allowed_kanalen) + "."

    if values["email"] and "email" not in fouten and not _EMAIL.match(values["email"]):
        fouten["email"] = "Dit e-mailadres klopt niet. Schrijf het zo: naam@voorbeeld.nl"
    if values["telefoon"] and "telefoon" not in fouten and not _TELEFOON.match(values["telefoon"]):
        fouten["telefoon"] = "Dit telefoonnummer klopt niet. Gebruik alleen cijfers, bijvoorbeeld 0612345678."
    has_contact = any(values[f] for f in CONTACT_FIELDS)
    if has_contact and not _truthy(data.get("toestemming")):
        fouten["toestemming"] = (
            "Wilt u een antwoord? Zet dan een vinkje bij 'Ja, u mag mij mailen of bellen'. "
            "Wilt u geen antwoord? Maak dan uw naam, e-mailadres en telefoonnummer leeg."
        )

    sleutel = data.get("idempotentie_sleutel")
    if sleutel is not None and (not isinstance(sleutel, str) or not (0 < len(sleutel) <= MAX_SLEUTEL)):
        fouten["idempotentie_sleutel"] = f"Dit moet tekst zijn van 1 tot {MAX_SLEUTEL} tekens."
        sleutel = None
    elif sleutel is not None:
        sleutel = _clean(sleutel)

    if fouten:
        raise Ongeldig(fouten)
    return MeldingInput(kanaal=gekozen, idempotentie_sleutel=sleutel, **values)
