"""End-to-end latency of one web-chat report: POST -> intake -> Open311 sandbox -> reply visible.

Runs the Open311 sandbox and relay311 in this process on SQLite (or --database URL), sends N reports one
after another over real HTTP and prints the latency from the POST to the reply being visible in the chat.

    .venv/bin/python bench/chat_latency.py [-n 50] [--database postgresql://root@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

import aiohttp

from dispatcher.sandbox import serve
from relay311.app import App
from relay311.config import parse

KEY_ENV = "RELAY311_BENCH_KEY"


async def run(n: int, database: str | None) -> None:
    os.environ[KEY_ENV] = "bench-key"
    with tempfile.TemporaryDirectory() as tmp:
        sandbox = await serve("127.0.0.1", 0, str(Path(tmp) / "sandbox.db"), api_key="bench-key")
        port = sandbox.addresses[0][1]
        config = parse(
            {
                "database": {"url": database or f"sqlite:///{Path(tmp) / 'relay311.db'}"},
                "open311": {"url": f"http://127.0.0.1:{port}", "api_key_env": KEY_ENV, "poll_interval": 60},
                "web": {"port": 0},
            },
            "bench",
        )
        app = App(config)
        await app.start()
        latencies: list[float] = []
        try:
            async with aiohttp.ClientSession() as http:
                for i in range(n):
                    session = f"bench-{time.time_ns()}-{i}"
                    started = time.perf_counter()
                    body = {"session": session, "text": "Big pothole outside 12 Station Road"}
                    async with http.post(f"{app.url}/chat/api/messages", json=body) as resp:
                        assert resp.status == 202
                    while True:
                        async with http.get(f"{app.url}/chat/api/messages", params={"session": session}) as r:
                            data = await r.json()
                        if any(m["direction"] == "out" for m in data["messages"]):
                            break
                        await asyncio.sleep(0.002)
                    latencies.append((time.perf_counter() - started) * 1000)
        finally:
            await app.stop()
            await sandbox.cleanup()
    latencies.sort()
    p95 = latencies[max(0, int(len(latencies) * 0.95) - 1)]
    backend = "postgresql" if database else "sqlite"
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"chat report -> Open311 request -> reply visible, {n} sequential reports on {backend}:")
    print(
        f"  median {statistics.median(latencies):.0f} ms, p95 {p95:.0f} ms, "
        f"min {latencies[0]:.0f} ms, max {latencies[-1]:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-n", type=int, default=50)
    parser.add_argument("--database", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(run(args.n, args.database))


if __name__ == "__main__":
    main()
