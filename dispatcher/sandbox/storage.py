"""SQLite storage for the sandbox (stdlib sqlite3; every call runs in a worker thread).

Times are stored as fixed-width UTC ISO strings ("2026-11-27T10:00:00+00:00"), so they sort and compare
as text. Batch requests are stored with a token and no id; the id is assigned lazily, on the first read
after `resolve_at` (a Unix time), which makes a background task unnecessary.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

T = TypeVar("T")

SCHEMA = """
CREATE TABLE IF NOT EXISTS requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    service_request_id TEXT UNIQUE,
    token TEXT UNIQUE,
    resolve_at REAL,
    service_code TEXT NOT NULL,
    service_name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    status_notes TEXT NOT NULL DEFAULT '',
    agency_responsible TEXT NOT NULL DEFAULT '',
    service_notice TEXT NOT NULL DEFAULT '',
    requested_datetime TEXT NOT NULL,
    updated_datetime TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    address_id TEXT NOT NULL DEFAULT '',
    lat REAL,
    long REAL,
    media_url TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL DEFAULT '',
    account_id TEXT NOT NULL DEFAULT '',
    attributes TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS requests_requested ON requests (requested_datetime);
CREATE TABLE IF NOT EXISTS updates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    service_request_id TEXT NOT NULL,
    status TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    updated_datetime TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_time ON updates (updated_datetime);
