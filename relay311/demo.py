"""`relay311 demo`: the Open311 sandbox and relay311 side by side on SQLite, with the web chat."""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path

from relay311.app import App
from relay311.config import parse

DEMO_KEY_ENV = "RELAY311_DEMO_OPEN311_KEY"
DEMO_KEY = "demo-sandbox-key"
STAFF_ENV = "RELAY311_STAFF_PASSWORD"


def demo_config(
    *, port: int, sandbox_port: int, data_dir: Path, poll_interval: float = 5.0
) -> dict[str, object]:
    return {
        "council": {"name": "Demo Town Council"},
        "database": {"url": f"sqlite:///{data_dir / 'relay311.db'}"},
        "open311": {
            "url": f"http://127.0.0.1:{sandbox_port}",
            "jurisdiction_id": "demo.town",
            "api_key_env": DEMO_KEY_ENV,
            "poll_interval": poll_interval,
        },
        "nlp": {"gazetteer": "builtin:demo_town"},
        "web": {"host": "127.0.0.1", "port": port, "public_url": f"http://127.0.0.1:{port}"},
        "channels": {"webchat": {"title": "Demo Town: report a problem"}},
    }


async def _demo(app: App, sandbox_port: int, data_dir: Path, staff_hint: str) -> None:
    from dispatcher.sandbox import serve
    from relay311.cli import _serve_until_stopped

    sandbox = await serve(
        "127.0.0.1", sandbox_port, str(data_dir / "sandbox.db"), api_key=os.environ[DEMO_KEY_ENV]
    )

    async def start() -> None:
        await app.start()
        print(
            "\nrelay311 demo is running (Ctrl-C to stop)\n"
            f"  citizen chat:         http://127.0.0.1:{app.port}/chat\n"
            f"  council staff (Open311 sandbox): http://127.0.0.1:{sandbox_port}/staff\n"
            f"  relay311 staff pages: http://127.0.0.1:{app.port}/staff  ({staff_hint})\n"
            f"  data: {data_dir}\n"
            '\nTry: "Big pothole outside 12 Station Road", then close the request on the staff page.\n',
            flush=True,
        )

    try:
        await _serve_until_stopped(start, app.stop)
    finally:
        await sandbox.cleanup()


def run_demo(*, port: int, sandbox_port: int, data_dir: Path) -> None:
    data_dir = data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault(DEMO_KEY_ENV, DEMO_KEY)
    staff_hint = (
        f"user staff, password from {STAFF_ENV}" if os.environ.get(STAFF_ENV) else "user staff, password demo"
    )
    os.environ.setdefault(STAFF_ENV, "demo")
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    # built before the event loop starts: loading the gazetteer reads files
    app = App(parse(demo_config(port=port, sandbox_port=sandbox_port, data_dir=data_dir), "demo"))
    asyncio.run(_demo(app, sandbox_port, data_dir, staff_hint))
