"""`relay311 train`: learn a council's own wording from its past requests, with a spaCy text classifier.

The pipeline is `spacy.blank("en")` plus one `textcat` (exclusive classes, bag-of-words/bigram model:
fast, small, and trainable on a few hundred examples); nothing is downloaded. Texts are normalised by
`nlp.trained.normalise` at training and at run time alike.

The model file is one file: a first line `relay311-textcat <format version>`, a second line of JSON
(labels, the catalog codes it was trained for, spaCy version, counts, the pipeline config), then the
pipeline's bytes. `load_model` refuses files of a newer format.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nlp import Service
from nlp.category import concept_tags
from nlp.trained import ModelCatalog, normalise, platt
from relay311.config import ConfigError

MAGIC = b"relay311-textcat"
FORMAT_VERSION = 1
# The classifier's share of the combined score. 0.3 was best in 5-fold runs on 491 real reports (bench/
# nlp_category.py, three seeds: top-1 0.880-0.884 against 0.868-0.872 at 0.45); every model file stores
# the share it was trained with, so changing this changes only models trained afterwards.
DEFAULT_WEIGHT = 0.3
# What the classifier reads. "words": the normalised text (models made before concept tags existed have no
# "features" in their metadata and are read this way); "words+concepts": plus nlp.category.concept_tags.
FEATURES = "words+concepts"
_TEXT_KEYS = ("text", "description", "body", "message", "detail", "details")
_CODE_KEYS = ("service_code", "code", "label", "category")


class TrainError(ValueError):
    pass


@dataclass
class SpacyClassifier:
    """A trained spaCy pipeline, answering {service_code: probability}."""

    nlp: Any
    meta: dict[str, Any]

    @property
    def labels(self) -> Sequence[str]:
        return tuple(self.meta["labels"])

    def scores(self, text: str) -> Mapping[str, float]:
        doc = self.nlp(featurise(text, self.meta.get("features", "words")))
        return dict(doc.cats)

    def attach(self, catalog: Sequence[Service], weight: float | None = None) -> ModelCatalog:
        share = self.meta.get("weight", DEFAULT_WEIGHT) if weight is None else weight
        fitted = self.meta.get("calibration")
        calibration: tuple[float, float] | None = None
        # a calibration holds for the share it was fitted with only
        if isinstance(fitted, list) and len(fitted) == 2 and share == self.meta.get("weight"):
            calibration = (float(fitted[0]), float(fitted[1]))
        return ModelCatalog(catalog, self, share, calibration)


def featurise(text: str, features: str) -> str:
    """The text a classifier is trained on and asked about."""
    words = normalise(text)
    return f"{words} {' '.join(concept_tags(text))}" if features == "words+concepts" and words else words


def read_history(path: Path) -> list[tuple[str, str]]:
    """(text, service_code) pairs from a CSV file, a JSON array of objects, or JSON lines."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise TrainError(f"cannot read {path}: {exc}") from None
    rows: list[Mapping[str, Any]]
    stripped = raw.lstrip()
    if stripped.startswith("["):
        try:
            rows = [r for r in json.loads(raw) if isinstance(r, dict)]
        except ValueError as exc:
            raise TrainError(f"{path}: invalid JSON: {exc}") from None
    elif stripped.startswith("{"):
        rows = []
        for n, line in enumerate(raw.splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError:
                    raise TrainError(f"{path}:{n}: invalid JSON line") from None
    else:
        rows = list(csv.DictReader(raw.splitlines()))
    out: list[tuple[str, str]] = []
    for row in rows:
        lowered = {str(k).strip().lower(): v for k, v in row.items()}
        text = next((str(lowered[k]) for k in _TEXT_KEYS if lowered.get(k)), "")
        code = next((str(lowered[k]) for k in _CODE_KEYS if lowered.get(k) not in (None, "")), "")
        if text.strip() and code.strip():
            out.append((text.strip(), code.strip()))
    if not out:
        raise TrainError(f"{path}: no rows with a text and a service_code")
    return out


def build_pipeline(labels: Sequence[str]) -> Any:
    import spacy

    nlp = spacy.blank("en")
    textcat: Any = nlp.add_pipe(
        "textcat",
        config={
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": True,
                "ngram_size": 2,
                "no_output_layer": False,
                "length": 262144,
            }
        },
    )
    for label in labels:
        textcat.add_label(label)
    return nlp


def train(
    examples: Sequence[tuple[str, str]],
    catalog: Sequence[Service],
    *,
    epochs: int = 20,
    seed: int = 0,
    weight: float = DEFAULT_WEIGHT,
    quiet: bool = True,
) -> SpacyClassifier:
    """Train on (text, service_code) pairs whose code is in `catalog`; others are left out."""
    from spacy.about import __version__ as spacy_version
    from spacy.training import Example
    from thinc.api import fix_random_seed

    codes = {s.code for s in catalog}
    usable = [(featurise(t, FEATURES), c) for t, c in examples if c in codes and normalise(t)]
    labels = sorted({c for _, c in usable})
    if len(labels) < 2:
        raise TrainError("need examples of at least two of the catalog's services")
    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = build_pipeline(labels)
    data = [
        Example.from_dict(nlp.make_doc(text), {"cats": {lab: float(lab == code) for lab in labels}})
        for text, code in usable
    ]
    optimizer = nlp.initialize(lambda: data)
    from tqdm import tqdm

    for _ in tqdm(range(epochs), desc="training", unit=" epochs", file=sys.stderr, disable=quiet):
        rng.shuffle(data)
        for start in range(0, len(data), 16):
            nlp.update(data[start : start + 16], sgd=optimizer, drop=0.2)
    meta = {
        "labels": labels,
        "catalog_codes": sorted(codes),
        "examples": len(usable),
        "skipped": len(examples) - len(usable),
        "epochs": epochs,
        "weight": weight,
        "features": FEATURES,
        "spacy_version": spacy_version,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "config": nlp.config.to_str(),
    }
    return SpacyClassifier(nlp, meta)


