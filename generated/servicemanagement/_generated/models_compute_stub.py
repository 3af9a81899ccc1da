# Generated from spec/types/compute_stub.yaml by `make generate`; do not edit.
"""Models of the compute_stub area."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import KW_ONLY, dataclass
from typing import ClassVar

from servicemanagement._generated.namespaces import NS_WA
from servicemanagement._model import Model
from servicemanagement._schema import FieldSchema, TypeSchema

__all__ = [
    "HostedServices",
    "HostedService",
]


@dataclass(slots=True)
class HostedServices(Model):
    """Placeholder for the compute area's HostedServices (see the comment above)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="HostedServices",
        namespace=NS_WA,
        root="HostedServices",
        fields=(
            FieldSchema("hosted_services", "flat", "HostedService", NS_WA, model="HostedService"),
        ),
        items="hosted_services",
    )
    _: KW_ONLY
    hosted_services: list[HostedService] | None = None

    def __iter__(self) -> Iterator[HostedService]:
        return iter(self.hosted_services or ())

    def __len__(self) -> int:
        return len(self.hosted_services or ())

    def __getitem__(self, index: int) -> HostedService:
        return (self.hosted_services or [])[index]


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
