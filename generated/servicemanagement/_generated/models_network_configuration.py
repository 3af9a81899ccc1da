# Generated from spec/types/network_configuration.yaml by `make generate`; do not edit.
"""Models of the network_configuration area."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_NC, NS_WA
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY


__all__ = [
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


class AddressAvailabilityResponse(Model):
    """Whether an address of a virtual network is free, and free addresses near it."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="AddressAvailabilityResponse",
            namespace=NS_WA,
            root="AddressAvailabilityResponse",
            fields=(
                FieldSchema("is_available", "element", "IsAvailable", NS_WA, scalar="bool"),
                FieldSchema(
                    "available_addresses",
                    "list",
                    "AvailableAddresses",
                    NS_WA,
                    item="AvailableAddress",
                ),
            ),
        )
    )
    _: KW_ONLY
    is_available: bool | None = None
    available_addresses: list[str] | None = None


class NetworkConfiguration(Model):
    """The virtual network configuration of a subscription (DNS servers, local and virtual
    networks)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
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
    )
    _: KW_ONLY
    virtual_network_configuration: VirtualNetworkConfiguration | None = None


class VirtualNetworkConfiguration(Model):
    """The DNS servers, local network sites and virtual network sites of a subscription."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
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
    )
    _: KW_ONLY
    dns: NetworkConfigurationDns | None = None
    local_network_sites: list[NetworkConfigurationLocalNetworkSite] | None = None
    virtual_network_sites: list[NetworkConfigurationVirtualNetworkSite] | None = None


class NetworkConfigurationDns(Model):
    """The DNS servers virtual networks can refer to."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
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
    )
    _: KW_ONLY
    dns_servers: list[NetworkConfigurationDnsServer] | None = None


class NetworkConfigurationDnsServer(Model):
    """A DNS server (attributes only)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="NetworkConfigurationDnsServer",
            namespace=NS_NC,
            root=None,
            element="DnsServer",
            fields=(
                FieldSchema("name", "attribute", "name", ""),
                FieldSchema("ip_address", "attribute", "IPAddress", ""),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    ip_address: str | None = None


class NetworkConfigurationAddressSpace(Model):
    """CIDR prefixes, each its own AddressPrefix element (no wrapper)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="NetworkConfigurationAddressSpace",
            namespace=NS_NC,
            root=None,
            element="NetworkConfigurationAddressSpace",
            fields=(FieldSchema("address_prefixes", "flat", "AddressPrefix", NS_NC),),
        )
    )
    _: KW_ONLY
    address_prefixes: list[str] | None = None


class NetworkConfigurationLocalNetworkSite(Model):
    """An on-premises network (its address space and VPN device address)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
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
    )
    _: KW_ONLY
    name: str | None = None
    address_space: NetworkConfigurationAddressSpace | None = None
    vpn_gateway_address: str | None = None


class NetworkConfigurationVirtualNetworkSite(Model):
    """A virtual network (location or affinity group, address space, subnets, DNS, gateway)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
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
    )
    _: KW_ONLY
    name: str | None = None
    affinity_group: str | None = None
    location: str | None = None
    address_space: NetworkConfigurationAddressSpace | None = None
    subnets: list[NetworkConfigurationSubnet] | None = None
    dns_servers_ref: list[NetworkConfigurationDnsServerRef] | None = None
    gateway: NetworkConfigurationGateway | None = None


class NetworkConfigurationSubnet(Model):
    """A subnet of a virtual network."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="NetworkConfigurationSubnet",
            namespace=NS_NC,
            root=None,
            element="Subnet",
            fields=(
                FieldSchema("name", "attribute", "name", ""),
                FieldSchema("address_prefix", "element", "AddressPrefix", NS_NC),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    address_prefix: str | None = None


class NetworkConfigurationDnsServerRef(Model):
    """A virtual network's reference to a DNS server by name."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="NetworkConfigurationDnsServerRef",
            namespace=NS_NC,
            root=None,
            element="DnsServerRef",
            fields=(FieldSchema("name", "attribute", "name", ""),),
        )
    )
    _: KW_ONLY
    name: str | None = None


class NetworkConfigurationGateway(Model):
    """The gateway of a virtual network (point-to-site pool, site-to-site connections)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
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
    )
    _: KW_ONLY
    #: Small, Medium, Large or ExtraLarge (older schema versions).
    profile: str | None = None
    vpn_client_address_pool: NetworkConfigurationAddressSpace | None = None
    connections_to_local_network: list[NetworkConfigurationLocalNetworkSiteRef] | None = None


class NetworkConfigurationLocalNetworkSiteRef(Model):
    """A virtual network gateway's connection to a local network site."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="NetworkConfigurationLocalNetworkSiteRef",
            namespace=NS_NC,
            root=None,
            element="LocalNetworkSiteRef",
            fields=(
                FieldSchema("name", "attribute", "name", ""),
                FieldSchema(
                    "connection",
                    "element",
                    "Connection",
                    NS_NC,
                    model="NetworkConfigurationConnection",
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    connection: NetworkConfigurationConnection | None = None


class NetworkConfigurationConnection(Model):
    """The kind of a connection to a local network site."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="NetworkConfigurationConnection",
            namespace=NS_NC,
            root=None,
            element="Connection",
            fields=(FieldSchema("type", "attribute", "type", ""),),
        )
    )
    _: KW_ONLY
    #: IPsec or Dedicated.
    type: str | None = None
