"""Open311Client parsing and error classification against real city responses.

The bodies come from /work/shared/data/open311 (see its README.md); a tiny aiohttp server in the test
serves them byte for byte over a real socket. Tests that need that folder skip when it is absent.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qsl

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from dispatcher.client import Open311Client, ServiceRequest
from dispatcher.errors import CitizenInputError, PermanentError, RetryableError

DATA = Path(
    os.environ.get("RELAY311_OPEN311_DATA", Path(__file__).resolve().parents[2] / "shared/data/open311")
)
XML = "text/xml; charset=utf-8"
JSON = "application/json; charset=utf-8"
HTML_PAGE = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<services><service><service_code>&lol3;</service_code></service></services>"""


def fixture(*parts: str) -> bytes:
    path = DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"Open311 sample data not available: {path}")
    return path.read_bytes()


@dataclass
class Canned:
    status: int
    body: bytes
    content_type: str = XML
    delay: float = 0.0
    drop: bool = False  # close the connection instead of answering


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, str]
    body: bytes


@dataclass
class FakeCity:
    base_url: str
    session: aiohttp.ClientSession
    routes: dict[tuple[str, str], Canned] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)

    def serve(self, method: str, path: str, canned: Canned) -> None:
        self.routes[(method, path)] = canned

    def client(
        self, fmt: str = "xml", *, api_key: str | None = None, jurisdiction_id: str | None = None
    ) -> Open311Client:
        return Open311Client(
            self.session,
            self.base_url,
            format="xml" if fmt == "xml" else "json",
            timeout=2.0,
            api_key=api_key,
            jurisdiction_id=jurisdiction_id,
        )


@pytest.fixture
async def city() -> AsyncIterator[FakeCity]:
    holder: list[FakeCity] = []

    async def handle(request: web.Request) -> web.StreamResponse:
        fake = holder[0]
        fake.seen.append(Seen(request.method, request.path, dict(request.query), await request.read()))
        canned = fake.routes.get((request.method, request.path))
        if canned is None:
            return web.Response(status=418, text="no canned answer for this path")
        if canned.delay:
            await asyncio.sleep(canned.delay)
        if canned.drop:
            assert request.transport is not None
            request.transport.close()
            raise ConnectionResetError("dropped on purpose")
        return web.Response(
            status=canned.status, body=canned.body, headers={"Content-Type": canned.content_type}
        )

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    server = TestServer(app)
    await server.start_server()
    async with aiohttp.ClientSession() as session:
        fake = FakeCity(str(server.make_url("/open311/v2")), session)
        holder.append(fake)
        yield fake
    await server.close()


PATH = "/open311/v2"
POTHOLE = ServiceRequest("S0301", "Pothole outside no. 12", lat=38.9, long=-77.03)


# --- parsing real responses -------------------------------------------------------------------------


async def test_washington_dc_services_xml(city: FakeCity) -> None:
    city.serve("GET", f"{PATH}/services.xml", Canned(200, fixture("washington-dc", "services.xml")))
    services = await city.client("xml", jurisdiction_id="dc.gov").services()
    assert len(services) == 86
    assert all(s.metadata for s in services)
    assert all(s.type == "realtime" for s in services)
    by_code = {s.code: s for s in services}
    assert "S0301" in by_code and "CSRREPIS" in by_code
    assert by_code["S0003"].name == "Abandoned Vehicle - On Private Property"
    assert "Abandoned" in by_code["S0003"].keywords
    assert by_code["S0003"].group == "Prkg Svcs - Abandoned Vehicle Operations - Private"
    assert not any("<br" in s.description or "&lt;" in s.description for s in services)
    assert "\n" in by_code["S0003"].description  # the escaped <br> became a line break
    assert city.seen[0].query == {"jurisdiction_id": "dc.gov"}


