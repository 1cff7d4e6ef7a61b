"""The sandbox's quirk profiles and its mySociety servicerequestupdates, over real sockets."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dispatcher.client import ServiceRequest
from dispatcher.errors import RetryableError
from dispatcher.sandbox import Profile
from tests.dispatchkit import sandbox

HOLE = ServiceRequest("POTHOLE", "hole", lat=52.2, long=0.12)


def test_unknown_profile_is_refused() -> None:
    with pytest.raises(ValueError, match="wobbly"):
        Profile.parse("xml-only,wobbly")


async def test_token_profile_makes_every_service_batch(tmp_path: Path) -> None:
    async with sandbox(tmp_path, Profile.parse("token"), token_delay=0.0) as box:
        result = await box.client().submit(HOLE)
        assert result.token and not result.service_request_id
        assert await box.client().request_id_from_token(result.token)


async def test_slow_profile_can_outlast_a_client_timeout(tmp_path: Path) -> None:
    async with sandbox(tmp_path, Profile.parse("slow", delay=1.0)) as box:
        with pytest.raises(RetryableError, match="no answer") as caught:
            await box.client(timeout=0.2).submit(HOLE)
        assert caught.value.sent  # the body was on its way: ambiguous


async def test_flaky_hang_is_a_timeout(tmp_path: Path) -> None:
    # a seed whose first roll passes (no 500) and whose second hits (hang, then drop)
    seed = next(n for n in range(1000) if (rng := random.Random(n)).random() >= 0.5 > rng.random())
    async with sandbox(tmp_path, Profile.parse("flaky", rate=0.5, hang=1.0, seed=seed)) as box:
        with pytest.raises(RetryableError, match="no answer"):
            await box.client(timeout=0.3).services()


async def test_extended_states_are_open_or_closed_in_requests_and_exact_in_updates(tmp_path: Path) -> None:
    async with sandbox(tmp_path) as box:
        client = box.client("xml")
        request_id = (await client.submit(HOLE)).service_request_id
        assert request_id
        await box.set_status(request_id, "action_scheduled", "Booked")
        (status,) = await client.requests([request_id])
        assert status.status == "open" and status.status_notes == "Booked"
        await box.set_status(request_id, "not_councils_responsibility", "Highways England")
        (status,) = await client.requests([request_id])
        assert status.status == "closed"
        now = datetime.now(UTC)
        updates = await client.service_request_updates(now - timedelta(hours=1), now + timedelta(minutes=1))
        assert [(u.status, u.description) for u in updates] == [
            ("action_scheduled", "Booked"),
            ("not_councils_responsibility", "Highways England"),
        ]
        assert len({u.update_id for u in updates}) == 2
        assert await client.service_request_updates(now - timedelta(days=3), now - timedelta(days=2)) == []
