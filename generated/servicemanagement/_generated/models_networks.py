# Generated from spec/types/networks.yaml by `make generate`; do not edit.
"""Models of the networks area."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import KW_ONLY, dataclass
from typing import ClassVar

from servicemanagement._generated.namespaces import NS_NC, NS_WA
from servicemanagement._model import Model
from servicemanagement._schema import FieldSchema, TypeSchema

__all__ = [
    "VirtualNetworkSites",
    "VirtualNetworkSite",
    "AddressSpace",
    "Subnets",
    "Subnet",
    "AddressAvailabilityResponse",
    "NetworkConfiguration",
    "VirtualNetworkConfiguration",
    "NetworkConfigurationDns",
    "NetworkConfigurationDnsServer",
    "NetworkConfigurationAddressSpace",
    "NetworkConfigurationLocalNetworkSite",
    "NetworkConfigurationVirtualNetworkSite",
    "NetworkConfigurationSubnet",
    "NetworkConfigurationDnsServerRef",
    "NetworkConfigurationGateway",
    "NetworkConfigurationLocalNetworkSiteRef",
    "NetworkConfigurationConnection",
]


@dataclass(slots=True)
class VirtualNetworkSites(Model):
    """The response of list_virtual_network_sites; iterate it for VirtualNetworkSite items."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
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
            ),
        ),
        items="virtual_network_sites",
    )
    _: KW_ONLY
    virtual_network_sites: list[VirtualNetworkSite] | None = None

    def __iter__(self) -> Iterator[VirtualNetworkSite]:
        return iter(self.virtual_network_sites or ())

    def __len__(self) -> int:
        return len(self.virtual_network_sites or ())

    def __getitem__(self, index: int) -> VirtualNetworkSite:
        return (self.virtual_network_sites or [])[index]


@dataclass(slots=True)
class VirtualNetworkSite(Model):
    """A virtual network of the subscription."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="VirtualNetworkSite",
        namespace=NS_WA,
        root=None,
        element="VirtualNetworkSite",
        fields=(
            FieldSchema("name", "element", "Name", NS_WA),
            FieldSchema("id", "element", "Id", NS_WA),
            FieldSchema("affinity_group", "element", "AffinityGroup", NS_WA),
            FieldSchema("location", "element", "Location", NS_WA),
            FieldSchema("state", "element", "State", NS_WA),
            FieldSchema("address_space", "element", "AddressSpace", NS_WA, model="AddressSpace"),
            FieldSchema("subnets", "element", "Subnets", NS_WA, model="Subnets"),
        ),
    )
    _: KW_ONLY
    name: str | None = None
    id: str | None = None
    affinity_group: str | None = None
    location: str | None = None
    state: str | None = None
    address_space: AddressSpace | None = None
    subnets: Subnets | None = None


@dataclass(slots=True)
class AddressSpace(Model):
    """The address prefixes (CIDR) of a virtual network."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="AddressSpace",
        namespace=NS_WA,
        root=None,
        element="AddressSpace",
        fields=(
            FieldSchema("address_prefixes", "list", "AddressPrefixes", NS_WA, item="AddressPrefix"),
        ),
    )
    _: KW_ONLY
    address_prefixes: list[str] | None = None


@dataclass(slots=True)
class Subnets(Model):
    """The subnets of a virtual network; iterate it for Subnet items."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="Subnets",
        namespace=NS_WA,
        root=None,
        element="Subnets",
        fields=(FieldSchema("subnets", "flat", "Subnet", NS_WA, model="Subnet"),),
        items="subnets",
    )
    _: KW_ONLY
    subnets: list[Subnet] | None = None

    def __iter__(self) -> Iterator[Subnet]:
        return iter(self.subnets or ())

    def __len__(self) -> int:
        return len(self.subnets or ())

    def __getitem__(self, index: int) -> Subnet:
        return (self.subnets or [])[index]


@dataclass(slots=True)
class Subnet(Model):
    """A subnet of a virtual network."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="Subnet",
        namespace=NS_WA,
        root=None,
        element="Subnet",
        fields=(
            FieldSchema("name", "element", "Name", NS_WA),
            FieldSchema("address_prefix", "element", "AddressPrefix", NS_WA),
        ),
    )
    _: KW_ONLY
    name: str | None = None
    address_prefix: str | None = None


