"""How the dispatcher tells the rest of the application what happened, inside its own transaction.

The application implements `Replies` by queueing outbound messages in the same session, so a state
change and the reply about it commit together or not at all.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from store.models import Report, StatusEvent, Submission


class Replies(Protocol):
    async def submitted(self, session: AsyncSession, report: Report, submission: Submission) -> None:
        """The council gave the request an id."""

    async def accepted(self, session: AsyncSession, report: Report, submission: Submission) -> None:
        """The council took the request but its id comes later (a token) or never (blackbox)."""

    async def failed(
        self, session: AsyncSession, report: Report, submission: Submission, reason: str
    ) -> None:
        """Submission was given up for good."""

    async def status_changed(self, session: AsyncSession, report: Report, event: StatusEvent) -> None:
        """The council changed the request's status or notes."""
