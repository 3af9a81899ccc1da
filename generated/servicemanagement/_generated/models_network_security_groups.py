# Generated from spec/types/network_security_groups.yaml by `make generate`; do not edit.
"""Models of the network_security_groups area."""

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
    "NetworkSecurityGroups",
    "NetworkSecurityGroup",
    "NetworkSecurityRule",
]


class NetworkSecurityGroups(Model):
    """The response of list_network_security_group; iterate it for NetworkSecurityGroup items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="NetworkSecurityGroups",
            namespace=NS_WA,
            root="NetworkSecurityGroups",
            fields=(
                FieldSchema(
                    "network_security_groups",
                    "flat",
                    "NetworkSecurityGroup",
                    NS_WA,
                    model="NetworkSecurityGroup",
                ),
            ),
            items="network_security_groups",
        )
    )
    _: KW_ONLY
    network_security_groups: list[NetworkSecurityGroup] | None = None

    def __iter__(self) -> Iterator[NetworkSecurityGroup]:
        return iter(self.network_security_groups or ())

    def __len__(self) -> int:
        return len(self.network_security_groups or ())

    def __getitem__(self, index: int) -> NetworkSecurityGroup:
        return (self.network_security_groups or [])[index]


class NetworkSecurityGroup(Model):
    """A network security group: its rules with
    get_network_security_group(detail_level='Full'); only Name and State when read for a
    role, network interface or subnet."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="NetworkSecurityGroup",
            namespace=NS_WA,
            root="NetworkSecurityGroup",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("label", "element", "Label", NS_WA),
                FieldSchema("location", "element", "Location", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema(
                    "rules", "list", "Rules", NS_WA, model="NetworkSecurityRule", item="Rule"
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    label: str | None = None
    location: str | None = None
    state: str | None = None
    rules: list[NetworkSecurityRule] | None = None


class NetworkSecurityRule(Model):
    """A rule of a network security group (the body of set_network_security_group_rule)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="NetworkSecurityRule",
            namespace=NS_WA,
            root="Rule",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema("priority", "element", "Priority", NS_WA, scalar="int"),
                FieldSchema("action", "element", "Action", NS_WA),
                FieldSchema("source_address_prefix", "element", "SourceAddressPrefix", NS_WA),
                FieldSchema("source_port_range", "element", "SourcePortRange", NS_WA),
                FieldSchema(
                    "destination_address_prefix", "element", "DestinationAddressPrefix", NS_WA
                ),
                FieldSchema("destination_port_range", "element", "DestinationPortRange", NS_WA),
                FieldSchema("protocol", "element", "Protocol", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema("is_default", "element", "IsDefault", NS_WA, scalar="bool"),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    #: Inbound or Outbound.
    type: str | None = None
    priority: int | None = None
    #: Allow or Deny.
    action: str | None = None
    source_address_prefix: str | None = None
    source_port_range: str | None = None
    destination_address_prefix: str | None = None
    destination_port_range: str | None = None
    #: TCP, UDP or *.
    protocol: str | None = None
    state: str | None = None
    is_default: bool | None = None
