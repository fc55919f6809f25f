"""Meldingen and their status history.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meldingen",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("aangemaakt", sa.DateTime(timezone=True), nullable=False),
        sa.Column("woord", sa.String(200), nullable=False),
        sa.Column("woord_norm", sa.String(200), nullable=False),
        sa.Column("zin", sa.Text(), nullable=True),
        sa.Column("kenmerk", sa.String(100), nullable=True),
        sa.Column("organisatie", sa.String(200), nullable=True),
        sa.Column("toelichting", sa.Text(), nullable=True),
        sa.Column("kanaal", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("idempotentie_sleutel", sa.String(128), nullable=False),
        sa.UniqueConstraint("idempotentie_sleutel", name="uq_meldingen_idempotentie_sleutel"),
    )
    op.create_index("ix_meldingen_aangemaakt", "meldingen", ["aangemaakt"])
    op.create_index("ix_meldingen_woord_norm", "meldingen", ["woord_norm"])
    op.create_index("ix_meldingen_organisatie", "meldingen", ["organisatie"])
    op.create_index("ix_meldingen_status", "meldingen", ["status"])
    op.create_table(
        "status_wijzigingen",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "melding_id",
            sa.String(36),
            sa.ForeignKey("meldingen.id", ondelete="CASCADE", name="fk_status_wijzigingen_melding"),
            nullable=False,
        ),
        sa.Column("tijd", sa.DateTime(timezone=True), nullable=False),
        sa.Column("van_status", sa.String(20), nullable=True),
        sa.Column("naar_status", sa.String(20), nullable=False),
        sa.Column("door", sa.String(200), nullable=True),
        sa.Column("notitie", sa.Text(), nullable=True),
    )
    op.create_index("ix_status_wijzigingen_melding_id", "status_wijzigingen", ["melding_id"])


def downgrade() -> None:
    op.drop_table("status_wijzigingen")
    op.drop_table("meldingen")