CALIBRATION_FOLDS = 2  # the history is split in two; each half is ranked by a model trained on the other
MIN_CALIBRATION = 100  # examples needed for a calibration


def calibrate(
    examples: Sequence[tuple[str, str]],
    catalog: Sequence[Service],
    *,
    epochs: int = 20,
    seed: int = 0,
    weight: float = DEFAULT_WEIGHT,
) -> tuple[float, float] | None:
    """Platt scaling for a council's model, by cross-fitting: split the history in two, train on each half
    and rank the other (zero-shot and trained combined, as at run time), and fit P(first candidate right) =
    sigmoid(a x score + b) on every example so ranked. Two half-size trainings cost about one full one; on
    the SeeClickFix reports this calibrated better than a single held-out fifth (bench/nlp_category.py).
    None when the history is too small to say anything."""
    from nlp.category import rank

    codes = {s.code for s in catalog}
    usable = [(t, c) for t, c in examples if c in codes and normalise(t)]
    if len(usable) < MIN_CALIBRATION:
        return None
    rng = random.Random(seed)
    rng.shuffle(usable)
    pairs: list[tuple[float, float]] = []
    for fold in range(CALIBRATION_FOLDS):
        held = usable[fold::CALIBRATION_FOLDS]
        rest = [ex for i, ex in enumerate(usable) if i % CALIBRATION_FOLDS != fold]
        try:
            attached = train(rest, catalog, epochs=epochs, seed=seed, weight=weight).attach(catalog)
        except TrainError:  # one half holds a single service
            return None
        for text, code in held:
            ranked = rank(text, attached)
            pairs.append((ranked[0].score, float(ranked[0].service_code == code)) if ranked else (0.0, 0.0))
    a, b = platt(pairs)
    return round(a, 6), round(b, 6)


def save_model(model: SpacyClassifier, path: Path) -> None:
    header = MAGIC + b" " + str(FORMAT_VERSION).encode() + b"\n" + json.dumps(model.meta).encode() + b"\n"
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(header + model.nlp.to_bytes(exclude=["vocab"]))
    tmp.replace(path)


def load_model(path: Path) -> SpacyClassifier:
    """Read a model file written by `save_model` (raises ConfigError when it is not one)."""
    from spacy import util
    from thinc.api import Config

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"nlp.model: cannot read {path}: {exc.strerror}") from None
    first, _, rest = raw.partition(b"\n")
    parts = first.split(b" ")
    if len(parts) != 2 or parts[0] != MAGIC or not parts[1].isdigit():
        raise ConfigError(f"nlp.model: {path} is not a relay311 model (made by `relay311 train`)")
    if int(parts[1]) > FORMAT_VERSION:
        raise ConfigError(f"nlp.model: {path} is model format {int(parts[1])}, newer than this relay311")
    meta_raw, _, body = rest.partition(b"\n")
    try:
        meta = json.loads(meta_raw)
        nlp = util.load_model_from_config(Config().from_str(meta["config"]), auto_fill=True)
        nlp.from_bytes(body, exclude=["vocab"])
    except (ValueError, KeyError) as exc:
        raise ConfigError(f"nlp.model: {path} is damaged: {exc}") from None
    return SpacyClassifier(nlp, meta)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("train", help="train a text classifier on the council's past requests")
    p.add_argument("--catalog", required=True, type=Path, help="the Open311 service list (JSON or XML)")
    p.add_argument(
        "--history", required=True, type=Path, help="CSV/JSON/JSON lines with text and service_code"
    )
    p.add_argument("--output", "-o", type=Path, default=Path("relay311-model.bin"))
    p.add_argument("--epochs", type=int, default=20)
    p.add_argument("--weight", type=float, default=DEFAULT_WEIGHT, help="the trained scores' share (0..1)")
    p.add_argument(
        "--no-calibration",
        action="store_true",
        help="skip fitting the calibration (two more trainings, each on half of the history)",
    )
    p.add_argument("--quiet", "-q", action="store_true")
    p.add_argument("--config", "-c", type=Path, help="add the [nlp] keywords of this relay311.toml")


def run(args: argparse.Namespace) -> None:
    from relay311.extract_cli import load_catalog

    catalog = load_catalog(args.catalog, args.config)
    try:
        examples = read_history(args.history)
        model = train(examples, catalog, epochs=args.epochs, weight=args.weight, quiet=args.quiet)
        if not args.no_calibration:
            fitted = calibrate(examples, catalog, epochs=args.epochs, weight=args.weight)
            if fitted is not None:
                model.meta["calibration"] = list(fitted)
    except TrainError as exc:
        raise ConfigError(f"train: {exc}") from None
    save_model(model, args.output)
    fitted = model.meta.get("calibration")
    print(
        f"wrote {args.output}: {model.meta['examples']} examples of {len(model.meta['labels'])} services"
        f" ({model.meta['skipped']} rows skipped: empty or not in the catalog)"
        + (
            "; calibrated by cross-fitting on two halves of the history"
            if fitted
            else "; not calibrated (too few examples, or --no-calibration)"
        ),
        file=sys.stderr,
    )
