# Generated from spec/types/role_sizes.yaml by `make generate`; do not edit.
"""Models of the role_sizes area."""

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
    "RoleSizes",
    "RoleSize",
]


class RoleSizes(Model):
    """The response of list_role_sizes; iterate it for RoleSize items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RoleSizes",
            namespace=NS_WA,
            root="RoleSizes",
            fields=(
                FieldSchema(
                    "role_sizes", "flat", "RoleSize", NS_WA, model="RoleSize", absent="new"
                ),
            ),
            items="role_sizes",
        )
    )
    _: KW_ONLY
    role_sizes: list[RoleSize] | None = None

    def __iter__(self) -> Iterator[RoleSize]:
        return iter(self.role_sizes or ())

    def __len__(self) -> int:
        return len(self.role_sizes or ())

    def __getitem__(self, index: int) -> RoleSize:
        return (self.role_sizes or [])[index]


class RoleSize(Model):
    """A virtual machine or web/worker role size."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="RoleSize",
            namespace=NS_WA,
            root=None,
            element="RoleSize",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("label", "element", "Label", NS_WA, absent=""),
                FieldSchema("cores", "element", "Cores", NS_WA, scalar="int", absent=0),
                FieldSchema("memory_in_mb", "element", "MemoryInMb", NS_WA, scalar="int", absent=0),
                FieldSchema(
                    "supported_by_web_worker_roles",
                    "element",
                    "SupportedByWebWorkerRoles",
                    NS_WA,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema(
                    "supported_by_virtual_machines",
                    "element",
                    "SupportedByVirtualMachines",
                    NS_WA,
                    scalar="bool",
                    absent=False,
                ),
                FieldSchema(
                    "max_data_disk_count",
                    "element",
                    "MaxDataDiskCount",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "web_worker_resource_disk_size_in_mb",
                    "element",
                    "WebWorkerResourceDiskSizeInMb",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
                FieldSchema(
                    "virtual_machine_resource_disk_size_in_mb",
                    "element",
                    "VirtualMachineResourceDiskSizeInMb",
                    NS_WA,
                    scalar="int",
                    absent=0,
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    label: str | None = None
    cores: int | None = None
    memory_in_mb: int | None = None
    supported_by_web_worker_roles: bool | None = None
    supported_by_virtual_machines: bool | None = None
    max_data_disk_count: int | None = None
    web_worker_resource_disk_size_in_mb: int | None = None
    virtual_machine_resource_disk_size_in_mb: int | None = None
