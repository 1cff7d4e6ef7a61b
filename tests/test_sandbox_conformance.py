"""The sandbox speaks GeoReport v2: shapes of JSON and XML answers, error bodies and status codes,
api_key and jurisdiction checks, request filters, batch tokens and the staff pages. Real sockets."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import pytest
from aiohttp.test_utils import TestClient, TestServer
from defusedxml import ElementTree as SafeET

from dispatcher.sandbox import create_app

KEY = "test-key"
JURISDICTION = "demo.town"
SPEC_SERVICE_KEYS = {"service_code", "service_name", "description", "metadata", "type", "keywords", "group"}
SPEC_REQUEST_KEYS = {
    "service_request_id",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "service_notice",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "address",
    "address_id",
    "zipcode",
    "lat",
    "long",
    "media_url",
}


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[TestClient[Any, Any]]:
    app = create_app(str(tmp_path / "sandbox.db"), api_key=KEY, jurisdiction_id=JURISDICTION, token_delay=0.3)
    async with TestClient(TestServer(app)) as test_client:
        yield test_client


def xml(body: str) -> Element:
    assert body.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root: Element = SafeET.fromstring(body.encode("utf-8"))
    return root


async def post(client: TestClient[Any, Any], fmt: str = "json", **fields: Any) -> Any:
    form = {"api_key": KEY, "service_code": "POTHOLE", "lat": "51.5", "long": "-0.12", "description": "hole"}
    form.update({k: v for k, v in fields.items() if v is not None})
    for key in [k for k, v in fields.items() if v is None]:
        form.pop(key, None)
    return await client.post(f"/requests.{fmt}", data=form)


async def json_errors(response: Any, status: int) -> list[dict[str, Any]]:
    assert response.status == status
    assert response.headers["Content-Type"].startswith("application/json")
    body = await response.json()
    assert isinstance(body, list) and body
    for error in body:
        assert set(error) == {"code", "description"}
        assert error["description"]
    return body


# --- services and definitions -----------------------------------------------------------------------


async def test_services_json_has_spec_fields_only(client: TestClient[Any, Any]) -> None:
    response = await client.get("/services.json")
    assert response.status == 200
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    services = await response.json()
    assert 14 <= len(services) <= 20
    assert all(set(s) == SPEC_SERVICE_KEYS for s in services)
    codes = [s["service_code"] for s in services]
    assert len(set(codes)) == len(codes)
    by_code = {s["service_code"]: s for s in services}
    assert by_code["POTHOLE"]["type"] == "realtime" and by_code["POTHOLE"]["metadata"] is False
    assert [s["service_code"] for s in services if s["type"] == "batch"] == ["MISSED_BIN"]
    assert [s["service_code"] for s in services if s["metadata"]] == ["ABANDONED_VEHICLE"]
    assert all(isinstance(s["metadata"], bool) and s["keywords"] and s["group"] for s in services)


async def test_services_xml_mirrors_json(client: TestClient[Any, Any]) -> None:
    response = await client.get("/services.xml")
    assert response.headers["Content-Type"] == "text/xml; charset=utf-8"
    root = xml(await response.text())
    assert root.tag == "services"
    items = list(root)
    assert {item.tag for item in items} == {"service"}
    as_json = await (await client.get("/services.json")).json()
    assert [i.findtext("service_code") for i in items] == [s["service_code"] for s in as_json]
    vehicle = next(i for i in items if i.findtext("service_code") == "ABANDONED_VEHICLE")
    assert vehicle.findtext("metadata") == "true"
    assert {child.tag for child in vehicle} == SPEC_SERVICE_KEYS


@pytest.mark.parametrize("fmt", ["json", "xml"])
async def test_definition_has_required_singlevaluelist(client: TestClient[Any, Any], fmt: str) -> None:
    response = await client.get(f"/services/ABANDONED_VEHICLE.{fmt}")
    assert response.status == 200
    if fmt == "json":
        body = await response.json()
        assert body["service_code"] == "ABANDONED_VEHICLE"
        attrs = {a["code"]: a for a in body["attributes"]}
        required = attrs["VEHICLE_TYPE"]
        assert required["required"] is True and required["datatype"] == "singlevaluelist"
        assert {"key": "car", "name": "Car"} in required["values"]
        assert any(a["required"] is False and a["variable"] is True for a in attrs.values())
    else:
        root = xml(await response.text())
        assert root.tag == "service_definition" and root.findtext("service_code") == "ABANDONED_VEHICLE"
        attributes = root.findall("./attributes/attribute")
        required = next(a for a in attributes if a.findtext("code") == "VEHICLE_TYPE")
        assert required.findtext("required") == "true"
        assert [v.findtext("key") for v in required.findall("./values/value")][:2] == ["car", "van"]
        orders = [int(a.findtext("order") or 0) for a in attributes]
        assert len(set(orders)) == len(orders)


async def test_unknown_definition_is_spec_404(client: TestClient[Any, Any]) -> None:
    errors = await json_errors(await client.get("/services/NOPE.json"), 404)
    assert errors[0]["code"] == 404 and "NOPE" in errors[0]["description"]
    response = await client.get("/services/NOPE.xml")
    assert response.status == 404
    root = xml(await response.text())
    assert root.tag == "errors"
    assert root.findtext("./error/code") == "404"
    assert "NOPE" in (root.findtext("./error/description") or "")


@pytest.mark.parametrize("fmt", ["json", "xml"])
async def test_discovery(client: TestClient[Any, Any], fmt: str) -> None:
    response = await client.get(f"/discovery.{fmt}")
    assert response.status == 200
    base = str(client.make_url("")).rstrip("/")
    if fmt == "json":
        body = await response.json()
        assert {"changeset", "contact", "key_service", "endpoints"} <= set(body)
        endpoint = body["endpoints"][0]
        assert endpoint["url"] == base and endpoint["type"] == "test"
        assert endpoint["specification"] == "http://wiki.open311.org/GeoReport_v2"
        assert set(endpoint["formats"]) == {"text/xml", "application/json"}
    else:
        root = xml(await response.text())
        assert root.findtext("./endpoints/endpoint/url") == base
        assert [f.text for f in root.findall("./endpoints/endpoint/formats/format")] == [
            "text/xml",
            "application/json",
        ]


# --- POST requests ----------------------------------------------------------------------------------


async def test_post_realtime_json_returns_id_not_token(client: TestClient[Any, Any]) -> None:
    response = await post(client)
    assert response.status == 200
    body = await response.json()
    assert len(body) == 1
    assert body[0]["service_request_id"] and "token" not in body[0]
    assert body[0]["service_notice"]


async def test_post_realtime_xml(client: TestClient[Any, Any]) -> None:
    response = await post(client, "xml", lat=None, long=None, address_string="1 High Street")
    assert response.status == 200
    root = xml(await response.text())
    assert root.tag == "service_requests"
    (request,) = root.findall("request")
    assert request.findtext("service_request_id")
    assert request.find("token") is None


async def test_post_batch_returns_token_that_resolves_later(client: TestClient[Any, Any]) -> None:
    response = await post(client, service_code="MISSED_BIN")
    (answer,) = await response.json()
    token = answer["token"]
    assert token and "service_request_id" not in answer

    (pending,) = await (await client.get(f"/tokens/{token}.json")).json()
    assert pending == {"token": token}
    root = xml(await (await client.get(f"/tokens/{token}.xml")).text())
    assert root.findtext("./request/token") == token and root.find("./request/service_request_id") is None
    # not listed while it has no id
    assert await (await client.get("/requests.json")).json() == []

    await asyncio.sleep(0.4)
    (resolved,) = await (await client.get(f"/tokens/{token}.json")).json()
    assert resolved["token"] == token and resolved["service_request_id"]
    listed = await (await client.get("/requests.json")).json()
    assert [r["service_request_id"] for r in listed] == [resolved["service_request_id"]]


async def test_unknown_token_is_404(client: TestClient[Any, Any]) -> None:
    await json_errors(await client.get("/tokens/deadbeef.json"), 404)


@pytest.mark.parametrize(
    ("api_key", "fragment"), [(None, "not provided"), ("wrong", "Invalid api_key"), ("", "not provided")]
)
async def test_api_key_is_checked(client: TestClient[Any, Any], api_key: str | None, fragment: str) -> None:
    errors = await json_errors(await post(client, api_key=api_key), 403)
    assert errors[0]["code"] == 403 and fragment in errors[0]["description"]
    assert await (await client.get("/requests.json")).json() == []


async def test_api_key_error_in_xml(client: TestClient[Any, Any]) -> None:
    response = await post(client, "xml", api_key="wrong")
    assert response.status == 403
    root = xml(await response.text())
    assert root.findtext("./error/code") == "403"
    assert "api_key" in (root.findtext("./error/description") or "")


async def test_unknown_and_missing_service_code(client: TestClient[Any, Any]) -> None:
    errors = await json_errors(await post(client, service_code="UNICORN"), 404)
    assert "UNICORN" in errors[0]["description"]
    errors = await json_errors(await post(client, service_code=None), 400)
    assert "service_code" in errors[0]["description"]


@pytest.mark.parametrize(
    "fields",
    [
        {"lat": None, "long": None},
        {"long": None},
        {"lat": "north", "long": "-0.1"},
        {"lat": "95", "long": "0"},
    ],
)
async def test_location_is_required_and_valid(client: TestClient[Any, Any], fields: dict[str, Any]) -> None:
    errors = await json_errors(await post(client, **fields), 400)
    assert any("lat" in e["description"] or "location" in e["description"] for e in errors)


async def test_address_id_alone_is_a_location(client: TestClient[Any, Any]) -> None:
    response = await post(client, lat=None, long=None, address_id="545483")
    assert response.status == 200


async def test_required_attribute_enforced(client: TestClient[Any, Any]) -> None:
    errors = await json_errors(await post(client, service_code="ABANDONED_VEHICLE"), 400)
    assert errors == [
        {"code": 400, "description": "attribute[VEHICLE_TYPE] is required: What kind of vehicle is it?"}
    ]
    errors = await json_errors(
        await post(client, service_code="ABANDONED_VEHICLE", **{"attribute[VEHICLE_TYPE]": "spaceship"}), 400
    )
    assert "invalid value 'spaceship'" in errors[0]["description"]


async def test_several_errors_are_returned_together(client: TestClient[Any, Any]) -> None:
    errors = await json_errors(await post(client, service_code="ABANDONED_VEHICLE", lat=None, long=None), 400)
    assert len(errors) == 2


async def test_attributes_single_and_multi_are_stored(client: TestClient[Any, Any]) -> None:
    form = [
        ("api_key", KEY),
        ("service_code", "ABANDONED_VEHICLE"),
        ("address_string", "Car park, Mill Lane"),
        ("attribute[VEHICLE_TYPE]", "van"),
        ("attribute[CONDITION][]", "untaxed"),
        ("attribute[CONDITION][]", "flat_tyres"),
        ("attribute[UNKNOWN]", "ignored"),
    ]
    response = await client.post("/requests.json", data=form)
    assert response.status == 200
    (stored,) = await (await client.get("/staff/api/requests")).json()
    assert stored["attributes"] == {"VEHICLE_TYPE": ["van"], "CONDITION": ["untaxed", "flat_tyres"]}
    assert stored["address"] == "Car park, Mill Lane"


async def test_description_limit(client: TestClient[Any, Any]) -> None:
    await json_errors(await post(client, description="x" * 4001), 400)


async def test_jurisdiction_checked_when_given(client: TestClient[Any, Any]) -> None:
    assert (await client.get(f"/services.json?jurisdiction_id={JURISDICTION}")).status == 200
    errors = await json_errors(await client.get("/services.json?jurisdiction_id=elsewhere.gov"), 404)
    assert "elsewhere.gov" in errors[0]["description"]
    await json_errors(await post(client, jurisdiction_id="elsewhere.gov"), 404)
    assert (await post(client, jurisdiction_id=JURISDICTION)).status == 200


# --- GET requests -----------------------------------------------------------------------------------


async def _create(client: TestClient[Any, Any], code: str = "POTHOLE", **fields: Any) -> str:
    (answer,) = await (await post(client, service_code=code, **fields)).json()
    return str(answer["service_request_id"])


async def test_requests_shape_json_and_xml(client: TestClient[Any, Any]) -> None:
    request_id = await _create(client, email="a@example.org")
    (item,) = await (await client.get("/requests.json")).json()
    assert set(item) == SPEC_REQUEST_KEYS  # no email or other private fields
    assert item["service_request_id"] == request_id and item["status"] == "open"
    assert item["lat"] == 51.5 and item["long"] == -0.12
    for key in ("requested_datetime", "updated_datetime"):
        assert datetime.fromisoformat(item[key]).tzinfo is not None
    root = xml(await (await client.get("/requests.xml")).text())
    (request,) = root.findall("request")
    assert {child.tag for child in request} == SPEC_REQUEST_KEYS
    assert request.findtext("status") == "open"


async def test_single_request_is_still_a_list(client: TestClient[Any, Any]) -> None:
    request_id = await _create(client)
    body = await (await client.get(f"/requests/{request_id}.json")).json()
    assert [r["service_request_id"] for r in body] == [request_id]
    root = xml(await (await client.get(f"/requests/{request_id}.xml")).text())
    assert [r.findtext("service_request_id") for r in root.findall("request")] == [request_id]
    errors = await json_errors(await client.get("/requests/999999.json"), 404)
    assert "999999" in errors[0]["description"]


async def test_filters(client: TestClient[Any, Any]) -> None:
    pothole = await _create(client, "POTHOLE")
    graffiti = await _create(client, "GRAFFITI")
    light = await _create(client, "STREETLIGHT")
    closed = await client.post(f"/staff/api/requests/{graffiti}", json={"status": "closed"})
    assert closed.status == 200

    async def ids(query: str) -> list[str]:
        response = await client.get(f"/requests.json?{query}")
        assert response.status == 200, await response.text()
        return sorted(r["service_request_id"] for r in await response.json())

    assert await ids(f"service_request_id={pothole},{light}") == sorted([pothole, light])
    assert await ids("service_code=POTHOLE,STREETLIGHT") == sorted([pothole, light])
    assert await ids("service_code=GRAFFITI&service_code=POTHOLE") == sorted([graffiti, pothole])
    assert await ids("status=closed") == [graffiti]
    assert await ids("status=open") == sorted([pothole, light])
    # service_request_id overrides every other argument
    assert await ids(f"service_request_id={graffiti}&status=open") == [graffiti]

    now = datetime.now(UTC)
    hour = timedelta(hours=1)

    def w3(value: datetime) -> str:
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")

    assert len(await ids(f"start_date={w3(now - hour)}&end_date={w3(now + hour)}")) == 3
    assert await ids(f"start_date={w3(now + hour)}") == []
    assert await ids(f"end_date={w3(now - hour)}") == []
    # an unencoded "+" offset arrives as a space and is still understood
    later = (now + hour).astimezone().strftime("%Y-%m-%dT%H:%M:%S%z")
    assert len(await ids(f"end_date={later}")) == 3


@pytest.mark.parametrize(
    "query",
    [
        "start_date=yesterday",
        "start_date=2026-01-01T00:00:00",  # no timezone
        "start_date=2020-01-01T00:00:00Z&end_date=2020-06-01T00:00:00Z",  # more than 90 days
        "start_date=2020-02-01T00:00:00Z&end_date=2020-01-01T00:00:00Z",
        "status=pending",
    ],
)
async def test_bad_filters_are_400(client: TestClient[Any, Any], query: str) -> None:
    await json_errors(await client.get(f"/requests.json?{query}"), 400)


# --- staff ------------------------------------------------------------------------------------------


async def test_staff_page_lists_requests_with_forms(client: TestClient[Any, Any]) -> None:
    request_id = await _create(client, description="Huge <pothole> & puddle")
    response = await client.get("/staff")
    assert response.status == 200 and response.headers["Content-Type"].startswith("text/html")
    page = await response.text()
    assert f'action="/staff/requests/{request_id}"' in page
    assert "Huge &lt;pothole&gt; &amp; puddle" in page
    assert "<script" not in page


async def test_staff_form_changes_status(client: TestClient[Any, Any]) -> None:
    request_id = await _create(client)
    (before,) = await (await client.get(f"/requests/{request_id}.json")).json()
    await asyncio.sleep(1.05)  # updated_datetime has one-second resolution
    response = await client.post(
        f"/staff/requests/{request_id}",
        data={"status": "closed", "status_notes": "Filled on Tuesday"},
        allow_redirects=False,
    )
    assert response.status == 303 and response.headers["Location"].startswith("/staff")
    (after,) = await (await client.get(f"/requests/{request_id}.json")).json()
    assert after["status"] == "closed" and after["status_notes"] == "Filled on Tuesday"
    assert datetime.fromisoformat(after["updated_datetime"]) > datetime.fromisoformat(
        before["updated_datetime"]
    )
    assert after["requested_datetime"] == before["requested_datetime"]
    page = await (await client.get("/staff?status=closed")).text()
    assert "Filled on Tuesday" in page


async def test_staff_api(client: TestClient[Any, Any]) -> None:
    request_id = await _create(client)
    response = await client.post(
        f"/staff/api/requests/{request_id}", json={"status_notes": "Inspector booked"}
    )
    assert response.status == 200
    body = await response.json()
    assert body["status"] == "open" and body["status_notes"] == "Inspector booked"
    listed = await (await client.get("/staff/api/requests")).json()
    assert [(r["service_request_id"], r["status_notes"]) for r in listed] == [
        (request_id, "Inspector booked")
    ]

    bad = await client.post(f"/staff/api/requests/{request_id}", json={"status": "exploded"})
    assert bad.status == 400 and "status" in (await bad.json())["error"]
    assert (await client.post(f"/staff/api/requests/{request_id}", json={})).status == 400
    assert (await client.post(f"/staff/api/requests/{request_id}", data="not json")).status == 400
    missing = await client.post("/staff/api/requests/424242", json={"status": "closed"})
    assert missing.status == 404


async def test_data_survives_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "persist.db")
    async with TestClient(TestServer(create_app(db, api_key=KEY))) as first:
        request_id = await _create(first)
    async with TestClient(TestServer(create_app(db, api_key=KEY))) as second:
        body = await (await second.get(f"/requests/{request_id}.json")).json()
        assert body[0]["service_request_id"] == request_id
        # ids keep increasing after a restart
        assert int(await _create(second)) > int(request_id)


def test_catalog_json_is_well_formed() -> None:
    path = Path(__file__).resolve().parents[1] / "dispatcher" / "sandbox" / "catalog.json"
    catalog = json.loads(path.read_text("utf-8"))
    for service in catalog["services"]:
        assert SPEC_SERVICE_KEYS <= set(service)
        assert service["type"] in {"realtime", "batch", "blackbox"}
        assert bool(service.get("attributes")) == service["metadata"]
