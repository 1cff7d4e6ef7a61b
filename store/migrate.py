"""Schema migrations (Alembic), run by `relay311 db upgrade` and at start-up of `relay311 run`."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "heads") -> None:
    command.upgrade(alembic_config(url), revision)


def downgrade(url: str, revision: str) -> None:
    command.downgrade(alembic_config(url), revision)


def current(url: str) -> tuple[str, ...]:
    """The revisions the database is at (one per branch head), sorted."""
    from alembic.runtime.migration import MigrationContext

    from store.db import create_sync_engine

    engine = create_sync_engine(url)
    try:
        with engine.connect() as conn:
            return tuple(sorted(MigrationContext.configure(conn).get_current_heads()))
    finally:
        engine.dispose()


def heads() -> tuple[str, ...]:
    """The newest revisions the code knows, sorted."""
    from alembic.script import ScriptDirectory

    return tuple(sorted(ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()))
