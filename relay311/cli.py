"""The `relay311` command."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from pathlib import Path

from relay311.config import SAMPLE, Config, ConfigError, load
from store.db import DatabaseURLError

log = logging.getLogger("relay311")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="relay311", description="Citizens' reports from any channel into Open311."
    )
    p.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    sub = p.add_subparsers(dest="command", required=True)

    init = sub.add_parser("init", help="write a commented sample relay311.toml")
    init.add_argument("path", nargs="?", default="relay311.toml")
    init.add_argument("--force", action="store_true", help="overwrite an existing file")

    run = sub.add_parser("run", help="run the service (migrates the database first)")
    run.add_argument("-c", "--config", default="relay311.toml")

    demo = sub.add_parser("demo", help="run the demo: the Open311 sandbox and relay311 with web chat")
    demo.add_argument("--port", type=int, default=8080)
    demo.add_argument("--sandbox-port", type=int, default=8311)
    demo.add_argument("--data-dir", default="demo-data", help="where the demo keeps its SQLite files")

    sandbox = sub.add_parser("sandbox", help="run the built-in Open311 GeoReport v2 sandbox server")
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=int, default=8311)
    sandbox.add_argument("--db", default="sandbox.db", help="the sandbox's own SQLite file")
    sandbox.add_argument("--api-key", default="sandbox-key")

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    up = db_sub.add_parser("upgrade", help="apply all migrations")
    up.add_argument("-c", "--config", default="relay311.toml")
    up.add_argument("--url", help="database URL (instead of the config file's)")

    from relay311.cli_open311 import add_open311_parser

    add_open311_parser(sub)

    from relay311 import extract_cli, gazetteer_cli, train

    gazetteer_cli.add_parser(sub)
    extract_cli.add_parser(sub)
    train.add_parser(sub)
    sandbox.add_argument(
        "--profile",
        default="",
        help="imitate server quirks, comma separated: xml-only, token, no-tz, html-errors, slow, flaky",
    )
    return p


async def _serve_until_stopped(start: object, stop: object) -> None:
    stop_event = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop_event.set)
    await start()  # type: ignore[operator]
    try:
        await stop_event.wait()
    finally:
        await stop()  # type: ignore[operator]


def _run(config: Config) -> None:
    from relay311.app import App

    app = App(config)
    asyncio.run(_serve_until_stopped(app.start, app.stop))


def _sandbox(args: argparse.Namespace) -> None:
    from dispatcher.sandbox import Profile, run_forever

    try:
        profile = Profile.parse(args.profile)
    except ValueError as exc:
        raise ConfigError(f"--profile: {exc}") from None
    print(f"Open311 sandbox on http://{args.host}:{args.port}  (staff page: /staff, api_key: {args.api_key})")
    run_forever(args.host, args.port, args.db, api_key=args.api_key, profile=profile)


def _db_upgrade(args: argparse.Namespace) -> None:
    from store.migrate import current, upgrade

    url = args.url or load(args.config).database.url
    upgrade(url)
    print(f"database at revision {', '.join(current(url))}")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("alembic").setLevel(logging.WARNING)
    try:
        if args.command == "init":
            path = Path(args.path)
            if path.exists() and not args.force:
                raise ConfigError(f"{path} exists; use --force to overwrite it")
            path.write_text(SAMPLE, encoding="utf-8")
            print(f"wrote {path}")
        elif args.command == "run":
            _run(load(args.config))
        elif args.command == "demo":
            from relay311.demo import run_demo

            run_demo(port=args.port, sandbox_port=args.sandbox_port, data_dir=Path(args.data_dir))
        elif args.command == "sandbox":
            _sandbox(args)
        elif args.command == "db":
            _db_upgrade(args)
        elif args.command == "open311":
            from relay311.cli_open311 import run_open311

            return run_open311(args)
        elif args.command in ("gazetteer", "extract", "train"):
            from relay311 import extract_cli, gazetteer_cli, train

            {"gazetteer": gazetteer_cli, "extract": extract_cli, "train": train}[args.command].run(args)
    except (ConfigError, DatabaseURLError) as exc:
        print(f"relay311: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
