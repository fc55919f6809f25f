"""Tables of the meldpunt (SQLAlchemy 2 declarative models).

The schema itself is created by the Alembic migrations in ``migrations/``;
these classes must stay equal to the head revision (a test compares them).
Contact details live in their own table so they can be deleted on their own.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

STATUSSEN = ("nieuw", "bekeken", "overgenomen", "afgewezen", "doorgestuurd", "beantwoord")
KANALEN = ("web", "api", "cli", "sticker", "retour")
# A single word can come in through these; "retour" only with its passages (`retour.add_retour`).
WOORD_KANALEN = ("web", "api", "cli", "sticker")
# A "retour" melding holds the passages a reader marked in her letter (table retour_passages).
MAX_PASSAGES = 30

# Field limits, shared by the form, the API and the CLI.
MAX_LENGTE = {
    "woord": 200,
    "zin": 1000,
    "toelichting": 2000,
    "kenmerk": 100,
    "organisatie": 200,
    "naam": 200,
    "email": 254,
    "telefoon": 30,
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    pass


class Melding(Base):
    __tablename__ = "meldingen"
    __table_args__ = (UniqueConstraint("idempotentie_sleutel", name="uq_meldingen_idempotentie_sleutel"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    aangemaakt: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True, default=utcnow)
    woord: Mapped[str] = mapped_column(String(200))
    # Lowercase, trimmed form: groups "Middels" and "middels" in the top list.
    woord_norm: Mapped[str] = mapped_column(String(200), index=True)
    zin: Mapped[str | None] = mapped_column(Text)
    kenmerk: Mapped[str | None] = mapped_column(String(100))
    organisatie: Mapped[str | None] = mapped_column(String(200), index=True)
    toelichting: Mapped[str | None] = mapped_column(Text)
    kanaal: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), index=True, default="nieuw")
    idempotentie_sleutel: Mapped[str] = mapped_column(String(128))

    geschiedenis: Mapped[list[StatusWijziging]] = relationship(
        back_populates="melding", order_by="StatusWijziging.id", cascade="all, delete-orphan"
    )
    contact: Mapped[Contact | None] = relationship(back_populates="melding", cascade="all, delete-orphan")
    passages: Mapped[list[Passage]] = relationship(back_populates="melding", order_by="Passage.volgorde", cascade="all, delete-orphan")

    def to_dict(self, with_history: bool = False) -> dict:
        data = {
            "id": self.id,
            "aangemaakt": _iso(self.aangemaakt),
            "woord": self.woord,
            "zin": self.zin,
            "kenmerk": self.kenmerk,
            "organisatie": self.organisatie,
            "toelichting": self.toelichting,
            "kanaal": self.kanaal,
            "status": self.status,
        }
        if self.kanaal == "retour":
            data["passages"] = [p.to_dict() for p in self.passages]
        if with_history:
            data["geschiedenis"] = [w.to_dict() for w in self.geschiedenis]
        return data


class StatusWijziging(Base):
    __tablename__ = "status_wijzigingen"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    melding_id: Mapped[str] = mapped_column(
        ForeignKey("meldingen.id", ondelete="CASCADE", name="fk_status_wijzigingen_melding"), index=True
    )
    tijd: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    van_status: Mapped[str | None] = mapped_column(String(20))
    naar_status: Mapped[str] = mapped_column(String(20))
    door: Mapped[str | None] = mapped_column(String(200))
    notitie: Mapped[str | None] = mapped_column(Text)

    melding: Mapped[Melding] = relationship(back_populates="geschiedenis")

    def to_dict(self) -> dict:
        return {
            "tijd": _iso(self.tijd),
            "van": self.van_status,
            "naar": self.naar_status,
            "door": self.door,
            "notitie": self.notitie,
        }


class Contact(Base):
    """Contact details, only with consent; deleted by `opschonen`."""

    __tablename__ = "contactgegevens"

    melding_id: Mapped[str] = mapped_column(
        ForeignKey("meldingen.id", ondelete="CASCADE", name="fk_contactgegevens_melding"), primary_key=True
    )
    naam: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    telefoon: Mapped[str | None] = mapped_column(String(30))
    toestemming_op: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    melding: Mapped[Melding] = relationship(back_populates="contact")


class Passage(Base):
    """One passage a reader marked in a letter she sent back (kanaal "retour"), scrubbed.

    ``tekst_norm`` has amounts, dates, numbers and names replaced (see `retour.normalise`),
    so the same template sentence from many letters counts up.
    """

    __tablename__ = "retour_passages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    melding_id: Mapped[str] = mapped_column(ForeignKey("meldingen.id", ondelete="CASCADE", name="fk_retour_passages_melding"), index=True)
    volgorde: Mapped[int] = mapped_column(Integer)  # place of the passage in the letter, from 0
    tekst: Mapped[str] = mapped_column(Text)
    tekst_norm: Mapped[str] = mapped_column(String(1000), index=True)
    toelichting: Mapped[str | None] = mapped_column(Text)  # what the reader thought it meant

    melding: Mapped[Melding] = relationship(back_populates="passages")

    def to_dict(self) -> dict:
        return {"volgorde": self.volgorde, "tekst": self.tekst, "tekst_norm": self.tekst_norm, "toelichting": self.toelichting}


def _iso(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:  # SQLite returns naive datetimes; we store UTC
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.isoformat()
