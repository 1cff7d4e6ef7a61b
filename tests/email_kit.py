"""Shared pytest fixtures and settings for tests of the email channel: a real Dovecot (tests/dovecot.py) and
aiosmtpd (tests/fake_smtp.py). conftest.py loads the fixtures
(`pytest_plugins`); test modules import the rest."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from dovecot import Dovecot, start_dovecot, unavailable
from fake_smtp import FakeSMTP

PASSWORD_ENV = "RELAY311_TEST_IMAP_PASSWORD"


@pytest.fixture
async def dovecot() -> AsyncIterator[Dovecot]:
    reason = unavailable()
    if reason:
        pytest.skip(reason)
    server = await start_dovecot()
    try:
        yield server
    finally:
        await asyncio.to_thread(server.remove)


@pytest.fixture
async def smtp() -> AsyncIterator[FakeSMTP]:
    server = FakeSMTP()
    await server.start()
    yield server
    await server.close()


def section(dovecot: Dovecot, smtp: FakeSMTP, **extra: Any) -> dict[str, Any]:
    """The `[channels.email]` config section reading `dovecot` and sending through `smtp`."""
    return {
        "imap_host": dovecot.host,
        "imap_port": dovecot.port,
        "imap_security": "none",
        "imap_user": dovecot.user,
        "imap_password_env": PASSWORD_ENV,
        "imap_timeout": 5,
        "idle": False,
        "poll_interval": 0.2,
        "smtp_host": "127.0.0.1",
        "smtp_port": smtp.port,
        "smtp_security": "none",
        "from_address": "reports@council.test",
        "from_name": "Demo Town Council",
        **extra,
    }
