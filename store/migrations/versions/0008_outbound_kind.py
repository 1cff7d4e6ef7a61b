"""outbound kind: what each queued reply is (question, confirmation, status...), stored explicitly

Revision ID: 0008_outbound_kind
Revises: 0001

Existing rows are given the kind their dedup key implied (the convention this column replaces).
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0008_outbound_kind"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the statuses that end a report (dispatcher.poller.FINAL_STATUSES when this migration was written)
FINAL = (
    "closed",
    "fixed",
    "duplicate",
    "not_councils_responsibility",
    "no_further_action",
    "unable_to_fix",
    "internal_referral",
)
BY_PREFIX = {
    "ask:": "question",
    "needs_input:": "question",
    "submitted:": "confirmation",
    "accepted:": "confirmation",
    "emailed:": "confirmation",
    "failed:": "failed",
    "status:": "status",
}


def upgrade() -> None:
    with op.batch_alter_table("outbound_message") as batch_op:
        batch_op.add_column(
            sa.Column(
                "kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False, server_default="info"
            )
        )
    outbound = sa.table("outbound_message", sa.column("id"), sa.column("dedup_key"), sa.column("kind"))
    for prefix, kind in BY_PREFIX.items():
        op.execute(outbound.update().where(outbound.c.dedup_key.like(f"{prefix}%")).values(kind=kind))
    # status:<event id>[:c<contact>] told a status that ended the report
    conn = op.get_bind()
    final_events = {
        str(event_id)
        for (event_id,) in conn.execute(
            sa.text("SELECT id FROM status_event WHERE status IN :final").bindparams(
                sa.bindparam("final", expanding=True)
            ),
            {"final": list(FINAL)},
        )
    }
    if not final_events:
        return
    rows = conn.execute(
        sa.select(outbound.c.id, outbound.c.dedup_key).where(outbound.c.kind == "status")
    ).all()
    final_ids = [row_id for row_id, key in rows if key.split(":")[1] in final_events]
    for start in range(0, len(final_ids), 500):
        op.execute(
            outbound.update()
            .where(outbound.c.id.in_(final_ids[start : start + 500]))
            .values(kind="final_status")
        )


def downgrade() -> None:
    with op.batch_alter_table("outbound_message") as batch_op:
        batch_op.drop_column("kind")
