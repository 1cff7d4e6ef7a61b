"""The sandbox's service catalog, read from the package's catalog.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

SPEC_SERVICE_FIELDS = ("service_code", "service_name", "description", "metadata", "type", "keywords", "group")
SPEC_ATTRIBUTE_FIELDS = (
    "variable",
    "code",
    "datatype",
    "required",
    "datatype_description",
    "order",
    "description",
    "values",
)


@dataclass(frozen=True)
class CatalogService:
    """One catalog entry: the spec fields plus what the sandbox fills into requests it creates."""

    code: str
    name: str
    type: str
    spec: dict[str, Any]  # exactly the GET services fields
    attributes: tuple[dict[str, Any], ...]  # GET services/{code} attributes (spec fields only)
    agency_responsible: str
    service_notice: str


@dataclass(frozen=True)
class Catalog:
    jurisdiction_name: str
    changeset: str
    services: tuple[CatalogService, ...]

    def get(self, code: str) -> CatalogService | None:
        return next((s for s in self.services if s.code == code), None)


def _service(entry: dict[str, Any]) -> CatalogService:
    attributes = tuple(
        {name: attr.get(name) for name in SPEC_ATTRIBUTE_FIELDS} for attr in entry.get("attributes", [])
    )
    return CatalogService(
        code=str(entry["service_code"]),
        name=str(entry["service_name"]),
        type=str(entry.get("type", "realtime")),
        spec={name: entry.get(name) for name in SPEC_SERVICE_FIELDS},
        attributes=attributes,
        agency_responsible=str(entry.get("agency_responsible", "")),
        service_notice=str(entry.get("service_notice", "")),
    )


def load_catalog(text: str | None = None) -> Catalog:
    """Parse `text`, or the bundled catalog.json when None."""
    if text is None:
        text = (
            resources.files(__package__ or "dispatcher.sandbox").joinpath("catalog.json").read_text("utf-8")
        )
    data = json.loads(text)
    return Catalog(
        jurisdiction_name=str(data.get("jurisdiction_name", "")),
        changeset=str(data.get("changeset", "")),
        services=tuple(_service(entry) for entry in data["services"]),
    )
