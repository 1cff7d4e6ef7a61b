"""Join the branches written in parallel (dispatcher, conversation, email, geocode, outbound kind).

Revision ID: 0009_merge_heads
Revises: 0002_dispatcher, 0003_conversation, 0004_email, 0006_geocode, 0008_outbound_kind
"""

from collections.abc import Sequence

revision: str = "0009_merge_heads"
down_revision: str | Sequence[str] | None = (
    "0002_dispatcher",
    "0003_conversation",
    "0004_email",
    "0006_geocode",
    "0008_outbound_kind",
)
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
