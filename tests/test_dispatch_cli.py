"""`relay311 open311 check|services|submit|status` against the sandbox (and its quirk profiles)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from dispatcher.sandbox import Profile
from relay311.cli import main
from tests.dispatchkit import JURISDICTION, KEY, sandbox


async def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = await asyncio.to_thread(main, list(argv))
    out, err = capsys.readouterr()
    return code, out, err


async def test_services_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    async with sandbox(tmp_path) as box:
        code, out, _ = await run(capsys, "open311", "services", box.url)
        assert code == 0
        assert out.splitlines()[0].split() == ["code", "name", "type", "metadata", "group"]
        assert any(line.startswith("POTHOLE") for line in out.splitlines())
        code, out, _ = await run(capsys, "open311", "services", box.url, "--json")
        services = json.loads(out)
        assert {"code": "MISSED_BIN"}.items() <= next(
            s for s in services if s["code"] == "MISSED_BIN"
        ).items()


async def test_submit_then_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RELAY311_OPEN311_API_KEY", KEY)
    monkeypatch.setenv("RELAY311_OPEN311_JURISDICTION", JURISDICTION)
    async with sandbox(tmp_path, Profile.parse("xml-only")) as box:
        code, out, err = await run(
            capsys,
            "open311",
            "submit",
            box.url,
            "--service-code",
            "ABANDONED_VEHICLE",
            "--lat",
            "52.2",
            "--long",
            "0.12",
            "--description",
            "Burnt-out van",
            "--attribute",
            "VEHICLE_TYPE=van",
        )
        assert code == 0, err
        request_id = json.loads(out)["service_request_id"]
        (stored,) = await box.staff()
        assert stored["attributes"]["VEHICLE_TYPE"] == ["van"]
        code, out, _ = await run(capsys, "open311", "status", box.url, request_id, "no-such-id")
        assert code == 0
        (status,) = json.loads(out)
        assert status["service_request_id"] == request_id and status["status"] == "open"


async def test_submit_error_is_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    async with sandbox(tmp_path) as box:
        code, out, err = await run(
            capsys,
            "open311",
            "submit",
            box.url,
            "--api-key",
            "wrong-key-123",
            "--service-code",
            "POTHOLE",
            "--address",
            "12 Station Road",
            "--description",
            "hole",
        )
        assert code == 1 and out == ""
        assert "PermanentError" in err and "api_key" in err and "wrong-key-123" not in err


async def test_check_names_quirks_and_is_usable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    async with sandbox(tmp_path, Profile.parse("xml-only,token,no-tz")) as box:
        code, out, err = await run(
            capsys,
            "open311",
            "check",
            box.url,
            "--api-key",
            KEY,
            "--jurisdiction",
            JURISDICTION,
            "--submit-test",
            "POTHOLE",
            "--lat",
            "52.2",
            "--long",
            "0.12",
        )
        assert code == 0, out + err
        rows = {line.split()[0]: line for line in out.splitlines()[2:] if line.strip()}
        assert "deviates (xml-only)" in rows["services.json"] and "use XML" in rows["services.json"]
        assert rows["services.xml"].split()[1] == "ok"
        assert "rejects" not in out  # +00:00 is accepted even by the no-tz profile
        assert "token" in rows["POST"]
        assert "servicerequestupdates" in rows and "usable by relay311" in out


async def test_check_unusable_endpoint_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = await run(capsys, "open311", "check", "http://127.0.0.1:9/open311", "--timeout", "2")
    assert code == 1 and "NOT usable" in out


async def test_sandbox_rejects_unknown_profile(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = await run(capsys, "sandbox", "--profile", "wobbly")
    assert code == 2 and "wobbly" in err