"""
CLOSED_STATUSES = ("closed", "fixed", "duplicate", "not_councils_responsibility", "no_further_action")

ID_OFFSET = 1000  # ids start at 1001: they look like ids, not row numbers


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def to_db_time(value: datetime) -> str:
    return value.astimezone(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class NewRequest:
    service_code: str
    service_name: str
    description: str = ""
    agency_responsible: str = ""
    service_notice: str = ""
    address: str = ""
    address_id: str = ""
    lat: float | None = None
    long: float | None = None
    media_url: str = ""
    email: str = ""
    first_name: str = ""
    last_name: str = ""
    phone: str = ""
    device_id: str = ""
    account_id: str = ""
    attributes: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class StoredRequest:
    service_request_id: str | None
    token: str | None
    service_code: str
    service_name: str
    description: str
    status: str
    status_notes: str
    agency_responsible: str
    service_notice: str
    requested_datetime: str
    updated_datetime: str
    address: str
    address_id: str
    lat: float | None
    long: float | None
    media_url: str
    email: str
    first_name: str
    last_name: str
    phone: str
    device_id: str
    account_id: str
    attributes: dict[str, list[str]]


@dataclass(frozen=True)
class StoredUpdate:
    update_id: str
    service_request_id: str
    status: str
    description: str
    updated_datetime: str


def _row(row: sqlite3.Row) -> StoredRequest:
    values = {key: row[key] for key in row.keys() if key not in ("id", "resolve_at")}
    values["attributes"] = json.loads(values["attributes"] or "{}")
    return StoredRequest(**values)


class Storage:
    def __init__(self, path: str) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    # --- lifecycle ---------------------------------------------------------------------------------

    async def open(self) -> None:
        await asyncio.to_thread(self._open)

    async def close(self) -> None:
        await asyncio.to_thread(self._close)

    def _open(self) -> None:
        conn = sqlite3.connect(self.path, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        if self.path != ":memory:":
            conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(SCHEMA)
        conn.commit()
        self._conn = conn

    def _close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    async def _run(self, func: Callable[[sqlite3.Connection], T]) -> T:
        def call() -> T:
            with self._lock:
                if self._conn is None:
                    raise RuntimeError("sandbox storage is not open")
                with self._conn:  # one transaction per call
                    self._resolve_due(self._conn)
                    return func(self._conn)

        return await asyncio.to_thread(call)

    @staticmethod
    def _resolve_due(conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE requests SET service_request_id = CAST(id + ? AS TEXT), resolve_at = NULL "
            "WHERE service_request_id IS NULL AND resolve_at <= ?",
            (ID_OFFSET, time.time()),
        )

    # --- operations --------------------------------------------------------------------------------

    async def create(self, new: NewRequest, *, token_delay: float | None = None) -> StoredRequest:
        """Store a request. With `token_delay`, it gets a token now and an id after the delay (batch)."""
        now = to_db_time(utc_now())
        token = uuid.uuid4().hex if token_delay is not None else None
        resolve_at = time.time() + token_delay if token_delay is not None else None
        values: dict[str, Any] = {
            **{k: getattr(new, k) for k in NewRequest.__dataclass_fields__ if k != "attributes"},
            "attributes": json.dumps(new.attributes),
            "token": token,
            "resolve_at": resolve_at,
            "requested_datetime": now,
            "updated_datetime": now,
        }
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)

        def insert(conn: sqlite3.Connection) -> StoredRequest:
            cursor = conn.execute(
                f"INSERT INTO requests ({columns}) VALUES ({marks})", tuple(values.values())
            )
            row_id = int(cursor.lastrowid or 0)
            if token is None:
                conn.execute(
                    "UPDATE requests SET service_request_id = ? WHERE id = ?",
                    (str(row_id + ID_OFFSET), row_id),
                )
            return _row(conn.execute("SELECT * FROM requests WHERE id = ?", (row_id,)).fetchone())

        return await self._run(insert)

    async def by_token(self, token: str) -> StoredRequest | None:
        def select(conn: sqlite3.Connection) -> StoredRequest | None:
            row = conn.execute("SELECT * FROM requests WHERE token = ?", (token,)).fetchone()
            return _row(row) if row else None

        return await self._run(select)

    async def query(
        self,
        *,
        ids: Sequence[str] = (),
        service_codes: Sequence[str] = (),
        statuses: Sequence[str] = (),
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 1000,
    ) -> list[StoredRequest]:
        """Requests that have an id, newest first. `ids` overrides every other filter (as in the spec)."""
        where = ["service_request_id IS NOT NULL"]
        args: list[Any] = []

        def any_of(column: str, options: Sequence[str]) -> None:
            where.append(f"{column} IN ({', '.join('?' for _ in options)})")
            args.extend(options)

        if ids:
            any_of("service_request_id", ids)
        else:
            if service_codes:
                any_of("service_code", service_codes)
            if statuses:
                closed = ", ".join(f"'{name}'" for name in CLOSED_STATUSES)
                spec = [f"status {'IN' if s == 'closed' else 'NOT IN'} ({closed})" for s in set(statuses)]
                where.append(f"({' OR '.join(spec)})")
            if start is not None:
                where.append("requested_datetime >= ?")
                args.append(to_db_time(start))
            if end is not None:
                where.append("requested_datetime <= ?")
                args.append(to_db_time(end))
        sql = f"SELECT * FROM requests WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?"

        def select(conn: sqlite3.Connection) -> list[StoredRequest]:
            return [_row(row) for row in conn.execute(sql, (*args, limit))]

        return await self._run(select)

    async def all(self) -> list[StoredRequest]:
        """Every request, including batch ones still waiting for an id, newest first."""

        def select(conn: sqlite3.Connection) -> list[StoredRequest]:
            return [_row(row) for row in conn.execute("SELECT * FROM requests ORDER BY id DESC")]

        return await self._run(select)

    async def update_status(
        self, request_id: str, *, status: str | None, status_notes: str | None
    ) -> StoredRequest | None:
        """Change status and/or notes and stamp updated_datetime. None when the id is unknown."""
        now = to_db_time(utc_now())

        def update(conn: sqlite3.Connection) -> StoredRequest | None:
            row = conn.execute(
                "SELECT * FROM requests WHERE service_request_id = ?", (request_id,)
            ).fetchone()
            if row is None:
                return None
            new_status = status if status is not None else row["status"]
            new_notes = status_notes if status_notes is not None else row["status_notes"]
            conn.execute(
                "UPDATE requests SET status = ?, status_notes = ?, updated_datetime = ? WHERE id = ?",
                (new_status, new_notes, now, row["id"]),
            )
            conn.execute(
                "INSERT INTO updates (service_request_id, status, description, updated_datetime) "
                "VALUES (?, ?, ?, ?)",
                (request_id, new_status, new_notes, now),
            )
            return _row(conn.execute("SELECT * FROM requests WHERE id = ?", (row["id"],)).fetchone())

        return await self._run(update)

    async def updates(self, start: datetime, end: datetime, limit: int = 1000) -> list[StoredUpdate]:
        """Status changes made by staff in [start, end], oldest first (servicerequestupdates)."""

        def select(conn: sqlite3.Connection) -> list[StoredUpdate]:
            rows = conn.execute(
                "SELECT * FROM updates WHERE updated_datetime >= ? AND updated_datetime <= ? "
                "ORDER BY id LIMIT ?",
                (to_db_time(start), to_db_time(end), limit),
            )
            return [
                StoredUpdate(
                    update_id=str(row["id"]),
                    service_request_id=row["service_request_id"],
                    status=row["status"],
                    description=row["description"],
                    updated_datetime=row["updated_datetime"],
                )
                for row in rows
            ]

        return await self._run(select)