@dataclass(slots=True)
class AddressAvailabilityResponse(Model):
    """Whether an address of a virtual network is free, and free addresses near it."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="AddressAvailabilityResponse",
        namespace=NS_WA,
        root="AddressAvailabilityResponse",
        fields=(
            FieldSchema("is_available", "element", "IsAvailable", NS_WA, scalar="bool"),
            FieldSchema(
                "available_addresses", "list", "AvailableAddresses", NS_WA, item="AvailableAddress"
            ),
        ),
    )
    _: KW_ONLY
    is_available: bool | None = None
    available_addresses: list[str] | None = None


@dataclass(slots=True)
class NetworkConfiguration(Model):
    """The virtual network configuration of a subscription (DNS servers, local and virtual
    networks)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="NetworkConfiguration",
        namespace=NS_NC,
        root="NetworkConfiguration",
        fields=(
            FieldSchema(
                "virtual_network_configuration",
                "element",
                "VirtualNetworkConfiguration",
                NS_NC,
                model="VirtualNetworkConfiguration",
            ),
        ),
    )
    _: KW_ONLY
    virtual_network_configuration: VirtualNetworkConfiguration | None = None


@dataclass(slots=True)
class VirtualNetworkConfiguration(Model):
    """The DNS servers, local network sites and virtual network sites of a subscription."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="VirtualNetworkConfiguration",
        namespace=NS_NC,
        root=None,
        element="VirtualNetworkConfiguration",
        fields=(
            FieldSchema("dns", "element", "Dns", NS_NC, model="NetworkConfigurationDns"),
            FieldSchema(
                "local_network_sites",
                "list",
                "LocalNetworkSites",
                NS_NC,
                model="NetworkConfigurationLocalNetworkSite",
                item="LocalNetworkSite",
            ),
            FieldSchema(
                "virtual_network_sites",
                "list",
                "VirtualNetworkSites",
                NS_NC,
                model="NetworkConfigurationVirtualNetworkSite",
                item="VirtualNetworkSite",
            ),
        ),
    )
    _: KW_ONLY
    dns: NetworkConfigurationDns | None = None
    local_network_sites: list[NetworkConfigurationLocalNetworkSite] | None = None
    virtual_network_sites: list[NetworkConfigurationVirtualNetworkSite] | None = None


@dataclass(slots=True)
class NetworkConfigurationDns(Model):
    """The DNS servers virtual networks can refer to."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="NetworkConfigurationDns",
        namespace=NS_NC,
        root=None,
        element="Dns",
        fields=(
            FieldSchema(
                "dns_servers",
                "list",
                "DnsServers",
                NS_NC,
                model="NetworkConfigurationDnsServer",
                item="DnsServer",
            ),
        ),
    )
    _: KW_ONLY
    dns_servers: list[NetworkConfigurationDnsServer] | None = None


@dataclass(slots=True)
class NetworkConfigurationDnsServer(Model):
    """A DNS server (attributes only)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="NetworkConfigurationDnsServer",
        namespace=NS_NC,
        root=None,
        element="DnsServer",
        fields=(
            FieldSchema("name", "attribute", "name", ""),
            FieldSchema("ip_address", "attribute", "IPAddress", ""),
        ),
    )
    _: KW_ONLY
    name: str | None = None
    ip_address: str | None = None


@dataclass(slots=True)
class NetworkConfigurationAddressSpace(Model):
    """CIDR prefixes, each its own AddressPrefix element (no wrapper)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="NetworkConfigurationAddressSpace",
        namespace=NS_NC,
        root=None,
        element="NetworkConfigurationAddressSpace",
        fields=(FieldSchema("address_prefixes", "flat", "AddressPrefix", NS_NC),),
    )
    _: KW_ONLY
    address_prefixes: list[str] | None = None


