"""Engines and sessions. SQLite (WAL) by default, PostgreSQL by URL; the same code runs on both."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

DEFAULT_URL = "sqlite:///relay311.db"


class DatabaseURLError(ValueError):
    pass


def normalise_url(url: str, *, asynchronous: bool) -> str:
    """Map a user's URL (sqlite:///x.db, postgresql://u@h/db) to the driver relay311 uses."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy raises ArgumentError with a poor message
        raise DatabaseURLError(f"not a database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        driver = "aiosqlite" if asynchronous else "pysqlite"
    elif backend in ("postgresql", "postgres"):
        backend, driver = "postgresql", "psycopg"
    else:
        raise DatabaseURLError(f"unsupported database {backend!r}: use sqlite:///FILE or postgresql://...")
    return parsed.set(drivername=f"{backend}+{driver}").render_as_string(hide_password=False)


def _sqlite_setup(engine: Engine, *, foreign_keys: bool = True) -> None:
    """WAL, a busy timeout, foreign keys, and BEGIN IMMEDIATE so writers queue instead of failing.

    Migrations turn foreign keys off: SQLite rebuilds a table to alter it, and a rebuilt table that
    others point at cannot be dropped while they are enforced (Alembic's batch mode advice)."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def create_sync_engine(url: str, *, foreign_keys: bool = True) -> Engine:
    engine = create_engine(normalise_url(url, asynchronous=False))
    if engine.dialect.name == "sqlite":
        _sqlite_setup(engine, foreign_keys=foreign_keys)
    return engine


def create_engine_async(url: str) -> AsyncEngine:
    kwargs: dict[str, Any] = {}
    if make_url(normalise_url(url, asynchronous=True)).get_backend_name() == "postgresql":
        kwargs.update(pool_size=5, max_overflow=5, pool_pre_ping=True)
    engine = create_async_engine(normalise_url(url, asynchronous=True), **kwargs)
    if engine.dialect.name == "sqlite":
        _sqlite_setup(engine.sync_engine)
    return engine


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)
