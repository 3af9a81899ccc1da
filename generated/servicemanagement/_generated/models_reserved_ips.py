# Generated from spec/types/reserved_ips.yaml by `make generate`; do not edit.
"""Models of the reserved_ips area."""

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
    "ReservedIPs",
    "ReservedIP",
    "ReservedIPAssociation",
]


class ReservedIPs(Model):
    """The response of list_reserved_ip_addresses; iterate it for ReservedIP items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ReservedIPs",
            namespace=NS_WA,
            root="ReservedIPs",
            fields=(
                FieldSchema(
                    "reserved_ips", "flat", "ReservedIP", NS_WA, model="ReservedIP", absent="new"
                ),
            ),
            items="reserved_ips",
        )
    )
    _: KW_ONLY
    reserved_ips: list[ReservedIP] | None = None

    def __iter__(self) -> Iterator[ReservedIP]:
        return iter(self.reserved_ips or ())

    def __len__(self) -> int:
        return len(self.reserved_ips or ())

    def __getitem__(self, index: int) -> ReservedIP:
        return (self.reserved_ips or [])[index]


class ReservedIP(Model):
    """A reserved public IP address; also the request body of create_reserved_ip_address (Name,
    Label, Location). Label is plain text here, not base64."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ReservedIP",
            namespace=NS_WA,
            root="ReservedIP",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("address", "element", "Address", NS_WA, absent=""),
                FieldSchema("id", "element", "Id", NS_WA, absent=""),
                FieldSchema("label", "element", "Label", NS_WA, absent=""),
                FieldSchema("state", "element", "State", NS_WA, absent=""),
                FieldSchema("in_use", "element", "InUse", NS_WA, scalar="bool", absent=False),
                FieldSchema("service_name", "element", "ServiceName", NS_WA, absent=""),
                FieldSchema("deployment_name", "element", "DeploymentName", NS_WA, absent=""),
                FieldSchema("location", "element", "Location", NS_WA, absent=""),
                FieldSchema("virtual_ip_name", "element", "VirtualIPName", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    address: str | None = None
    id: str | None = None
    label: str | None = None
    state: str | None = None
    in_use: bool | None = None
    service_name: str | None = None
    deployment_name: str | None = None
    location: str | None = None
    virtual_ip_name: str | None = None


class ReservedIPAssociation(Model):
    """The request body of associate_ and disassociate_reserved_ip_address."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ReservedIPAssociation",
            namespace=NS_WA,
            root="ReservedIPAssociation",
            fields=(
                FieldSchema("service_name", "element", "ServiceName", NS_WA),
                FieldSchema("deployment_name", "element", "DeploymentName", NS_WA),
                FieldSchema("virtual_ip_name", "element", "VirtualIPName", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    service_name: str | None = None
    deployment_name: str | None = None
    virtual_ip_name: str | None = None
