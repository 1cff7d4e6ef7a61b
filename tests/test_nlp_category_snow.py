"""A sidewalk that was not cleared or shoveled is a snow problem, not a broken sidewalk."""

from __future__ import annotations

import pytest

from nlp import Service, rank

DC_LIKE = [Service("SW", "Sidewalk Repair"), Service("SNOW", "Snow/Ice Removal"), Service("PH", "Pothole")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sidewalk not cleared at Burger King", "SNOW"),
        ("SIDEWALKS ON WALNUT NOT SHOVELED. I HAD TO WALK IN THE STREET", "SNOW"),
        ("sidewalk cracked and lifted outside no 12", "SW"),
    ],
)
def test_snow_on_a_sidewalk_goes_to_snow_removal(text: str, code: str) -> None:
    assert rank(text, DC_LIKE)[0].service_code == code
