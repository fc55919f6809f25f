"""Letters sent back by readers ("Stuur terug naar de afzender", kanaal "retour").

A reader marks the passages of a letter she does not understand. Only those
passages reach the store, scrubbed of personal data: BSN, IBAN, e-mail and
phone (`privacy.scrub`), and the addressee's name and address (`scrub_addressee`).

For the organisation, the passages are grouped by sender and by passage. Each
passage is normalised first (`normalise`): amounts, dates, other numbers and
names become placeholders, so the same sentence of a template, sent back by
many readers with their own amount and date, counts as one passage.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from taalcheck.meldpunt.models import MAX_LENGTE, MAX_PASSAGES, Contact, Melding, Passage, StatusWijziging, utcnow
from taalcheck.meldpunt.privacy import scrub_text
from taalcheck.nl.word_classes import MONTH_NAMES

MAX_PASSAGE = 1000  # characters of one marked passage
MARKER_NAAM = "[naam verwijderd]"
MARKER_ADRES = "[adres verwijderd]"

_MONTHS = "|".join(MONTH_NAMES)
_MONTHS_SHORT = "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
_AMOUNT = re.compile(r"(?:€|\bEUR\b|\beuro\b)\s*-?\d[\d.]*(?:,(?:\d{1,2}|-{1,2}))?|\b\d[\d.]*(?:,\d{2})?\s*(?:euro\b|EUR\b)", re.I)
_DATE = re.compile(
    rf"\b\d{{1,2}}\s+(?:{_MONTHS}|(?:{_MONTHS_SHORT})\.?)(?:\s+\d{{4}})?\b"
    r"|\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b",
    re.I,
)
_NUMBER = re.compile(r"(?<![\w<])\d[\d.,]*(?![\w>])")
# "mevrouw Bakker", "de heer J. de Vries", "dhr. Jansen": the title stays, the name goes.
_TITLE_NAME = re.compile(
    r"\b((?:[Gg]eachte|[Bb]este)\s+(?:heer|mevrouw|heer/mevrouw|mevrouw/heer|mevr\.|dhr\.)?|"
    r"(?:[Dd]e\s+)?(?:[Hh]eer|[Mm]evrouw|[Mm]evr\.|[Dd]hr\.))\s+"
    r"((?:[A-Z]\.\s?)*(?:(?:van|de|der|den|ter|ten|het|in\s+'t|v\.d\.)\s+)*[A-Z][\w'-]+(?:-[A-Z][\w'-]+)?)"
)
_POSTCODE = re.compile(r"\b\d{4}\s?[A-Z]{2}\b")
_STREET = re.compile(r"\b[A-Z][a-z]+(?:straat|laan|weg|plein|gracht|kade|dijk|singel|hof|pad|dreef|steeg|markt)\s+\d+[a-zA-Z]?\b")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The passage with amounts, dates, numbers and names as placeholders; the key that groups passages."""
    text = _SPACE.sub(" ", text).strip()
    text = _AMOUNT.sub("€ <bedrag>", text)
    text = _DATE.sub("<datum>", text)
    text = _POSTCODE.sub("<postcode>", text)
    text = _TITLE_NAME.sub(lambda m: f"{m.group(1).rstrip()} <naam>", text)
    text = _NUMBER.sub("<getal>", text)
    return text[:MAX_PASSAGE]


def group_key(text: str) -> str:
    return normalise(text).lower().rstrip(" .!?")


def addressee_names(letter: str) -> list[str]:
    """Names of the addressee: from the salutation ("Geachte mevrouw Bakker") and the letterhead lines
    that hold that name ("Mevrouw A. Bakker")."""
    names: list[str] = []
    for match in _TITLE_NAME.finditer(letter[:3000]):
        names.append(match.group(2))
    surnames = {name.split()[-1] for name in names}
    for line in letter[:1500].splitlines():
        stripped = line.strip()
        if stripped and any(re.search(rf"\b{re.escape(s)}\b", stripped) for s in surnames) and len(stripped) <= 80:
            if not re.match(r"(?i)(geachte|beste)\b", stripped):
                names.append(stripped)
    return sorted(set(names), key=len, reverse=True)


def scrub_addressee(text: str, names: list[str]) -> str:
    """Remove the addressee's name (given in ``names``), postcodes and street addresses from a passage."""
    for name in names:
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", MARKER_NAAM, text)
    text = _TITLE_NAME.sub(lambda m: f"{m.group(1).rstrip()} {MARKER_NAAM}", text)
    text = _STREET.sub(MARKER_ADRES, text)
    return _POSTCODE.sub(MARKER_ADRES, text)


@dataclass(frozen=True)
class RetourInput:
    """A letter sent back: the marked passages (text, what the reader thought it meant[, place in the letter]),
    the sender and the reference."""

    passages: tuple[tuple, ...]
    organisatie: str | None = None
    kenmerk: str | None = None
    naam: str | None = None
    email: str | None = None
    telefoon: str | None = None
    sleutel: str | None = None


def _clip(text: str | None, limit: int) -> str | None:
    text = _SPACE.sub(" ", text or "").strip()
    return text[:limit] or None


