"""The staff pages: what came in, what relay311 understood, where it went, and what failed.

Protected by HTTP Basic auth (user `staff`, password from the environment variable named by
`web.staff_password_env`); without that variable the pages are off (404) and a log line says why.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import html
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlmodel import col, select

from store.models import Contact, InboundMessage, OutboundMessage, Report, StatusEvent, Submission

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
STATES = ("waiting", "queued", "submitted", "failed", "cancelled", "outside_area")
PAGE_SIZE = 200

STYLE = """
body{font:15px/1.4 system-ui,sans-serif;margin:0;color:#1b1b1b}
header{background:#1f5f8b;color:#fff;padding:10px 16px}
header a{color:#fff;margin-right:14px}main{padding:12px 16px}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #dde3e8;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f1f4f6}td:first-child{white-space:nowrap}
.failed{color:#a11}.muted{color:#667}.in{color:#1f5f8b}.out{color:#2d6a2d}
"""


def _fmt(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value else ""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _page(title: str, body: str) -> web.Response:
    nav = "<a href='/staff'>All reports</a>" + "".join(f"<a href='/staff?state={s}'>{s}</a>" for s in STATES)
    text = (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{_e(title)}</title>"
        f"<style>{STYLE}</style></head><body><header><strong>relay311 staff</strong> &nbsp; {nav}</header>"
        f"<main><h1>{_e(title)}</h1>{body}</main></body></html>"
    )
    return web.Response(text=text, content_type="text/html")


class StaffPages:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], password: str | None) -> None:
        self.sessions = sessions
        self.password = password

    def routes(self) -> list[web.AbstractRouteDef]:
        return [
            web.get("/staff", self._guard(self.index)),
            web.get("/staff/reports/{ref}", self._guard(self.report)),
            web.get("/staff/api/reports", self._guard(self.api_reports)),
        ]

    def _guard(self, handler: Handler) -> Handler:
        async def guarded(request: web.Request) -> web.StreamResponse:
            if not self.password:
                raise web.HTTPNotFound(text="staff pages are off: set web.staff_password_env's variable")
            if not self._authorised(request.headers.get("Authorization", "")):
                raise web.HTTPUnauthorized(headers={"WWW-Authenticate": 'Basic realm="relay311 staff"'})
            return await handler(request)

        return guarded

    def _authorised(self, header: str) -> bool:
        scheme, _, encoded = header.partition(" ")
        if scheme.lower() != "basic" or self.password is None:
            return False
        try:
            user, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        return user == "staff" and hmac.compare_digest(password.encode(), self.password.encode())

    async def _reports(self, state: str | None) -> list[tuple[Report, Submission | None]]:
        query = select(Report, Submission).join(Submission, isouter=True)
        if state:
            query = query.where(Report.state == state)
        query = query.order_by(col(Report.id).desc()).limit(PAGE_SIZE)
        async with self.sessions() as db:
            return [(r, s) for r, s in (await db.execute(query)).all()]

    async def index(self, request: web.Request) -> web.StreamResponse:
        state = request.query.get("state")
        if state is not None and state not in STATES:
            raise web.HTTPBadRequest(text=f"state must be one of {', '.join(STATES)}")
        rows = []
        for report, sub in await self._reports(state):
            error = sub.last_error if sub and sub.last_error else ""
            rows.append(
                f"<tr><td><a href='/staff/reports/{_e(report.ref)}'>{_e(report.ref)}</a></td>"
                f"<td>{_fmt(report.created_at)}</td><td>{_e(report.channel)}</td>"
                f"<td>{_e(report.service_name or report.service_code or '?')}</td>"
                f"<td>{_e(report.address or report.location_text)}</td>"
                f"<td class='{_e(report.state)}'>{_e(report.state)}</td>"
                f"<td>{_e(sub.service_request_id or sub.token or '') if sub else ''}</td>"
                f"<td>{_e(sub.status if sub else '')}</td><td class='failed'>{_e(error)}</td></tr>"
            )
        head = "<tr><th>Ref</th><th>Received</th><th>Channel</th><th>Service</th><th>Where</th><th>State</th>"
        head += "<th>Council id</th><th>Council status</th><th>Last error</th></tr>"
        body = f"<table>{head}{''.join(rows)}</table>" if rows else "<p class='muted'>No reports.</p>"
        return _page(f"Reports{f' ({state})' if state else ''}", body)

    async def report(self, request: web.Request) -> web.StreamResponse:
        ref = request.match_info["ref"]
        async with self.sessions() as db:
            report = (await db.execute(select(Report).where(Report.ref == ref))).scalar_one_or_none()
            if report is None:
                raise web.HTTPNotFound(text=f"no report {ref}")
            contact = await db.get(Contact, report.contact_id)
            sub = (
                await db.execute(select(Submission).where(Submission.report_id == report.id))
            ).scalar_one_or_none()
            events = (
                (await db.execute(select(StatusEvent).where(StatusEvent.submission_id == sub.id)))
                .scalars()
                .all()
                if sub
                else []
            )
            inbound = (
                (
                    await db.execute(
                        select(InboundMessage).where(InboundMessage.contact_id == report.contact_id)
                    )
                )
                .scalars()
                .all()
            )
            outbound = (
                (
                    await db.execute(
                        select(OutboundMessage).where(OutboundMessage.contact_id == report.contact_id)
                    )
                )
                .scalars()
                .all()
            )
        facts = [
            ("State", report.state),
            ("Channel", f"{report.channel} ({contact.address if contact else '?'})"),
            ("Service", f"{report.service_name} [{report.service_code}] confidence {report.confidence:.2f}"),
            (
                "Location",
                f"{report.address or report.location_text} ({report.location_kind}) "
                f"{report.lat}, {report.lon}",
            ),
            ("Missing", ", ".join(report.missing) or "nothing"),
            ("Council id", (sub.service_request_id or sub.token or "") if sub else ""),
            ("Submission", f"{sub.state}, {sub.attempts} attempts {sub.last_error}" if sub else "none"),
        ]
        body = (
            "<table>" + "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in facts) + "</table>"
        )
        body += "<h2>Report text</h2><pre>" + _e(report.text) + "</pre><h2>Council status changes</h2><ul>"
        body += "".join(f"<li>{_fmt(e.created_at)} {_e(e.status)}: {_e(e.status_notes)}</li>" for e in events)
        body += "</ul><h2>Conversation with this contact</h2><table>"
        messages = [(m.received_at, "in", m.text, "") for m in inbound]
        messages += [(m.sent_at or m.created_at, "out", m.text, m.state) for m in outbound]
        for when, direction, text, state in sorted(messages, key=lambda m: m[0]):
            body += f"<tr><td>{_fmt(when)}</td><td class='{direction}'>{direction}</td>"
            body += f"<td>{_e(text)}</td><td class='muted'>{_e(state)}</td></tr>"
        body += "</table>"
        return _page(f"Report {ref}", body)

    async def api_reports(self, request: web.Request) -> web.StreamResponse:
        state = request.query.get("state")
        items = [
            {
                "ref": r.ref,
                "state": r.state,
                "channel": r.channel,
                "service_code": r.service_code,
                "lat": r.lat,
                "lon": r.lon,
                "address": r.address,
                "created_at": r.created_at.isoformat(),
                "service_request_id": s.service_request_id if s else None,
                "council_status": s.status if s else None,
                "last_error": s.last_error if s else None,
            }
            for r, s in await self._reports(state)
        ]
        return web.json_response({"reports": items})