async def test_washington_dc_definition_sorted_by_order(city: FakeCity) -> None:
    city.serve(
        "GET", f"{PATH}/services/S0301.xml", Canned(200, fixture("washington-dc", "service-def-S0301.xml"))
    )
    definition = await city.client().service_definition("S0301")
    assert definition.service_code == "S0301"
    orders = [a.order for a in definition.attributes]
    assert orders == sorted(orders) and orders[0] == 1 and orders[-1] == 9
    first = definition.attributes[0]
    assert (first.code, first.required, first.variable, first.datatype) == (
        "WHISPOLO",
        True,
        True,
        "singlevaluelist",
    )
    assert first.values == (("ALLEY002", "Alley"), ("STREE001", "Street"))
    notices = [a for a in definition.attributes if not a.variable]
    assert {a.code for a in notices} >= {"DSITR001", "NOTE001"}
    assert all(a.values == () for a in notices)
    hazard = next(a for a in definition.attributes if a.code == "ISITHAZA")
    assert hazard.datatype_description == "Optional List of Values" and not hazard.required


async def test_definition_without_attributes_wrapper(city: FakeCity) -> None:
    body = fixture("spec-examples", "service-def-DMV66-no-attributes-wrapper.xml")
    city.serve("GET", f"{PATH}/services/DMV66.xml", Canned(200, body))
    definition = await city.client().service_definition("DMV66")
    (attribute,) = definition.attributes
    assert attribute.code == "WHISHETN" and attribute.required
    assert attribute.values == (("123", "Ford"), ("124", "Chrysler"))


async def test_bloomington_services_and_definition_json(city: FakeCity) -> None:
    city.serve("GET", f"{PATH}/services.json", Canned(200, fixture("bloomington", "services.json"), JSON))
    body = fixture("bloomington", "service-def-69.json")
    city.serve("GET", f"{PATH}/services/69.json", Canned(200, body, JSON))
    client = city.client("json")
    services = await client.services()
    assert len(services) == 63
    assert sum(s.metadata for s in services) == 14
    assert all(s.keywords == () for s in services)
    assert {s.code for s in services} >= {"26", "37", "69"}
    definition = await client.service_definition("69")
    (issue,) = definition.attributes
    assert issue.code == "issue" and issue.required is False and issue.datatype == "singlevaluelist"
    assert ("Private Light", "Private Light") in issue.values


async def test_san_francisco_services_with_namespaces(city: FakeCity) -> None:
    city.serve("GET", f"{PATH}/services.xml", Canned(200, fixture("san-francisco", "services.xml")))
    services = await city.client().services()
    assert len(services) == 38
    assert any(s.code == "001" for s in services)  # leading zeros kept
    assert not any(s.metadata for s in services)


async def test_giessen_services_utf8_without_group(city: FakeCity) -> None:
    city.serve("GET", f"{PATH}/services.xml", Canned(200, fixture("giessen", "services.xml")))
    services = await city.client().services()
    assert len(services) == 8
    assert "Straßen- und Gehwegschäden" in {s.name for s in services}
    assert all(s.group == "" for s in services)


async def test_san_francisco_requests_xml(city: FakeCity) -> None:
    city.serve("GET", f"{PATH}/requests.xml", Canned(200, fixture("san-francisco", "requests.xml")))
    statuses = await city.client().requests(["1129806", "1129792"])
    assert city.seen[0].query["service_request_id"] == "1129806,1129792"
    assert len(statuses) == 56
    assert sum(s.status == "open" for s in statuses) == 52
    assert sum(s.status == "closed" for s in statuses) == 4
    first = statuses[0]
    assert first.service_request_id == "1129806"
    assert first.requested_datetime == datetime(2012, 5, 22, 23, 57, 23, 970000)  # no timezone given
    assert first.updated_datetime is None  # xsi:nil
    assert (first.lat, first.long) == (None, None)  # 0.0, 0.0
    assert first.address == "SAN FRANCISCO , CA"
    dumping = next(s for s in statuses if s.service_request_id == "1129792")
    assert dumping.service_name == "Illegal_Dumping" and dumping.service_code == "015"
    assert (dumping.lat, dumping.long) == (37.77944, -122.404434)
    assert dumping.address == "INTERSECTION of FALMOUTH ST and FOLSOM ST"


