"""What relay311 remembers per Open311 endpoint (the `open311_endpoint` row): the negotiated format and
the status strategy, so a restart neither renegotiates nor re-probes."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Literal

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from store.models import Open311Endpoint, utcnow


async def load_endpoint(sessions: async_sessionmaker[AsyncSession], name: str) -> Open311Endpoint:
    """The endpoint's row, created on first use (two processes may race; one insert wins)."""
    for _ in range(2):
        async with sessions() as session:
            row = (
                await session.execute(select(Open311Endpoint).where(Open311Endpoint.name == name))
            ).scalar_one_or_none()
            if row is not None:
                return row
        try:
            async with sessions() as session, session.begin():
                row = Open311Endpoint(name=name)
                session.add(row)
            return row
        except IntegrityError:
            continue
    raise RuntimeError(f"cannot create the open311_endpoint row for {name!r}")


async def remember(sessions: async_sessionmaker[AsyncSession], name: str, **values: Any) -> None:
    """Store learned facts (format=..., strategy=...) for the endpoint."""
    await load_endpoint(sessions, name)
    async with sessions() as session, session.begin():
        row = (
            await session.execute(select(Open311Endpoint).where(Open311Endpoint.name == name))
        ).scalar_one()
        for key, value in values.items():
            setattr(row, key, value)
        row.updated_at = utcnow()


async def remembered_format(
    sessions: async_sessionmaker[AsyncSession], name: str, configured: Literal["json", "xml", "auto"]
) -> Literal["json", "xml", "auto"]:
    """The configured format, or for "auto" the one negotiated earlier for this endpoint (if any)."""
    if configured != "auto":
        return configured
    known = (await load_endpoint(sessions, name)).format
    return "json" if known == "json" else "xml" if known == "xml" else "auto"


def format_keeper(sessions: async_sessionmaker[AsyncSession], name: str) -> Callable[[str], None]:
    """An `on_format` callback for Open311Client that stores the negotiated format in the background."""
    pending: set[asyncio.Task[None]] = set()

    def keep(fmt: str) -> None:
        task = asyncio.get_running_loop().create_task(remember(sessions, name, format=fmt))
        pending.add(task)
        task.add_done_callback(pending.discard)

    return keep
