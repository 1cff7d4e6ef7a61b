"""The address an online geocoder's answer is filed with: short, as a council officer writes it."""

from __future__ import annotations

from typing import Any

import pytest
from geopy.location import Location as GeoLocation

from relay311.geocode import MAX_ADDRESS, short_address

NOMINATIM_DISPLAY = (
    "12, High Street, Newnham, Cambridge, Cambridgeshire, Cambridgeshire and Peterborough, England, CB3 9AA,"
    " United Kingdom"
)


def answer(display: str, raw: dict[str, Any]) -> GeoLocation:
    return GeoLocation(display, (52.2, 0.12), raw)


@pytest.mark.parametrize(
    ("display", "raw", "expected"),
    [
        # Nominatim with addressdetails=1
        (
            NOMINATIM_DISPLAY,
            {
                "address": {
                    "house_number": "12",
                    "road": "High Street",
                    "suburb": "Newnham",
                    "city": "Cambridge",
                    "postcode": "CB3 9AA",
                    "country": "United Kingdom",
                }
            },
            "12 High Street, Cambridge CB3 9AA",
        ),
        # a street, no house
        (
            "High Street, Newnham, Cambridge, England, United Kingdom",
            {"address": {"road": "High Street", "town": "Newnham"}},
            "High Street, Newnham",
        ),
        # Photon: a named place on a street
        (
            "Holborn Library",
            {
                "properties": {
                    "name": "Holborn Library",
                    "street": "Theobalds Road",
                    "housenumber": "32",
                    "city": "London",
                    "postcode": "WC1X 8PA",
                }
            },
            "Holborn Library, 32 Theobalds Road, London WC1X 8PA",
        ),
        # ArcGIS
        (
            "380 New York St, Redlands, California, 92373",
            {"attributes": {"AddNum": "380", "StName": "New York St", "City": "Redlands", "Postal": "92373"}},
            "380 New York St, Redlands 92373",
        ),
        # Nominatim without address details: the first parts of the display name
        (NOMINATIM_DISPLAY, {"place_id": 1}, "12 High Street, Newnham, Cambridge"),
        ("Somewhere", {}, "Somewhere"),
    ],
)
def test_short_address(display: str, raw: dict[str, Any], expected: str) -> None:
    assert short_address(answer(display, raw)) == expected


def test_a_long_address_is_cut_to_fit() -> None:
    found = answer("x", {"address": {"road": "Very Long Road Name " * 10, "city": "Cambridge"}})
    text = short_address(found)
    assert len(text) == MAX_ADDRESS and text.endswith("\u2026")