async def test_toronto_requests_xml(city: FakeCity) -> None:
    city.serve("GET", f"{PATH}/requests.xml", Canned(200, fixture("toronto", "requests.xml")))
    statuses = await city.client().requests(["101005420892", "101005420894"])
    assert [s.service_request_id for s in statuses] == ["101005420892", "101005420894"]
    first = statuses[0]
    assert first.status == "open"
    assert first.status_notes == "In progress - The request has been scheduled."
    assert first.updated_datetime is None and first.description == "" and first.media_url == ""
    assert (first.lat, first.long) == (43.691104288, -79.272306875)  # <long> comes before <lat>
    assert first.requested_datetime is not None
    assert first.requested_datetime.utcoffset() == timedelta(hours=-4)
    assert first.agency_responsible == "311 Toronto" and first.service_code == "CSROWR-12"


async def test_single_request_is_still_a_list(city: FakeCity) -> None:
    body = fixture("toronto", "request-101005420892.xml")
    city.serve("GET", f"{PATH}/requests.xml", Canned(200, body))
    (status,) = await city.client().requests(["101005420892"])
    assert status.address == "Warden Ave / Freeman St, Scarborough"


async def test_empty_request_list(city: FakeCity) -> None:
    city.serve("GET", f"{PATH}/requests.xml", Canned(200, fixture("spec-examples", "requests-empty.xml")))
    assert await city.client().requests(["1"]) == []


async def test_chicago_requests_json(city: FakeCity) -> None:
    city.serve("GET", f"{PATH}/requests.json", Canned(200, fixture("chicago", "requests.json"), JSON))
    first, second = await city.client("json").requests(["14-01100669", "14-01100627"])
    assert first.service_request_id == "14-01100669" and first.status_notes == "" and first.description == ""
    assert second.status_notes == "Locked"
    assert first.lat == pytest.approx(41.858724777757864)
    assert first.updated_datetime is not None and first.updated_datetime.tzinfo is not None


async def test_bloomington_2012_requests_with_null_and_zero_positions(city: FakeCity) -> None:
    body = fixture("bloomington", "2012", "requests.json")
    city.serve("GET", f"{PATH}/requests.json", Canned(200, body, JSON))
    statuses = await city.client("json").requests(["x"])
    assert len(statuses) == 21
    assert sum(s.status == "closed" for s in statuses) == 3
    assert sum(s.lat is None for s in statuses) == 8  # 2 null + 6 at (0, 0)
    assert statuses[0].address == "" and "\r\n" in statuses[0].description


async def test_spec_requests_numeric_looking_fields_stay_strings(city: FakeCity) -> None:
    city.serve("GET", f"{PATH}/requests.xml", Canned(200, fixture("spec-examples", "requests.xml")))
    closed, opened = await city.client().requests(["638344", "638349"])
    assert (closed.status, closed.status_notes) == ("closed", "Duplicate request.")
    assert closed.service_code == "006"
    assert closed.media_url.endswith("638344.rss")  # trailing space removed
    assert opened.status == "open" and opened.status_notes == ""


async def test_boston_post_answer_with_token(city: FakeCity) -> None:
    body = fixture("boston-legacy", "post-request-token.xml")
    city.serve("POST", f"{PATH}/requests.xml", Canned(200, body))
    result = await city.client(api_key="k").submit(POTHOLE)
    assert result.service_request_id is None
    assert result.token == "503fc045901932078800163c"


async def test_spec_post_answer_with_id_and_notice(city: FakeCity) -> None:
    city.serve("POST", f"{PATH}/requests.xml", Canned(200, fixture("spec-examples", "post-request.xml")))
    result = await city.client(api_key="k").submit(POTHOLE)
    assert result.service_request_id == "293944" and result.token is None
    assert result.service_notice.startswith("The City will inspect")
    assert result.account_id is None


