"""A trained model's calibration: Platt scaling fitted by cross-fitting on the history, so that the first
candidate's `confidence` is a probability."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

import pytest

from nlp import Service, extract
from nlp.gazetteer import Gazetteer
from nlp.trained import calibrated, platt
from relay311.cli import main
from relay311.train import MIN_CALIBRATION, calibrate, load_model, train


def test_platt_recovers_a_known_curve() -> None:
    rnd = random.Random(7)
    pairs = []
    for _ in range(4000):
        x = rnd.random()
        pairs.append((x, 1.0 if rnd.random() < 1 / (1 + math.exp(-(6 * x - 3))) else 0.0))
    a, b = platt(pairs)
    assert a == pytest.approx(6, abs=0.8) and b == pytest.approx(-3, abs=0.5)
    assert calibrated(0.5, (a, b)) == pytest.approx(0.5, abs=0.05)


def test_platt_stays_finite_when_everything_is_right() -> None:
    a, b = platt([(0.9, 1.0), (0.8, 1.0), (0.7, 1.0)])
    assert math.isfinite(a) and math.isfinite(b) and calibrated(0.8, (a, b)) > 0.9


CATALOG = [Service("A7", "Highways Team"), Service("B2", "Environmental Services"), Service("C9", "Lighting")]
WORDS = {
    "A7": ["pothole in the road", "crater in the carriageway", "road surface broken"],
    "B2": ["dumped mattress", "fly tipping bags", "rubbish left on the verge"],
    "C9": ["lamp out all night", "street lamp flickering", "light not working"],
}


def history(n: int, noise: float, seed: int = 3) -> list[tuple[str, str]]:
    """n reports; a share `noise` of them filed under a random other service, as real histories are."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        code = rnd.choice(sorted(WORDS))
        text = f"{rnd.choice(WORDS[code])} {i}"
        if rnd.random() < noise:
            code = rnd.choice([c for c in WORDS if c != code])
        out.append((text, code))
    return out


def test_calibration_follows_how_often_the_history_agrees() -> None:
    """With a fifth of the history filed wrongly, a confident first candidate is right about four times in
    five, and the calibrated probability says so; the raw score says more."""
    examples = history(400, noise=0.2)
    fitted = calibrate(examples, CATALOG, epochs=6)
    assert fitted is not None
    model = train(examples, CATALOG, epochs=6)
    model.meta["calibration"] = list(fitted)
    attached = model.attach(CATALOG)
    ex = extract("pothole in the road", attached, Gazetteer.empty())
    assert ex.service_code == "A7" and ex.probability is not None
    assert (
        ex.confidence == ex.probability == pytest.approx(calibrated(ex.candidates[0].score, fitted), abs=1e-3)
    )
    assert 0.65 < ex.confidence < 0.92
    # another share than the one it was fitted with: no calibration, the raw score again
    other = model.attach(CATALOG, weight=0.9)
    assert extract("pothole in the road", other, Gazetteer.empty()).probability is None


def test_too_small_a_history_is_not_calibrated() -> None:
    assert calibrate(history(MIN_CALIBRATION - 1, noise=0.0), CATALOG, epochs=2) is None


def test_cli_writes_the_calibration(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cat = tmp_path / "services.json"
    cat.write_text(json.dumps([{"service_code": s.code, "service_name": s.name} for s in CATALOG]))
    hist = tmp_path / "history.jsonl"
    hist.write_text("".join(json.dumps({"text": t, "service_code": c}) + "\n" for t, c in history(300, 0.1)))
    model = tmp_path / "m.bin"
    assert (
        main(["train", "--catalog", str(cat), "--history", str(hist), "-o", str(model), "--epochs", "4"]) == 0
    )
    assert "calibrated by cross-fitting" in capsys.readouterr().err
    assert len(load_model(model).meta["calibration"]) == 2
    args = ["train", "--catalog", str(cat), "--history", str(hist), "-o", str(model), "--epochs", "2"]
    assert main([*args, "--no-calibration"]) == 0
    assert "not calibrated" in capsys.readouterr().err
    assert "calibration" not in load_model(model).meta


def test_a_falling_fit_becomes_the_base_rate() -> None:
    pairs = [(0.9, 0.0), (0.8, 1.0), (0.3, 1.0), (0.2, 1.0), (0.95, 0.0), (0.1, 1.0)]
    a, b = platt(pairs)
    assert a == 0.0 and calibrated(0.99, (a, b)) == pytest.approx(calibrated(0.01, (a, b)))
    assert calibrated(0.5, (a, b)) == pytest.approx((4 + 0.5) / 7)


def test_the_conversation_stores_the_calibrated_probability() -> None:
    from relay311.conversation import Settings, step

    class Sure:
        labels = ("A7", "B2", "C9")

        def scores(self, text: str) -> dict[str, float]:
            return {"A7": 0.9, "B2": 0.05, "C9": 0.05}

    from nlp.trained import ModelCatalog

    plain = ModelCatalog(CATALOG, Sure(), 0.3)
    fitted = ModelCatalog(CATALOG, Sure(), 0.3, (0.0, 0.0))  # the scores say nothing: always one in two
    gaz = Gazetteer.empty()
    raw = step(None, "pothole in the road", catalog=plain, gazetteer=gaz, settings=Settings()).draft
    cal = step(None, "pothole in the road", catalog=fitted, gazetteer=gaz, settings=Settings()).draft
    assert raw.service_code == cal.service_code == "A7"
    assert raw.confidence > 0.6 and cal.confidence == pytest.approx(0.5)
