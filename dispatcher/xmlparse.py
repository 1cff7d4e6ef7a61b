"""GeoReport XML -> the same Python structure as the JSON format (the Spark convention).

The root element is dropped. Container elements (`services`, `service_requests`, `errors`, `attributes`,
`values`, ...) always become lists, so a single `<request>` is still a one-element list. Leaves become
strings ("" when empty, None for `xsi:nil="true"`). Repeated child tags of a non-container become lists.
Namespaces are ignored. Parsing goes through defusedxml only.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET

CONTAINERS = frozenset(
    {
        "services",
        "service_requests",
        "errors",
        "attributes",
        "values",
        "endpoints",
        "formats",
        "service_request_updates",
        "service_requests_updates",
    }
)
_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"


class XMLFormatError(ValueError):
    """The body is not well-formed XML (or is forbidden XML such as an entity bomb)."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def element_to_data(element: Element) -> Any:
    tag = _local(element.tag)
    if tag in CONTAINERS:
        return [element_to_data(child) for child in element]
    if len(element) == 0:
        if element.get(_NIL, "").strip().lower() == "true":
            return None
        return element.text or ""
    result: dict[str, Any] = {}
    repeated: set[str] = set()
    for child in element:
        key = _local(child.tag)
        value = element_to_data(child)
        if key in repeated:
            result[key].append(value)
        elif key in result:
            result[key] = [result[key], value]
            repeated.add(key)
        else:
            result[key] = value
    return result


def parse_xml(body: bytes | str) -> Any:
    """Parse a GeoReport XML document into Spark-convention data. Raises XMLFormatError."""
    try:
        root = SafeET.fromstring(body)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise XMLFormatError(f"invalid XML: {type(exc).__name__}") from exc
    return element_to_data(root)
