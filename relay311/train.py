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
import math
import random
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nlp import Candidate, Service
from nlp.category import concept_tags
from nlp.trained import ModelCatalog, combine, normalise, platt
from relay311 import csvfile
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


def _column(name: object) -> str:
    """ "Service Code", "service-code" and "SERVICE_CODE" are the same column."""
    return "_".join(str(name).strip().lower().replace("-", " ").split())


def read_history(path: Path) -> list[tuple[str, str]]:
    """(text, service_code) pairs from a CSV file, a JSON array of objects, or JSON lines."""
    try:
        raw = csvfile.read_text(path)
    except OSError as exc:
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
        try:
            rows = list(csvfile.rows(raw))
        except csv.Error as exc:
            raise TrainError(f"{path}: not CSV: {exc}") from None
    out: list[tuple[str, str]] = []
    columns: set[str] = set()
    for row in rows:
        lowered = {_column(k): v for k, v in row.items() if k is not None}
        columns.update(lowered)
        text = next((str(lowered[k]) for k in _TEXT_KEYS if lowered.get(k)), "")
        code = next((str(lowered[k]) for k in _CODE_KEYS if lowered.get(k) not in (None, "")), "")
        if text.strip() and code.strip():
            out.append((text.strip(), code.strip()))
    if not out:
        found = ", ".join(sorted(columns)[:12]) or "none"
        raise TrainError(
            f"{path}: no rows with a text and a service_code (columns found: {found}; the text is read from"
            f" one of {', '.join(_TEXT_KEYS)} and the code from one of {', '.join(_CODE_KEYS)})"
        )
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
# The classifier shares `relay311 train` chooses among, on the council's own history (cross-fitted top-1).
SHARES = (0.15, 0.3, 0.45, 0.6, 0.75)


@dataclass(frozen=True)
class Fit:
    """What cross-fitting on a council's history found: the classifier's share, the calibration for it, and
    the top-1 accuracy each share had (for the report `relay311 train` prints)."""

    weight: float
    calibration: tuple[float, float]
    top1: Mapping[float, float]


# (zero-shot ranking, classifier probabilities, the right code) for each example a model did not see
_CrossFitted = list[tuple[list[Candidate], Mapping[str, float], str]]


def _cross_fitted(
    examples: Sequence[tuple[str, str]], catalog: Sequence[Service], *, epochs: int, seed: int
) -> _CrossFitted | None:
    """Split the history in two, train on each half and rank the other. None when it is too small."""
    from nlp.category import rank

    codes = {s.code for s in catalog}
    usable = [(t, c) for t, c in examples if c in codes and normalise(t)]
    if len(usable) < MIN_CALIBRATION:
        return None
    rng = random.Random(seed)
    rng.shuffle(usable)
    out: _CrossFitted = []
    for fold in range(CALIBRATION_FOLDS):
        held = usable[fold::CALIBRATION_FOLDS]
        rest = [ex for i, ex in enumerate(usable) if i % CALIBRATION_FOLDS != fold]
        try:
            model = train(rest, catalog, epochs=epochs, seed=seed)
        except TrainError:  # one half holds a single service
            return None
        out.extend((rank(text, catalog), model.scores(text), code) for text, code in held)
    return out


def _platt_at(
    rows: _CrossFitted, codes: Sequence[str], weight: float
) -> tuple[tuple[float, float], list[bool]]:
    """The calibration of the combined first candidate at `weight`, and whether each row's is right."""
    pairs: list[tuple[float, float]] = []
    for zero_shot, probs, code in rows:
        ranked = combine(zero_shot, probs, codes, weight)
        pairs.append((ranked[0].score, float(ranked[0].service_code == code)) if ranked else (0.0, 0.0))
    a, b = platt(pairs)
    return (round(a, 6), round(b, 6)), [y == 1.0 for _, y in pairs]


