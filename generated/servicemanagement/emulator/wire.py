"""Models <-> plain data keyed by WIRE names, driven by the generated schemas.

The emulator keeps its state as JSON-able dictionaries that mirror Azure's XML
(``{"ServiceName": ..., "HostedServiceProperties": {"Location": ...}}``), so
nothing it stores or answers depends on the Python names chosen in the spec.
Request bodies are parsed with the generated models and turned into such
dictionaries; responses are built from them with the generated models and
written by the one XML engine (``Model.to_xml``).

Conventions: an element field is keyed by its element name, an XML attribute by
``"@name"``, a text field by ``"#text"`` and an ``any`` field by ``"*"``, whose value
names its spec type under ``"$type"`` (or holds a raw element's XML under ``"$xml"``).
Keys the spec does not know are ignored when building a model, as the XML engine
ignores unknown elements.

The same XML can be described two ways in the spec: a wrapper element as a ``list``
field, or as a type whose only field is a flat list; name/value pairs as a ``dict``
field or as a list of pair elements. The wire data is the same for both: a wrapper
is a list of its items, and a ``dict`` field also accepts ``[{key: k, value: v}]``.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from xml.etree.ElementTree import Element, tostring

from servicemanagement._generated import MODEL_TYPES
from servicemanagement._model import Model
from servicemanagement._schema import FieldSchema, TypeSchema
from servicemanagement._xml import AbsentText, holds_absent_default, parse_document, read_element
from servicemanagement.errors import XmlError

Wire = dict[str, Any]


ANY_KEY = "*"
TYPE_KEY = "$type"
XML_KEY = "$xml"


def _key(field: FieldSchema) -> str:
    if field.kind == "any":
        return ANY_KEY
    if field.kind == "attribute":
        return "@" + field.name
    if field.kind == "text":
        return "#text"
    return field.name


def _schema(cls: type[Model]) -> TypeSchema:
    return cls.__schema__


def _wrapped(cls: type[Model]) -> FieldSchema | None:
    """The item field of a type that only wraps a flat list of items, else None."""
    fields = _schema(cls).fields
    return fields[0] if len(fields) == 1 and fields[0].kind == "flat" else None


def model_type(name: str) -> type[Model]:
    """The generated model class a spec type name denotes."""
    return MODEL_TYPES[name]


# ---- model -> wire -----------------------------------------------------------


def _dump_value(field: FieldSchema, value: Any) -> Any:
    if value is None:
        return None
    if field.kind == "any":
        if isinstance(value, Model):
            return {TYPE_KEY: _schema(type(value)).name, **to_wire(value)}
        return {XML_KEY: tostring(value, encoding="unicode")}
    if field.model is not None:
        wrapped = _wrapped(type(value))
        if wrapped is not None:
            return [_dump_value(wrapped, item) for item in getattr(value, wrapped.attr) or ()]
        return to_wire(value)
    if isinstance(value, datetime):
        return format_time(value)
    return value


def to_wire(model: Model) -> Wire:
    """A model as a dictionary keyed by wire names (``None`` values left out)."""
    result: Wire = {}
    for field in _schema(type(model)).fields:
        value = getattr(model, field.attr)
        if (
            value is None
            or isinstance(value, AbsentText)
            or holds_absent_default(model, field.attr)
        ):
            continue  # absent from the document (a legacy default read for it)
        if field.kind in ("list", "flat"):
            result[_key(field)] = [_dump_value(field, item) for item in value]
        elif field.kind == "dict":
            result[_key(field)] = dict(value)
        else:
            result[_key(field)] = _dump_value(field, value)
    return result


# ---- wire -> model -----------------------------------------------------------


def _scalar(field: FieldSchema, value: Any) -> Any:
    """Coerce stored data to the scalar type the spec declares for ``field``."""
    kind = field.scalar or "string"
    if kind in ("string", "base64"):
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "bool":
        return value if isinstance(value, bool) else str(value).lower() == "true"
    if kind == "datetime" and isinstance(value, str):
        return parse_time(value)
    return value


def _discriminated(cls: type[Model], data: Wire) -> type[Model]:
    discriminator = _schema(cls).discriminator
    if discriminator is None:
        return cls
    variants = dict(discriminator.variants)
    name = variants.get(str(data.get(discriminator.element, "")))
    return model_type(name) if name else cls


def _load_value(field: FieldSchema, value: Any) -> Any:
    if value is None:
        return None
    if field.kind == "any":
        data = dict(value)
        if XML_KEY in data:
            return parse_document(str(data[XML_KEY]).encode("utf-8"))
        return from_wire(model_type(str(data.pop(TYPE_KEY))), data)
    if field.model is not None:
        return from_wire(model_type(field.model), value)
    return _scalar(field, value)


def _pairs(value: Any, key: str, item_value: str) -> dict[str, str | None]:
    """A ``dict`` field's data from a mapping or from a list of pair elements."""
    items: Iterable[tuple[Any, Any]] = (
        value.items()
        if isinstance(value, dict)
        else ((entry.get(key), entry.get(item_value)) for entry in value)
    )
    return {str(k): None if v is None else str(v) for k, v in items}


