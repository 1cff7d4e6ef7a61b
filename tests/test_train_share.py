"""`relay311 train` chooses the classifier's share on the council's own history (cross-fitted top-1)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from nlp import Service
from relay311.cli import main
from relay311.train import DEFAULT_WEIGHT, SHARES, _clearly_better, fit, load_model

# Zero-shot reads these names, but this council files lamps under "Potholes" and potholes under "Lighting"
# (a real history's codes need not mean what their names say); only its history can teach that.
SWAPPED = [Service("P1", "Potholes"), Service("L1", "Street Lighting"), Service("G1", "Graffiti")]
SAID = {
    "L1": ["pothole in the road", "deep pothole by the shop", "huge pothole outside school"],
    "P1": ["street light out", "lamp post flickering", "streetlight not working"],
    "G1": ["graffiti on the wall", "tagging on the bridge", "spray paint on the sign"],
}
PLAIN = [Service("P1", "Potholes"), Service("L1", "Street Lighting"), Service("G1", "Graffiti")]
HONEST = {"P1": SAID["L1"], "L1": SAID["P1"], "G1": SAID["G1"]}


def history(said: dict[str, list[str]], n: int = 240, seed: int = 5) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        code = rnd.choice(sorted(said))
        out.append((f"{rnd.choice(said[code])} {i}", code))
    return out


def test_a_history_that_contradicts_the_names_gets_a_large_share() -> None:
    fitted = fit(history(SAID), SWAPPED, epochs=6)
    assert fitted is not None
    assert fitted.weight > DEFAULT_WEIGHT
    assert fitted.top1[fitted.weight] == max(fitted.top1.values())
    assert fitted.top1[fitted.weight] > fitted.top1[min(SHARES)] + 0.3  # the small share trusts the names


def test_when_no_share_does_clearly_better_the_default_is_kept() -> None:
    fitted = fit(history(HONEST), PLAIN, epochs=6)
    assert fitted is not None
    assert set(fitted.top1) == set(SHARES)
    assert fitted.weight == DEFAULT_WEIGHT


def test_a_small_difference_is_not_enough() -> None:
    """Two wrong rows more or less out of a hundred is chance: the default stays."""
    same = [True] * 80 + [False] * 20
    slightly = [True] * 82 + [False] * 18
    clearly = [True] * 95 + [False] * 5
    assert not _clearly_better(slightly, same)
    assert _clearly_better(clearly, same)
    assert not _clearly_better(same, clearly)


def test_a_given_share_is_the_only_one_tried() -> None:
    fitted = fit(history(SAID), SWAPPED, epochs=4, weight=0.3)
    assert fitted is not None and fitted.weight == 0.3 and list(fitted.top1) == [0.3]


def test_cli_stores_the_chosen_share_and_reports_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cat = tmp_path / "services.json"
    cat.write_text(json.dumps([{"service_code": s.code, "service_name": s.name} for s in SWAPPED]))
    hist = tmp_path / "history.jsonl"
    hist.write_text("".join(json.dumps({"text": t, "service_code": c}) + "\n" for t, c in history(SAID)))
    model = tmp_path / "m.bin"
    args = ["train", "--catalog", str(cat), "--history", str(hist), "-o", str(model), "--epochs", "6"]
    assert main(args) == 0
    err = capsys.readouterr().err
    meta = load_model(model).meta
    assert meta["weight"] > DEFAULT_WEIGHT and f"classifier share {meta['weight']}" in err
    assert set(meta["share_top1"]) == {str(w) for w in SHARES}
    assert main([*args, "--weight", "0.3"]) == 0
    assert load_model(model).meta["weight"] == 0.3
    capsys.readouterr()
    assert main([*args, "--weight", "1.5"]) != 0
    assert "--weight" in capsys.readouterr().err
