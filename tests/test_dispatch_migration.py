"""Migration 0002_dispatcher on SQLite and PostgreSQL: matches the models, keeps old rows, downgrades."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import command

from store.db import create_sync_engine
from store.migrate import alembic_config, upgrade
from store.models import Open311Endpoint, Submission
from tests.schemakit import schema_diffs

MINE = {"open311_endpoint"}
MY_COLUMNS = {"first_posted_at", "attributes", "missing_attributes"}


def _diffs(url: str) -> list[Any]:
    mine = []
    for diff in schema_diffs(url):
        flat = diff if isinstance(diff, tuple) else diff[0]
        text = repr(flat)
        if any(name in text for name in MINE) or (
            "'submission'" in text and any(column in text for column in MY_COLUMNS)
        ):
            mine.append(diff)
    return mine


def test_schema_matches_the_models(db_url: str) -> None:
    assert _diffs(db_url) == []


def test_old_rows_get_defaults_and_downgrade_round_trips(db_url: str) -> None:
    command.downgrade(alembic_config(db_url), "0001")  # a database from before every later branch
    engine = create_sync_engine(db_url)
    try:
        with engine.begin() as conn:
            assert "open311_endpoint" not in sa.inspect(conn).get_table_names()
            conn.execute(
                sa.text(
                    "INSERT INTO contact (channel, address, opted_out, created_at) "
                    "VALUES ('webchat', 'x', false, CURRENT_TIMESTAMP)"
                )
            )
            contact_id = conn.execute(sa.text("SELECT id FROM contact")).scalar_one()
            conn.execute(
                sa.text(
                    "INSERT INTO report (ref, contact_id, channel, thread_ref, text, media, service_name, "
                    "confidence, candidates, offered, location_text, location_kind, address, missing, state, "
                    "created_at, updated_at) VALUES ('R-OLD01', :c, 'webchat', '', 't', '[]', '', 0, '[]', "
                    "'[]', '', '', '', '[]', 'queued', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                ),
                {"c": contact_id},
            )
            report_id = conn.execute(sa.text("SELECT id FROM report")).scalar_one()
            conn.execute(
                sa.text(
                    "INSERT INTO submission (report_id, endpoint, state, attempts, next_attempt_at, "
                    "last_error, open, status, status_notes) "
                    "VALUES (:r, 'council', 'sending', 1, CURRENT_TIMESTAMP, '', false, '', '')"
                ),
                {"r": report_id},
            )
        upgrade(db_url)
        with engine.begin() as conn:
            row = conn.execute(
                sa.select(Submission.attributes, Submission.missing_attributes, Submission.first_posted_at)  # type: ignore[call-overload]
            ).one()
            assert tuple(row) == ({}, [], None)
            conn.execute(sa.insert(Open311Endpoint).values(name="council", format="xml"))
            fmt = conn.execute(sa.select(Open311Endpoint.format)).scalar_one()  # type: ignore[call-overload]
            assert fmt == "xml"
    finally:
        engine.dispose()
    assert _diffs(db_url) == []
