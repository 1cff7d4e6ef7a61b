"""Language detection must not read report references or house numbers as words."""

from __future__ import annotations

import pytest

from relay311.language import detect
from relay311.refs import ALPHABET


@pytest.mark.parametrize("ref", ["R-V62Y7", "R-Y2O3Y", "R-7OYK3"])
def test_a_reference_with_y_or_o_does_not_make_a_command_spanish(ref: str) -> None:
    assert detect(f"STATUS {ref}") is None
    assert detect(f"status of {ref} please, is it fixed?") == "en"


def test_every_reference_letter_alone_is_neutral() -> None:
    for letter in ALPHABET:
        assert detect(f"STATUS R-{letter}2{letter}3{letter}") is None


def test_spanish_and_english_sentences_are_still_told_apart() -> None:
    assert detect("Hay un bache enorme en la calle Station Road 12") == "es"
    assert detect("There is a huge pothole outside 12 Station Road") == "en"
