"""Several councils in one deployment: which council a report's point belongs to, and each one's catalog.

`load_routes(config)` reads the boundary and services files (blocking: call it before the event loop or
in a thread) and returns a `Councils` whose `route(lat, lon)` picks the council whose boundary covers the
point; a council configured without a boundary takes every point outside the others (the single
`[open311]` endpoint is one such council). None means the point is outside every council.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from shapely.geometry.base import BaseGeometry

from dispatcher.definitions import Definitions
from dispatcher.parsing import parse_services
from nlp import Service
from nlp.trained import ModelCatalog
from relay311.boundaries import BoundaryError, covers, parse_boundary
from relay311.config import Config, ConfigError, CouncilRouteConfig


def _no_services() -> Sequence[Service]:
    return []


@dataclass
class Council:
    name: str  # the key in the config; the submissions' `endpoint`
    title: str  # what citizens are told
    config: CouncilRouteConfig
    area: BaseGeometry | None = None  # None: everywhere not inside another council
    services: list[Service] | None = None  # from the config; None: the endpoint's GET services
    # set by the application: the catalog to match reports against, and the Open311 definitions cache
    catalog: Callable[[], Sequence[Service]] = _no_services
    definitions: Definitions | None = None

    @property
    def emailed(self) -> bool:
        return self.config.email is not None


@dataclass
class Councils:
    councils: list[Council] = field(default_factory=list)

    def __iter__(self) -> Any:
        return iter(self.councils)

    def get(self, name: str) -> Council | None:
        return next((c for c in self.councils if c.name == name), None)

    def route(self, lat: float, lon: float) -> Council | None:
        """The council whose boundary covers the point; else the one without a boundary; else None."""
        for council in self.councils:
            if council.area is not None and covers(council.area, lat, lon):
                return council
        return next((c for c in self.councils if c.area is None), None)

    def union(self) -> Sequence[Service]:
        """Every council's services (by code, the first council's wins): matched while the place is
        unknown; matched again against the council's own catalog once the place is known. A trained
        classifier attached to the councils' catalogs (`[nlp] model`) stays attached to the union."""
        seen: dict[str, Service] = {}
        model: ModelCatalog | None = None
        for council in self.councils:
            catalog = council.catalog()
            if model is None and isinstance(catalog, ModelCatalog):
                model = catalog
            for service in catalog:
                seen.setdefault(service.code, service)
        services = list(seen.values())
        if model is None:
            return services
        return ModelCatalog(services, model.classifier, model.weight, model.calibration)

    @property
    def ready(self) -> bool:
        return all(council.catalog() for council in self.councils)


def within(
    area: Callable[[float, float], bool] | None, councils: Councils
) -> Callable[[float, float], bool] | None:
    """`area` (a test of where places may be, or None for anywhere), narrowed to the councils' boundaries
    when every council has one: then an online geocoder's answer outside all of them is refused, and the
    next answer or geocoder is tried. With a council that takes "everywhere else", only `area` holds."""
    areas = [council.area for council in councils]
    if not areas or any(a is None for a in areas):
        return area

    def inside(lat: float, lon: float) -> bool:
        if area is not None and not area(lat, lon):
            return False
        return any(covers(a, lat, lon) for a in areas if a is not None)

    return inside


def _read_json(value: str, base: Path, what: str) -> Any:
    path = Path(value)
    path = path if path.is_absolute() else base / path
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{what}: cannot read {path}: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{what}: {path} is not valid JSON: {exc}") from None


def load_routes(config: Config) -> Councils:
    """The councils of `config`, their boundaries and configured catalogs read. Raises ConfigError.
    Blocking (reads files)."""
    base = Path(config.source).parent if config.source and Path(config.source).exists() else Path.cwd()
    councils = []
    for name, route in config.routes().items():
        where = f"open311.councils.{name}" if config.open311.councils else "open311"
        area = None
        if route.boundary is not None:
            data = route.boundary
            if isinstance(data, str):
                data = _read_json(data, base, f"{where}.boundary")
            try:
                area = parse_boundary(data)
            except BoundaryError as exc:
                raise ConfigError(f"{where}.boundary: {exc}") from None
        services = None
        if route.services is not None:
            raw = route.services
            if isinstance(raw, str):
                raw = _read_json(raw, base, f"{where}.services")
            try:
                services = parse_services(raw)
            except ValueError as exc:
                raise ConfigError(f"{where}.services: {exc}") from None
            if not services:
                raise ConfigError(f"{where}.services: no service with a service_code")
            if route.email is not None:  # no endpoint to fetch definitions from: no attribute questions
                services = [replace(s, metadata=False) for s in services]
        title = route.title or (config.council.name if not config.open311.councils else name)
        councils.append(Council(name, title, route, area, services))
    return Councils(councils)
