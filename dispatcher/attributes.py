"""Checking attribute values against a service definition before anything is POSTed. Pure, no I/O.

`check_attributes(definition, given)` validates every value by its datatype (string, text, number,
datetime, singlevaluelist, multivaluelist), maps list answers given by name to their keys, drops
notices (`variable=false`) and unknown codes, and lists the required attributes still missing. The
result's `describe()` is what a submission stores in `missing_attributes` for the conversation to ask.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .models import AttributeDef, ServiceDefinition

AttributeValue = str | list[str]
LIST_TYPES = frozenset({"singlevaluelist", "multivaluelist"})


@dataclass(frozen=True)
class AttributeCheck:
    """`values` are ready to POST; `missing` and `invalid` must be empty before a POST."""

    values: dict[str, AttributeValue]
    missing: tuple[AttributeDef, ...] = ()
    invalid: tuple[tuple[AttributeDef, str], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.missing and not self.invalid

    def describe(self) -> list[dict[str, Any]]:
        """What is missing or wrong, one JSON-able dict per attribute, in the definition's order."""
        problems = [(attr, "required") for attr in self.missing] + list(self.invalid)
        problems.sort(key=lambda item: item[0].order)
        return [
            {
                "code": attr.code,
                "description": attr.description,
                "datatype": attr.datatype,
                "required": attr.required,
                "values": [list(pair) for pair in attr.values],
                "problem": problem,
            }
            for attr, problem in problems
        ]


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, Sequence):
        return [str(item).strip() for item in value if str(item).strip()]
    return [str(value).strip()] if str(value).strip() else []


def _list_key(attr: AttributeDef, value: str) -> str | None:
    """The key for a list answer given as its key or (case-insensitively) as its name."""
    if not attr.values:
        return value  # an empty <values/> list: the server names no options, accept what we have
    for key, _name in attr.values:
        if value == key:
            return key
    folded = value.casefold()
    for key, name in attr.values:
        if folded in (key.casefold(), name.casefold()):
            return key
    return None


def check_value(attr: AttributeDef, value: str) -> tuple[str | None, str]:
    """One value checked against its attribute's datatype: (value to send, "") or (None, problem).

    The single validator of attribute values: the outbox applies it (through `check_attributes`) just
    before the POST, and the conversation applies it to each answer it has read from the citizen."""
    datatype = attr.datatype
    if datatype == "number":
        try:
            number = float(value)
        except ValueError:
            return None, f"{value!r} is not a number"
        if not math.isfinite(number):
            return None, f"{value!r} is not a number"
        return value, ""
    if datatype == "datetime":
        raw = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
        try:
            return datetime.fromisoformat(raw).isoformat(), ""
        except ValueError:
            return None, f"{value!r} is not an ISO 8601 date and time"
    if datatype in LIST_TYPES:
        key = _list_key(attr, value)
        if key is None:
            choices = ", ".join(name for _, name in attr.values)
            return None, f"{value!r} is not one of: {choices}"
        return key, ""
    if datatype == "string" and "\n" in value:
        return " ".join(value.split()), ""  # a one-line field
    return value, ""


def check_attributes(definition: ServiceDefinition, given: Mapping[str, Any]) -> AttributeCheck:
    values: dict[str, AttributeValue] = {}
    missing: list[AttributeDef] = []
    invalid: list[tuple[AttributeDef, str]] = []
    for attr in definition.attributes:
        if not attr.variable:
            continue  # a notice to show the citizen, not a question
        answers = _as_list(given.get(attr.code))
        if not answers:
            if attr.required:
                missing.append(attr)
            continue
        if attr.datatype != "multivaluelist" and len(answers) > 1:
            invalid.append((attr, "takes a single value"))
            continue
        cleaned: list[str] = []
        problem = ""
        for answer in answers:
            value, problem = check_value(attr, answer)
            if value is None:
                break
            cleaned.append(value)
        if problem:
            invalid.append((attr, problem))
        elif attr.datatype == "multivaluelist":
            values[attr.code] = list(dict.fromkeys(cleaned))
        else:
            values[attr.code] = cleaned[0]
    return AttributeCheck(values=values, missing=tuple(missing), invalid=tuple(invalid))


def reference_attribute(definition: ServiceDefinition, wanted: str | None) -> str | None:
    """The code of a free-text attribute that can carry relay311's reference, if the definition has one."""
    if not wanted:
        return None
    for attr in definition.attributes:
        if attr.code == wanted and attr.variable and attr.datatype in ("string", "text"):
            return attr.code
    return None
