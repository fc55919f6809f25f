"""Passages a reader marked in a letter she sent back (kanaal "retour").

The channel "retour" and the status "beantwoord" need no schema change
(both columns are plain strings); the passages get a child table.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "retour_passages",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "melding_id",
            sa.String(36),
            sa.ForeignKey("meldingen.id", ondelete="CASCADE", name="fk_retour_passages_melding"),
            nullable=False,
        ),
        sa.Column("volgorde", sa.Integer, nullable=False),
        sa.Column("tekst", sa.Text, nullable=False),
        sa.Column("tekst_norm", sa.String(1000), nullable=False),
        sa.Column("toelichting", sa.Text, nullable=True),
    )
    op.create_index("ix_retour_passages_melding_id", "retour_passages", ["melding_id"])
    op.create_index("ix_retour_passages_tekst_norm", "retour_passages", ["tekst_norm"])


def downgrade() -> None:
    op.drop_index("ix_retour_passages_tekst_norm", table_name="retour_passages")
    op.drop_index("ix_retour_passages_melding_id", table_name="retour_passages")
    op.drop_table("retour_passages")
