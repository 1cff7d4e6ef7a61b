"""Open311Client against the built-in sandbox, over a real TCP socket, in both formats."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from dispatcher.client import Open311Client, ServiceRequest
from dispatcher.errors import CitizenInputError, PermanentError
from dispatcher.sandbox import serve

KEY = "s3cret-sandbox-key"
TOKEN_DELAY = 0.3


@dataclass
class Sandbox:
    base_url: str
    session: aiohttp.ClientSession

    def client(self, fmt: str, *, api_key: str = KEY, jurisdiction_id: str = "demo.town") -> Open311Client:
        return Open311Client(
            self.session,
            self.base_url,
            format="xml" if fmt == "xml" else "json",
            timeout=10,
            api_key=api_key,
            jurisdiction_id=jurisdiction_id,
        )


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[Sandbox]:
    runner: web.AppRunner = await serve(
        "127.0.0.1", 0, str(tmp_path / "s.db"), api_key=KEY, token_delay=TOKEN_DELAY
    )
    host, port = runner.addresses[0][:2]
    async with aiohttp.ClientSession() as session:
        yield Sandbox(f"http://{host}:{port}/", session)
    await runner.cleanup()


FORMATS = pytest.mark.parametrize("fmt", ["json", "xml"])


@FORMATS
async def test_services(sandbox: Sandbox, fmt: str) -> None:
    services = await sandbox.client(fmt).services()
    by_code = {s.code: s for s in services}
    pothole = by_code["POTHOLE"]
    assert pothole.name == "Pothole" and pothole.type == "realtime" and not pothole.metadata
    assert "pothole" in pothole.keywords and pothole.group == "Roads & Pavements"
    assert by_code["MISSED_BIN"].type == "batch"
    assert by_code["ABANDONED_VEHICLE"].metadata is True


async def test_both_formats_agree(sandbox: Sandbox) -> None:
    assert await sandbox.client("json").services() == await sandbox.client("xml").services()
    json_def = await sandbox.client("json").service_definition("ABANDONED_VEHICLE")
    assert json_def == await sandbox.client("xml").service_definition("ABANDONED_VEHICLE")


@FORMATS
async def test_service_definition(sandbox: Sandbox, fmt: str) -> None:
    definition = await sandbox.client(fmt).service_definition("ABANDONED_VEHICLE")
    assert definition.service_code == "ABANDONED_VEHICLE"
    assert [a.order for a in definition.attributes] == sorted(a.order for a in definition.attributes)
    vehicle = definition.attributes[0]
    assert (vehicle.code, vehicle.datatype, vehicle.required, vehicle.variable) == (
        "VEHICLE_TYPE",
        "singlevaluelist",
        True,
        True,
    )
    assert ("car", "Car") in vehicle.values
    condition = next(a for a in definition.attributes if a.code == "CONDITION")
    assert condition.datatype == "multivaluelist" and not condition.required
    notice = next(a for a in definition.attributes if not a.variable)
    assert notice.datatype == "text" and notice.description


async def test_unknown_definition_is_permanent(sandbox: Sandbox) -> None:
    with pytest.raises(PermanentError) as info:
        await sandbox.client("json").service_definition("NOPE")
    assert info.value.code == 404 and not isinstance(info.value, CitizenInputError)


@FORMATS
async def test_submit_realtime_then_status(sandbox: Sandbox, fmt: str) -> None:
    client = sandbox.client(fmt)
    result = await client.submit(
        ServiceRequest(
            service_code="POTHOLE",
            description="Deep pothole by the bus stop",
            lat=51.501,
            long=-0.142,
            email="citizen@example.org",
        )
    )
    assert result.service_request_id and result.token is None
    assert "inspector" in result.service_notice.lower()
    (status,) = await client.requests([result.service_request_id])
    assert status.service_request_id == result.service_request_id
    assert status.status == "open" and status.service_code == "POTHOLE"
    assert status.description == "Deep pothole by the bus stop"
    assert (status.lat, status.long) == (51.501, -0.142)
    assert status.requested_datetime is not None and status.requested_datetime.tzinfo is not None


@FORMATS
async def test_submit_batch_token_then_id(sandbox: Sandbox, fmt: str) -> None:
    client = sandbox.client(fmt)
    result = await client.submit(
        ServiceRequest(service_code="MISSED_BIN", description="Green bin missed", address_string="4 Elm Road")
    )
    assert result.service_request_id is None and result.token
    assert await client.request_id_from_token(result.token) is None
    await asyncio.sleep(TOKEN_DELAY + 0.1)
    request_id = await client.request_id_from_token(result.token)
    assert request_id
    (status,) = await client.requests([request_id])
    assert status.address == "4 Elm Road" and status.service_code == "MISSED_BIN"


async def test_unknown_token_is_permanent(sandbox: Sandbox) -> None:
    with pytest.raises(PermanentError) as info:
        await sandbox.client("json").request_id_from_token("no-such-token")
    assert info.value.code == 404


@FORMATS
async def test_status_change_by_staff_is_seen(sandbox: Sandbox, fmt: str) -> None:
    client = sandbox.client(fmt)
    first = await client.submit(
        ServiceRequest("GRAFFITI", "Tag on the bridge", address_string="Canal bridge")
    )
    second = await client.submit(ServiceRequest("STREETLIGHT", "Lamp out", lat=51.5, long=-0.1))
    assert first.service_request_id and second.service_request_id
    url = f"{sandbox.base_url}staff/api/requests/{first.service_request_id}"
    async with sandbox.session.post(url, json={"status": "closed", "status_notes": "Removed"}) as response:
        assert response.status == 200
    statuses = {s.service_request_id: s for s in await client.requests([first.service_request_id, "404404"])}
    assert set(statuses) == {first.service_request_id}
    closed = statuses[first.service_request_id]
    assert (closed.status, closed.status_notes) == ("closed", "Removed")
    assert closed.updated_datetime is not None and closed.requested_datetime is not None
    assert closed.updated_datetime >= closed.requested_datetime
    both = await client.requests([first.service_request_id, second.service_request_id])
    assert sorted(s.status for s in both) == ["closed", "open"]


async def test_requests_with_no_ids_makes_no_call(sandbox: Sandbox) -> None:
    client = Open311Client(sandbox.session, "http://127.0.0.1:9/")  # nothing listens on port 9
    assert await client.requests([]) == []


async def test_requests_are_chunked(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    import dispatcher.client as module

    monkeypatch.setattr(module, "IDS_PER_QUERY", 2)
    client = sandbox.client("json")
    ids = []
    for n in range(5):
        result = await client.submit(ServiceRequest("LITTER", f"litter {n}", address_string=f"{n} Park Lane"))
        assert result.service_request_id
        ids.append(result.service_request_id)
    statuses = await client.requests([*ids, ids[0]])
    assert sorted(s.service_request_id for s in statuses) == sorted(ids)


@FORMATS
async def test_attributes_single_and_multi(sandbox: Sandbox, fmt: str) -> None:
    client = sandbox.client(fmt)
    result = await client.submit(
        ServiceRequest(
            "ABANDONED_VEHICLE",
            "White van, not moved for a month",
            address_string="Mill Lane car park",
            attributes={
                "VEHICLE_TYPE": "van",
                "CONDITION": ["untaxed", "flat_tyres"],
                "REGISTRATION": "AB12 CDE",
            },
        )
    )
    assert result.service_request_id
    async with sandbox.session.get(f"{sandbox.base_url}staff/api/requests") as response:
        (stored,) = await response.json()
    assert stored["attributes"] == {
        "VEHICLE_TYPE": ["van"],
        "CONDITION": ["untaxed", "flat_tyres"],
        "REGISTRATION": ["AB12 CDE"],
    }


@FORMATS
async def test_missing_required_attribute_is_citizen_input(sandbox: Sandbox, fmt: str) -> None:
    with pytest.raises(CitizenInputError) as info:
        await sandbox.client(fmt).submit(ServiceRequest("ABANDONED_VEHICLE", "Old car", lat=51.5, long=0.1))
    assert "VEHICLE_TYPE" in info.value.message and info.value.code == 400


async def test_bad_attribute_value_is_citizen_input(sandbox: Sandbox) -> None:
    request = ServiceRequest("ABANDONED_VEHICLE", "x", lat=51.5, long=0.1, attributes={"VEHICLE_TYPE": "ufo"})
    with pytest.raises(CitizenInputError):
        await sandbox.client("json").submit(request)


async def test_missing_location_is_refused_before_sending(sandbox: Sandbox) -> None:
    client = sandbox.client("json")
    with pytest.raises(CitizenInputError):
        await client.submit(ServiceRequest("POTHOLE", "somewhere"))
    with pytest.raises(CitizenInputError):
        await client.submit(ServiceRequest("POTHOLE", "half a point", lat=51.5))
    async with sandbox.session.get(f"{sandbox.base_url}staff/api/requests") as response:
        assert await response.json() == []


@FORMATS
async def test_wrong_api_key_is_permanent_and_secret(
    sandbox: Sandbox, fmt: str, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "wrong-key-do-not-print"
    caplog.set_level(logging.DEBUG)
    with pytest.raises(PermanentError) as info:
        await sandbox.client(fmt, api_key=secret).submit(ServiceRequest("POTHOLE", "x", lat=51.5, long=0.1))
    assert info.value.code == 403 and not isinstance(info.value, CitizenInputError)
    assert "api_key" in info.value.message
    assert secret not in str(info.value) and secret not in repr(info.value)
    assert secret not in caplog.text


async def test_unknown_service_is_permanent(sandbox: Sandbox) -> None:
    with pytest.raises(PermanentError) as info:
        await sandbox.client("xml").submit(ServiceRequest("UNICORN", "x", lat=51.5, long=0.1))
    assert info.value.code == 404 and not isinstance(info.value, CitizenInputError)


async def test_wrong_jurisdiction_is_permanent(sandbox: Sandbox) -> None:
    client = sandbox.client("json", jurisdiction_id="elsewhere.gov")
    with pytest.raises(PermanentError) as info:
        await client.services()
    assert info.value.code == 404
    with pytest.raises(PermanentError) as info:
        await client.submit(ServiceRequest("POTHOLE", "x", lat=51.5, long=0.1))
    assert not isinstance(info.value, CitizenInputError)
