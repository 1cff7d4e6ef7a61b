"""relay311 as a real process, killed with SIGKILL and started again: state lives in the database."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp

from dispatcher.poller import LEASE
from tests.e2e import API_KEY, KEY_ENV, Chat, eventually, sandbox, staff_requests


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_config(path: Path, db_url: str, open311: str, port: int) -> None:
    path.write_text(
        f"""
[database]
url = "{db_url}"
[open311]
url = "{open311}"
jurisdiction_id = "demo.town"
api_key_env = "{KEY_ENV}"
poll_interval = 0.3
[web]
port = {port}
[channels.webchat]
"""
    )


@asynccontextmanager
async def relay_process(config: Path, port: int) -> AsyncIterator[asyncio.subprocess.Process]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        *("-m", "relay311.cli", "run", "-c", str(config)),
        env={**os.environ, KEY_ENV: API_KEY},
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        async with aiohttp.ClientSession() as http:

            async def healthy() -> bool:
                try:
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as resp:
                        return resp.status == 200
                except aiohttp.ClientError:
                    assert proc.returncode is None, "relay311 exited"
                    return False

            await eventually(healthy, within=30)
        yield proc
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
            await asyncio.wait_for(proc.wait(), timeout=20)


async def test_status_change_while_down_is_told_once_after_sigkill_and_restart(
    db_url: str, tmp_path: Path
) -> None:
    port = free_port()
    cfg = tmp_path / "relay311.toml"
    async with sandbox(tmp_path) as open311, aiohttp.ClientSession() as http:
        write_config(cfg, db_url, open311, port)
        chat = Chat(http, f"http://127.0.0.1:{port}", "killtest-session")
        async with relay_process(cfg, port) as proc:
            await chat.say("Big pothole outside 12 Station Road")
            await chat.wait_reply(1, within=60)
            proc.kill()  # SIGKILL: no clean shutdown
            await asyncio.wait_for(proc.wait(), timeout=10)

        [stored] = await staff_requests(http, open311)
        async with http.post(
            f"{open311}/staff/api/requests/{stored['service_request_id']}",
            json={"status": "closed", "status_notes": "Done while relay311 was down."},
        ) as resp:
            assert resp.status == 200

        async with relay_process(cfg, port):
            # a claim the killed process held (the poller's, mid-poll) lapses with its lease
            # (dispatcher.poller.LEASE, 45 s): recovery may wait that long
            replies = await chat.wait_reply(2, within=LEASE.total_seconds() + 30)
            assert "Done while relay311 was down." in replies[1]
            await asyncio.sleep(1.0)
            assert len(await chat.replies()) == 2
        assert len(await staff_requests(http, open311)) == 1
