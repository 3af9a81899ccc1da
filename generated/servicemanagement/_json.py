"""The JSON engine: models whose schema says ``json`` as JSON objects.

The schemas are the XML engine's: an ``element`` field is a member holding a scalar or
a nested object, a ``flat`` field a member holding an array. ``None`` is never written;
members the spec does not know (the service adds them over time) are kept on the model
and written back after the known ones (``servicemanagement._unknown``), and absent ones
leave the field at its default. Dates travel as ISO 8601 text.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, TypeVar

from servicemanagement._schema import FieldSchema
from servicemanagement._unknown import Unknown
from servicemanagement._xml import read_datetime, resolve_type, write_datetime
from servicemanagement.errors import XmlError

T = TypeVar("T")

#: The JSON values a scalar may be read from (an int is a float too; a bool is no int).
#: Text also takes a number or a boolean, as its JSON text: the .NET client read such
#: members leniently, so the service's exact JSON type for them is not established.
_ACCEPTS: dict[str, tuple[type, ...]] = {
    "string": (str, int, float, bool),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "datetime": (str,),
}


def _write(field: FieldSchema, value: Any) -> Any:
    if field.model is not None:
        return to_value(value)
    if isinstance(value, datetime):
        return write_datetime(value)
    return value


def to_value(obj: Any) -> dict[str, Any]:
    """``obj`` as a JSON object (a ``dict`` ready for ``json.dumps``)."""
    members: dict[str, Any] = {}
    for field in obj.__schema__.fields:
        value = getattr(obj, field.attr)
        if value is None:
            continue
        if field.kind == "flat":
            members[field.name] = [_write(field, item) for item in value]
        else:
            members[field.name] = _write(field, value)
    unknown: Unknown | None = getattr(obj, "_xml_unknown", None)
    if unknown is not None:
        members.update((k, v) for k, v in unknown.members.items() if k not in members)
    return members


def _read(field: FieldSchema, value: Any, where: str) -> Any:
    if value is None:
        return None
    if field.model is not None:
        return from_value(resolve_type(field.model), value, where)
    scalar = field.scalar or "string"
    accepted = _ACCEPTS[scalar]
    if not isinstance(value, accepted) or (scalar in ("int", "float") and isinstance(value, bool)):
        raise XmlError(f"{where}: expected a JSON {scalar}, found {json.dumps(value)[:40]}")
    if scalar == "string" and not isinstance(value, str):
        return json.dumps(value)
    if scalar == "datetime" and isinstance(value, str):
        return read_datetime(value)
    if scalar == "float" and isinstance(value, (int, float)):
        return float(value)
    return value


def from_value(cls: type[T], value: Any, where: str | None = None) -> T:
    """The model ``cls`` read from a decoded JSON object."""
    where = where or cls.__name__
    if not isinstance(value, dict):
        raise XmlError(f"{where}: expected a JSON object, found {json.dumps(value)[:40]}")
    found: dict[str, Any] = {}
    for field in cls.__schema__.fields:  # type: ignore[attr-defined]
        if field.name not in value:
            continue
        member, here = value[field.name], f"{where}.{field.name}"
        if field.kind == "flat" and member is not None:
            if not isinstance(member, list):
                raise XmlError(f"{here}: expected a JSON array, found {json.dumps(member)[:40]}")
            items = enumerate(member)
            found[field.attr] = [_read(field, item, f"{here}[{i}]") for i, item in items]
        else:
            found[field.attr] = _read(field, member, here)
    obj = cls(**found)
    known = {field.name for field in cls.__schema__.fields}  # type: ignore[attr-defined]
    if not known.issuperset(value):
        unknown = Unknown()
        unknown.members = {k: v for k, v in value.items() if k not in known}
        obj._xml_unknown = unknown  # type: ignore[attr-defined]
    return obj


def serialize(obj: Any) -> bytes:
    """``obj`` as a JSON document (UTF-8)."""
    return json.dumps(to_value(obj)).encode("ascii")


def parse(cls: type[T], data: bytes | str) -> T:
    """The model ``cls`` read from a JSON document."""
    try:
        value = json.loads(data)
    except (ValueError, RecursionError) as exc:  # also UnicodeDecodeError; too deep nesting
        raise XmlError(f"{cls.__name__}: not a JSON document: {exc}") from exc
    return from_value(cls, value)
