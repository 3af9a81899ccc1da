# Generated from spec/types/networks.yaml by `make generate`; do not edit.
"""Models of the networks area."""

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

    from servicemanagement._generated.models_compute import Dns

__all__ = [
    "VirtualNetworkSites",
    "VirtualNetworkSite",
    "VirtualNetworkSiteGateway",
    "VirtualNetworkSiteLocalSite",
    "VirtualNetworkSiteConnection",
    "AddressSpace",
    "Subnets",
    "Subnet",
]


class VirtualNetworkSites(Model):
    """The response of list_virtual_network_sites; iterate it for VirtualNetworkSite items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VirtualNetworkSites",
            namespace=NS_WA,
            root="VirtualNetworkSites",
            fields=(
                FieldSchema(
                    "virtual_network_sites",
                    "flat",
                    "VirtualNetworkSite",
                    NS_WA,
                    model="VirtualNetworkSite",
                    absent="new",
                ),
            ),
            items="virtual_network_sites",
        )
    )
    _: KW_ONLY
    virtual_network_sites: list[VirtualNetworkSite] | None = None

    def __iter__(self) -> Iterator[VirtualNetworkSite]:
        return iter(self.virtual_network_sites or ())

    def __len__(self) -> int:
        return len(self.virtual_network_sites or ())

    def __getitem__(self, index: int) -> VirtualNetworkSite:
        return (self.virtual_network_sites or [])[index]


class VirtualNetworkSite(Model):
    """A virtual network of the subscription."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VirtualNetworkSite",
            namespace=NS_WA,
            root=None,
            element="VirtualNetworkSite",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("label", "element", "Label", NS_WA),
                FieldSchema("id", "element", "Id", NS_WA, absent=""),
                FieldSchema("affinity_group", "element", "AffinityGroup", NS_WA, absent=""),
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema("in_use", "element", "InUse", NS_WA, scalar="bool"),
                FieldSchema(
                    "address_space", "element", "AddressSpace", NS_WA, model="AddressSpace"
                ),
                FieldSchema("subnets", "element", "Subnets", NS_WA, model="Subnets"),
                FieldSchema("dns", "element", "Dns", NS_WA, model="Dns"),
                FieldSchema(
                    "gateway", "element", "Gateway", NS_WA, model="VirtualNetworkSiteGateway"
                ),
                FieldSchema("migration_state", "element", "MigrationState", NS_WA),
                FieldSchema("location", "element", "Location", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    label: str | None = None
    id: str | None = None
    affinity_group: str | None = None
    state: str | None = None
    in_use: bool | None = None
    address_space: AddressSpace | None = None
    subnets: Subnets | None = None
    dns: Dns | None = None
    gateway: VirtualNetworkSiteGateway | None = None
    migration_state: str | None = None
    location: str | None = None


class VirtualNetworkSiteGateway(Model):
    """The VPN gateway settings of a virtual network (its local sites and client pool)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VirtualNetworkSiteGateway",
            namespace=NS_WA,
            root=None,
            element="Gateway",
            fields=(
                FieldSchema("profile", "element", "Profile", NS_WA),
                FieldSchema(
                    "sites",
                    "list",
                    "Sites",
                    NS_WA,
                    model="VirtualNetworkSiteLocalSite",
                    item="LocalNetworkSite",
                ),
                FieldSchema(
                    "vpn_client_address_pool",
                    "element",
                    "VPNClientAddressPool",
                    NS_WA,
                    model="AddressSpace",
                ),
                FieldSchema("vnet_names", "element", "VnetNames", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    profile: str | None = None
    sites: list[VirtualNetworkSiteLocalSite] | None = None
    vpn_client_address_pool: AddressSpace | None = None
    vnet_names: str | None = None


class VirtualNetworkSiteLocalSite(Model):
    """A local (on-premises) network a virtual network's gateway connects to."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VirtualNetworkSiteLocalSite",
            namespace=NS_WA,
            root=None,
            element="LocalNetworkSite",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema(
                    "address_space", "element", "AddressSpace", NS_WA, model="AddressSpace"
                ),
                FieldSchema("vpn_gateway_address", "element", "VpnGatewayAddress", NS_WA),
                FieldSchema(
                    "connections",
                    "list",
                    "Connections",
                    NS_WA,
                    model="VirtualNetworkSiteConnection",
                    item="Connection",
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    address_space: AddressSpace | None = None
    vpn_gateway_address: str | None = None
    connections: list[VirtualNetworkSiteConnection] | None = None


class VirtualNetworkSiteConnection(Model):
    """A connection of a local network site (its type, e.g. IPsec)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VirtualNetworkSiteConnection",
            namespace=NS_WA,
            root=None,
            element="Connection",
            fields=(FieldSchema("type", "element", "Type", NS_WA),),
        )
    )
    _: KW_ONLY
    type: str | None = None


class AddressSpace(Model):
    """The address prefixes (CIDR) of a virtual network."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AddressSpace",
            namespace=NS_WA,
            root=None,
            element="AddressSpace",
            fields=(
                FieldSchema(
                    "address_prefixes", "list", "AddressPrefixes", NS_WA, item="AddressPrefix"
                ),
            ),
        )
    )
    _: KW_ONLY
    address_prefixes: list[str] | None = None


class Subnets(Model):
    """The subnets of a virtual network; iterate it for Subnet items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Subnets",
            namespace=NS_WA,
            root=None,
            element="Subnets",
            fields=(FieldSchema("subnets", "flat", "Subnet", NS_WA, model="Subnet", absent="new"),),
            items="subnets",
        )
    )
    _: KW_ONLY
    subnets: list[Subnet] | None = None

    def __iter__(self) -> Iterator[Subnet]:
        return iter(self.subnets or ())

    def __len__(self) -> int:
        return len(self.subnets or ())

    def __getitem__(self, index: int) -> Subnet:
        return (self.subnets or [])[index]


class Subnet(Model):
    """A subnet of a virtual network."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="Subnet",
            namespace=NS_WA,
            root=None,
            element="Subnet",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA, absent=""),
                FieldSchema("address_prefix", "element", "AddressPrefix", NS_WA, absent=""),
                FieldSchema("network_security_group", "element", "NetworkSecurityGroup", NS_WA),
                FieldSchema("route_table_name", "element", "RouteTableName", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    address_prefix: str | None = None
    network_security_group: str | None = None
    route_table_name: str | None = None