def from_wire(cls: type[Model], data: Wire | list[Any]) -> Any:
    """Build ``cls`` (or the variant ``data`` selects) from wire data."""
    wrapped = _wrapped(cls)
    if wrapped is not None and isinstance(data, list):
        data = {wrapped.name: data}
    elif (
        wrapped is not None
        and wrapped.model is not None
        and isinstance(data, dict)
        and data
        and wrapped.name not in data
    ):
        # name/value pairs given as a mapping, for a wrapper of pair elements
        key, item_value, *_ = (f.name for f in _schema(model_type(wrapped.model)).fields)
        data = {wrapped.name: [{key: k, item_value: v} for k, v in data.items()]}
    assert isinstance(data, dict)
    cls = _discriminated(cls, data)
    # As when reading XML: a field with a construction default is None when absent.
    values: dict[str, Any] = {f.attr: None for f in _schema(cls).fields if f.init}
    for field in _schema(cls).fields:
        value = data.get(_key(field))
        if value is None:
            continue
        if field.kind in ("list", "flat"):
            values[field.attr] = [_load_value(field, item) for item in value]
        elif field.kind == "dict":
            values[field.attr] = _pairs(value, str(field.key), str(field.value))
        else:
            values[field.attr] = _load_value(field, value)
    return cls(**values)


# ---- shapes the engine builds -------------------------------------------------


def _items_field(cls: type[Model]) -> FieldSchema | None:
    """The field a list type's items are in (``items:``, or its one list field)."""
    schema = _schema(cls)
    if schema.items is not None:
        return next((f for f in schema.fields if f.attr == schema.items), None)
    lists = [f for f in schema.fields if f.kind in ("list", "flat")]
    return lists[0] if len(lists) == 1 and len(schema.fields) == 1 else None


def is_list_type(type_name: str) -> bool:
    """Whether documents of ``type_name`` are lists of items."""
    return _items_field(model_type(type_name)) is not None


def list_wire(type_name: str, items: list[Any]) -> Wire:
    """Wire data of list type ``type_name`` holding ``items``."""
    field = _items_field(model_type(type_name))
    assert field is not None, f"{type_name} is not a list type"
    if field.kind in ("list", "flat") or field.model is None:
        return {_key(field): items}
    return {_key(field): list_wire(field.model, items)}


def _step(type_name: str, attr: str) -> FieldSchema:
    field = next((f for f in _schema(model_type(type_name)).fields if f.attr == attr), None)
    if field is None:
        raise ValueError(f"{type_name} has no field {attr!r}")
    return field


def path_crosses_list(type_name: str, path: tuple[str, ...]) -> bool:
    """Whether an attribute path from ``type_name`` goes through a list."""
    for attr in path:
        field = _step(type_name, attr)
        if field.kind in ("list", "flat"):
            return True
        if field.model is None:
            return False
        type_name = field.model
    return False


def envelope(type_name: str, path: tuple[str, ...], value: Any, value_type: str) -> Wire:
    """Wire data of ``type_name`` holding ``value`` (of ``value_type``) at ``path``.

    A list on the way gets one element per item of ``value`` (a list then); the
    path ends at the value itself or at an ``any`` field, which holds it as its type.
    """
    field = _step(type_name, path[0])
    rest = path[1:]
    if field.kind == "any":
        return {ANY_KEY: {TYPE_KEY: value_type, **value}}
    if field.kind in ("list", "flat"):
        assert field.model is not None and rest, f"{type_name}.{path[0]} ends the path"
        return {_key(field): [envelope(field.model, rest, item, value_type) for item in value]}
    if not rest or field.model is None:
        return {_key(field): value}
    return {_key(field): envelope(field.model, rest, value, value_type)}


def any_path(type_name: str, depth: int = 3) -> tuple[str, ...] | None:
    """The wire keys down to the ``any`` field of a body type (an envelope), if any."""
    for field in _schema(model_type(type_name)).fields:
        if field.kind == "any":
            return (ANY_KEY,)
        if field.kind == "element" and field.model is not None and depth > 0:
            below = any_path(field.model, depth - 1)
            if below is not None:
                return (field.name, *below)
    return None


