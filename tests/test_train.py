"""`relay311 train`: a spaCy textcat on spacy.blank("en"), saved as one versioned file, combined with
zero-shot scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp import Service, extract
from nlp.category import rank
from relay311.app import load_catalog_view, load_gazetteer
from relay311.cli import main
from relay311.config import ConfigError
from relay311.train import MAGIC, TrainError, load_model, read_history, save_model, train

# Codes whose names say nothing about the history's wording: only training can route these.
CATALOG = [
    Service("A7", "Highways Team"),
    Service("B2", "Environmental Services"),
    Service("C9", "Street Lighting"),
]
HISTORY = (
    [(f"pothole number {i} in the road", "A7") for i in range(6)]
    + [(f"crater in the carriageway {i}", "A7") for i in range(6)]
    + [(f"dumped mattress and rubbish {i}", "B2") for i in range(6)]
    + [(f"fly tipping bags on verge {i}", "B2") for i in range(6)]
    + [(f"lamp out all night {i}", "C9") for i in range(6)]
    + [("not in the catalog", "Z1")]
)


@pytest.fixture(scope="module")
def model_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("model") / "model.bin"
    save_model(train(HISTORY, CATALOG, epochs=12), path)
    return path


def test_model_file_is_versioned_and_reloads(model_file: Path) -> None:
    assert model_file.read_bytes().startswith(MAGIC + b" 1\n")
    model = load_model(model_file)
    assert list(model.labels) == ["A7", "B2", "C9"]
    assert model.meta["examples"] == 30 and model.meta["skipped"] == 1
    scores = model.scores("another crater in the carriageway")
    assert max(scores, key=lambda k: scores[k]) == "A7"
    assert sum(scores.values()) == pytest.approx(1.0, abs=1e-3)


def test_trained_scores_combine_with_zero_shot(model_file: Path) -> None:
    model = load_model(model_file)
    with_model = model.attach(CATALOG)
    ranked = rank("someone dumped a mattress", with_model)
    assert ranked[0].service_code == "B2"
    gaz = load_gazetteer("builtin:demo_town")
    ex = extract("fly tipping on the verge by Station Road", with_model, gaz)
    assert ex.service_code == "B2" and ex.location is not None
    # The zero-shot ranking alone still works on the same catalog.
    assert rank("street light out", CATALOG)[0].service_code == "C9"


def test_config_model_wraps_the_catalog(model_file: Path) -> None:
    view = load_catalog_view(str(model_file))
    catalog = view(lambda: CATALOG)()
    assert list(catalog) == CATALOG
    assert rank("crater in the carriageway", catalog)[0].service_code == "A7"
    assert load_catalog_view("")(lambda: CATALOG)() is CATALOG


def test_a_file_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "model.bin"
    bad.write_bytes(b"hello\n")
    with pytest.raises(ConfigError, match="not a relay311 model"):
        load_model(bad)
    newer = tmp_path / "newer.bin"
    newer.write_bytes(MAGIC + b" 99\n{}\n")
    with pytest.raises(ConfigError, match="newer"):
        load_model(newer)


def test_history_formats(tmp_path: Path) -> None:
    csv_file = tmp_path / "h.csv"
    csv_file.write_text('Description,Service_Code\n"hole, big",A7\n,B2\n')
    assert read_history(csv_file) == [("hole, big", "A7")]
    js = tmp_path / "h.json"
    js.write_text(json.dumps([{"text": "lamp out", "service_code": 9}]))
    assert read_history(js) == [("lamp out", "9")]
    jl = tmp_path / "h.jsonl"
    jl.write_text('{"text": "a", "code": "X"}\n{"text": "b", "code": "Y"}\n')
    assert read_history(jl) == [("a", "X"), ("b", "Y")]


def test_history_as_spreadsheets_save_it(tmp_path: Path) -> None:
    # Excel in much of Europe: semicolons, a byte-order mark, a header with spaces
    semi = tmp_path / "semicolon.csv"
    semi.write_bytes('\ufeffDescription;Service Code\n"hole; big";A7\nlamp out;B2\n'.encode())
    assert read_history(semi) == [("hole; big", "A7"), ("lamp out", "B2")]
    tabs = tmp_path / "tabs.csv"
    tabs.write_text("text\tservice-code\nbins not emptied\tW1\n")
    assert read_history(tabs) == [("bins not emptied", "W1")]
    # saved on Windows: not UTF-8
    latin = tmp_path / "cp1252.csv"
    latin.write_bytes("text,code\nd\xe9bris on the caf\xe9 corner,D9\n".encode("latin-1"))
    assert read_history(latin) == [("d\xe9bris on the caf\xe9 corner", "D9")]


def test_history_without_the_columns_says_which_it_found(tmp_path: Path) -> None:
    bad = tmp_path / "h.csv"
    bad.write_text("Summary,Request Type\npothole,roads\n")
    with pytest.raises(TrainError, match="columns found: request_type, summary"):
        read_history(bad)


def test_cli_train_then_extract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cat = tmp_path / "services.json"
    cat.write_text(json.dumps([{"service_code": s.code, "service_name": s.name} for s in CATALOG]))
    hist = tmp_path / "history.jsonl"
    hist.write_text("".join(json.dumps({"text": t, "service_code": c}) + "\n" for t, c in HISTORY))
    model = tmp_path / "m.bin"
    args = ["train", "--catalog", str(cat), "--history", str(hist), "-o", str(model), "--epochs", "8"]
    assert main(args) == 0
    assert "30 examples of 3 services" in capsys.readouterr().err
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "crater in the carriageway"}\n')
    out = tmp_path / "out.jsonl"
    args = ["extract", "--catalog", str(cat), "--gazetteer", "builtin:demo_town", "--model", str(model)]
    assert main([*args, "-i", str(src), "-o", str(out), "-q"]) == 0
    assert json.loads(out.read_text())["service_code"] == "A7"
    one_label = tmp_path / "one.jsonl"
    one_label.write_text('{"text": "a", "service_code": "A7"}\n')
    assert main(["train", "--catalog", str(cat), "--history", str(one_label), "-o", str(model)]) == 2
