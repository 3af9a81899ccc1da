"""The spec's ``absent:`` values are the legacy classes' own defaults, as the legacy
parser kept them for a missing element: a scalar default stays, a ``_list_of`` reads as
an empty list and a ``_dict_of`` as an empty dict (``absent: new``), while nested models
and scalar lists read as None (no ``absent:``)."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import legacy_oracle
import pytest

from generator.codemodel import Field, TypeDef
from generator.loader import load_service

SPEC = Path(__file__).resolve().parents[1] / "spec"
TYPES = [
    t
    for t in load_service(SPEC).types
    if isinstance(getattr(legacy_oracle.load(), t.name, None), type)
]


def _legacy_instance(cls: Any) -> tuple[Any, set[str]]:
    """A new legacy instance, and the attributes its required arguments set (no default)."""
    required = [p.name for p in inspect.signature(cls).parameters.values() if p.default is p.empty]
    return cls(*[None] * len(required)), set(required)


def expected_absent(legacy: Any, field: Field) -> Any:
    """What ``absent:`` the legacy default of ``field`` calls for (None: no absent)."""
    models = legacy_oracle.load().models
    if isinstance(legacy, models._Base64String):
        return None  # the legacy parser set what it read, None when missing
    if isinstance(legacy, (models._list_of, models._dict_of)):
        return "new"
    if legacy is None or isinstance(legacy, (models._xml_attribute, models.WindowsAzureData)):
        return None
    if isinstance(legacy, (models._scalar_list_of, list, dict)):
        return None
    return str(legacy) if isinstance(legacy, str) else legacy


@pytest.mark.parametrize("tdef", TYPES, ids=lambda t: t.name)
def test_absent_values_are_the_legacy_defaults(tdef: TypeDef) -> None:
    instance, required = _legacy_instance(getattr(legacy_oracle.load(), tdef.name))
    wrong = []
    for field in tdef.fields:
        if field.default is not None or field.kind in ("text", "any"):
            continue
        if not hasattr(instance, field.attr) or field.attr in required:
            legacy: Any = None
        else:
            legacy = getattr(instance, field.attr)
        wanted = expected_absent(legacy, field)
        if field.kind == "list" and wanted == "new":
            wanted = None  # a legacy _list_of looked for items in the parent: never the wrapper
        if field.absent != wanted or type(field.absent) is not type(wanted):
            wrong.append(f"{field.attr}: absent {field.absent!r}, legacy default {wanted!r}")
    assert not wrong
