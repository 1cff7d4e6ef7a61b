"""Metadata services: attributes validated by datatype, required ones enforced before any POST."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from dispatcher.attributes import check_attributes, reference_attribute
from dispatcher.definitions import Definitions
from dispatcher.models import AttributeDef, ServiceDefinition
from dispatcher.outbox import Outbox, provide_attributes
from dispatcher.parsing import parse_definition
from dispatcher.xmlparse import parse_xml
from store.models import Submission, utcnow
from tests.conftest import shared_data
from tests.dispatchkit import Recorded, load, sandbox, seed


def attr(code: str, datatype: str, *, required: bool = False, values: tuple[str, ...] = ()) -> AttributeDef:
    return AttributeDef(
        code=code,
        datatype=datatype,
        required=required,
        variable=True,
        description=f"{code}?",
        order=0,
        values=tuple((v.lower(), v) for v in values),
    )


DEFINITION = ServiceDefinition(
    "X",
    (
        attr("size", "number", required=True),
        attr("seen", "datetime"),
        attr("kind", "singlevaluelist", required=True, values=("Car", "Van")),
        attr("tags", "multivaluelist", values=("Red", "Blue", "Green")),
        attr("plate", "string"),
        attr("notes", "text"),
        AttributeDef("notice", "text", required=True, variable=False, description="Read me", order=9),
    ),
)


def test_valid_values_are_normalised() -> None:
    check = check_attributes(
        DEFINITION,
        {
            "size": "40",
            "seen": "2026-11-27T10:00:00Z",
            "kind": "VAN",  # by name, any case
            "tags": ["red", "Green", "red"],
            "plate": "AB12\nCDE",
            "notes": "line one\nline two",
            "unknown": "dropped",
        },
    )
    assert check.ok
    assert check.values == {
        "size": "40",
        "seen": "2026-11-27T10:00:00+00:00",
        "kind": "van",
        "tags": ["red", "green"],
        "plate": "AB12 CDE",
        "notes": "line one\nline two",
    }


@pytest.mark.parametrize(
    ("given", "code", "problem"),
    [
        ({"kind": "car"}, "size", "required"),
        ({"size": "big", "kind": "car"}, "size", "not a number"),
        ({"size": "nan", "kind": "car"}, "size", "not a number"),
        ({"size": "1", "kind": "bus"}, "kind", "is not one of: Car, Van"),
        ({"size": "1", "kind": ["car", "van"]}, "kind", "single value"),
        ({"size": "1", "kind": "car", "seen": "yesterday"}, "seen", "ISO 8601"),
        ({"size": "1", "kind": "car", "tags": ["red", "pink"]}, "tags", "'pink'"),
    ],
)
def test_problems_are_exposed(given: dict[str, object], code: str, problem: str) -> None:
    check = check_attributes(DEFINITION, given)
    assert not check.ok
    described = {item["code"]: item for item in check.describe()}
    assert problem in described[code]["problem"]
    assert "notice" not in described  # a notice is never a question


def test_missing_lists_choices_for_the_conversation() -> None:
    (kind,) = [item for item in check_attributes(DEFINITION, {"size": "2"}).describe()]
    assert kind == {
        "code": "kind",
        "description": "kind?",
        "datatype": "singlevaluelist",
        "required": True,
        "values": [["car", "Car"], ["van", "Van"]],
        "problem": "required",
    }


def test_washington_dc_pothole_definition() -> None:
    body = shared_data("open311", "washington-dc", "service-def-S0301.xml").read_bytes()
    definition = parse_definition(parse_xml(body), "S0301")
    missing = check_attributes(definition, {})
    assert [a.code for a in missing.missing] == ["WHISPOLO"]
    check = check_attributes(definition, {"WHISPOLO": "Street"})  # its name; the key is opaque
    assert check.ok and check.values == {"WHISPOLO": "STREE001"}
    assert reference_attribute(definition, "WHISPOLO") is None  # a list cannot carry a reference


async def test_required_attribute_is_asked_before_any_post(
    sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    async with sandbox(tmp_path) as box:
        client = box.client("xml")
        replies = Recorded()
        worker = Outbox(
            sessions,
            client,
            replies,
            "council",
            definitions=Definitions(client),
            reference_attribute="REGISTRATION",
        )
        sub_id = await seed(sessions, "R-META1", service_code="ABANDONED_VEHICLE", text="Burnt out car")
        assert await worker.step() == 1
        sub = await load(sessions, sub_id)
        assert sub.state == "needs_input" and sub.attempts == 0
        assert [m["code"] for m in sub.missing_attributes] == ["VEHICLE_TYPE"]
        assert ("car", "Car") in [tuple(v) for v in sub.missing_attributes[0]["values"]]
        assert await box.staff() == []  # nothing was POSTed
        assert replies.calls == [("needs_input", "R-META1")]
        assert await worker.step() == 0  # it waits for the answer

        async with sessions() as db, db.begin():
            row = await db.get(Submission, sub_id)
            assert row is not None
            provide_attributes(row, {"VEHICLE_TYPE": "Lorry or truck"}, utcnow())
        assert await worker.step() == 1
        sub = await load(sessions, sub_id)
        assert sub.state == "submitted" and sub.missing_attributes == []
        (stored,) = await box.staff()
        assert stored["attributes"]["VEHICLE_TYPE"] == ["lorry"]
        assert stored["attributes"]["REGISTRATION"] == ["R-META1"]  # our reference, where allowed


async def test_services_without_metadata_need_no_definition(
    sessions: async_sessionmaker[AsyncSession], tmp_path: Path
) -> None:
    async with sandbox(tmp_path) as box:
        client = box.client()
        worker = Outbox(sessions, client, Recorded(), "council", definitions=Definitions(client))
        sub_id = await seed(sessions, "R-PLAIN", service_code="POTHOLE")
        await worker.step()
        assert (await load(sessions, sub_id)).state == "submitted"
