# Generated from spec/types/migration.yaml by `make generate`; do not edit.
"""Models of the migration area."""

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
    "DeploymentNetworkResource",
    "MigrationValidationMessages",
    "MigrationValidationMessage",
]


class DeploymentNetworkResource(Model):
    """Where a deployment's virtual machines land in Azure Resource Manager."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DeploymentNetworkResource",
            namespace=NS_WA,
            root="DeploymentNetworkResource",
            fields=(
                FieldSchema("resource_group_name", "element", "ResourceGroupName", NS_WA),
                FieldSchema("virtual_network_name", "element", "VirtualNetworkName", NS_WA),
                FieldSchema("subnet_name", "element", "SubNetName", NS_WA),
                FieldSchema(
                    "destination_virtual_network", "element", "DestinationVirtualNetwork", NS_WA
                ),
            ),
        )
    )
    _: KW_ONLY
    resource_group_name: str | None = None
    virtual_network_name: str | None = None
    subnet_name: str | None = None
    destination_virtual_network: str | None = None


class MigrationValidationMessages(Model):
    """What stands in the way of migrating a resource; iterate it for the messages (none =
    ready)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MigrationValidationMessages",
            namespace=NS_WA,
            root="ValidationMessages",
            fields=(
                FieldSchema(
                    "validation_messages",
                    "flat",
                    "ValidationMessage",
                    NS_WA,
                    model="MigrationValidationMessage",
                ),
            ),
            items="validation_messages",
        )
    )
    _: KW_ONLY
    validation_messages: list[MigrationValidationMessage] | None = None

    def __iter__(self) -> Iterator[MigrationValidationMessage]:
        return iter(self.validation_messages or ())

    def __len__(self) -> int:
        return len(self.validation_messages or ())

    def __getitem__(self, index: int) -> MigrationValidationMessage:
        return (self.validation_messages or [])[index]


class MigrationValidationMessage(Model):
    """One finding of a migration validation."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="MigrationValidationMessage",
            namespace=NS_WA,
            root=None,
            element="ValidationMessage",
            fields=(
                FieldSchema("resource_type", "element", "ResourceType", NS_WA),
                FieldSchema("resource_name", "element", "ResourceName", NS_WA),
                FieldSchema("category", "element", "Category", NS_WA),
                FieldSchema("message", "element", "Message", NS_WA),
                FieldSchema("virtual_machine", "element", "VirtualMachine", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    resource_type: str | None = None
    resource_name: str | None = None
    #: Error, Warning or Information.
    category: str | None = None
    message: str | None = None
    #: The virtual machine the finding is about, if any.
    virtual_machine: str | None = None
