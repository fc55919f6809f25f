"""The meldpunt store: save meldingen once, list them, change their status.

Every write is committed before the method returns, so a caller that answers
"stored" after `add` never loses a melding, even when the process is killed
right after. Free text is scrubbed of personal data before it is stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from taalcheck.meldpunt import db
from taalcheck.meldpunt.models import STATUSSEN, Contact, Melding, Passage, StatusWijziging, utcnow
from taalcheck.meldpunt.privacy import scrub_text
from taalcheck.meldpunt.validation import MeldingInput

# A retry without a key within this window (same content, same client) is
# recognised as the same melding.
IDEMPOTENCY_BUCKET_SECONDS = 600


class MeldingNietGevonden(LookupError):
    """No melding (or more than one) matches the given id or prefix."""


class OngeldigeStatus(ValueError):
    pass


# The number a citizen gets on the thank-you page: the first 32 bits of the
# melding's id, written with characters that cannot be mixed up when read
# aloud or typed over from paper: no 0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B, G, U/V.
RECEIPT_ALPHABET = "34679ACEFHJKMNPRTWXY"
RECEIPT_LENGTH = 8


def receipt_code(melding_id: str) -> str:
    """'KM7C-XA3P' for a melding id; `Store.get` and the CLI accept it as the melding's number."""
    number = int(melding_id.replace("-", "")[:8], 16)
    base = len(RECEIPT_ALPHABET)
    chars = []
    for _ in range(RECEIPT_LENGTH):
        number, digit = divmod(number, base)
        chars.append(RECEIPT_ALPHABET[digit])
    code = "".join(reversed(chars))
    return f"{code[:4]}-{code[4:]}"


def receipt_prefix(code: str) -> str | None:
    """The id prefix (8 hex digits) of a receipt code, or None when ``code`` is no receipt code.

    Spaces, dashes and small letters are fine: 'km7c xa3p'.
    """
    clean = re.sub(r"[\s-]", "", code or "").upper()
    if len(clean) != RECEIPT_LENGTH or any(ch not in RECEIPT_ALPHABET for ch in clean):
        return None
    number = 0
    for ch in clean:
        number = number * len(RECEIPT_ALPHABET) + RECEIPT_ALPHABET.index(ch)
    return f"{number:08x}" if number < 2**32 else None


def normalise_word(woord: str) -> str:
    return " ".join(woord.split()).lower()


def idempotency_key(data: MeldingInput, client: str, now: dt.datetime) -> str:
    """Key for the unique constraint: the client's own key, or one derived
    from the (scrubbed) content, the client and a ten-minute time bucket."""
    if data.idempotentie_sleutel:
        return "k:" + hashlib.sha256(data.idempotentie_sleutel.encode()).hexdigest()
    bucket = int(now.timestamp()) // IDEMPOTENCY_BUCKET_SECONDS
    parts = [
        normalise_word(data.woord),
        data.zin or "",
        data.kenmerk or "",
        data.organisatie or "",
        data.toelichting or "",
        data.kanaal,
        client,
        str(bucket),
    ]
    return "d:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _as_utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc)