async def test_token_answer(city: FakeCity) -> None:
    city.serve("GET", f"{PATH}/tokens/12345.xml", Canned(200, fixture("spec-examples", "token-12345.xml")))
    assert await city.client().request_id_from_token("12345") == "638344"


async def test_pending_token_answers_none(city: FakeCity) -> None:
    city.serve(
        "GET", f"{PATH}/tokens/abc.json", Canned(200, b'[{"token": "abc", "service_request_id": null}]', JSON)
    )
    city.serve("GET", f"{PATH}/tokens/def.json", Canned(200, b"[]", JSON))
    assert await city.client("json").request_id_from_token("abc") is None
    assert await city.client("json").request_id_from_token("def") is None


async def test_numeric_json_ids_become_strings(city: FakeCity) -> None:
    body = b'[{"service_request_id": 638344, "service_notice": null, "account_id": null}]'
    city.serve("POST", f"{PATH}/requests.json", Canned(200, body, JSON))
    result = await city.client("json", api_key="k").submit(POTHOLE)
    assert result.service_request_id == "638344" and result.service_notice == ""


# --- what goes over the wire ------------------------------------------------------------------------


async def test_post_is_form_encoded_with_key_in_body(city: FakeCity) -> None:
    city.serve("POST", f"{PATH}/requests.json", Canned(200, b'[{"service_request_id": "1"}]', JSON))
    request = ServiceRequest(
        "ABANDONED_VEHICLE",
        "Van on Mill Lane",
        lat=51.5,
        long=-0.25,
        address_string="Mill Lane",
        attributes={"VEHICLE_TYPE": "van", "CONDITION": ("untaxed", "flat_tyres")},
        email="a@example.org",
        first_name="Ada",
    )
    await city.client("json", api_key="k e y&=", jurisdiction_id="demo.town").submit(request)
    (seen,) = city.seen
    assert seen.query == {}  # nothing in the URL, the key included
    pairs = parse_qsl(seen.body.decode("utf-8"))
    assert ("api_key", "k e y&=") in pairs and ("jurisdiction_id", "demo.town") in pairs
    assert ("service_code", "ABANDONED_VEHICLE") in pairs
    assert ("lat", "51.5") in pairs and ("long", "-0.25") in pairs
    assert ("attribute[VEHICLE_TYPE]", "van") in pairs
    assert [v for k, v in pairs if k == "attribute[CONDITION][]"] == ["untaxed", "flat_tyres"]
    assert ("email", "a@example.org") in pairs and ("first_name", "Ada") in pairs
    assert not any(k in {"last_name", "phone", "media_url"} for k, _ in pairs)  # unset fields are not sent


async def test_gets_carry_no_api_key(city: FakeCity) -> None:
    city.serve("GET", f"{PATH}/services.json", Canned(200, b"[]", JSON))
    await city.client("json", api_key="secret", jurisdiction_id="demo.town").services()
    assert city.seen[0].query == {"jurisdiction_id": "demo.town"}


# --- error classification ---------------------------------------------------------------------------


async def test_boston_duplicate_error_is_permanent(city: FakeCity) -> None:
    body = fixture("boston-legacy", "error-400-post-request-duplicate.xml")
    city.serve("POST", f"{PATH}/requests.xml", Canned(400, body))
    with pytest.raises(PermanentError) as info:
        await city.client(api_key="k").submit(POTHOLE)
    assert not isinstance(info.value, CitizenInputError)
    assert info.value.code == 400 and "duplicate" in info.value.message


async def test_spec_404_error(city: FakeCity) -> None:
    body = fixture("spec-examples", "error-404-request-not-found.xml")
    city.serve("GET", f"{PATH}/tokens/not-an-id.xml", Canned(404, body))
    with pytest.raises(PermanentError) as info:
        await city.client().request_id_from_token("not-an-id")
    assert info.value.code == 404 and "not found" in info.value.message


