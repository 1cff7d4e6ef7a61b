"""Comparing a migrated database with the SQLModel tables, for the migration tests."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from store.db import create_sync_engine


def schema_diffs(url: str, *about: str) -> list[Any]:
    """Alembic's differences between the database at `url` and the models; with `about`, only those whose
    description mentions every one of those words (a table, a column)."""
    engine = create_sync_engine(url)
    try:
        with engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    finally:
        engine.dispose()
    return [d for d in diffs if all(word in repr(d) for word in about)]


def table_names(url: str) -> list[str]:
    engine = create_sync_engine(url)
    try:
        with engine.connect() as conn:
            return sa.inspect(conn).get_table_names()
    finally:
        engine.dispose()
