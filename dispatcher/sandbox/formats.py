"""Render sandbox answers as GeoReport JSON or XML (the Spark convention: lists in the JSON are
`<container><item/>...</container>` in the XML), and spec error bodies."""

from __future__ import annotations

import json
from typing import Any
from xml.etree import ElementTree as ET  # building only; nothing is parsed here

from aiohttp import web

from .storage import StoredRequest, StoredUpdate

ITEM_TAGS = {
    "services": "service",
    "service_requests": "request",
    "errors": "error",
    "attributes": "attribute",
    "values": "value",
    "endpoints": "endpoint",
    "formats": "format",
    "service_request_updates": "request_update",
}
CLOSED = frozenset({"closed", "fixed", "duplicate", "not_councils_responsibility", "no_further_action"})
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _fill(element: ET.Element, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, list):
        item_tag = ITEM_TAGS.get(element.tag, "item")
        for item in value:
            _fill(ET.SubElement(element, item_tag), item)
    elif isinstance(value, dict):
        for key, item in value.items():
            _fill(ET.SubElement(element, key), item)
    else:
        element.text = _scalar(value)


def to_xml(root: str, data: Any) -> str:
    element = ET.Element(root)
    _fill(element, data)
    ET.indent(element)
    return XML_DECLARATION + ET.tostring(element, encoding="unicode") + "\n"


def render(data: Any, root: str, fmt: str, *, status: int = 200) -> web.Response:
    """`root` is the XML root element ("services", "service_requests", "service_definition", ...)."""
    if fmt == "xml":
        return web.Response(text=to_xml(root, data), status=status, content_type="text/xml", charset="utf-8")
    body = json.dumps(data, ensure_ascii=False, indent=2)
    return web.Response(text=body, status=status, content_type="application/json", charset="utf-8")


def error_response(status: int, errors: list[tuple[int, str]], fmt: str) -> web.Response:
    """The spec's error document: [{"code": .., "description": ..}] / <errors><error>..</error></errors>."""
    data = [{"code": code, "description": description} for code, description in errors]
    return render(data, "errors", fmt, status=status)


def naive_time(value: str) -> str:
    """ "2026-11-27T10:00:00+00:00" -> "2026-11-27 10:00:00" (the no-tz profile)."""
    return value.replace("T", " ").removesuffix("+00:00") if value else value


def spec_update(update: StoredUpdate, *, no_tz: bool = False) -> dict[str, Any]:
    """One mySociety servicerequestupdates entry."""
    return {
        "update_id": update.update_id,
        "service_request_id": update.service_request_id,
        "status": update.status,
        "description": update.description,
        "updated_datetime": naive_time(update.updated_datetime) if no_tz else update.updated_datetime,
        "media_url": "",
        "external_status_code": update.status.upper()[:3],
    }


def spec_request(stored: StoredRequest, *, no_tz: bool = False) -> dict[str, Any]:
    """A stored request as the spec's GET requests item (empty values as null, like the spec examples).
    FixMyStreet states set by staff read as the spec's open or closed here."""
    fields: dict[str, Any] = {
        "service_request_id": stored.service_request_id,
        "status": "closed" if stored.status in CLOSED else "open",
        "status_notes": stored.status_notes,
        "service_name": stored.service_name,
        "service_code": stored.service_code,
        "description": stored.description,
        "agency_responsible": stored.agency_responsible,
        "service_notice": stored.service_notice,
        "requested_datetime": stored.requested_datetime,
        "updated_datetime": stored.updated_datetime,
        "expected_datetime": None,
        "address": stored.address,
        "address_id": stored.address_id,
        "zipcode": None,
        "lat": stored.lat,
        "long": stored.long,
        "media_url": stored.media_url,
    }
    if no_tz:
        for name in ("requested_datetime", "updated_datetime"):
            fields[name] = naive_time(fields[name])
    return {key: (None if value == "" else value) for key, value in fields.items()}
