"""Several councils: configuration, boundaries and routing, the per-endpoint claim, the email message, and
the outbox asking the citizen for attributes when a definition changed after the conversation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import select

from dispatcher.definitions import Definitions
from dispatcher.email_route import EmailRoute, SmtpSettings, build_email
from dispatcher.outbox import Outbox
from nlp import Gazetteer, Service
from relay311.app import load_gazetteer
from relay311.boundaries import BoundaryError, parse_boundary
from relay311.config import ConfigError, parse
from relay311.conversation import Settings, rematch, step
from relay311.councils import load_routes
from relay311.intake import Intake
from relay311.replies import QueuedReplies
from store.inbound import Incoming, store_inbound
from store.models import Contact, Conversation, OutboundMessage, Report, Submission, utcnow
from tests.dispatchkit import Recorded, load, make_due, sandbox, seed
from tests.fake_smtp import FakeSMTP


def square(lat0: float, lon0: float, lat1: float, lon1: float) -> dict[str, Any]:
    ring = [[lon0, lat0], [lon1, lat0], [lon1, lat1], [lon0, lat1], [lon0, lat0]]
    return {"type": "Polygon", "coordinates": [ring]}


WEST = square(52.19, 0.10, 52.21, 0.12)
EAST = square(52.19, 0.12, 52.21, 0.14)
EMAIL = {"to": ["roads@east.example.org"], "from_address": "relay@demo.example.org", "smtp_host": "127.0.0.1"}
SERVICES = [{"service_code": "E_HOLE", "service_name": "Road hole", "keywords": "pothole"}]


def councils_config(**councils: dict[str, Any]) -> dict[str, Any]:
    return {"open311": {"councils": councils}}


def problem(data: dict[str, Any]) -> str:
    with pytest.raises(ConfigError) as caught:
        parse(data, "test.toml")
    return str(caught.value)


def test_the_single_open311_section_is_one_council_covering_everywhere() -> None:
    config = parse({"open311": {"url": "http://127.0.0.1:8311"}}, "test.toml")
    routes = config.routes()
    assert list(routes) == ["council"] and routes["council"].boundary is None
    assert routes["council"].api_key_env == "RELAY311_OPEN311_API_KEY"
    councils = load_routes(config)
    found = councils.route(10.0, 10.0)
    assert found is not None and found.name == "council" and found.title == "Demo Town Council"


def test_council_sections_are_validated_with_clear_errors() -> None:
    assert "give url, or one [open311.councils.NAME]" in problem({"open311": {}})
    both = {"open311": {"url": "http://a.example", "councils": {"a": {"url": "http://a.example"}}}}
    assert "exclude each other" in problem(both)
    assert "either url" in problem(councils_config(a={"boundary": WEST}))
    assert "either url" in problem(councils_config(a={"url": "http://a.example", "email": EMAIL}))
    assert "needs `services`" in problem(councils_config(a={"email": EMAIL, "boundary": WEST}))
    two_everywhere = councils_config(a={"url": "http://a.example"}, b={"url": "http://b.example"})
    assert "only one council may have no boundary" in problem(two_everywhere)
    line = {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}
    assert "Polygon or MultiPolygon" in problem(
        councils_config(a={"url": "http://a.example", "boundary": line})
    )
    assert "council name" in problem(councils_config(**{"North Town": {"url": "http://a.example"}}))
    clear = {**EMAIL, "smtp_host": "smtp.example.org", "smtp_security": "none", "smtp_password_env": "PW"}
    assert "unencrypted" in problem(
        councils_config(a={"email": clear, "services": SERVICES, "boundary": WEST})
    )
    bad_to = {**EMAIL, "to": ["not an address"]}
    assert "not an email address" in problem(
        councils_config(a={"email": bad_to, "services": SERVICES, "boundary": WEST})
    )


def test_boundary_files_are_read_relative_to_the_config_and_checked(tmp_path: Path) -> None:
    (tmp_path / "west.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": WEST}]})
    )
    (tmp_path / "east.json").write_text(
        json.dumps({"type": "MultiPolygon", "coordinates": [EAST["coordinates"]]})
    )
    source = tmp_path / "relay311.toml"
    source.write_text("")
    config = parse(
        councils_config(
            west={"url": "http://w.example", "boundary": "west.geojson", "title": "West Council"},
            east={"email": EMAIL, "services": SERVICES, "boundary": "east.json"},
        ),
        str(source),
    )
    councils = load_routes(config)
    west, east = councils.get("west"), councils.get("east")
    assert west is not None and east is not None and east.emailed and not west.emailed
    assert councils.route(52.20, 0.11) is west and west.title == "West Council"
    assert councils.route(52.20, 0.13) is east and east.title == "east"
    assert councils.route(53.0, 0.11) is None  # outside both: no council without a boundary
    assert east.services is not None and [s.code for s in east.services] == ["E_HOLE"]

    missing = parse(
        councils_config(west={"url": "http://w.example", "boundary": "nowhere.geojson"}), str(source)
    )
    with pytest.raises(ConfigError, match=r"open311\.councils\.west\.boundary: cannot read"):
        load_routes(missing)


def test_a_council_without_boundary_takes_what_the_others_do_not_cover() -> None:
    config = parse(
        councils_config(
            county={"url": "http://county.example"}, city={"url": "http://city.example", "boundary": WEST}
        ),
        "test.toml",
    )
    councils = load_routes(config)
    assert councils.route(52.2, 0.11) is councils.get("city")  # a bounded council first
    assert councils.route(40.0, -3.0) is councils.get("county")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"type": "Polygon", "coordinates": [[[0, 0], [1, 0]]]}, "invalid Polygon"),
        ({"type": "FeatureCollection", "features": []}, "no features"),
        (square(0, 0, 0, 0), "no area"),
        (square(10, 200, 11, 201), "longitude, latitude"),
        ("POLYGON((0 0, 1 0, 1 1, 0 0))", "GeoJSON object"),
    ],
)
def test_unusable_boundaries_are_refused(data: Any, message: str) -> None:
    with pytest.raises(BoundaryError, match=message):
        parse_boundary(data)


async def test_each_outbox_claims_only_its_own_endpoints_submissions(
    sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    async with sandbox(tmp_path) as box:
        west = await seed(sessions, "R-WEST1", endpoint="west")
        east = await seed(sessions, "R-EAST1", endpoint="east")
        replies = Recorded()
        assert await Outbox(sessions, box.client(), replies, "west").step() == 1
        assert (await load(sessions, west)).state == "submitted"
        assert (await load(sessions, east)).state == "pending"
        assert replies.calls == [("submitted", "R-WEST1")]
        assert len(await box.staff()) == 1


def test_the_council_email_carries_the_open311_fields_and_the_reference() -> None:
    report = Report(
        id=7,
        ref="R-MAIL1",
        contact_id=1,
        channel="webchat",
        text="Deep pothole by the bus stop",
        service_code="E_HOLE",
        service_name="Road hole",
        address="12 Station Road",
        lat=52.2,
        lon=0.13,
        media=["https://relay.example/m/abc"],
        attributes={"DEPTH": "40"},
    )
    sub = Submission(id=3, report_id=7, endpoint="east", attributes={"SIDE": ["north", "south"]})
    smtp = SmtpSettings(
        "h", 25, "none", "", None, 5.0, "relay@demo.example.org", "relay311", ("a@b.example",)
    )
    message = build_email(report, sub, smtp, "East Council")
    body = message.get_content()
    assert message["To"] == "a@b.example" and "R-MAIL1" in message["Subject"]
    assert message["Message-ID"] == "<relay311-R-MAIL1-3@demo.example.org>"
    for line in (
        "service_code: E_HOLE",
        "service_name: Road hole",
        "lat: 52.200000",
        "long: 0.130000",
        "address_string: 12 Station Road",
        "media_url: https://relay.example/m/abc",
        "attribute[DEPTH]: 40",
        "attribute[SIDE]: north, south",
        "relay311 reference: R-MAIL1",
        "Deep pothole by the bus stop",
        "[relay311 ref R-MAIL1]",
    ):
        assert line in body


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer("builtin:demo_town")


async def test_a_definition_changed_after_the_conversation_is_asked_of_the_citizen(
    sessions: async_sessionmaker[AsyncSession], tmp_path: Path, gazetteer: Gazetteer
) -> None:
    async with sandbox(tmp_path) as box:
        client = box.client()
        services = await client.services()
        definitions = Definitions(client, lambda: services)  # one cache for the outbox and the conversation
        replies = QueuedReplies("Demo Town Council")
        outbox = Outbox(sessions, client, replies, "council", definitions=definitions)
        intake = Intake(sessions, lambda: services, gazetteer, "council", definitions=definitions)
        # the conversation finished without attributes (the service had none then): the outbox finds one
        sub_id = await seed(sessions, "R-ASK01", service_code="ABANDONED_VEHICLE", text="Burnt out car")
        assert await outbox.step() == 1
        assert (await load(sessions, sub_id)).state == "needs_input"
        async with sessions() as db:
            [question] = (await db.execute(select(OutboundMessage))).scalars().all()
            report = (await db.execute(select(Report))).scalar_one()
            conv = (await db.execute(select(Conversation))).scalar_one()
            contact = await db.get(Contact, report.contact_id)
        assert "R-ASK01" in question.text and "What kind of vehicle is it?" in question.text
        assert "Car" in question.text and "Motorcycle or scooter" in question.text
        assert report.state == "waiting" and conv.state == "open" and conv.report_id == report.id
        assert contact is not None

        await store_inbound(
            sessions,
            Incoming(channel="webchat", provider_id="a1", address=contact.address, thread_ref="t", text="2"),
        )
        assert await intake.step() == 1
        sub = await load(sessions, sub_id)
        assert sub.state == "pending" and sub.attributes == {"VEHICLE_TYPE": "van"}
        assert await outbox.step() == 1
        assert (await load(sessions, sub_id)).state == "submitted"
        [stored] = await box.staff()
        assert "Burnt out car" in stored["description"]
        async with sessions() as db:
            report = (await db.execute(select(Report))).scalar_one()
            texts = [m.text for m in (await db.execute(select(OutboundMessage))).scalars().all()]
        assert report.state == "submitted"
        assert any("is with Demo Town Council" in text for text in texts)


async def test_the_email_route_retries_a_refusal_and_sends_each_report_once(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    smtp = FakeSMTP()
    port = await smtp.start()
    try:
        settings = SmtpSettings(
            "127.0.0.1",
            port,
            "none",
            "",
            None,
            5.0,
            "relay@demo.example.org",
            "relay311",
            ("roads@e.example",),
        )
        replies = QueuedReplies("Demo Region", titles={"east": "East Council"})
        route = EmailRoute(sessions, settings, replies, "east", "East Council")
        first = await seed(sessions, "R-SMTP1", service_code="E_HOLE", endpoint="east")
        other = await seed(sessions, "R-OPEN1", endpoint="west")  # another council's: never claimed here
        smtp.refuse_next(1, 451)
        assert await route.step() == 1
        sub = await load(sessions, first)
        assert sub.state == "pending" and "451" in sub.last_error and smtp.messages == []
        await make_due(sessions, first, utcnow())
        assert await route.step() == 1
        sub = await load(sessions, first)
        assert (sub.state, sub.status, sub.attempts) == ("emailed", "emailed", 2)
        assert await route.step() == 0  # nothing left: never a second email
        assert len(smtp.messages) == 1
        assert (await load(sessions, other)).state == "pending"
        async with sessions() as db:
            [told] = (await db.execute(select(OutboundMessage))).scalars().all()
        assert "emailed to East Council" in told.text and "R-SMTP1" in told.text

        smtp.refuse_next(1, 550)  # a permanent refusal: given up, the citizen told
        failing = await seed(sessions, "R-SMTP2", service_code="E_HOLE", endpoint="east")
        assert await route.step() == 1
        assert (await load(sessions, failing)).state == "failed"
        assert len(smtp.messages) == 1
    finally:
        await smtp.close()


def test_the_service_is_matched_again_against_the_catalog_of_the_council_of_the_place(
    gazetteer: Gazetteer,
) -> None:
    every = [
        Service("POTHOLE", "Pothole", keywords=("pothole",)),
        Service("NOISE", "Noise", keywords=("noise",)),
    ]
    east = [Service("ROAD_DEFECT", "Road defect", keywords=("pothole",))]
    text = "Big pothole outside 12 Station Road"
    first = step(None, text, catalog=every, gazetteer=gazetteer, settings=Settings(until_location=True))
    assert first.draft.service_code == "POTHOLE" and first.draft.lat is not None
    assert not first.complete and first.says == ()  # stopped at the place: the intake routes it

    moved = rematch(first.draft, catalog=east, gazetteer=gazetteer, settings=Settings(), council="east")
    assert moved.complete and moved.draft.service_code == "ROAD_DEFECT" and moved.draft.council == "east"
    kept = rematch(first.draft, catalog=every, gazetteer=gazetteer, settings=Settings(), council="west")
    assert kept.complete and kept.draft.service_code == "POTHOLE"
    unknown = [Service("LITTER", "Litter", keywords=("litter",))]
    asked = rematch(first.draft, catalog=unknown, gazetteer=gazetteer, settings=Settings(), council="x")
    assert not asked.complete and asked.draft.service_code is None and asked.draft.asking == "service"


def test_the_union_of_the_councils_catalogs_keeps_the_trained_classifier() -> None:
    from nlp.category import rank
    from nlp.trained import ModelCatalog

    class Always:
        """A classifier that is sure every message is about noise."""

        labels = ("NOISE",)

        def scores(self, text: str) -> dict[str, float]:
            return {"NOISE": 1.0}

    config = parse(
        councils_config(city={"url": "http://city.example", "boundary": WEST}, county={"url": "http://c"}),
        "test.toml",
    )
    councils = load_routes(config)
    city = [Service("POTHOLE", "Pothole"), Service("NOISE", "Noise")]
    county = [Service("LITTER", "Litter")]
    councils.get("city").catalog = lambda: ModelCatalog(city, Always(), weight=0.9)
    councils.get("county").catalog = lambda: county
    union = councils.union()
    assert {s.code for s in union} == {"POTHOLE", "NOISE", "LITTER"}
    assert isinstance(union, ModelCatalog)
    assert rank("pothole", union)[0].service_code == "NOISE"  # the classifier's vote counts
    assert rank("pothole", list(union))[0].service_code == "POTHOLE"  # zero-shot alone


def test_online_geocoder_answers_are_kept_inside_the_councils() -> None:
    from relay311.councils import within

    both = load_routes(
        parse(
            councils_config(
                west={"url": "http://127.0.0.1:8311", "boundary": WEST},
                east={"url": "http://127.0.0.1:8312", "boundary": EAST},
            ),
            "test.toml",
        )
    )
    inside = within(None, both)
    assert inside is not None
    assert inside(52.20, 0.11) and inside(52.20, 0.13)
    assert not inside(52.25, 0.11)  # north of both councils
    # with the gazetteer's area too, both must hold
    south_half = within(lambda lat, lon: lat < 52.20, both)
    assert south_half is not None and south_half(52.195, 0.11) and not south_half(52.205, 0.11)
    # a council taking "everywhere else": only the gazetteer's area limits answers
    rest = load_routes(
        parse(
            councils_config(
                west={"url": "http://127.0.0.1:8311", "boundary": WEST},
                other={"url": "http://127.0.0.1:8312"},
            ),
            "test.toml",
        )
    )
    assert within(None, rest) is None


async def test_the_applications_geocoder_refuses_answers_outside_every_council(db_url: str) -> None:
    from relay311.app import App
    from store.db import create_engine_async, session_factory

    data = councils_config(
        west={"url": "http://127.0.0.1:8311", "boundary": WEST},
        east={"url": "http://127.0.0.1:8312", "boundary": EAST},
    )
    data["nlp"] = {"geocoders": [{"kind": "nominatim", "url": "http://127.0.0.1:9", "rate_limit": 1000}]}
    cfg = parse(data, "test.toml")
    engine = create_engine_async(db_url)
    try:
        chain = App(cfg)._geocoder(session_factory(engine), load_routes(cfg))
        assert chain is not None
        try:
            assert chain._inside(52.20, 0.13) and not chain._inside(52.25, 0.11)
        finally:
            await chain.aclose()
    finally:
        await engine.dispose()
