"""The endpoint checker behind `relay311 open311 check`: probes one GeoReport v2 endpoint and reports,
check by check, what conforms, what deviates (named after the quirk) and what relay311 does about it."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

import aiohttp

from nlp.types import Service

from .client import DateStyle, Open311Client, ServiceRequest
from .errors import Open311Error, PermanentError

DEFINITIONS_AT_ONCE = 4


@dataclass(frozen=True)
class Finding:
    name: str
    result: Literal["ok", "deviates", "fails", "skipped"]
    detail: str
    action: str = ""
    quirk: str = ""


async def check_endpoint(
    http: aiohttp.ClientSession,
    url: str,
    *,
    api_key: str | None,
    jurisdiction_id: str | None,
    request_timeout: float,
    submit_test: tuple[str, float, float] | None,
    now: datetime,
    window: timedelta,
) -> tuple[list[Finding], bool]:
    """All findings, and whether relay311 can use the endpoint (services readable, test POST accepted)."""
    findings: list[Finding] = []

    def client(fmt: Literal["json", "xml", "auto"], date_style: DateStyle = "offset") -> Open311Client:
        return Open311Client(
            http,
            url,
            api_key=api_key,
            jurisdiction_id=jurisdiction_id,
            format=fmt,
            timeout=request_timeout,
            date_style=date_style,
        )

    # discovery
    try:
        discovery = await client("auto").discovery()
        formats = discovery.formats_for(url)
        findings.append(
            Finding(
                "discovery", "ok", f"{len(discovery.endpoints)} endpoint(s); formats {formats or 'unlisted'}"
            )
        )
    except Open311Error as exc:
        findings.append(
            Finding(
                "discovery",
                "deviates",
                _short(exc),
                "negotiate the format by trying JSON, then XML",
                "no-discovery",
            )
        )

    # services, in each format
    services: list[Service] = []
    working: list[Literal["json", "xml"]] = []
    for fmt in ("json", "xml"):
        try:
            services = await client(fmt).services()
            working.append(fmt)
            findings.append(Finding(f"services.{fmt}", "ok", f"{len(services)} services"))
        except Open311Error as exc:
            quirk = "xml-only" if fmt == "json" else "no-xml"
            action = "use XML (remembered per endpoint)" if fmt == "json" else "use JSON"
            findings.append(Finding(f"services.{fmt}", "deviates", _short(exc), action, quirk))
    if not working:
        findings.append(Finding("usable", "fails", "GET services fails in JSON and XML", "nothing"))
        return findings, False
    fmt = working[0]
    main = client(fmt)
    if services and not any(s.group for s in services):
        findings.append(Finding("groups", "deviates", "no service has a group", "match by name", "no-group"))
    batch = [s.code for s in services if s.type == "batch"]
    blackbox = [s.code for s in services if s.type == "blackbox"]
    if batch:
        findings.append(
            Finding(
                "batch services", "ok", f"{len(batch)}", "resolve tokens with back-off over hours", "token"
            )
        )
    if blackbox:
        findings.append(
            Finding("blackbox services", "ok", f"{len(blackbox)}", "record that no id will come", "blackbox")
        )

    # definitions of metadata services
    metadata = [s.code for s in services if s.metadata]
    if metadata:
        limit = asyncio.Semaphore(DEFINITIONS_AT_ONCE)

        async def one(code: str) -> tuple[str, int | str]:
            async with limit:
                try:
                    definition = await main.service_definition(code)
                except Open311Error as exc:
                    return code, _short(exc)
                return code, sum(1 for a in definition.attributes if a.required and a.variable)

        results = await asyncio.gather(*(one(code) for code in metadata))
        broken = [code for code, r in results if isinstance(r, str)]
        required = sum(r for _, r in results if isinstance(r, int))
        if broken:
            findings.append(
                Finding(
                    "definitions",
                    "deviates",
                    f"{len(broken)} of {len(metadata)} fail, e.g. {broken[0]}",
                    "retry later; those services cannot be checked before POST",
                    "broken-definitions",
                )
            )
        else:
            findings.append(
                Finding(
                    "definitions",
                    "ok",
                    f"{len(metadata)} metadata services, {required} required attributes",
                    "ask the citizen for required attributes before POST",
                )
            )

    # GET requests over a window, with the date styles the server accepts
    lookup_ok = False
    for style in ("offset", "z", "naive"):
        try:
            await client(fmt, style).find_by_reference(
                "R-NONE0", service_code=None, since=now - window, until=now
            )
        except Open311Error as exc:
            if style == "naive":
                findings.append(
                    Finding(
                        "requests by date",
                        "deviates",
                        _short(exc),
                        "re-POST after an ambiguous failure (reference in the description)",
                        "no-date-search",
                    )
                )
            continue
        lookup_ok = True
        if style == "offset":
            findings.append(Finding("requests by date", "ok", "start_date/end_date with +00:00 accepted"))
        else:
            findings.append(
                Finding(
                    "requests by date",
                    "deviates",
                    f"+00:00 refused; {style} accepted",
                    f"set date_style = {style!r}",
                    "rejects-offset",
                )
            )
        break
    try:
        recent = await main.requests_updated_after(now - window)
        naive = [r for r in recent if r.requested_datetime and r.requested_datetime.tzinfo is None]
        if naive:
            findings.append(
                Finding("datetimes", "deviates", "no timezone offsets", "read them as UTC", "no-tz")
            )
        if recent and not any(r.description for r in recent):
            findings.append(
                Finding(
                    "descriptions",
                    "deviates",
                    "GET requests omits descriptions",
                    "cannot find its reference: a re-POST after an ambiguous failure may duplicate",
                    "no-description",
                )
            )
    except Open311Error:
        pass

    # status strategy
    try:
        await main.service_request_updates(now - timedelta(hours=1), now)
        findings.append(
            Finding(
                "servicerequestupdates", "ok", "mySociety extension offered", "read status updates from it"
            )
        )
    except PermanentError as exc:
        findings.append(Finding("servicerequestupdates", "skipped", _short(exc), "poll GET requests by id"))
    except Open311Error as exc:
        findings.append(Finding("servicerequestupdates", "fails", _short(exc), "poll GET requests by id"))

    usable = True
    if submit_test is not None:
        code, lat, long = submit_test
        ref = "R-CHECK"
        request = ServiceRequest(
            code, f"relay311 endpoint check: please ignore.\n\n[relay311 ref {ref}]", lat=lat, long=long
        )
        try:
            result = await main.submit(request)
        except Open311Error as exc:
            usable = False
            findings.append(Finding("POST requests", "fails", _short(exc), "nothing until fixed"))
        else:
            shown = result.service_request_id or (
                f"token {result.token}" if result.token else "no id (blackbox)"
            )
            findings.append(Finding("POST requests", "ok", shown))
            if result.service_request_id and lookup_ok:
                try:
                    again = await main.find_by_reference(
                        ref, service_code=code, since=now - timedelta(days=1), until=now + timedelta(days=1)
                    )
                except Open311Error:
                    again = None
                if again is not None:
                    findings.append(
                        Finding("reference lookup", "ok", "the test request was found by its reference")
                    )
                else:
                    findings.append(
                        Finding(
                            "reference lookup",
                            "deviates",
                            "the test request was not found by its reference",
                            "re-POST after an ambiguous failure; duplicates possible",
                            "no-lookup",
                        )
                    )
    return findings, usable


def _short(exc: Open311Error, limit: int = 90) -> str:
    text = " ".join(exc.message.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