@dataclass(slots=True)
class NetworkConfigurationLocalNetworkSite(Model):
    """An on-premises network (its address space and VPN device address)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="NetworkConfigurationLocalNetworkSite",
        namespace=NS_NC,
        root=None,
        element="LocalNetworkSite",
        fields=(
            FieldSchema("name", "attribute", "name", ""),
            FieldSchema(
                "address_space",
                "element",
                "AddressSpace",
                NS_NC,
                model="NetworkConfigurationAddressSpace",
            ),
            FieldSchema("vpn_gateway_address", "element", "VPNGatewayAddress", NS_NC),
        ),
    )
    _: KW_ONLY
    name: str | None = None
    address_space: NetworkConfigurationAddressSpace | None = None
    vpn_gateway_address: str | None = None


@dataclass(slots=True)
class NetworkConfigurationVirtualNetworkSite(Model):
    """A virtual network (location or affinity group, address space, subnets, DNS, gateway)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="NetworkConfigurationVirtualNetworkSite",
        namespace=NS_NC,
        root=None,
        element="VirtualNetworkSite",
        fields=(
            FieldSchema("name", "attribute", "name", ""),
            FieldSchema("affinity_group", "attribute", "AffinityGroup", ""),
            FieldSchema("location", "attribute", "Location", ""),
            FieldSchema(
                "address_space",
                "element",
                "AddressSpace",
                NS_NC,
                model="NetworkConfigurationAddressSpace",
            ),
            FieldSchema(
                "subnets",
                "list",
                "Subnets",
                NS_NC,
                model="NetworkConfigurationSubnet",
                item="Subnet",
            ),
            FieldSchema(
                "dns_servers_ref",
                "list",
                "DnsServersRef",
                NS_NC,
                model="NetworkConfigurationDnsServerRef",
                item="DnsServerRef",
            ),
            FieldSchema(
                "gateway", "element", "Gateway", NS_NC, model="NetworkConfigurationGateway"
            ),
        ),
    )
    _: KW_ONLY
    name: str | None = None
    affinity_group: str | None = None
    location: str | None = None
    address_space: NetworkConfigurationAddressSpace | None = None
    subnets: list[NetworkConfigurationSubnet] | None = None
    dns_servers_ref: list[NetworkConfigurationDnsServerRef] | None = None
    gateway: NetworkConfigurationGateway | None = None


@dataclass(slots=True)
class NetworkConfigurationSubnet(Model):
    """A subnet of a virtual network."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="NetworkConfigurationSubnet",
        namespace=NS_NC,
        root=None,
        element="Subnet",
        fields=(
            FieldSchema("name", "attribute", "name", ""),
            FieldSchema("address_prefix", "element", "AddressPrefix", NS_NC),
        ),
    )
    _: KW_ONLY
    name: str | None = None
    address_prefix: str | None = None


@dataclass(slots=True)
class NetworkConfigurationDnsServerRef(Model):
    """A virtual network's reference to a DNS server by name."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="NetworkConfigurationDnsServerRef",
        namespace=NS_NC,
        root=None,
        element="DnsServerRef",
        fields=(FieldSchema("name", "attribute", "name", ""),),
    )
    _: KW_ONLY
    name: str | None = None


@dataclass(slots=True)
class NetworkConfigurationGateway(Model):
    """The gateway of a virtual network (point-to-site pool, site-to-site connections)."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="NetworkConfigurationGateway",
        namespace=NS_NC,
        root=None,
        element="Gateway",
        fields=(
            FieldSchema("profile", "attribute", "profile", ""),
            FieldSchema(
                "vpn_client_address_pool",
                "element",
                "VPNClientAddressPool",
                NS_NC,
                model="NetworkConfigurationAddressSpace",
            ),
            FieldSchema(
                "connections_to_local_network",
                "list",
                "ConnectionsToLocalNetwork",
                NS_NC,
                model="NetworkConfigurationLocalNetworkSiteRef",
                item="LocalNetworkSiteRef",
            ),
        ),
    )
    _: KW_ONLY
    #: Small, Medium, Large or ExtraLarge (older schema versions).
    profile: str | None = None
    vpn_client_address_pool: NetworkConfigurationAddressSpace | None = None
    connections_to_local_network: list[NetworkConfigurationLocalNetworkSiteRef] | None = None


@dataclass(slots=True)
class NetworkConfigurationLocalNetworkSiteRef(Model):
    """A virtual network gateway's connection to a local network site."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="NetworkConfigurationLocalNetworkSiteRef",
        namespace=NS_NC,
        root=None,
        element="LocalNetworkSiteRef",
        fields=(
            FieldSchema("name", "attribute", "name", ""),
            FieldSchema(
                "connection", "element", "Connection", NS_NC, model="NetworkConfigurationConnection"
            ),
        ),
    )
    _: KW_ONLY
    name: str | None = None
    connection: NetworkConfigurationConnection | None = None


@dataclass(slots=True)
class NetworkConfigurationConnection(Model):
    """The kind of a connection to a local network site."""

    __schema__: ClassVar[TypeSchema] = TypeSchema(
        name="NetworkConfigurationConnection",
        namespace=NS_NC,
        root=None,
        element="Connection",
        fields=(FieldSchema("type", "attribute", "type", ""),),
    )
    _: KW_ONLY
    #: IPsec or Dedicated.
    type: str | None = None
