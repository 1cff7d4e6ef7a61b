"""geocoder rate: each online geocoder's next allowed request time, shared by every process

Revision ID: 0010_geocoder_rate
Revises: 0009_merge_heads
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0010_geocoder_rate"
down_revision: str | None = "0009_merge_heads"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "geocoder_rate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("next_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("provider", name="uq_geocoder_rate_provider"),
    )


def downgrade() -> None:
    op.drop_table("geocoder_rate")