async def test_nonspec_403_body_is_still_classified(city: FakeCity) -> None:
    city.serve("POST", f"{PATH}/requests.xml", Canned(403, fixture("spec-examples", "error-403-nonspec.xml")))
    with pytest.raises(PermanentError) as info:
        await city.client(api_key="k").submit(POTHOLE)
    assert info.value.code == 403 and "api_key" in info.value.message
    assert not isinstance(info.value, CitizenInputError)


@pytest.mark.parametrize(
    ("description", "citizen"),
    [
        ("Location is outside the city limits", True),
        ("lat and long are required", True),
        ("attribute[WHISPOLO] is required", True),
        ("Invalid address_string", True),
        ("api_key is required", False),
        ("jurisdiction_id was not provided", False),
        ("service_code was not provided", False),
        ("General service error: CRM is down", False),
    ],
)
async def test_400_citizen_or_permanent(city: FakeCity, description: str, citizen: bool) -> None:
    body = f'[{{"code": 400, "description": "{description}"}}]'.encode()
    city.serve("POST", f"{PATH}/requests.json", Canned(400, body, JSON))
    with pytest.raises(PermanentError) as info:
        await city.client("json", api_key="k").submit(POTHOLE)
    assert isinstance(info.value, CitizenInputError) is citizen
    assert description in info.value.message


async def test_error_body_code_is_kept(city: FakeCity) -> None:
    body = (
        b"<errors><error><code>1042</code><description>Address not in our area</description></error></errors>"
    )
    city.serve("POST", f"{PATH}/requests.xml", Canned(400, body))
    with pytest.raises(CitizenInputError) as info:
        await city.client(api_key="k").submit(POTHOLE)
    assert info.value.code == 1042


@pytest.mark.parametrize("status", [401, 403])
async def test_auth_statuses_are_permanent(city: FakeCity, status: int) -> None:
    city.serve("POST", f"{PATH}/requests.json", Canned(status, b"Unauthorized", "text/plain"))
    with pytest.raises(PermanentError) as info:
        await city.client("json", api_key="k").submit(POTHOLE)
    assert info.value.code == status


@pytest.mark.parametrize(("method", "sent"), [("GET", False), ("POST", True)])
async def test_503_is_retryable(city: FakeCity, method: str, sent: bool) -> None:
    city.serve(method, f"{PATH}/requests.json", Canned(503, b"Service Unavailable", "text/plain"))
    client = city.client("json", api_key="k")
    with pytest.raises(RetryableError) as info:
        await (client.submit(POTHOLE) if method == "POST" else client.requests(["1"]))
    assert info.value.code == 503 and info.value.sent is sent


async def test_html_error_page_is_retryable_with_clear_message(city: FakeCity) -> None:
    city.serve("POST", f"{PATH}/requests.json", Canned(502, HTML_PAGE, "text/html"))
    with pytest.raises(RetryableError) as info:
        await city.client("json", api_key="k").submit(POTHOLE)
    assert info.value.sent is True and info.value.code == 502
    assert "HTML page" in info.value.message and "nginx" not in info.value.message


async def test_html_page_with_200_is_permanent_for_get(city: FakeCity) -> None:
    city.serve("GET", f"{PATH}/services.json", Canned(200, HTML_PAGE, "text/html"))
    with pytest.raises(PermanentError) as info:
        await city.client("json").services()
    assert "HTML page" in info.value.message


async def test_garbled_200_after_post_is_ambiguous(city: FakeCity) -> None:
    city.serve("POST", f"{PATH}/requests.json", Canned(200, b'[{"service_request_id": "12', JSON))
    with pytest.raises(RetryableError) as info:
        await city.client("json", api_key="k").submit(POTHOLE)
    assert info.value.sent is True and "invalid JSON" in info.value.message


@pytest.mark.parametrize("status", [200, 400])
async def test_invalid_json_get(city: FakeCity, status: int) -> None:
    city.serve("GET", f"{PATH}/services.json", Canned(status, b"{'services': nope", JSON))
    with pytest.raises(PermanentError) as info:
        await city.client("json").services()
    assert "invalid JSON" in info.value.message and not isinstance(info.value, CitizenInputError)


