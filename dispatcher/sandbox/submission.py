"""Validate a POST requests form against the catalog, as a strict council server would."""

from __future__ import annotations

import math
import re
from datetime import datetime

from multidict import MultiDict

from .catalog import CatalogService
from .storage import NewRequest

MAX_DESCRIPTION = 4000
_ATTRIBUTE_KEY = re.compile(r"^attribute\[([^\]]+)\](\[\])?$")


class Rejection(Exception):
    """The request cannot be accepted: HTTP `status` and spec errors [(code, description)]."""

    def __init__(self, status: int, errors: list[tuple[int, str]]) -> None:
        super().__init__("; ".join(description for _, description in errors))
        self.status = status
        self.errors = errors


def form_attributes(form: MultiDict[str]) -> dict[str, list[str]]:
    """`attribute[code]=v` and `attribute[code][]=v1&attribute[code][]=v2` -> {code: [values]}."""
    result: dict[str, list[str]] = {}
    for key, value in form.items():
        match = _ATTRIBUTE_KEY.match(key)
        if match and value.strip():
            result.setdefault(match.group(1), []).append(value.strip())
    return result


def _coordinate(raw: str, bound: float) -> float | None:
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if math.isfinite(value) and -bound <= value <= bound else None


def _check_attributes(service: CatalogService, given: dict[str, list[str]]) -> list[str]:
    problems = []
    for attr in service.attributes:
        if not attr.get("variable", True):
            continue
        code, datatype = str(attr["code"]), str(attr.get("datatype", "string"))
        values = given.get(code, [])
        keys = [str(v["key"]) for v in attr.get("values") or []]
        if not values:
            if attr.get("required"):
                problems.append(f"attribute[{code}] is required: {attr.get('description', '')}".rstrip(": "))
            continue
        if datatype != "multivaluelist" and len(values) > 1:
            problems.append(f"attribute[{code}] takes a single value")
        if datatype in ("singlevaluelist", "multivaluelist"):
            bad = [v for v in values if v not in keys]
            if bad:
                problems.append(
                    f"attribute[{code}] has an invalid value {bad[0]!r}; expected one of: {', '.join(keys)}"
                )
        elif datatype == "number" and any(_coordinate(v, math.inf) is None for v in values):
            problems.append(f"attribute[{code}] must be a number")
        elif datatype == "datetime":
            try:
                for value in values:
                    datetime.fromisoformat(value)
            except ValueError:
                problems.append(f"attribute[{code}] must be an ISO 8601 date and time")
    return problems


def build_request(form: MultiDict[str], service: CatalogService) -> NewRequest:
    """A NewRequest for `service` from the POSTed form, or Rejection(400, ...) listing every problem."""
    problems: list[str] = []

    def field(name: str) -> str:
        return form.get(name, "").strip()

    lat = long = None
    if field("lat") or field("long"):
        lat, long = _coordinate(field("lat"), 90), _coordinate(field("long"), 180)
        if lat is None or long is None:
            problems.append("lat and long must both be given, as WGS84 decimal degrees")
    elif not field("address_string") and not field("address_id"):
        problems.append("A location is required: lat and long, address_string or address_id")

    description = form.get("description", "").strip()
    if len(description) > MAX_DESCRIPTION:
        problems.append(f"description is longer than {MAX_DESCRIPTION:,} characters")

    given = form_attributes(form)
    problems += _check_attributes(service, given)
    if problems:
        raise Rejection(400, [(400, problem) for problem in problems])

    known = {str(attr["code"]) for attr in service.attributes if attr.get("variable", True)}
    return NewRequest(
        service_code=service.code,
        service_name=service.name,
        description=description,
        agency_responsible=service.agency_responsible,
        service_notice=service.service_notice,
        address=field("address_string"),
        address_id=field("address_id"),
        lat=lat,
        long=long,
        media_url=field("media_url"),
        email=field("email"),
        first_name=field("first_name"),
        last_name=field("last_name"),
        phone=field("phone"),
        device_id=field("device_id"),
        account_id=field("account_id"),
        attributes={code: values for code, values in given.items() if code in known},
    )
