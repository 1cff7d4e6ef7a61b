"""The demo loop over real sockets: web chat -> relay311 -> Open311 sandbox -> status -> chat."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import aiohttp
import pytest
from sqlmodel import func, select

from nlp import Gazetteer
from relay311.app import App
from store.models import InboundMessage, OutboundMessage, Report, Submission
from tests.e2e import Chat, config, relay, sandbox, staff_requests


def new_session() -> str:
    return secrets.token_hex(12)


async def test_report_is_submitted_and_status_change_reaches_the_chat(db_url: str, tmp_path: Path) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        chat = Chat(http, app.url, new_session())
        await chat.say("Big pothole outside 12 Station Road")
        [reply] = await chat.wait_reply(1)

        [stored] = await staff_requests(http, open311)
        request_id = str(stored["service_request_id"])
        assert "pothole" in stored["service_name"].lower()
        assert request_id in reply
        assert "pothole" in reply.lower()
        assert "12 Station Road" in stored.get("address", "") or stored.get("lat")
        assert "Big pothole outside 12 Station Road" in stored["description"]
        ref = reply.split("report ")[1].split(" ")[0]
        assert f"[relay311 ref {ref}]" in stored["description"]

        async with http.post(
            f"{open311}/staff/api/requests/{request_id}",
            json={"status": "closed", "status_notes": "Filled in by the highways team."},
        ) as resp:
            assert resp.status == 200, await resp.text()
        replies = await chat.wait_reply(2)
        assert "closed" in replies[1]
        assert "Filled in by the highways team." in replies[1]

        # more polls find nothing new: the change is told once
        assert app.sessions is not None
        async with app.sessions() as db:
            sub = (await db.execute(select(Submission))).scalar_one()
            assert sub.open is False
            assert sub.status == "closed"
        assert len(await chat.replies()) == 2


async def test_bot_asks_for_the_location_and_continues_when_answered(db_url: str, tmp_path: Path) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        chat = Chat(http, app.url, new_session())
        await chat.say("There is a huge pothole, nearly came off my bike")
        [question] = await chat.wait_reply(1)
        assert "where" in question.lower()
        assert await staff_requests(http, open311) == []

        await chat.say("outside 12 Station Road")
        replies = await chat.wait_reply(2)
        [stored] = await staff_requests(http, open311)
        assert str(stored["service_request_id"]) in replies[1]
        assert "pothole" in stored["service_name"].lower()


async def test_bot_asks_what_the_problem_is_and_accepts_a_numbered_choice(
    db_url: str, tmp_path: Path
) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        chat = Chat(http, app.url, new_session())
        await chat.say("Something needs looking at outside 12 Station Road")
        [question] = await chat.wait_reply(1)
        assert "what kind of problem" in question.lower()
        assert await staff_requests(http, open311) == []

        await chat.say("pothole in the road")
        replies = await chat.wait_reply(2)
        [stored] = await staff_requests(http, open311)
        assert "pothole" in stored["service_name"].lower()
        assert str(stored["service_request_id"]) in replies[1]


async def test_a_shared_location_from_the_page_is_used(db_url: str, tmp_path: Path) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        chat = Chat(http, app.url, new_session())
        await chat.say("graffiti all over the wall", lat=52.2051, lon=0.1215)
        await chat.wait_reply(1)
        [stored] = await staff_requests(http, open311)
        assert "graffiti" in stored["service_name"].lower()
        assert abs(float(stored["lat"]) - 52.2051) < 1e-6
        assert abs(float(stored["long"]) - 0.1215) < 1e-6


async def test_duplicate_delivery_is_stored_and_answered_once(db_url: str, tmp_path: Path) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        chat = Chat(http, app.url, new_session())
        first = await chat.say("Big pothole outside 12 Station Road", client_id="retry-0001")
        second = await chat.say("Big pothole outside 12 Station Road", client_id="retry-0001")
        assert first["id"] == second["id"]
        assert second["duplicate"] is True
        await chat.wait_reply(1)
        assert len(await staff_requests(http, open311)) == 1
        assert app.sessions is not None
        async with app.sessions() as db:
            assert (await db.execute(select(func.count()).select_from(InboundMessage))).scalar_one() == 1
            assert (await db.execute(select(func.count()).select_from(OutboundMessage))).scalar_one() == 1


async def _set_status(
    http: aiohttp.ClientSession, open311: str, request_id: str, status: str, notes: str
) -> None:
    async with http.post(
        f"{open311}/staff/api/requests/{request_id}", json={"status": status, "status_notes": notes}
    ) as resp:
        assert resp.status == 200, await resp.text()


async def test_unsure_category_offers_three_numbered_choices_and_takes_the_second(
    db_url: str, tmp_path: Path
) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        chat = Chat(http, app.url, new_session())
        await chat.say("broken thing by 5 Mill Lane")
        [question] = await chat.wait_reply(1)
        lines = question.splitlines()
        numbered = [line for line in lines if line[:2] in ("1)", "2)", "3)", "4)")]
        assert len(numbered) == 4, question
        assert "something else" in numbered[3].lower()
        second = numbered[1][3:].strip()
        assert await staff_requests(http, open311) == []

        await chat.say("2")
        replies = await chat.wait_reply(2)
        [stored] = await staff_requests(http, open311)
        assert stored["service_name"] == second
        assert str(stored["service_request_id"]) in replies[1]


async def test_something_else_then_a_new_description(db_url: str, tmp_path: Path) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        chat = Chat(http, app.url, new_session())
        await chat.say("broken thing by 5 Mill Lane")
        [question] = await chat.wait_reply(1)
        await chat.say("4")
        replies = await chat.wait_reply(2)
        assert "describe" in replies[1].lower() and "1)" not in replies[1]
        await chat.say("the street light is out")
        replies = await chat.wait_reply(3)
        [stored] = await staff_requests(http, open311)
        assert "street light" in stored["service_name"].lower()
        assert str(stored["service_request_id"]) in replies[2]


async def test_required_attributes_are_asked_validated_and_sent(db_url: str, tmp_path: Path) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        chat = Chat(http, app.url, new_session())
        await chat.say("Abandoned car outside 12 Station Road")
        [question] = await chat.wait_reply(1)
        # the notice (variable=false) is shown as information, the required list is offered numbered
        assert "Please note: A vehicle parked legally" in question
        assert "What kind of vehicle is it?" in question
        assert "2) Van" in question
        assert "Registration" not in question  # optional attributes are not asked by default

        await chat.say("a spaceship")  # not one of the choices: asked again
        replies = await chat.wait_reply(2)
        assert "did not understand" in replies[1] and "What kind of vehicle is it?" in replies[1]
        assert await staff_requests(http, open311) == []

        await chat.say("2")
        replies = await chat.wait_reply(3)
        [stored] = await staff_requests(http, open311)
        assert stored["service_code"] == "ABANDONED_VEHICLE"
        assert stored["attributes"] == {"VEHICLE_TYPE": ["van"]}
        assert str(stored["service_request_id"]) in replies[2]


async def test_duplicate_is_not_filed_again_and_the_second_citizen_gets_the_updates(
    db_url: str, tmp_path: Path
) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        first = Chat(http, app.url, new_session())
        await first.say("Big pothole outside 12 Station Road")
        [submitted] = await first.wait_reply(1)
        ref = submitted.split("report ")[1].split(" ")[0]

        second = Chat(http, app.url, new_session())
        await second.say("There is a pothole outside 12 Station Road")
        [told] = await second.wait_reply(1)
        assert "already been reported" in told and ref in told
        [stored] = await staff_requests(http, open311)  # filed once

        await _set_status(http, open311, str(stored["service_request_id"]), "closed", "Crew booked.")
        [*_, update_first] = await first.wait_reply(2)
        [*_, update_second] = await second.wait_reply(2)
        for update in (update_first, update_second):
            assert ref in update and "closed" in update and "Crew booked." in update
        await second.say(f"STATUS {ref}")
        replies = await second.wait_reply(3)
        assert replies[2].startswith(f"Report {ref} (Pothole): closed. Crew booked.")
        assert len(await first.replies()) == 2  # nothing told twice


async def test_status_and_cancel_commands_survive_a_restart(db_url: str, tmp_path: Path) -> None:
    session = new_session()
    async with sandbox(tmp_path) as open311, aiohttp.ClientSession() as http:
        async with relay(config(db_url, open311)) as app:
            chat = Chat(http, app.url, session)
            await chat.say("Big pothole outside 12 Station Road")
            [submitted] = await chat.wait_reply(1)
            ref = submitted.split("report ")[1].split(" ")[0]
            await chat.say("graffiti on the wall")  # a second report, left waiting for its location
            await chat.wait_reply(2)
        async with relay(config(db_url, open311)) as app:
            chat = Chat(http, app.url, session)
            await chat.say("status")
            replies = await chat.wait_reply(3)
            assert ref in replies[2] and "open" in replies[2]
            assert "Graffiti" in replies[2] and "not sent yet" in replies[2]

            await chat.say(f"STATUS {ref.lower()}")
            replies = await chat.wait_reply(4)
            assert replies[3].startswith(f"Report {ref} (Pothole): open")

            await chat.say("outside 12 Station Road")  # the waiting conversation goes on after the restart
            replies = await chat.wait_reply(5)
            assert len(await staff_requests(http, open311)) == 2
            graffiti_ref = replies[4].split("report ")[1].split(" ")[0]

            await chat.say(f"CANCEL {ref}")  # already with the council: recorded for staff
            replies = await chat.wait_reply(6)
            assert "passed on that you want to cancel" in replies[5]
            assert app.sessions is not None
            async with app.sessions() as db:
                report = (await db.execute(select(Report).where(Report.ref == ref))).scalar_one()
                assert report.notes and "cancel" in report.notes[0]["text"]
                assert report.state == "submitted"
            await chat.say(f"CANCEL {graffiti_ref.replace('R-', '')}")
            replies = await chat.wait_reply(7)
            assert "passed on" in replies[6]
            await chat.say("CANCEL R-ZZZZZ")
            replies = await chat.wait_reply(8)
            assert "could not find" in replies[7]


async def test_cancel_before_submission_files_nothing(db_url: str, tmp_path: Path) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        chat = Chat(http, app.url, new_session())
        await chat.say("graffiti on the wall")
        [question] = await chat.wait_reply(1)
        assert "where" in question.lower()
        await chat.say("cancel")
        replies = await chat.wait_reply(2)
        assert "cancelled" in replies[1]
        await chat.say("outside 12 Station Road")  # a new conversation: no problem known yet
        replies = await chat.wait_reply(3)
        assert "what kind of problem" in replies[2].lower()
        assert await staff_requests(http, open311) == []
        await chat.say("help")
        replies = await chat.wait_reply(4)
        assert "STATUS" in replies[3] and "CANCEL" in replies[3]


async def test_spanish_in_spanish_out(db_url: str, tmp_path: Path) -> None:
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        chat = Chat(http, app.url, new_session())
        await chat.say("Hay un problema delante del 12 Station Road")
        [question] = await chat.wait_reply(1)
        assert "¿Qué tipo de problema es?" in question
        await chat.say("un bache enorme")  # understood in Spanish too
        replies = await chat.wait_reply(2)
        [stored] = await staff_requests(http, open311)
        assert replies[1].startswith("¡Gracias! Su aviso")
        assert str(stored["service_request_id"]) in replies[1]
        await _set_status(http, open311, str(stored["service_request_id"]), "fixed", "")
        replies = await chat.wait_reply(3)
        assert replies[2].startswith("Novedades de su aviso")
        assert "arreglado" in replies[2] or "cerrado" in replies[2]
        await chat.say("estado")
        replies = await chat.wait_reply(4)
        assert replies[3].startswith("No tiene avisos abiertos")


async def test_confirmation_step_when_configured(db_url: str, tmp_path: Path) -> None:
    cfg = config(db_url, "http://127.0.0.1:1")
    async with sandbox(tmp_path) as open311:
        cfg = config(db_url, open311)
        cfg.conversation.confirm_channels = ["webchat"]
        async with relay(cfg) as app, aiohttp.ClientSession() as http:
            chat = Chat(http, app.url, new_session())
            await chat.say("Big pothole outside 12 Station Road")
            [question] = await chat.wait_reply(1)
            assert question.startswith("Please check: Pothole at 12 Station Road")
            assert await staff_requests(http, open311) == []
            await chat.say("yes")
            replies = await chat.wait_reply(2)
            [stored] = await staff_requests(http, open311)
            assert str(stored["service_request_id"]) in replies[1]


@pytest.fixture
def two_mill_lanes() -> Gazetteer:
    """The demo town with a second Mill Lane in another area, 3 km south."""
    data = json.loads((Path(__file__).resolve().parents[1] / "relay311/data/demo_town.json").read_text())
    for street in data["streets"]:
        if street["name"] == "Mill Lane":
            street["area"] = "Town Centre"
    data["streets"].append(
        {"name": "Mill Lane", "area": "Southfield", "points": [[52.17, 0.12], [52.17, 0.122]]}
    )
    return Gazetteer.from_dict(data)


async def test_several_places_are_offered_and_the_choice_survives_a_restart(
    db_url: str, tmp_path: Path, two_mill_lanes: Gazetteer
) -> None:
    gaz = two_mill_lanes
    async with sandbox(tmp_path) as open311, aiohttp.ClientSession() as http:
        cfg = config(db_url, open311)
        session = new_session()
        first = App(cfg, gazetteer=gaz)
        await first.start()
        try:
            chat = Chat(http, first.url, session)
            await chat.say("Deep pothole on Mill Lane")
            [question] = await chat.wait_reply(1)
        finally:
            await first.stop()
        assert "1) Mill Lane, Town Centre\n2) Mill Lane, Southfield\n3) Somewhere else" in question
        assert await staff_requests(http, open311) == []

        second = App(cfg, gazetteer=gaz)
        await second.start()
        try:
            chat = Chat(http, second.url, session)
            await chat.say("2")
            replies = await chat.wait_reply(2)
            [stored] = await staff_requests(http, open311)
            assert str(stored["service_request_id"]) in replies[1]
            assert "pothole" in stored["service_name"].lower()
            assert float(stored["lat"]) == pytest.approx(52.17, abs=1e-3)
        finally:
            await second.stop()