async def test_error_document_sent_with_200(city: FakeCity) -> None:
    body = b'[{"code": 400, "description": "The location is outside the service area"}]'
    city.serve("POST", f"{PATH}/requests.json", Canned(200, body, JSON))
    with pytest.raises(CitizenInputError) as info:
        await city.client("json", api_key="k").submit(POTHOLE)
    assert "outside the service area" in info.value.message and "HTTP 200" in info.value.message
    city.serve(
        "GET",
        f"{PATH}/services.xml",
        Canned(200, fixture("spec-examples", "error-404-request-not-found.xml")),
    )
    with pytest.raises(PermanentError) as permanent:
        await city.client().services()
    assert permanent.value.code == 404 and not isinstance(permanent.value, CitizenInputError)


async def test_wrong_json_structure_is_permanent(city: FakeCity) -> None:
    city.serve("GET", f"{PATH}/requests.json", Canned(200, b'"ok"', JSON))
    with pytest.raises(PermanentError):
        await city.client("json").requests(["1"])


async def test_xml_entity_bomb_is_refused(city: FakeCity) -> None:
    city.serve("GET", f"{PATH}/services.xml", Canned(200, BILLION_LAUGHS))
    with pytest.raises(PermanentError) as info:
        await city.client().services()
    assert "invalid XML" in info.value.message


async def test_429_is_retryable_and_not_sent(city: FakeCity) -> None:
    city.serve("POST", f"{PATH}/requests.json", Canned(429, b"slow down", "text/plain"))
    with pytest.raises(RetryableError) as info:
        await city.client("json", api_key="k").submit(POTHOLE)
    assert info.value.code == 429 and info.value.sent is False


async def test_redirected_post_is_not_followed(city: FakeCity) -> None:
    city.serve("POST", f"{PATH}/requests.json", Canned(302, b"", "text/plain"))
    with pytest.raises(PermanentError) as info:
        await city.client("json", api_key="k").submit(POTHOLE)
    assert info.value.code == 302 and len(city.seen) == 1


@pytest.mark.parametrize(("method", "sent"), [("GET", False), ("POST", True)])
async def test_timeout_is_retryable(city: FakeCity, method: str, sent: bool) -> None:
    city.serve(method, f"{PATH}/requests.json", Canned(200, b"[]", JSON, delay=1.0))
    client = Open311Client(city.session, city.base_url, api_key="k", timeout=0.2)
    with pytest.raises(RetryableError) as info:
        await (client.submit(POTHOLE) if method == "POST" else client.requests(["1"]))
    assert info.value.sent is sent and "0.2" in info.value.message


async def test_dropped_connection_after_post_may_have_been_sent(city: FakeCity) -> None:
    city.serve("POST", f"{PATH}/requests.json", Canned(200, b"", JSON, drop=True))
    with pytest.raises(RetryableError) as info:
        await city.client("json", api_key="k").submit(POTHOLE)
    assert info.value.sent is True


async def test_connection_refused_is_retryable_and_not_sent() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with aiohttp.ClientSession() as session:
        client = Open311Client(session, f"http://127.0.0.1:{port}/v2", api_key="k", timeout=2)
        with pytest.raises(RetryableError) as info:
            await client.submit(POTHOLE)
    assert info.value.sent is False


async def test_api_key_is_scrubbed_from_errors_and_logs(
    city: FakeCity, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "KEY-8c1f0b"
    body = f'[{{"code": 403, "description": "api_key {secret} is not valid for this jurisdiction"}}]'.encode()
    city.serve("POST", f"{PATH}/requests.json", Canned(403, body, JSON))
    caplog.set_level(logging.DEBUG)
    with pytest.raises(PermanentError) as info:
        await city.client("json", api_key=secret).submit(POTHOLE)
    assert "is not valid" in info.value.message
    assert secret not in info.value.message and secret not in str(info.value)
    assert secret not in caplog.text
    assert secret not in repr(city.client("json", api_key=secret))
