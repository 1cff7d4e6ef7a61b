"""Response bodies -> model objects, tolerant of what real Open311 servers send.

`decode_body` turns JSON or XML bytes into Spark-convention data (lists and dicts); the `parse_*`
functions turn that data into model objects. They never trust types: ids may be numbers, booleans may
be strings, values may be missing, null or empty. Structurally wrong data raises `ShapeError`.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from nlp.types import Service

from .models import (
    AttributeDef,
    Discovery,
    DiscoveryEndpoint,
    RequestStatus,
    RequestUpdate,
    ServiceDefinition,
    SubmitResult,
)
from .xmlparse import XMLFormatError, parse_xml


class BodyFormatError(ValueError):
    """The body is neither valid JSON nor valid XML. `kind` describes what it was instead."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class ShapeError(ValueError):
    """The body parsed, but does not have the structure an Open311 answer must have."""


_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


def decode_body(body: bytes, content_type: str = "") -> Any:
    """Parse a response body by sniffing its first byte (servers often ignore the requested format)."""
    text = body.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not text:
        raise BodyFormatError("an empty body")
    head = text[:200].lower()
    if head.startswith((b"<!doctype html", b"<html")) or (
        "html" in content_type.lower() and not head.startswith(b"<?xml")
    ):
        raise BodyFormatError("an HTML page")
    if text.startswith(b"<"):
        try:
            return parse_xml(text)
        except XMLFormatError as exc:
            raise BodyFormatError("invalid XML") from exc
    if text.startswith((b"[", b"{")):
        try:
            return json.loads(text.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise BodyFormatError("invalid JSON") from exc
    raise BodyFormatError("a body that is neither JSON nor XML")


# --- scalar coercion -------------------------------------------------------------------------------


def text(value: Any) -> str:
    """Any scalar as a stripped string; None, lists and objects become ""."""
    if value is None or isinstance(value, dict | list):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip()


def _optional_text(value: Any) -> str | None:
    return text(value) or None


def _clean(value: Any) -> str:
    """Free text: HTML line breaks (DC escapes `<br>` into descriptions) become newlines."""
    return _BR.sub("\n", text(value)).strip()


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return text(value).lower() in {"true", "1", "yes"}


def _int(value: Any, default: int) -> int:
    try:
        return int(float(text(value)))
    except ValueError:
        return default


def _float(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        result = float(text(value))
    except ValueError:
        return None
    return result if result == result else None  # NaN


def parse_datetime(value: Any) -> datetime | None:
    """ISO 8601 (w3 subset). Naive when the server left out the offset; None when unreadable."""
    raw = text(value)
    if not raw:
        return None
    if raw.endswith(("z", "Z")):
        raw = raw[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None


# --- structure --------------------------------------------------------------------------------------


def _records(data: Any, *wrappers: str) -> list[dict[str, Any]]:
    """A list of objects, accepting the Spark form (a list) and Parker-like wrappers ({"services": ...})."""
    if isinstance(data, list):
        return [item for item in data if isinstance(item, dict)]
    if isinstance(data, dict):
        for key in wrappers:
            if key in data:
                return _records(data[key], *wrappers)
        return [data]
    raise ShapeError(f"expected a list of objects, got {type(data).__name__}")


def parse_services(data: Any) -> list[Service]:
    services = []
    for item in _records(data, "services", "service"):
        code = text(item.get("service_code"))
        if not code:
            continue
        raw_keywords = item.get("keywords")
        parts = raw_keywords if isinstance(raw_keywords, list) else text(raw_keywords).split(",")
        keywords = tuple(k for k in (text(p) for p in parts) if k)
        services.append(
            Service(
                code=code,
                name=text(item.get("service_name")) or code,
                description=_clean(item.get("description")),
                keywords=keywords,
                group=text(item.get("group")),
                metadata=_bool(item.get("metadata")),
                type=text(item.get("type")).lower() or "realtime",
            )
        )
    return services


def _values(data: Any) -> tuple[tuple[str, str], ...]:
    if not data:
        return ()
    pairs = []
    for item in _records(data, "values", "value"):
        key = text(item.get("key"))
        if key:
            pairs.append((key, text(item.get("name")) or key))
    return tuple(pairs)


def parse_definition(data: Any, service_code: str) -> ServiceDefinition:
    if isinstance(data, list) and len(data) == 1:
        data = data[0]
    if not isinstance(data, dict):
        raise ShapeError(f"expected a service definition object, got {type(data).__name__}")
    if "service_definition" in data and isinstance(data["service_definition"], dict):
        data = data["service_definition"]
    # Pre-2011 servers put <attribute> directly under <service_definition> (no <attributes> wrapper).
    raw = data.get("attributes", data.get("attribute"))
    attributes = []
    for index, item in enumerate(_records(raw, "attributes", "attribute") if raw else []):
        code = text(item.get("code"))
        if not code:
            continue
        attr = AttributeDef(
            code=code,
            datatype=text(item.get("datatype")).lower() or "string",
            required=_bool(item.get("required")),
            variable=_bool(item.get("variable", True)),
            description=_clean(item.get("description")),
            order=_int(item.get("order"), 0),
            values=_values(item.get("values")),
            datatype_description=text(item.get("datatype_description")),
        )
        attributes.append((attr.order, index, attr))
    attributes.sort(key=lambda entry: (entry[0], entry[1]))
    return ServiceDefinition(
        service_code=text(data.get("service_code")) or service_code,
        attributes=tuple(attr for _, _, attr in attributes),
    )


def parse_submit(data: Any) -> SubmitResult:
    records = _records(data, "service_requests", "request")
    if not records:
        raise ShapeError("the POST answer holds no request")
    first = records[0]
    return SubmitResult(
        service_request_id=_optional_text(first.get("service_request_id")),
        token=_optional_text(first.get("token")),
        service_notice=text(first.get("service_notice")),
        account_id=_optional_text(first.get("account_id")),
    )


def parse_token(data: Any) -> str | None:
    for record in _records(data, "service_requests", "request"):
        request_id = _optional_text(record.get("service_request_id"))
        if request_id:
            return request_id
    return None


def _position(item: dict[str, Any]) -> tuple[float | None, float | None]:
    lat, long = _float(item.get("lat")), _float(item.get("long"))
    if lat is None or long is None or (lat == 0 and long == 0):  # (0, 0) is "unknown" on several servers
        return None, None
    return lat, long


def parse_requests(data: Any) -> list[RequestStatus]:
    """Requests without an id (still being processed, as on Chicago) are left out."""
    result = []
    for item in _records(data, "service_requests", "request"):
        request_id = text(item.get("service_request_id"))
        if not request_id:
            continue
        lat, long = _position(item)
        result.append(
            RequestStatus(
                service_request_id=request_id,
                status=text(item.get("status")).lower(),
                status_notes=text(item.get("status_notes")),
                service_code=text(item.get("service_code")),
                service_name=text(item.get("service_name")),
                description=text(item.get("description")),
                agency_responsible=text(item.get("agency_responsible")),
                requested_datetime=parse_datetime(item.get("requested_datetime")),
                updated_datetime=parse_datetime(item.get("updated_datetime")),
                address=" ".join(text(item.get("address")).split()),
                lat=lat,
                long=long,
                media_url=text(item.get("media_url")),
            )
        )
    return result


def parse_updates(data: Any) -> list[RequestUpdate]:
    """mySociety servicerequestupdates; both root spellings (`service_request_updates` and FixMyStreet's
    `service_requests_updates`). Entries without an update_id or request id are left out."""
    result = []
    for item in _records(data, "service_request_updates", "service_requests_updates", "request_update"):
        update_id, request_id = text(item.get("update_id")), text(item.get("service_request_id"))
        if not update_id or not request_id:
            continue
        result.append(
            RequestUpdate(
                update_id=update_id,
                service_request_id=request_id,
                status=text(item.get("status")).lower(),
                description=_clean(item.get("description")),
                updated_datetime=parse_datetime(item.get("updated_datetime")),
                media_url=text(item.get("media_url")),
                external_status_code=text(item.get("external_status_code")),
            )
        )
    return result


def parse_discovery(data: Any) -> Discovery:
    if isinstance(data, list) and len(data) == 1:
        data = data[0]
    if not isinstance(data, dict):
        raise ShapeError(f"expected a discovery object, got {type(data).__name__}")
    endpoints = []
    for item in _records(data.get("endpoints") or [], "endpoints", "endpoint"):
        raw_formats = item.get("formats") or []
        if isinstance(raw_formats, dict):  # <formats><format>..</format></formats> without the container rule
            raw_formats = raw_formats.get("format") or []
        formats = raw_formats if isinstance(raw_formats, list) else [raw_formats]
        endpoints.append(
            DiscoveryEndpoint(
                specification=text(item.get("specification")),
                url=text(item.get("url")),
                type=text(item.get("type")).lower(),
                formats=tuple(f for f in (text(v) for v in formats) if f),
                changeset=text(item.get("changeset")),
            )
        )
    return Discovery(
        changeset=text(data.get("changeset")),
        contact=text(data.get("contact")),
        key_service=text(data.get("key_service")),
        endpoints=tuple(endpoints),
    )


# --- errors -----------------------------------------------------------------------------------------


def parse_errors(data: Any) -> list[tuple[str, str]]:
    """Spec error documents -> [(code, description)]; [] when the data is not an error document."""
    if isinstance(data, str):  # a bare <error>text</error>
        return [("", data.strip())] if data.strip() else []
    if isinstance(data, dict) and "errors" in data:
        return parse_errors(data["errors"])
    if isinstance(data, dict) and isinstance(data.get("error"), dict | list | str):
        return parse_errors(data["error"])
    items = data if isinstance(data, list) else [data] if isinstance(data, dict) else []
    errors = []
    for item in items:
        if isinstance(item, dict) and ("description" in item or "code" in item):
            errors.append((text(item.get("code")), text(item.get("description"))))
    return errors


def error_document(data: Any) -> list[tuple[str, str]]:
    """Like parse_errors, but only for data that is unmistakably an error document (used on 2xx answers)."""
    items = data if isinstance(data, list) else []
    if items and all(
        isinstance(item, dict) and "description" in item and set(item) <= {"code", "description"}
        for item in items
    ):
        return parse_errors(items)
    return []


_NOT_CITIZEN = re.compile(r"api[_ ]?key|jurisdiction|service[_ ]code|duplicate", re.IGNORECASE)
_CITIZEN = re.compile(
    r"\b(location|lat|long|latitude|longitude|address|address_string|address_id|attribute|required|"
    r"missing|outside|boundary|boundaries|description|email|phone|first_name|last_name|media_url)\b",
    re.IGNORECASE,
)


def is_citizen_error(description: str) -> bool:
    """Does the server's error talk about something the citizen told us (location, attributes, ...)?"""
    return bool(_CITIZEN.search(description)) and not _NOT_CITIZEN.search(description)