class Store:
    """Meldingen in a database given by URL or path (see `db.resolve_db_url`)."""

    def __init__(self, url: str | None = None, *, migrate: bool = True):
        self.url = db.resolve_db_url(url)
        self.engine = db.create_db_engine(self.url)
        if migrate:
            db.upgrade(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    def ping(self) -> bool:
        with self.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT 1").scalar() == 1

    # -- writing -----------------------------------------------------------

    def add(self, data: MeldingInput, *, client: str = "", now: dt.datetime | None = None) -> tuple[dict, bool]:
        """Store a melding once. Returns (melding, created); created is False
        when the idempotency key was seen before and the old one is returned."""
        now = _as_utc(now or utcnow())
        clean = MeldingInput(
            woord=scrub_text(data.woord) or "",
            zin=scrub_text(data.zin),
            kenmerk=scrub_text(data.kenmerk),
            organisatie=scrub_text(data.organisatie),
            toelichting=scrub_text(data.toelichting),
            kanaal=data.kanaal,
            idempotentie_sleutel=data.idempotentie_sleutel,
        )
        key = idempotency_key(clean, client, now)
        melding = Melding(
            aangemaakt=now,
            woord=clean.woord,
            woord_norm=normalise_word(clean.woord),
            zin=clean.zin,
            kenmerk=clean.kenmerk,
            organisatie=clean.organisatie,
            toelichting=clean.toelichting,
            kanaal=clean.kanaal,
            status="nieuw",
            idempotentie_sleutel=key,
        )
        melding.geschiedenis.append(StatusWijziging(tijd=now, van_status=None, naar_status="nieuw", door=clean.kanaal))
        if data.has_contact:
            melding.contact = Contact(naam=data.naam, email=data.email, telefoon=data.telefoon, toestemming_op=now)
        try:
            with self._sessions.begin() as session:
                session.add(melding)
            return melding.to_dict(), True
        except IntegrityError:
            with self._sessions() as session:
                existing = session.scalars(select(Melding).where(Melding.idempotentie_sleutel == key)).one_or_none()
                if existing is None:  # an integrity error with another cause
                    raise
                return existing.to_dict(), False

    def set_status(self, ref: str, status: str, *, notitie: str | None = None, door: str | None = None) -> dict:
        """Change the status and record who did it, when and why."""
        if status not in STATUSSEN:
            raise OngeldigeStatus(f"Onbekende status '{status}'. Kies uit: {', '.join(STATUSSEN)}.")
        with self._sessions.begin() as session:
            melding = self._find(session, ref)
            melding.geschiedenis.append(
                StatusWijziging(tijd=utcnow(), van_status=melding.status, naar_status=status, door=door, notitie=scrub_text(notitie))
            )
            melding.status = status
            session.flush()
            return melding.to_dict(with_history=True)

    def set_status_for_word(self, woord: str, status: str, *, notitie: str | None, door: str | None) -> int:
        """Give every open melding of this word the new status; returns how many."""
        norm = normalise_word(woord)
        with self._sessions() as session:
            ids = session.scalars(select(Melding.id).where(Melding.woord_norm == norm, Melding.status.in_(("nieuw", "bekeken")))).all()
        for melding_id in ids:
            self.set_status(melding_id, status, notitie=notitie, door=door)
        return len(ids)

    def delete_contact(self, ref: str) -> bool:
        """Delete the contact details of one melding; True if there were any."""
        with self._sessions.begin() as session:
            melding = self._find(session, ref)
            result = session.execute(delete(Contact).where(Contact.melding_id == melding.id))
            return result.rowcount > 0

    def purge(self, older_than: dt.timedelta, *, now: dt.datetime | None = None) -> dict[str, int]:
        """Remove personal data from meldingen older than `older_than`.

        Deletes contact details and clears zin, toelichting and kenmerk; keeps
        woord, organisatie, kanaal, status, dates and history for the counts.
        Passages sent back keep only their normalised text.
        """
        cutoff = _as_utc(now or utcnow()) - older_than
        with self._sessions.begin() as session:
            old_ids = select(Melding.id).where(Melding.aangemaakt < cutoff)
            contacts = session.execute(delete(Contact).where(Contact.melding_id.in_(old_ids))).rowcount
            cleared = session.execute(
                update(Melding)
                .where(
                    Melding.aangemaakt < cutoff,
                    (Melding.zin.is_not(None)) | (Melding.toelichting.is_not(None)) | (Melding.kenmerk.is_not(None)),
                )
                .values(zin=None, toelichting=None, kenmerk=None)
            ).rowcount
            # passages sent back keep only their normalised form (no amounts, dates, numbers or names)
            session.execute(update(Passage).where(Passage.melding_id.in_(old_ids)).values(tekst=Passage.tekst_norm, toelichting=None))
        return {"contactgegevens": contacts, "meldingen": cleared}

    # -- reading -----------------------------------------------------------

    def get(self, ref: str) -> dict:
        with self._sessions() as session:
            melding = self._find(session, ref)
            data = melding.to_dict(with_history=True)
            data["heeft_contact"] = melding.contact is not None
            return data

    def contact(self, ref: str) -> dict | None:
        with self._sessions() as session:
            melding = self._find(session, ref)
            c = melding.contact
            return None if c is None else {"naam": c.naam, "email": c.email, "telefoon": c.telefoon}

    def list(
        self,
        *,
        status: str | None = None,
        organisatie: str | None = None,
        van: dt.datetime | None = None,
        tot: dt.datetime | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> tuple[list[dict], int]:
        """Meldingen, newest first, and the total that matches the filters."""
        conditions = []
        if status:
            conditions.append(Melding.status == status)
        if organisatie:
            conditions.append(func.lower(Melding.organisatie) == organisatie.lower())
        if van:
            conditions.append(Melding.aangemaakt >= _as_utc(van))
        if tot:
            conditions.append(Melding.aangemaakt < _as_utc(tot))
        with self._sessions() as session:
            total = session.scalar(select(func.count()).select_from(Melding).where(*conditions)) or 0
            query = (
                select(Melding)
                .where(*conditions)
                .order_by(Melding.aangemaakt.desc(), Melding.id)
                .offset(offset)
                .options(selectinload(Melding.contact), selectinload(Melding.passages))
            )
            if limit is not None:
                query = query.limit(limit)
            # heeft_contact: the reader asked for an answer (the details themselves stay out of lists)
            rows = [{**m.to_dict(), "heeft_contact": m.contact is not None} for m in session.scalars(query)]
        return rows, total

    def count_word(self, woord: str) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count()).where(Melding.woord_norm == normalise_word(woord))) or 0

    def top(self, *, limit: int | None = 20, status: str | None = None, organisatie: str | None = None) -> list[dict]:
        """Most-reported words (as stored, lower case) with their count per organisation and per status.

        ``limit=None`` gives all words (``meldpunt top`` merges variants first).
        """
        conditions = [Melding.kanaal != "retour"]  # whole passages sent back are listed by `retour.grouped`
        if status:
            conditions.append(Melding.status == status)
        if organisatie:
            conditions.append(func.lower(Melding.organisatie) == organisatie.lower())
        query = (
            select(Melding.woord_norm, Melding.organisatie, Melding.status, func.count())
            .where(*conditions)
            .group_by(Melding.woord_norm, Melding.organisatie, Melding.status)
        )
        per_word: dict[str, dict[str, int]] = defaultdict(dict)
        per_status: dict[str, dict[str, int]] = defaultdict(dict)
        with self._sessions() as session:
            for woord, org, melding_status, n in session.execute(query):
                per_word[woord][org or ""] = per_word[woord].get(org or "", 0) + n
                per_status[woord][melding_status] = per_status[woord].get(melding_status, 0) + n
        ranked = sorted(per_word.items(), key=lambda item: (-sum(item[1].values()), item[0]))
        return [
            {
                "woord": woord,
                "aantal": sum(orgs.values()),
                "per_organisatie": dict(sorted(orgs.items(), key=lambda kv: (-kv[1], kv[0]))),
                "per_status": dict(sorted(per_status[woord].items())),
            }
            for woord, orgs in ranked[:limit]
        ]

    def notes_for_status(self, status: str) -> list[tuple[str, str]]:
        """(word, note) of every change to ``status`` that has a note; `overnemen` names its list there."""
        query = (
            select(Melding.woord_norm, StatusWijziging.notitie)
            .join(StatusWijziging, StatusWijziging.melding_id == Melding.id)
            .where(StatusWijziging.naar_status == status, StatusWijziging.notitie.is_not(None))
        )
        with self._sessions() as session:
            return [(woord, notitie) for woord, notitie in session.execute(query)]

    # -- helpers -----------------------------------------------------------

    @staticmethod
    def _find(session: Session, ref: str) -> Melding:
        """A melding by full id or by a unique prefix of at least 8 characters."""
        ref = (ref or "").strip().lower()
        options = (selectinload(Melding.geschiedenis), selectinload(Melding.contact), selectinload(Melding.passages))
        melding = session.get(Melding, ref, options=options)
        if melding is not None:
            return melding
        if len(ref) >= 8:
            query = select(Melding).where(Melding.id.startswith(ref, autoescape=True)).options(*options).limit(2)
            found = session.scalars(query).all()
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise MeldingNietGevonden(f"Meer dan één melding begint met '{ref}'. Geef het hele nummer.")
        prefix = receipt_prefix(ref)  # the number on the citizen's thank-you page
        if prefix is not None:
            query = select(Melding).where(Melding.id.startswith(prefix)).options(*options).limit(2)
            found = session.scalars(query).all()
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise MeldingNietGevonden(f"Meer dan één melding hoort bij '{ref}'. Geef het hele nummer.")
        raise MeldingNietGevonden(f"Geen melding gevonden met nummer '{ref}'.")
