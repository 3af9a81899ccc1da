"""Command line text -> the Python values the operations take.

Scalars are converted by their spec type; structured parameters (a spec type, a list,
a dict, ``json``) are JSON, inline or ``@file``. A JSON object becomes a model by its
type's schema, keyed by Python attribute names; a polymorphic type takes its variant
from its discriminator field or from a ``"$type"`` key naming the spec type.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from servicemanagement.cli.table import Argument

SCALARS = frozenset({"string", "base64", "int", "float", "bool", "datetime"})
_TRUE = frozenset({"true", "yes", "1", "on"})
_FALSE = frozenset({"false", "no", "0", "off"})
#: The key of a JSON object that names the spec type it is (for polymorphic types).
TYPE_KEY = "$type"


class ValueProblem(ValueError):
    """A value that does not fit its parameter: a usage error."""


def type_label(type_name: str) -> str:
    """How help names a parameter's type."""
    if type_name in SCALARS:
        return type_name
    if type_name == "dict":
        return "JSON object of strings"
    if type_name == "json":
        return "JSON"
    if type_name.startswith("list["):
        inner = type_name[5:-1]
        if inner in SCALARS:
            return f"comma-separated {inner}s or a JSON array"
        return f"JSON array of {inner}"
    return f"JSON object of {type_name}"


def scalar(type_name: str, value: Any) -> Any:
    """A scalar from command line text or a JSON value."""
    if type_name in ("string", "base64"):
        if isinstance(value, (dict, list)) or value is None:
            raise ValueProblem(f"expected text, got {json.dumps(value)}")
        return value if isinstance(value, str) else json.dumps(value)
    if type_name == "bool":
        if isinstance(value, bool):
            return value
        word = str(value).lower()
        if word in _TRUE | _FALSE:
            return word in _TRUE
        raise ValueProblem(f"expected true or false, got {value!r}")
    if type_name in ("int", "float"):
        convert = int if type_name == "int" else float
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise ValueProblem(f"expected {type_name}, got {value!r}")
        try:
            return convert(value)
        except ValueError:
            raise ValueProblem(f"expected {type_name}, got {value!r}") from None
    if type_name == "datetime":
        try:
            return datetime.fromisoformat(str(value))
        except ValueError:
            raise ValueProblem(f"expected an ISO 8601 date-time, got {value!r}") from None
    raise ValueProblem(f"unknown scalar type {type_name!r}")


def _json_text(text: str) -> Any:
    """JSON given inline, or ``@path`` for a file holding it."""
    source = "inline JSON"
    if text.startswith("@"):
        source = text[1:]
        try:
            text = Path(source).read_text(encoding="utf-8")
        except OSError as exc:
            raise ValueProblem(f"cannot read {source}: {exc.strerror or exc}") from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ValueProblem(f"{source} is not valid JSON: {exc}") from None
    except RecursionError:
        raise ValueProblem(f"{source} is nested too deeply") from None


def argument_value(argument: Argument, text: str) -> Any:
    """The value of ``argument`` given as ``text`` on the command line."""
    kind = argument.type
    if kind in SCALARS:
        return scalar(kind, text)
    if kind.startswith("list[") and kind[5:-1] in SCALARS and not text.lstrip().startswith("["):
        return [scalar(kind[5:-1], item.strip()) for item in text.split(",") if item.strip()]
    return json_value(kind, _json_text(text), argument.name)


def json_value(kind: str, value: Any, where: str) -> Any:
    """A JSON value as the spec type ``kind`` wants it (models built from objects)."""
    if value is None or kind == "json":
        return value
    if kind in SCALARS:
        try:
            return scalar(kind, value)
        except ValueProblem as exc:
            raise ValueProblem(f"{where}: {exc}") from None
    if kind.startswith("list["):
        if not isinstance(value, list):
            raise ValueProblem(f"{where}: expected a JSON array")
        return [json_value(kind[5:-1], item, f"{where}[{i}]") for i, item in enumerate(value)]
    if kind == "dict":
        if not isinstance(value, dict):
            raise ValueProblem(f"{where}: expected a JSON object")
        return {str(k): scalar("string", v) for k, v in value.items()}
    return model_value(kind, value, where)


def model_value(type_name: str, value: Any, where: str) -> Any:
    """A model of spec type ``type_name`` (or the variant the object names) from JSON."""
    from servicemanagement._generated import MODEL_TYPES

    cls = MODEL_TYPES[type_name]
    schema = cls.__schema__
    if isinstance(value, list) and schema.items:
        value = {schema.items: value}  # a list wrapper type may be given as its items
    if not isinstance(value, dict):
        raise ValueProblem(f"{where}: expected a JSON object of {type_name}")
    data = dict(value)
    variants = dict(schema.discriminator.variants) if schema.discriminator else {}
    named = data.pop(TYPE_KEY, None)
    if named is not None:
        if named != type_name and named not in variants.values():
            allowed = ", ".join(sorted({type_name, *variants.values()}))
            raise ValueProblem(f"{where}: {TYPE_KEY} {named!r} is not one of {allowed}")
        cls = MODEL_TYPES[named]
    elif schema.discriminator is not None:
        by_element = {f.name: f.attr for f in schema.fields}
        chosen = variants.get(data.get(by_element.get(schema.discriminator.element, ""), ""))
        cls = MODEL_TYPES[chosen] if chosen else cls
    fields = {f.attr: f for f in cls.__schema__.fields}
    arguments: dict[str, Any] = {}
    for key, item in data.items():
        field = fields.get(key)
        if field is None:
            raise ValueProblem(
                f"{where}: {cls.__name__} has no field {key!r} (fields: {', '.join(fields)})"
            )
        kind = field.model or field.scalar or "string"
        if field.kind in ("list", "flat"):
            kind = f"list[{kind}]"
        elif field.kind == "dict":
            kind = "dict"
        elif field.kind == "any":
            if not (isinstance(item, dict) and item.get(TYPE_KEY) in MODEL_TYPES):
                raise ValueProblem(f"{where}.{key}: an object naming its spec type in {TYPE_KEY}")
            kind = item[TYPE_KEY]
        arguments[key] = json_value(kind, item, f"{where}.{key}")
    return cls(**arguments)


def _field_kind(field: Any) -> str:
    kind = field.model or field.scalar or "string"
    if field.kind in ("list", "flat"):
        return f"list[{kind}]"
    return {"dict": "dict", "any": f"object with {TYPE_KEY}"}.get(field.kind, kind)


def describe_types(names: list[str]) -> list[str]:
    """Help lines for the spec types ``names`` and the types they contain: their fields
    (the JSON keys) with their types, and the variants of polymorphic ones."""
    from servicemanagement._generated import MODEL_TYPES

    lines: list[str] = []
    pending, seen = list(names), set()
    while pending:
        name = pending.pop(0)
        if name in seen or name not in MODEL_TYPES:
            continue
        seen.add(name)
        schema = MODEL_TYPES[name].__schema__
        variants = [v for _, v in schema.discriminator.variants] if schema.discriminator else []
        head = f"  {name}"
        if variants:
            head += f" ({TYPE_KEY}: {' | '.join(variants)})"
        fields = [f for f in schema.fields if not f.read_only]
        lines.append(f"{head}: " + ", ".join(f"{f.attr} ({_field_kind(f)})" for f in fields))
        pending += variants + [f.model for f in fields if f.model]
    return lines


def structured_types(type_name: str) -> list[str]:
    """The spec types a parameter of type ``type_name`` is built from."""
    inner = type_name[5:-1] if type_name.startswith("list[") else type_name
    return [] if inner in SCALARS or inner in ("dict", "json") else [inner]
