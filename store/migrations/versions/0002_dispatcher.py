"""dispatcher: exactly-once window, attributes for metadata services, per-endpoint state

Revision ID: 0002_dispatcher
Revises: 0001
Create Date: 2026-11-27 06:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

import store.types

revision: str = "0002_dispatcher"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("submission", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("first_posted_at", store.types.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column("attributes", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )
        batch_op.add_column(
            sa.Column("missing_attributes", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )

    op.create_table(
        "open311_endpoint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("format", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("strategy", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("updates_since", store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("next_poll_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("poll_claimed_until", store.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("updated_at", store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("open311_endpoint")
    with op.batch_alter_table("submission", schema=None) as batch_op:
        batch_op.drop_column("missing_attributes")
        batch_op.drop_column("attributes")
        batch_op.drop_column("first_posted_at")
