# Generated from spec/types/locations.yaml by `make generate`; do not edit.
"""Models of the locations area."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_WA
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY


__all__ = [
    "Location",
    "ComputeCapabilities",
    "StorageCapabilities",
    "Locations",
]


class Location(Model):
    """A data-centre region that can host services."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Location",
            namespace=NS_WA,
            root=None,
            element="Location",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("display_name", "element", "DisplayName", NS_WA, absent=""),
                FieldSchema(
                    "available_services",
                    "list",
                    "AvailableServices",
                    NS_WA,
                    item="AvailableService",
                ),
                FieldSchema(
                    "compute_capabilities",
                    "element",
                    "ComputeCapabilities",
                    NS_WA,
                    model="ComputeCapabilities",
                ),
                FieldSchema(
                    "storage_capabilities",
                    "element",
                    "StorageCapabilities",
                    NS_WA,
                    model="StorageCapabilities",
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    display_name: str | None = None
    available_services: list[str] | None = None
    compute_capabilities: ComputeCapabilities | None = None
    storage_capabilities: StorageCapabilities | None = None


class ComputeCapabilities(Model):
    """The role sizes a location offers."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ComputeCapabilities",
            namespace=NS_WA,
            root=None,
            element="ComputeCapabilities",
            fields=(
                FieldSchema(
                    "web_worker_role_sizes", "list", "WebWorkerRoleSizes", NS_WA, item="RoleSize"
                ),
                FieldSchema(
                    "virtual_machines_role_sizes",
                    "list",
                    "VirtualMachinesRoleSizes",
                    NS_WA,
                    item="RoleSize",
                ),
            ),
        )
    )
    _: KW_ONLY
    web_worker_role_sizes: list[str] | None = None
    virtual_machines_role_sizes: list[str] | None = None


class StorageCapabilities(Model):
    """The storage account types a location offers (not in the legacy model; kept so nothing is
    dropped)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="StorageCapabilities",
            namespace=NS_WA,
            root=None,
            element="StorageCapabilities",
            fields=(
                FieldSchema(
                    "storage_account_types",
                    "list",
                    "StorageAccountTypes",
                    NS_WA,
                    item="StorageAccountType",
                ),
            ),
        )
    )
    _: KW_ONLY
    storage_account_types: list[str] | None = None


class Locations(Model):
    """The response of list_locations; iterate it for Location items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Locations",
            namespace=NS_WA,
            root="Locations",
            fields=(
                FieldSchema("locations", "flat", "Location", NS_WA, model="Location", absent="new"),
            ),
            items="locations",
        )
    )
    _: KW_ONLY
    locations: list[Location] | None = None

    def __iter__(self) -> Iterator[Location]:
        return iter(self.locations or ())

    def __len__(self) -> int:
        return len(self.locations or ())

    def __getitem__(self, index: int) -> Location:
        return (self.locations or [])[index]