def text_field(type_name: str) -> str | None:
    """The wire key of a type's text content, if it has one."""
    fields = _schema(model_type(type_name)).fields
    return next((_key(f) for f in fields if f.kind == "text"), None)


def field_scalar(type_name: str, element: str) -> str | None:
    """The scalar type the spec gives element ``element`` of type ``type_name``, if any."""
    for field in _schema(model_type(type_name)).fields:
        if field.name == element and field.model is None:
            return field.scalar or "string"
    return None


def is_json_type(type_name: str) -> bool:
    """Whether spec type ``type_name`` is a JSON object (``json: true``), not XML."""
    return _schema(model_type(type_name)).json


def document(type_name: str, data: Wire | list[Any]) -> bytes:
    """The document (XML, or JSON for a ``json`` type) of spec type ``type_name``
    holding ``data``."""
    model: Model = from_wire(model_type(type_name), data)
    return model.to_body()


# ---- request bodies ----------------------------------------------------------


class BodyError(ValueError):
    """A request body that does not fit its type; the message names the element."""


_SCALAR_CHECKS: dict[str, Any] = {
    "int": int,
    "float": float,
}


def _check_scalar(field: FieldSchema, text: str | None, where: str) -> None:
    if text is None or not text.strip():
        return
    kind = field.scalar or "string"
    stripped = text.strip()
    try:
        if kind in _SCALAR_CHECKS:
            _SCALAR_CHECKS[kind](stripped)
        elif kind == "bool" and stripped.lower() not in ("true", "false", "1", "0"):
            raise ValueError(stripped)
        elif kind == "base64":
            base64.b64decode(stripped.encode("ascii"), validate=True).decode("utf-8")
        elif kind == "datetime":
            datetime.fromisoformat(stripped.replace("Z", "+00:00"))
    except (ValueError, binascii.Error, UnicodeError):
        expected = "base64-encoded UTF-8 text" if kind == "base64" else f"a valid {kind}"
        raise BodyError(
            f"The value '{stripped[:60]}' of element '{where}' is not {expected}."
        ) from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _check(cls: type[Model], element: Element, where: str) -> None:
    """Find the first element whose content does not fit the schema, and name it."""
    schema = _schema(cls)
    discriminator = schema.discriminator
    if discriminator is not None:
        selector = element.findtext(f"{{{schema.namespace}}}{discriminator.element}")
        variant = dict(discriminator.variants).get(selector or "")
        if variant is not None:
            schema = _schema(model_type(variant))
    by_tag = {
        (f"{{{f.namespace}}}{f.name}" if f.namespace else f.name): f
        for f in schema.fields
        if f.kind in ("element", "list", "flat", "dict")
    }
    for child in element:
        field = by_tag.get(child.tag)
        if field is None:
            continue
        path = f"{where}/{_local(child.tag)}"
        if field.kind == "list":
            items = [c for c in child if _local(c.tag) == field.item]
            for item in items:
                _check_one(field, item, f"{path}/{field.item}")
        elif field.kind != "dict":
            _check_one(field, child, path)


def _check_one(field: FieldSchema, element: Element, where: str) -> None:
    if field.model is not None:
        _check(model_type(field.model), element, where)
    else:
        _check_scalar(field, element.text, where)


def parse_body(type_name: str, element: Element) -> Wire:
    """The request body ``element`` (already parsed) as wire data of ``type_name``.

    Raises ``BodyError`` naming the root or the first offending element.
    """
    cls = model_type(type_name)
    schema = _schema(cls)
    expected = f"{{{schema.namespace}}}{schema.root}" if schema.namespace else str(schema.root)
    if element.tag != expected:
        raise BodyError(
            f"The root element '{_local(element.tag)}' is not valid here;"
            f" expected '{schema.root}' in namespace '{schema.namespace}'."
        )
    try:
        model = read_element(cls, element)
    except XmlError as exc:
        _check(cls, element, str(schema.root))
        raise BodyError(f"The request body is not valid: {exc}") from exc
    return to_wire(model)


def parse_xml(body: bytes) -> Element:
    """Parse a request body, refusing DTDs and entities."""
    try:
        return parse_document(body)
    except XmlError as exc:
        raise BodyError(f"The request body is not well-formed XML: {exc}") from exc


# ---- time --------------------------------------------------------------------


def format_time(value: datetime | float) -> str:
    """Azure's timestamp form: UTC, seconds precision, ``Z`` suffix."""
    if not isinstance(value, datetime):
        value = datetime.fromtimestamp(value, UTC)
    return value.astimezone(UTC).replace(tzinfo=None, microsecond=0).isoformat() + "Z"


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))