def _clearly_better(hits: list[bool], than: list[bool]) -> bool:
    """More rows right than `than`, by more than chance would give (McNemar's test, about 2 sigma)."""
    gained = sum(h and not t for h, t in zip(hits, than, strict=True))
    lost = sum(t and not h for h, t in zip(hits, than, strict=True))
    return gained - lost > 2.0 * math.sqrt(gained + lost)


def fit(
    examples: Sequence[tuple[str, str]],
    catalog: Sequence[Service],
    *,
    epochs: int = 20,
    seed: int = 0,
    weight: float | None = None,
) -> Fit | None:
    """Choose the classifier's share (unless `weight` is given) and fit Platt scaling for it, by
    cross-fitting: split the history in two, train on each half and rank the other (zero-shot and trained
    combined, as at run time). Another share than DEFAULT_WEIGHT is chosen only when it gets clearly more
    first candidates right (`_clearly_better`; the best of those wins): small histories are noisy. Then
    P(first candidate right) = sigmoid(a x score + b) is fitted on every example so ranked. Two half-size
    trainings cost about one full one; on the SeeClickFix reports this calibrated better than a single
    held-out fifth (bench/nlp_category.py). None when the history is too small to say anything."""
    rows = _cross_fitted(examples, catalog, epochs=epochs, seed=seed)
    if rows is None:
        return None
    codes = [s.code for s in catalog]
    shares = SHARES if weight is None else (weight,)
    found = {w: _platt_at(rows, codes, w) for w in shares}
    base = DEFAULT_WEIGHT if DEFAULT_WEIGHT in found else shares[0]
    better = [w for w in shares if _clearly_better(found[w][1], found[base][1])]
    best = max(better, key=lambda w: sum(found[w][1])) if better else base
    top1 = {w: sum(hits) / max(len(hits), 1) for w, (_, hits) in found.items()}
    return Fit(best, found[best][0], top1)


def calibrate(
    examples: Sequence[tuple[str, str]],
    catalog: Sequence[Service],
    *,
    epochs: int = 20,
    seed: int = 0,
    weight: float = DEFAULT_WEIGHT,
) -> tuple[float, float] | None:
    """Platt scaling for a council's model at a given share (see `fit`); None for too small a history."""
    fitted = fit(examples, catalog, epochs=epochs, seed=seed, weight=weight)
    return None if fitted is None else fitted.calibration


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
    p.add_argument(
        "--weight",
        type=float,
        help="the trained scores' share (0..1); by default chosen on the history (cross-fitted top-1)"
        f" among {', '.join(map(str, SHARES))}, or {DEFAULT_WEIGHT} with --no-calibration",
    )
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
    if args.weight is not None and not 0.0 <= args.weight <= 1.0:
        raise ConfigError(f"train: --weight must be between 0 and 1, not {args.weight}")
    try:
        examples = read_history(args.history)
        fitted = None
        if not args.no_calibration:
            fitted = fit(examples, catalog, epochs=args.epochs, weight=args.weight)
        weight = fitted.weight if fitted else (DEFAULT_WEIGHT if args.weight is None else args.weight)
        model = train(examples, catalog, epochs=args.epochs, weight=weight, quiet=args.quiet)
        if fitted is not None:
            model.meta["calibration"] = list(fitted.calibration)
            model.meta["share_top1"] = {str(w): round(top1, 4) for w, top1 in fitted.top1.items()}
    except TrainError as exc:
        raise ConfigError(f"train: {exc}") from None
    save_model(model, args.output)
    if fitted is None:
        how = "; not calibrated (too few examples, or --no-calibration)"
    else:
        tried = ", ".join(f"{w}: {top1:.3f}" for w, top1 in fitted.top1.items())
        how = f"; calibrated by cross-fitting on two halves of the history (top-1 at share {tried})"
    print(
        f"wrote {args.output}: {model.meta['examples']} examples of {len(model.meta['labels'])} services"
        f" ({model.meta['skipped']} rows skipped: empty or not in the catalog), classifier share {weight}"
        + how,
        file=sys.stderr,
    )
