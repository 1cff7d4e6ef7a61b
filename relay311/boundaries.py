"""Council boundaries: GeoJSON polygons read into shapely geometries, and which one contains a point.

Pure: `parse_boundary` takes decoded GeoJSON; reading a boundary file is the caller's (`relay311.councils`).
GeoJSON positions are [longitude, latitude].
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

AREA_TYPES = frozenset({"Polygon", "MultiPolygon"})


class BoundaryError(ValueError):
    """A boundary that is not a usable GeoJSON polygon, phrased for the person who edits the config."""


def _geometries(data: Any) -> list[Mapping[str, Any]]:
    if not isinstance(data, Mapping):
        raise BoundaryError(
            "a boundary must be a GeoJSON object (Polygon, MultiPolygon, Feature or FeatureCollection)"
        )
    kind = data.get("type")
    if kind == "FeatureCollection":
        features = data.get("features")
        if not isinstance(features, list) or not features:
            raise BoundaryError("the FeatureCollection has no features")
        return [g for feature in features for g in _geometries(feature)]
    if kind == "Feature":
        return _geometries(data.get("geometry"))
    if kind == "GeometryCollection":
        return [g for item in data.get("geometries") or [] for g in _geometries(item)]
    if kind in AREA_TYPES:
        return [data]
    raise BoundaryError(f"a boundary must be a Polygon or MultiPolygon, not {kind!r}")


def parse_boundary(data: Any) -> BaseGeometry:
    """The area of a GeoJSON Polygon / MultiPolygon / Feature / FeatureCollection (their union)."""
    parts: list[BaseGeometry] = []
    for geometry in _geometries(data):
        try:
            parts.append(shape(geometry))
        except (ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
            raise BoundaryError(f"invalid {geometry.get('type')} coordinates: {exc}") from None
    area = shapely.union_all(parts) if len(parts) > 1 else parts[0]
    if not area.is_valid:
        area = shapely.make_valid(area)
    if area.is_empty or area.area == 0:
        raise BoundaryError("the boundary encloses no area")
    lon_min, lat_min, lon_max, lat_max = area.bounds
    if not (-180 <= lon_min <= lon_max <= 180 and -90 <= lat_min <= lat_max <= 90):
        raise BoundaryError("coordinates must be [longitude, latitude] in degrees (WGS 84)")
    shapely.prepare(area)
    return area


def covers(area: BaseGeometry, lat: float, lon: float) -> bool:
    """Whether the point lies inside the area or on its edge."""
    return bool(area.covers(shapely.Point(lon, lat)))