def add_retour(store, data: RetourInput, *, now: dt.datetime | None = None) -> tuple[dict, bool]:
    """Store a letter sent back as one melding with its passages; (melding, created).

    The same ``sleutel`` (the form's token) stores the report once.
    """
    import hashlib

    from sqlalchemy.exc import IntegrityError

    now = now or utcnow()
    passages = []
    for order, (text, meaning, *place) in enumerate(data.passages[:MAX_PASSAGES]):
        order = place[0] if place else order  # the sentence's place in the letter, when the page gives it
        clean = scrub_addressee(scrub_text(_clip(text, MAX_PASSAGE)) or "", [])
        if clean:
            passages.append(
                Passage(
                    volgorde=order,
                    tekst=clean,
                    tekst_norm=normalise(clean),
                    toelichting=scrub_text(_clip(meaning, MAX_LENGTE["toelichting"])),
                )
            )
    if not passages:
        raise ValueError("no passages")
    # The passages live in their own rows only (`purge` can then thin them); woord names the report.
    woord = f"Brief teruggestuurd ({len(passages)} {'zin' if len(passages) == 1 else 'zinnen'})"
    key = "retour:" + hashlib.sha256((data.sleutel or now.isoformat() + passages[0].tekst).encode()).hexdigest()
    melding = Melding(
        aangemaakt=now,
        woord=woord,
        woord_norm="brief teruggestuurd",
        zin=None,
        kenmerk=scrub_text(_clip(data.kenmerk, MAX_LENGTE["kenmerk"])),
        organisatie=scrub_text(_clip(data.organisatie, MAX_LENGTE["organisatie"])),
        toelichting=None,
        kanaal="retour",
        status="nieuw",
        idempotentie_sleutel=key,
    )
    melding.passages = passages
    melding.geschiedenis.append(StatusWijziging(tijd=now, van_status=None, naar_status="nieuw", door="retour"))
    if data.naam or data.email or data.telefoon:
        melding.contact = Contact(naam=data.naam, email=data.email, telefoon=data.telefoon, toestemming_op=now)
    try:
        with store._sessions.begin() as session:
            session.add(melding)
            session.flush()
            return melding.to_dict(), True
    except IntegrityError:
        with store._sessions() as session:
            existing = session.scalars(select(Melding).where(Melding.idempotentie_sleutel == key)).one_or_none()
            if existing is None:
                raise
            return existing.to_dict(), False


def grouped(store, *, organisatie: str | None = None, status: str | None = None) -> dict:
    """Retour reports per sender, and within each sender per (normalised) passage, most-marked first."""
    conditions = [Melding.kanaal == "retour"]
    if organisatie:
        conditions.append(func.lower(Melding.organisatie) == organisatie.lower())
    if status:
        conditions.append(Melding.status == status)
    query = (
        select(
            Melding.id, Melding.organisatie, Melding.kenmerk, Melding.status, Melding.aangemaakt, Passage.tekst_norm, Passage.toelichting
        )
        .join(Passage, Passage.melding_id == Melding.id)
        .where(*conditions)
        .order_by(Melding.aangemaakt, Passage.volgorde)
    )
    senders: dict[str, dict] = {}
    groups: dict[tuple[str, str], dict] = {}
    with store._sessions() as session:
        rows = session.execute(query).all()
    for melding_id, org, kenmerk, melding_status, made, norm, meaning in rows:
        name = org or ""
        sender = senders.setdefault(name, {"organisatie": org, "meldingen": set(), "passages": []})
        sender["meldingen"].add(melding_id)
        key = (name, group_key(norm))
        group = groups.get(key)
        if group is None:
            group = groups[key] = {
                "passage": norm,
                "aantal": 0,
                "meldingen": [],
                "kenmerken": set(),
                "per_status": defaultdict(int),
                "toelichtingen": [],
                "eerste": made,
                "laatste": made,
            }
            sender["passages"].append(group)
        group["aantal"] += 1
        group["meldingen"].append(melding_id)
        if kenmerk:
            group["kenmerken"].add(kenmerk)
        group["per_status"][melding_status] += 1
        if meaning:
            group["toelichtingen"].append(meaning)
        group["eerste"], group["laatste"] = min(group["eerste"], made), max(group["laatste"], made)
    out = []
    for sender in senders.values():
        passages = sorted(sender["passages"], key=lambda g: -g["aantal"])  # ties: in the order of the letter
        out.append(
            {
                "organisatie": sender["organisatie"],
                "aantal_meldingen": len(sender["meldingen"]),
                "passages": [
                    {
                        **g,
                        "kenmerken": sorted(g["kenmerken"]),
                        "per_status": dict(sorted(g["per_status"].items())),
                        "eerste": _iso(g["eerste"]),
                        "laatste": _iso(g["laatste"]),
                    }
                    for g in passages
                ],
            }
        )
    out.sort(key=lambda s: (-s["aantal_meldingen"], s["organisatie"] or ""))
    return {"afzenders": out, "totaal": sum(s["aantal_meldingen"] for s in out)}


def _iso(value: dt.datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.isoformat()
