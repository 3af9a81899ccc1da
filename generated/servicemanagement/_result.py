"""From a response body to what an operation returns: a model, part of one, JSON or text."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from servicemanagement._lazy import lazy_module
from servicemanagement.errors import XmlError

if TYPE_CHECKING:
    import json

    from servicemanagement._schema import OperationSpec, TypeSchema
else:
    json = lazy_module("json")  # loaded with the first JSON body, not with the package


def decode_response(operation: OperationSpec, body: bytes) -> Any:
    """The value an operation returns for a successful response ``body``."""
    kind = operation.response_type
    if kind is None or operation.discard:
        return None
    try:
        if kind == "json":
            return json.loads(body) if body.strip() else None
        if kind == "text":
            return body.decode("utf-8")
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError (a proxy's HTML page)
        raise XmlError(f"{operation.name}: the response is not {kind}: {exc}") from exc
    document = _model_type(kind).from_body(body)  # type: ignore[attr-defined]
    if not operation.result:
        return document
    expected = _model_type(operation.result_type) if operation.result_type else None
    return select(document, operation.result, expected)


@functools.cache  # looked up once per type, not on every call
def _model_type(name: str) -> type:
    from servicemanagement._xml import resolve_type  # the XML engine loads on use

    return resolve_type(name)


def select(value: Any, path: tuple[str, ...], expected: type | None) -> Any:
    """Follow ``path`` from ``value``; a list on the way maps the rest over its items.

    Missing (``None``) items are dropped from lists, and a missing list is empty.
    """
    if isinstance(value, list):
        found = (select(item, path, expected) for item in value)
        return [item for item in found if item is not None]
    if value is None:
        return None
    if not path:
        return _as(expected, value)
    schema: TypeSchema = type(value).__schema__
    field = next(f for f in schema.fields if f.attr == path[0])
    child = getattr(value, path[0])
    if child is None and field.kind in ("list", "flat"):
        child = []
    return select(child, path[1:], expected)


def _as(expected: type | None, value: Any) -> Any:
    """``value`` as an ``expected``; raw XML (an any field nobody claimed) is read as one."""
    if expected is None or isinstance(value, expected):
        return value
    from xml.etree.ElementTree import Element

    from servicemanagement._xml import read_element

    if isinstance(value, Element):
        schema: TypeSchema = expected.__schema__  # type: ignore[attr-defined]
        tag = f"{{{schema.namespace}}}{schema.root}" if schema.namespace else schema.root
        if value.tag == tag:
            return read_element(expected, value)
    raise XmlError(f"expected {expected.__name__}, found {getattr(value, 'tag', value)!r}")
