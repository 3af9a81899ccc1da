"""The real spec/: it loads and validates, and it keeps the rules generated code relies on.

The counts are taken from the YAML files directly as well, so a rule still holds if
the generator's own validation ever loosens.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from servicemanagement._generated import MODEL_TYPES, OPERATIONS

from generator.codemodel import RAW_BODIES, Service
from generator.loader import load_service

SPEC = Path(__file__).resolve().parents[1] / "spec"


@pytest.fixture(scope="module")
def service() -> Service:
    return load_service(SPEC)


def _raw(kind: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(file, name, definition) of every type or operation, straight from the YAML."""
    found = []
    for path in sorted((SPEC / kind).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found += [(path.name, name, node) for name, node in (data.get(kind) or {}).items()]
    return found


def test_spec_loads_and_validates(service: Service) -> None:
    assert service.types
    assert service.operations
    assert service.clients[0].name == "ServiceManagementService"


def test_generated_registries_match_the_spec(service: Service) -> None:
    assert sorted(MODEL_TYPES) == sorted(t.name for t in service.types)
    assert sorted(OPERATIONS) == sorted(op.name for op in service.operations)


def test_every_body_type_is_a_document(service: Service) -> None:
    types = {t.name: t for t in service.types}
    bodies = [
        (op.name, name)
        for op in service.operations
        for name in (op.response, op.body.type if op.body else None)
        if name is not None and name not in RAW_BODIES  # JSON and text bodies are not XML
    ]
    assert bodies
    # A JSON type is a whole document without a root element.
    assert [(op, n) for op, n in bodies if types[n].root is None and not types[n].json] == []


def test_no_two_types_share_a_python_name() -> None:
    names = Counter(name for _, name, _ in _raw("types"))
    assert names
    assert [name for name, count in names.items() if count > 1] == []


def test_operation_names_are_unique_per_client(service: Service) -> None:
    default = service.clients[0].name
    names = Counter(
        ((node or {}).get("client", default), name) for _, name, node in _raw("operations")
    )
    assert names
    assert [key for key, count in names.items() if count > 1] == []
