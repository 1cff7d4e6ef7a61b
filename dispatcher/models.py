"""Value types of the Open311 client. Pure data, no I/O.

`nlp.types.Service` is the catalog entry type; it is shared with the extraction code and lives there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class ServiceRequest:
    """What we POST to `requests.{format}`.

    A location is required by the spec: `lat` and `long` together, or `address_string`.
    `attributes` maps an attribute code to one value, or to a sequence of values for a multivaluelist
    (sent as `attribute[code][]=`).
    """

    service_code: str
    description: str
    lat: float | None = None
    long: float | None = None
    address_string: str | None = None
    attributes: Mapping[str, str | Sequence[str]] = field(default_factory=dict)
    media_url: str | None = None
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    phone: str | None = None
    device_id: str | None = None
    account_id: str | None = None


@dataclass(frozen=True)
class SubmitResult:
    """The answer to a POST: an id (realtime), a token (batch), or neither (blackbox)."""

    service_request_id: str | None
    token: str | None
    service_notice: str = ""
    account_id: str | None = None


@dataclass(frozen=True)
class RequestStatus:
    """One service request as returned by GET requests.

    `status` is lower-cased ("open", "closed", or whatever else the server uses).
    Datetimes are timezone-aware when the server followed the spec; a server that omits the
    offset (e.g. old San Francisco) yields naive datetimes. A (0, 0) position means "unknown" on
    several servers and is returned as `lat = long = None`.
    """

    service_request_id: str
    status: str
    status_notes: str = ""
    service_code: str = ""
    service_name: str = ""
    description: str = ""
    agency_responsible: str = ""
    requested_datetime: datetime | None = None
    updated_datetime: datetime | None = None
    address: str = ""
    lat: float | None = None
    long: float | None = None
    media_url: str = ""


@dataclass(frozen=True)
class AttributeDef:
    """One attribute of a service definition.

    `values` holds (key, name) pairs for singlevaluelist / multivaluelist; the key is what is sent.
    `variable=False` attributes are notices to show the citizen, not questions.
    """

    code: str
    datatype: str
    required: bool
    variable: bool
    description: str
    order: int
    values: tuple[tuple[str, str], ...] = ()
    datatype_description: str = ""


@dataclass(frozen=True)
class ServiceDefinition:
    """GET services/{code}: the attributes, sorted by `order`."""

    service_code: str
    attributes: tuple[AttributeDef, ...]


@dataclass(frozen=True)
class RequestUpdate:
    """One entry of mySociety's `GET servicerequestupdates` (as FixMyStreet and open311-adapter use it).

    `status` is lower-cased and may be any of FixMyStreet's states (investigating, action_scheduled,
    in_progress, fixed, duplicate, not_councils_responsibility, no_further_action, closed, open, ...).
    """

    update_id: str
    service_request_id: str
    status: str
    description: str = ""
    updated_datetime: datetime | None = None
    media_url: str = ""
    external_status_code: str = ""


@dataclass(frozen=True)
class DiscoveryEndpoint:
    specification: str
    url: str
    type: str
    formats: tuple[str, ...]
    changeset: str = ""


@dataclass(frozen=True)
class Discovery:
    """A service discovery document. `changeset` is kept as text: real ones are not always ISO 8601."""

    changeset: str
    contact: str
    key_service: str
    endpoints: tuple[DiscoveryEndpoint, ...]

    def formats_for(self, base_url: str) -> tuple[str, ...]:
        """The formats ("json", "xml") the GeoReport v2 endpoint at `base_url` declares; () when unlisted."""
        wanted = base_url.rstrip("/").split("://", 1)[-1]
        for endpoint in self.endpoints:
            if endpoint.url.rstrip("/").split("://", 1)[-1] != wanted:
                continue
            if "v2.1" in endpoint.specification.lower():
                continue
            found = []
            for mime in endpoint.formats:
                if "json" in mime.lower():
                    found.append("json")
                elif "xml" in mime.lower():
                    found.append("xml")
            return tuple(dict.fromkeys(found))
        return ()
