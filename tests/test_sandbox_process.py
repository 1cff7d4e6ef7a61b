"""`run_forever` (what `relay311 sandbox` calls) serves in a real process and stops cleanly on SIGINT."""

from __future__ import annotations

import asyncio
import signal
import socket
import sys
from pathlib import Path

import aiohttp


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


async def test_run_forever_serves_until_interrupted(tmp_path: Path) -> None:
    port = _free_port()
    db = tmp_path / "sandbox.db"
    code = f"from dispatcher.sandbox import run_forever; run_forever('127.0.0.1', {port}, {str(db)!r})"
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", code, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    try:
        services = None
        async with aiohttp.ClientSession() as session:
            for _ in range(100):
                try:
                    async with session.get(f"http://127.0.0.1:{port}/services.json") as response:
                        services = await response.json()
                        break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
        assert services is not None, "the sandbox did not start"
        assert any(s["service_code"] == "POTHOLE" for s in services)
        process.send_signal(signal.SIGINT)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=10)
        assert process.returncode == 0
        assert b"Traceback" not in stderr, stderr.decode()
        assert await asyncio.to_thread(db.exists)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
