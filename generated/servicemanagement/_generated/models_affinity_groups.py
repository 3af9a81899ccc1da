# Generated from spec/types/affinity_groups.yaml by `make generate`; do not edit.
"""Models of the affinity_groups area."""

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

    from servicemanagement._generated.models_hosted_services import HostedServices
    from servicemanagement._generated.models_locations import ComputeCapabilities
    from servicemanagement._generated.models_storage import StorageServices

__all__ = [
    "AffinityGroups",
    "AffinityGroup",
    "CreateAffinityGroup",
    "UpdateAffinityGroup",
]


class AffinityGroups(Model):
    """The response of list_affinity_groups; iterate it for AffinityGroup items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AffinityGroups",
            namespace=NS_WA,
            root="AffinityGroups",
            fields=(
                FieldSchema(
                    "affinity_groups",
                    "flat",
                    "AffinityGroup",
                    NS_WA,
                    model="AffinityGroup",
                    absent="new",
                ),
            ),
            items="affinity_groups",
        )
    )
    _: KW_ONLY
    affinity_groups: list[AffinityGroup] | None = None

    def __iter__(self) -> Iterator[AffinityGroup]:
        return iter(self.affinity_groups or ())

    def __len__(self) -> int:
        return len(self.affinity_groups or ())

    def __getitem__(self, index: int) -> AffinityGroup:
        return (self.affinity_groups or [])[index]


class AffinityGroup(Model):
    """An affinity group. get_affinity_group_properties lists its hosted services and storage
    accounts; list_affinity_groups gives its compute capabilities instead."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AffinityGroup",
            namespace=NS_WA,
            root="AffinityGroup",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("label", "element", "Label", NS_WA, scalar="base64"),
                FieldSchema("description", "element", "Description", NS_WA, absent=""),
                FieldSchema("location", "element", "Location", NS_WA, absent=""),
                FieldSchema(
                    "hosted_services", "element", "HostedServices", NS_WA, model="HostedServices"
                ),
                FieldSchema(
                    "storage_services", "element", "StorageServices", NS_WA, model="StorageServices"
                ),
                FieldSchema("capabilities", "list", "Capabilities", NS_WA, item="Capability"),
                FieldSchema("created_time", "element", "CreatedTime", NS_WA),
                FieldSchema(
                    "compute_capabilities",
                    "element",
                    "ComputeCapabilities",
                    NS_WA,
                    model="ComputeCapabilities",
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    label: str | None = None
    description: str | None = None
    location: str | None = None
    hosted_services: HostedServices | None = None
    storage_services: StorageServices | None = None
    capabilities: list[str] | None = None
    created_time: str | None = None
    compute_capabilities: ComputeCapabilities | None = None


class CreateAffinityGroup(Model):
    """The request body of create_affinity_group."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CreateAffinityGroup",
            namespace=NS_WA,
            root="CreateAffinityGroup",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("label", "element", "Label", NS_WA, scalar="base64"),
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema("location", "element", "Location", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    label: str | None = None
    description: str | None = None
    location: str | None = None


class UpdateAffinityGroup(Model):
    """The request body of update_affinity_group."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="UpdateAffinityGroup",
            namespace=NS_WA,
            root="UpdateAffinityGroup",
            fields=(
                FieldSchema("label", "element", "Label", NS_WA, scalar="base64"),
                FieldSchema("description", "element", "Description", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    label: str | None = None
    description: str | None = None
