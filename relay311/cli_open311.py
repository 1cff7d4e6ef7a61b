"""`relay311 open311 check|services|submit|status URL ...`: talk to any GeoReport v2 endpoint by hand.

URL is the endpoint base ("/services.json", "/requests.xml" ... are appended). Every command takes
--api-key and --jurisdiction (or RELAY311_OPEN311_API_KEY / RELAY311_OPEN311_JURISDICTION). `check` is
the endpoint checker for council IT: it prints what conforms, what deviates (by quirk name) and what
relay311 will do about it, and exits 0 when relay311 can use the endpoint.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp

from dispatcher.check import Finding, check_endpoint
from dispatcher.client import Open311Client, ServiceRequest
from dispatcher.errors import Open311Error

KEY_ENV = "RELAY311_OPEN311_API_KEY"
JURISDICTION_ENV = "RELAY311_OPEN311_JURISDICTION"


def add_open311_parser(sub: Any) -> None:
    p = sub.add_parser("open311", help="talk to an Open311 endpoint: check, services, submit, status")
    cmds = p.add_subparsers(dest="open311_command", required=True)

    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("url", help="the endpoint base, e.g. https://council.example/open311/v2")
        parser.add_argument("--api-key", default=os.environ.get(KEY_ENV), help=f"(or ${KEY_ENV})")
        parser.add_argument(
            "--jurisdiction", default=os.environ.get(JURISDICTION_ENV), help=f"(or ${JURISDICTION_ENV})"
        )
        parser.add_argument("--format", choices=["auto", "json", "xml"], default="auto")
        parser.add_argument("--timeout", type=float, default=30.0, help="seconds per HTTP request")

    check = cmds.add_parser("check", help="check an endpoint and say what relay311 will do about each quirk")
    common(check)
    check.add_argument("--submit-test", metavar="SERVICE_CODE", help="also POST a test request")
    check.add_argument("--lat", type=float)
    check.add_argument("--long", type=float)

    services = cmds.add_parser("services", help="list the service catalog")
    common(services)
    services.add_argument("--json", action="store_true", help="print JSON instead of a table")

    submit = cmds.add_parser("submit", help="POST a request and print its id or token as JSON")
    common(submit)
    submit.add_argument("--service-code", required=True)
    submit.add_argument("--lat", type=float)
    submit.add_argument("--long", type=float)
    submit.add_argument("--address")
    submit.add_argument("--description", required=True)
    submit.add_argument("--attribute", action="append", default=[], metavar="CODE=VALUE")
    submit.add_argument("--email")

    status = cmds.add_parser("status", help="print requests as JSON")
    common(status)
    status.add_argument("ids", nargs="+", metavar="ID")


def run_open311(args: argparse.Namespace) -> int:
    if not getattr(args, "verbose", False):
        logging.getLogger("dispatcher").setLevel(logging.WARNING)  # the answers say it all
    try:
        return asyncio.run(_run(args))
    except Open311Error as exc:
        print(f"relay311 open311: {type(exc).__name__}: {exc.message}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"relay311 open311: {exc}", file=sys.stderr)
        return 2


async def _run(args: argparse.Namespace) -> int:
    async with aiohttp.ClientSession() as http:
        client = Open311Client(
            http,
            args.url,
            api_key=args.api_key,
            jurisdiction_id=args.jurisdiction,
            format=args.format,
            timeout=args.timeout,
        )
        command = args.open311_command
        if command == "check":
            return await _check(http, args)
        if command == "services":
            return await _services(client, as_json=args.json)
        if command == "submit":
            return await _submit(client, args)
        return await _status(client, args.ids)


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


async def _services(client: Open311Client, *, as_json: bool) -> int:
    services = await client.services()
    if as_json:
        print(json.dumps([asdict(s) for s in services], indent=2, ensure_ascii=False))
        return 0
    rows = [[s.code, s.name, s.type, "yes" if s.metadata else "", s.group] for s in services]
    print(_table(rows, ["code", "name", "type", "metadata", "group"]))
    return 0


def _attributes(pairs: list[str]) -> dict[str, str | list[str]]:
    result: dict[str, list[str]] = {}
    for pair in pairs:
        code, sep, value = pair.partition("=")
        if not sep or not code.strip():
            raise ValueError(f"--attribute takes CODE=VALUE, not {pair!r}")
        result.setdefault(code.strip(), []).append(value)
    return {code: values[0] if len(values) == 1 else values for code, values in result.items()}


async def _submit(client: Open311Client, args: argparse.Namespace) -> int:
    request = ServiceRequest(
        service_code=args.service_code,
        description=args.description,
        lat=args.lat,
        long=args.long,
        address_string=args.address,
        attributes=_attributes(args.attribute),
        email=args.email,
    )
    result = await client.submit(request)
    print(json.dumps(asdict(result), indent=2, ensure_ascii=False))
    return 0


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


async def _status(client: Open311Client, ids: list[str]) -> int:
    found = await client.requests(ids)
    print(
        json.dumps(
            [{k: _jsonable(v) for k, v in asdict(s).items()} for s in found], indent=2, ensure_ascii=False
        )
    )
    return 0


async def _check(http: aiohttp.ClientSession, args: argparse.Namespace) -> int:
    submit = None
    if args.submit_test:
        if args.lat is None or args.long is None:
            raise ValueError("--submit-test needs --lat and --long")
        submit = (args.submit_test, args.lat, args.long)
    findings, usable = await check_endpoint(
        http,
        args.url,
        api_key=args.api_key,
        jurisdiction_id=args.jurisdiction,
        request_timeout=args.timeout,
        submit_test=submit,
        now=datetime.now(UTC),
        window=timedelta(days=7),
    )
    print(_table([_row(f) for f in findings], ["check", "result", "detail", "relay311 will"]))
    print(f"\n{'usable' if usable else 'NOT usable'} by relay311")
    return 0 if usable else 1


def _row(finding: Finding) -> list[str]:
    result = finding.result if not finding.quirk else f"{finding.result} ({finding.quirk})"
    return [finding.name, result, finding.detail, finding.action]
