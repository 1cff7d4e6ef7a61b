"""Council staff side of the sandbox: a plain HTML page and a small JSON API to change a request's status.

No authentication: the sandbox is meant for a developer's machine (it listens on 127.0.0.1 by default).
"""

from __future__ import annotations

import json
from html import escape
from importlib import resources
from string import Template
from typing import Any
from urllib.parse import quote

from aiohttp import web

from .config import CONFIG, STAFF_STATUSES, STORAGE
from .formats import spec_request
from .storage import StoredRequest

MAX_NOTES = 4000
_PAGE = Template(
    resources.files(__package__ or "dispatcher.sandbox").joinpath("staff.html").read_text("utf-8")
)


class StaffInputError(ValueError):
    pass


def staff_view(stored: StoredRequest) -> dict[str, Any]:
    """Everything staff may see: the public fields plus token, contact details and attributes."""
    return {
        **spec_request(stored),
        "token": stored.token,
        "email": stored.email or None,
        "first_name": stored.first_name or None,
        "last_name": stored.last_name or None,
        "phone": stored.phone or None,
        "device_id": stored.device_id or None,
        "account_id": stored.account_id or None,
        "attributes": stored.attributes,
    }


def _validate(status: Any, notes: Any) -> tuple[str | None, str | None]:
    if status is not None:
        if not isinstance(status, str) or status.strip().lower() not in STAFF_STATUSES:
            raise StaffInputError(f"status must be one of: {', '.join(STAFF_STATUSES)}")
        status = status.strip().lower()
    if notes is not None:
        if not isinstance(notes, str) or len(notes) > MAX_NOTES:
            raise StaffInputError(f"status_notes must be text of at most {MAX_NOTES} characters")
        notes = notes.strip()
    if status is None and notes is None:
        raise StaffInputError("give status and/or status_notes")
    return status, notes


def _row(stored: StoredRequest) -> str:
    request_id = stored.service_request_id
    attributes = "".join(
        f"<br><span class=muted>{escape(code)}: {escape(', '.join(values))}</span>"
        for code, values in stored.attributes.items()
    )
    where_parts = [escape(stored.address)] if stored.address else []
    if stored.lat is not None and stored.long is not None:
        where_parts.append(f"<span class=muted>{stored.lat:.5f}, {stored.long:.5f}</span>")
    where = "<br>".join(where_parts)
    if request_id is None:
        ident = f"<span class=muted>pending<br>token {escape(stored.token or '')}</span>"
        update = "<span class=muted>waiting for an id</span>"
    else:
        ident = escape(request_id)
        options = "".join(
            f'<option value="{s}"{" selected" if s == stored.status else ""}>{s}</option>'
            for s in STAFF_STATUSES
        )
        update = (
            f'<form method="post" action="/staff/requests/{quote(request_id, safe="")}">'
            f'<select name="status" aria-label="status">{options}</select>'
            f'<input type="text" name="status_notes" aria-label="status notes" maxlength="{MAX_NOTES}" '
            f'value="{escape(stored.status_notes)}" placeholder="Status notes for the citizen">'
            "<button type=submit>Save</button></form>"
        )
    notes = f"<br><span class=muted>{escape(stored.status_notes)}</span>" if stored.status_notes else ""
    return (
        f"<tr id='r{escape(request_id or '')}'><td>{ident}</td>"
        f"<td>{escape(stored.service_name)}<br><span class=muted>{escape(stored.service_code)}</span></td>"
        f"<td>{escape(stored.description)}{attributes}</td><td>{where}</td>"
        f"<td>{escape(stored.requested_datetime)}<br><span class=muted>updated "
        f"{escape(stored.updated_datetime)}</span></td>"
        f'<td class="{escape(stored.status)}">{escape(stored.status)}{notes}</td><td>{update}</td></tr>'
    )


async def staff_page(request: web.Request) -> web.Response:
    wanted = request.query.get("status", "")
    rows = [r for r in await request.app[STORAGE].all() if not wanted or r.status == wanted]
    updated = request.query.get("updated", "")
    flash = f'<p class="flash">Request {escape(updated)} updated.</p>' if updated else ""
    filters = " | ".join(
        f'<a href="/staff{"?status=" + s if s else ""}">{s or "all"}</a>' for s in ("", "open", "closed")
    )
    body = _PAGE.substitute(
        jurisdiction=escape(request.app[CONFIG].catalog.jurisdiction_name),
        flash=flash,
        filters=filters,
        rows="\n".join(_row(r) for r in rows) or '<tr><td colspan="7">No requests yet.</td></tr>',
    )
    return web.Response(text=body, content_type="text/html", charset="utf-8")


async def staff_form_update(request: web.Request) -> web.Response:
    request_id = request.match_info["request_id"]
    form = await request.post()
    try:
        status, notes = _validate(form.get("status"), form.get("status_notes"))
    except StaffInputError as exc:
        return web.Response(text=f"<p>{escape(str(exc))}</p>", status=400, content_type="text/html")
    stored = await request.app[STORAGE].update_status(request_id, status=status, status_notes=notes)
    if stored is None:
        return web.Response(text="<p>No such request.</p>", status=404, content_type="text/html")
    raise web.HTTPSeeOther(f"/staff?updated={quote(request_id, safe='')}")


async def staff_api_list(request: web.Request) -> web.Response:
    return web.json_response([staff_view(r) for r in await request.app[STORAGE].all()])


async def staff_api_update(request: web.Request) -> web.Response:
    request_id = request.match_info["request_id"]
    try:
        body = await request.json()
    except json.JSONDecodeError:
        return web.json_response({"error": "the body must be a JSON object"}, status=400)
    if not isinstance(body, dict):
        return web.json_response({"error": "the body must be a JSON object"}, status=400)
    try:
        status, notes = _validate(body.get("status"), body.get("status_notes"))
    except StaffInputError as exc:
        return web.json_response({"error": str(exc)}, status=400)
    stored = await request.app[STORAGE].update_status(request_id, status=status, status_notes=notes)
    if stored is None:
        return web.json_response({"error": f"no request with id {request_id}"}, status=404)
    return web.json_response(staff_view(stored))


def add_staff_routes(app: web.Application) -> None:
    app.router.add_get("/staff", staff_page)
    app.router.add_post("/staff/requests/{request_id}", staff_form_update)
    app.router.add_get("/staff/api/requests", staff_api_list)
    app.router.add_post("/staff/api/requests/{request_id}", staff_api_update)
