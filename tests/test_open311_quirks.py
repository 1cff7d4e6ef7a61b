"""Quirks beyond the basic client: mySociety updates, discovery, format negotiation, date styles.

Real bodies from ../shared/data/open311 are served byte for byte over a socket (see
test_open311_client_fixtures.py); the sandbox's profiles imitate the rest.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dispatcher.client import Open311Client, ServiceRequest
from dispatcher.errors import PermanentError, RetryableError
from dispatcher.sandbox import Profile
from tests.dispatchkit import sandbox
from tests.test_open311_client_fixtures import JSON, PATH, Canned, FakeCity, city, fixture

__all__ = ["city"]  # the fixture, re-used

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)


# --- mySociety servicerequestupdates -----------------------------------------------------------------


async def test_open311_adapter_updates(city: FakeCity) -> None:
    body = fixture("mysociety", "servicerequestupdates.xml")
    city.serve("GET", f"{PATH}/servicerequestupdates.xml", Canned(200, body))
    updates = await city.client().service_request_updates(NOW - timedelta(days=1), NOW)
    assert [(u.update_id, u.service_request_id, u.status) for u in updates] == [
        ("2001_3", "2001", "in_progress"),
        ("2002_1", "2002", "in_progress"),
        ("2002_2", "2002", "duplicate"),
    ]
    assert updates[2].external_status_code == "DUP" and updates[2].description == ""
    assert updates[0].updated_datetime == datetime(2018, 3, 1, 12, tzinfo=UTC)
    query = city.seen[0].query
    assert query["start_date"] == "2026-11-26T10:00:00+00:00" and query["end_date"].endswith("+00:00")


async def test_fixmystreet_root_spelling_and_order(city: FakeCity) -> None:
    body = fixture("mysociety", "servicerequestupdates-fms-client-test.xml")
    city.serve("GET", f"{PATH}/servicerequestupdates.xml", Canned(200, body))
    updates = await city.client().service_request_updates(NOW, NOW)
    assert [(u.update_id, u.external_status_code, u.description) for u in updates] == [
        ("638344", "060", "This is a note"),
        ("638354", "101", "This is a different note"),
    ]
    assert updates[0].updated_datetime is not None and updates[0].updated_datetime.utcoffset() == timedelta(
        hours=1
    )


async def test_basic_updates_with_z_times(city: FakeCity) -> None:
    body = fixture("mysociety", "servicerequestupdates-basic.xml")
    city.serve("GET", f"{PATH}/servicerequestupdates.xml", Canned(200, body))
    first, second = await city.client().service_request_updates(NOW, NOW)
    assert (first.status, first.description, first.updated_datetime) == (
        "closed",
        "Fixed",
        datetime(2014, 1, 1, 13, tzinfo=UTC),
    )
    assert second.service_request_id == "1"


# --- discovery -----------------------------------------------------------------------------------------


async def test_dc_discovery_is_xml_only_and_honoured(city: FakeCity) -> None:
    """DC lists only text/xml: a negotiating client goes straight to XML, never trying JSON."""
    body = fixture("washington-dc", "discovery.xml").replace(
        b"http://app.311.dc.gov/cwi/Open311/v2", city.base_url.encode()
    )
    city.serve("GET", f"{PATH}/discovery.json", Canned(404, b"Not Found", "text/plain"))
    city.serve("GET", f"{PATH}/discovery.xml", Canned(200, body))
    city.serve("GET", f"{PATH}/services.xml", Canned(200, fixture("washington-dc", "services.xml")))
    remembered: list[str] = []
    client = Open311Client(
        city.session, city.base_url, format="auto", jurisdiction_id="dc.gov", on_format=remembered.append
    )
    assert await client.negotiate() == "xml"
    assert remembered == ["xml"]
    assert len(await client.services()) == 86
    assert [s.path.rsplit("/", 1)[-1] for s in city.seen] == [
        "discovery.json",
        "discovery.xml",
        "services.xml",
    ]


async def test_boston_discovery_with_non_iso_changeset(city: FakeCity) -> None:
    body = fixture("boston-legacy", "discovery.json")
    city.serve("GET", f"{PATH}/discovery.json", Canned(404, b"", "text/plain"))
    city.serve("GET", f"{PATH}/discovery.xml", Canned(404, b"", "text/plain"))
    city.serve("GET", "/open311/discovery.json", Canned(200, body, JSON))  # one level up
    discovery = await city.client("json").discovery()
    assert discovery.changeset == "2011-09-1 17:35"
    assert [e.type for e in discovery.endpoints] == ["production", "test"]
    assert discovery.formats_for("https://mayors24.cityofboston.gov/open311/v2/") == ("xml", "json")
    assert discovery.formats_for("https://elsewhere.example/v2") == ()


# --- format negotiation against the sandbox --------------------------------------------------------------


async def test_xml_only_server_is_negotiated_and_remembered(tmp_path: Path) -> None:
    async with sandbox(tmp_path, Profile.parse("xml-only")) as box:
        remembered: list[str] = []
        client = box.client("auto", on_format=remembered.append)
        result = await client.submit(ServiceRequest("POTHOLE", "hole", lat=52.2, long=0.12))
        assert result.service_request_id
        assert client.format == "xml" and remembered == ["xml"]
        await client.services()
        assert remembered == ["xml"]  # told once
        assert len(await box.staff()) == 1  # one POST, never a trial POST


async def test_json_server_negotiates_json(tmp_path: Path) -> None:
    async with sandbox(tmp_path) as box:
        client = box.client("auto")
        assert await client.negotiate() == "json"


async def test_negotiation_keeps_the_json_error_when_both_fail(tmp_path: Path) -> None:
    async with sandbox(tmp_path) as box:
        client = box.client("auto")
        with pytest.raises(PermanentError, match="NOPE"):
            await client.service_definition("NOPE")
        assert client.format == "auto"


# --- dates --------------------------------------------------------------------------------------------


async def test_no_tz_server_times_and_z_refused(tmp_path: Path) -> None:
    async with sandbox(tmp_path, Profile.parse("no-tz")) as box:
        client = box.client()
        result = await client.submit(
            ServiceRequest("POTHOLE", "x [relay311 ref R-NOTZ1]", lat=52.2, long=0.12)
        )
        (status,) = await client.requests([result.service_request_id or ""])
        assert status.requested_datetime is not None and status.requested_datetime.tzinfo is None
        now = datetime.now(UTC)
        found = await client.find_by_reference(
            "R-NOTZ1", service_code="POTHOLE", since=now - timedelta(hours=1), until=now + timedelta(hours=1)
        )
        assert found is not None and found.service_request_id == result.service_request_id
        with pytest.raises(PermanentError, match="invalid date"):
            await box.client(date_style="z").find_by_reference(
                "R-NOTZ1", service_code=None, since=now - timedelta(hours=1), until=now
            )
        naive = await box.client(date_style="naive").find_by_reference(
            "R-NOTZ1", service_code=None, since=now - timedelta(hours=1), until=now + timedelta(hours=1)
        )
        assert naive is not None


# --- error pages ----------------------------------------------------------------------------------------


async def test_html_error_pages_are_classified(tmp_path: Path) -> None:
    async with sandbox(tmp_path, Profile.parse("html-errors")) as box:
        with pytest.raises(PermanentError, match="an HTML page"):
            await box.client(api_key="wrong").submit(ServiceRequest("POTHOLE", "x", lat=52.2, long=0.12))
        with pytest.raises(PermanentError, match="HTTP 404"):
            await box.client().service_definition("NOPE")


async def test_flaky_500_is_retryable(tmp_path: Path) -> None:
    async with sandbox(tmp_path, Profile.parse("flaky", rate=1.0, seed=1)) as box:
        with pytest.raises(RetryableError, match="HTTP 500"):
            await box.client().services()


# --- the remaining fixtures ------------------------------------------------------------------------------


async def test_bloomington_2012_minified_objectid_codes(city: FakeCity) -> None:
    city.serve(
        "GET", f"{PATH}/services.json", Canned(200, fixture("bloomington", "2012", "services.json"), JSON)
    )
    services = await city.client("json").services()
    assert len(services) == 46 and sum(s.metadata for s in services) == 11
    assert all(len(s.code) == 24 for s in services)
    assert any(s.group == "Most Popular" for s in services)


async def test_san_francisco_2010_trailing_newlines(city: FakeCity) -> None:
    city.serve("GET", f"{PATH}/services.xml", Canned(200, fixture("san-francisco", "2010", "services.xml")))
    services = await city.client().services()
    assert len(services) == 36
    assert not any(s.description != s.description.strip() for s in services)


async def test_spec_request_trailing_spaces_are_stripped(city: FakeCity) -> None:
    city.serve("GET", f"{PATH}/requests.xml", Canned(200, fixture("spec-examples", "request-638344.xml")))
    (request,) = await city.client().requests(["638344"])
    assert request.service_code == "006" and request.media_url.endswith(".rss")
    assert request.status == "closed" and request.status_notes == "Duplicate request."
    assert request.updated_datetime is not None and request.updated_datetime.utcoffset() == timedelta(
        hours=-8
    )


@pytest.mark.parametrize(
    ("name", "count"), [("node-open311-requests.xml", 2), ("node-open311-request-638344.xml", 1)]
)
async def test_node_open311_copies(city: FakeCity, name: str, count: int) -> None:
    city.serve("GET", f"{PATH}/requests.xml", Canned(200, fixture("spec-examples", name)))
    assert len(await city.client().requests(["638344", "638349"])) == count


async def test_node_open311_token(city: FakeCity) -> None:
    body = fixture("spec-examples", "node-open311-token-12345.xml")
    city.serve("GET", f"{PATH}/tokens/12345.xml", Canned(200, body))
    assert await city.client().request_id_from_token("12345") == "638344"


async def test_open311status_services_json(city: FakeCity) -> None:
    body = fixture("spec-examples", "open311status-services.json")
    city.serve("GET", f"{PATH}/services.json", Canned(200, body, JSON))
    services = await city.client("json").services()
    assert [s.code for s in services] == ["001", "002", "003"]
    assert services[0].keywords == ("lorem", "ipsum", "dolor") and all(s.metadata for s in services)
