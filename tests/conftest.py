"""Shared fixtures. Every database test runs on SQLite, and on PostgreSQL too when
RELAY311_TEST_DATABASE_URL is set (each test gets its own schema, dropped afterwards)."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from store.db import create_engine_async, session_factory
from store.migrate import upgrade

# fixtures shared by several test modules (the Dovecot and SMTP peers, mastodon-mock)
pytest_plugins = ["email_kit", "mastodon_kit"]

PG_URL = os.environ.get("RELAY311_TEST_DATABASE_URL", "")
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


def shared_data(*parts: str) -> Path:
    """A path under ../shared/data, or skip the test when that folder is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database URL on each backend under test."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'relay311.db'}"
        upgrade(url)
        yield url
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    plain = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in PG_URL else "?"
    url = f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    try:
        upgrade(url)
        yield url
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
async def sessions(db_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    engine = create_engine_async(db_url)
    yield session_factory(engine)
    await engine.dispose()
