"""The staff pages: authentication, listing, detail, and escaping of citizens' text."""

from __future__ import annotations

from pathlib import Path

import aiohttp
import pytest

from tests.e2e import Chat, config, relay, sandbox


async def test_staff_pages_are_off_without_a_password(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RELAY311_STAFF_PASSWORD", raising=False)
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        async with http.get(f"{app.url}/staff") as resp:
            assert resp.status == 404


async def test_staff_see_reports_behind_basic_auth_with_citizen_text_escaped(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELAY311_STAFF_PASSWORD", "correct horse")
    async with (
        sandbox(tmp_path) as open311,
        relay(config(db_url, open311)) as app,
        aiohttp.ClientSession() as http,
    ):
        chat = Chat(http, app.url, "staff-test-session")
        await chat.say("Big pothole outside 12 Station Road <script>alert(1)</script>")
        await chat.wait_reply(1)

        async with http.get(f"{app.url}/staff") as resp:
            assert resp.status == 401
            assert "Basic" in resp.headers["WWW-Authenticate"]
        wrong = {"Authorization": aiohttp.BasicAuth("staff", "wrong").encode()}
        async with http.get(f"{app.url}/staff", headers=wrong) as resp:
            assert resp.status == 401

        auth = {"Authorization": aiohttp.BasicAuth("staff", "correct horse").encode()}
        async with http.get(f"{app.url}/staff/api/reports", headers=auth) as resp:
            [report] = (await resp.json())["reports"]
        assert report["state"] == "submitted"
        assert report["service_request_id"]
        async with http.get(f"{app.url}/staff?state=submitted", headers=auth) as resp:
            page = await resp.text()
        assert report["ref"] in page and "Pothole" in page
        async with http.get(f"{app.url}/staff?state=failed", headers=auth) as resp:
            assert report["ref"] not in await resp.text()
        async with http.get(f"{app.url}/staff/reports/{report['ref']}", headers=auth) as resp:
            detail = await resp.text()
        assert "<script>alert(1)</script>" not in detail
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in detail
        assert report["service_request_id"] in detail
        async with http.get(f"{app.url}/staff/reports/R-NOPE0", headers=auth) as resp:
            assert resp.status == 404
