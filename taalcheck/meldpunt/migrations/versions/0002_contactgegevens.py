"""Contact details in a table of their own, only stored with consent.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contactgegevens",
        sa.Column(
            "melding_id",
            sa.String(36),
            sa.ForeignKey("meldingen.id", ondelete="CASCADE", name="fk_contactgegevens_melding"),
            primary_key=True,
        ),
        sa.Column("naam", sa.String(200), nullable=True),
        sa.Column("email", sa.String(254), nullable=True),
        sa.Column("telefoon", sa.String(30), nullable=True),
        sa.Column("toestemming_op", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("contactgegevens")
