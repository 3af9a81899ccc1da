# Generated from spec/types/compute_stub.yaml by `make generate`; do not edit.
"""Models of the compute_stub area."""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass
from typing import ClassVar

from servicemanagement._generated.namespaces import NS_WA
from servicemanagement._model import Model
from servicemanagement._schema import FieldSchema, TypeSchema

__all__ = [
    "HostedService",
]


@dataclass(slots=True)
class HostedService(Model):
    """Placeholder for the compute area's HostedService (see the comment above)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="HostedService",
        namespace=NS_WA,
        root="HostedService",
        fields=(
            FieldSchema("url", "element", "Url", NS_WA),
            FieldSchema("service_name", "element", "ServiceName", NS_WA),
        ),
    )
    _: KW_ONLY
    url: str | None = None
    service_name: str | None = None
