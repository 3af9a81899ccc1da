# Generated from spec/types/vpn_gateways.yaml by `make generate`; do not edit.
"""Models of the vpn_gateways area."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_ARR, NS_WA
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY
    from datetime import datetime


__all__ = [
    "CreateGatewayParameters",
    "NetworkGateway",
    "GatewayEvent",
    "GatewayConnectionUpdate",
    "UpdateGateway",
    "UpdateGatewayParameters",
    "DefaultSiteList",
    "VpnClientParameters",
    "LocalNetworkConnections",
    "LocalNetworkConnection",
    "SharedKey",
    "ResetSharedKey",
    "IPsecParameters",
    "UpdateGatewayPublicDiagnostics",
    "GatewayPublicDiagnosticsStatus",
    "ClientRootCertificates",
    "ClientRootCertificate",
    "VpnDeviceList",
    "VpnDeviceVendor",
    "VpnDevicePlatform",
    "VpnDeviceOSFamily",
    "BgpSettings",
    "CreateVirtualNetworkGatewayParameters",
    "VirtualNetworkGateways",
    "VirtualNetworkGateway",
    "CreateLocalNetworkGatewayParameters",
    "UpdateLocalNetworkGatewayParameters",
    "LocalNetworkGateways",
    "LocalNetworkGateway",
    "CreateGatewayConnectionParameters",
    "UpdateGatewayConnectionParameters",
    "GatewayConnections",
    "GatewayConnection",
]


class CreateGatewayParameters(Model):
    """The request body of create_gateway."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CreateGatewayParameters",
            namespace=NS_WA,
            root="CreateGatewayParameters",
            fields=(
                FieldSchema("gateway_size", "element", "GatewaySize", NS_WA),
                FieldSchema("gateway_type", "element", "gatewayType", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    #: Default, HighPerformance, Standard, ...
    gateway_size: str | None = None
    #: StaticRouting or DynamicRouting.
    gateway_type: str | None = None


class NetworkGateway(Model):
    """The classic gateway of a virtual network (get_gateway)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="NetworkGateway",
            namespace=NS_WA,
            root="Gateway",
            fields=(
                FieldSchema("gateway_type", "element", "GatewayType", NS_WA),
                FieldSchema("last_event", "element", "LastEvent", NS_WA, model="GatewayEvent"),
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema("vip_address", "element", "VIPAddress", NS_WA),
                FieldSchema("default_sites", "list", "DefaultSites", NS_WA, item="string"),
                FieldSchema("gateway_size", "element", "GatewaySize", NS_WA),
                FieldSchema("gateway_id", "element", "GatewayId", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    #: StaticRouting or DynamicRouting.
    gateway_type: str | None = None
    last_event: GatewayEvent | None = None
    #: Provisioning, Provisioned, Deprovisioning, NotProvisioned.
    state: str | None = None
    vip_address: str | None = None
    default_sites: list[str] | None = None
    gateway_size: str | None = None
    gateway_id: str | None = None


class GatewayEvent(Model):
    """The last event a gateway reported."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="GatewayEvent",
            namespace=NS_WA,
            root=None,
            element="LastEvent",
            fields=(
                FieldSchema("id", "element", "Id", NS_WA),
                FieldSchema("message", "element", "Message", NS_WA),
                FieldSchema("data", "element", "Data", NS_WA),
                FieldSchema("timestamp", "element", "Timestamp", NS_WA, scalar="datetime"),
            ),
        )
    )
    _: KW_ONLY
    id: str | None = None
    message: str | None = None
    data: str | None = None
    timestamp: datetime | None = None


class GatewayConnectionUpdate(Model):
    """The request body of connect_gateway_disconnect_or_testing."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="GatewayConnectionUpdate",
            namespace=NS_WA,
            root="UpdateConnection",
            fields=(
                FieldSchema("operation", "element", "Operation", NS_WA),
                FieldSchema("ip_address", "element", "IPAddress", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    #: Connect, Disconnect or Test.
    operation: str | None = None
    #: The address to test (Test only).
    ip_address: str | None = None


class UpdateGateway(Model):
    """The request body of failover_gateway."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="UpdateGateway",
            namespace=NS_WA,
            root="UpdateGateway",
            fields=(
                FieldSchema("update_gateway_operation", "element", "UpdateGatewayOperation", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    #: Failover.
    update_gateway_operation: str | None = None


class UpdateGatewayParameters(Model):
    """The request body of reset_gateway / resize_gateway (and their v2 forms)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="UpdateGatewayParameters",
            namespace=NS_WA,
            root="UpdateGatewayParameters",
            fields=(
                FieldSchema("gateway_size", "element", "GatewaySize", NS_WA),
                FieldSchema("operation", "element", "Operation", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    gateway_size: str | None = None
    #: Reset or Resize.
    operation: str | None = None


class DefaultSiteList(Model):
    """The request body of set_gateway_default_sites."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="DefaultSiteList",
            namespace=NS_WA,
            root="DefaultSiteList",
            fields=(FieldSchema("default_site", "element", "string", NS_WA),),
        )
    )
    _: KW_ONLY
    #: The local network site for forced tunnelling.
    default_site: str | None = None


class VpnClientParameters(Model):
    """The request body of generate_gateway_vpn_client_package."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VpnClientParameters",
            namespace=NS_WA,
            root="VpnClientParameters",
            fields=(
                FieldSchema("processor_architecture", "element", "ProcessorArchitecture", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    #: Amd64 or X86.
    processor_architecture: str | None = None


class LocalNetworkConnections(Model):
    """The connections of a classic gateway to local network sites; iterate it for items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="LocalNetworkConnections",
            namespace=NS_WA,
            root="Connections",
            fields=(
                FieldSchema(
                    "connections", "flat", "Connection", NS_WA, model="LocalNetworkConnection"
                ),
            ),
            items="connections",
        )
    )
    _: KW_ONLY
    connections: list[LocalNetworkConnection] | None = None

    def __iter__(self) -> Iterator[LocalNetworkConnection]:
        return iter(self.connections or ())

    def __len__(self) -> int:
        return len(self.connections or ())

    def __getitem__(self, index: int) -> LocalNetworkConnection:
        return (self.connections or [])[index]


class LocalNetworkConnection(Model):
    """A classic gateway's connection to a local network site, with traffic counters."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="LocalNetworkConnection",
            namespace=NS_WA,
            root=None,
            element="Connection",
            fields=(
                FieldSchema(
                    "allocated_ip_addresses", "list", "AllocatedIPAddresses", NS_WA, item="string"
                ),
                FieldSchema("connectivity_state", "element", "ConnectivityState", NS_WA),
                FieldSchema(
                    "egress_bytes_transferred",
                    "element",
                    "EgressBytesTransferred",
                    NS_WA,
                    scalar="int",
                ),
                FieldSchema(
                    "egress_packets_transferred",
                    "element",
                    "EgressPacketsTransferred",
                    NS_WA,
                    scalar="int",
                ),
                FieldSchema(
                    "ingress_bytes_transferred",
                    "element",
                    "IngressBytesTransferred",
                    NS_WA,
                    scalar="int",
                ),
                FieldSchema(
                    "ingress_packets_transferred",
                    "element",
                    "IngressPacketsTransferred",
                    NS_WA,
                    scalar="int",
                ),
                FieldSchema(
                    "last_connection_established",
                    "element",
                    "LastConnectionEstablished",
                    NS_WA,
                    scalar="datetime",
                ),
                FieldSchema("last_event", "element", "LastEvent", NS_WA, model="GatewayEvent"),
                FieldSchema("local_network_site_name", "element", "LocalNetworkSiteName", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    allocated_ip_addresses: list[str] | None = None
    #: Connected, Connecting, NotConnected or Unknown.
    connectivity_state: str | None = None
    egress_bytes_transferred: int | None = None
    egress_packets_transferred: int | None = None
    ingress_bytes_transferred: int | None = None
    ingress_packets_transferred: int | None = None
    last_connection_established: datetime | None = None
    last_event: GatewayEvent | None = None
    local_network_site_name: str | None = None


class SharedKey(Model):
    """The IPsec pre-shared key of a gateway connection."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="SharedKey",
            namespace=NS_WA,
            root="SharedKey",
            fields=(FieldSchema("value", "element", "Value", NS_WA),),
        )
    )
    _: KW_ONLY
    value: str | None = None


class ResetSharedKey(Model):
    """The request body of reset_gateway_shared_key (a new random key of this length)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ResetSharedKey",
            namespace=NS_WA,
            root="ResetSharedKey",
            fields=(FieldSchema("key_length", "element", "KeyLength", NS_WA, scalar="int"),),
        )
    )
    _: KW_ONLY
    key_length: int | None = None


class IPsecParameters(Model):
    """The IPsec policy of a gateway connection."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="IPsecParameters",
            namespace=NS_WA,
            root="IPsecParameters",
            fields=(
                FieldSchema("encryption_type", "element", "EncryptionType", NS_WA),
                FieldSchema("pfs_group", "element", "PfsGroup", NS_WA),
                FieldSchema(
                    "sa_data_size_kilobytes", "element", "SADataSizeKilobytes", NS_WA, scalar="int"
                ),
                FieldSchema(
                    "sa_life_time_seconds", "element", "SALifeTimeSeconds", NS_WA, scalar="int"
                ),
                FieldSchema("hash_algorithm", "element", "HashAlgorithm", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    encryption_type: str | None = None
    pfs_group: str | None = None
    sa_data_size_kilobytes: int | None = None
    sa_life_time_seconds: int | None = None
    hash_algorithm: str | None = None


class UpdateGatewayPublicDiagnostics(Model):
    """The request body of start/stop_gateway_diagnostics (and their v2 forms)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="UpdateGatewayPublicDiagnostics",
            namespace=NS_WA,
            root="UpdateGatewayPublicDiagnostics",
            fields=(
                FieldSchema(
                    "capture_duration_in_seconds", "element", "CaptureDurationInSeconds", NS_WA
                ),
                FieldSchema("container_name", "element", "ContainerName", NS_WA),
                FieldSchema("customer_storage_key", "element", "CustomerStorageKey", NS_WA),
                FieldSchema("customer_storage_name", "element", "CustomerStorageName", NS_WA),
                FieldSchema("operation", "element", "Operation", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    #: How long to capture (Start only).
    capture_duration_in_seconds: str | None = None
    container_name: str | None = None
    customer_storage_key: str | None = None
    customer_storage_name: str | None = None
    #: StartDiagnostics or StopDiagnostics.
    operation: str | None = None


class GatewayPublicDiagnosticsStatus(Model):
    """The state of a gateway's diagnostics capture."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="GatewayPublicDiagnosticsStatus",
            namespace=NS_WA,
            root="GatewayPublicDiagnosticsStatus",
            fields=(
                FieldSchema("public_diagnostics_url", "element", "PublicDiagnosticsUrl", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    public_diagnostics_url: str | None = None
    #: Ready, Scheduled, InProgress or StopInProgress.
    state: str | None = None


class ClientRootCertificates(Model):
    """The point-to-site root certificates of a gateway; iterate it for items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ClientRootCertificates",
            namespace=NS_WA,
            root="ClientRootCertificates",
            fields=(
                FieldSchema(
                    "client_root_certificates",
                    "flat",
                    "ClientRootCertificate",
                    NS_WA,
                    model="ClientRootCertificate",
                ),
            ),
            items="client_root_certificates",
        )
    )
    _: KW_ONLY
    client_root_certificates: list[ClientRootCertificate] | None = None

    def __iter__(self) -> Iterator[ClientRootCertificate]:
        return iter(self.client_root_certificates or ())

    def __len__(self) -> int:
        return len(self.client_root_certificates or ())

    def __getitem__(self, index: int) -> ClientRootCertificate:
        return (self.client_root_certificates or [])[index]


class ClientRootCertificate(Model):
    """A point-to-site root certificate of a gateway."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ClientRootCertificate",
            namespace=NS_WA,
            root=None,
            element="ClientRootCertificate",
            fields=(
                FieldSchema(
                    "expiration_time", "element", "ExpirationTime", NS_WA, scalar="datetime"
                ),
                FieldSchema("subject", "element", "Subject", NS_WA),
                FieldSchema("thumbprint", "element", "Thumbprint", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    expiration_time: datetime | None = None
    subject: str | None = None
    thumbprint: str | None = None


class VpnDeviceList(Model):
    """The VPN devices that gateway configuration scripts exist for."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VpnDeviceList",
            namespace="",
            root="VpnDeviceList",
            fields=(
                FieldSchema("version", "attribute", "version", ""),
                FieldSchema("vendors", "flat", "Vendor", "", model="VpnDeviceVendor"),
            ),
            items="vendors",
        )
    )
    _: KW_ONLY
    version: str | None = None
    vendors: list[VpnDeviceVendor] | None = None

    def __iter__(self) -> Iterator[VpnDeviceVendor]:
        return iter(self.vendors or ())

    def __len__(self) -> int:
        return len(self.vendors or ())

    def __getitem__(self, index: int) -> VpnDeviceVendor:
        return (self.vendors or [])[index]


class VpnDeviceVendor(Model):
    """A VPN device vendor."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VpnDeviceVendor",
            namespace="",
            root=None,
            element="Vendor",
            fields=(
                FieldSchema("name", "attribute", "name", ""),
                FieldSchema("platforms", "flat", "Platform", "", model="VpnDevicePlatform"),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    platforms: list[VpnDevicePlatform] | None = None


class VpnDevicePlatform(Model):
    """A VPN device platform of a vendor."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VpnDevicePlatform",
            namespace="",
            root=None,
            element="Platform",
            fields=(
                FieldSchema("name", "attribute", "name", ""),
                FieldSchema("os_families", "flat", "OSFamily", "", model="VpnDeviceOSFamily"),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    os_families: list[VpnDeviceOSFamily] | None = None


class VpnDeviceOSFamily(Model):
    """An operating system family of a VPN device platform."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VpnDeviceOSFamily",
            namespace="",
            root=None,
            element="OSFamily",
            fields=(
                FieldSchema("name", "attribute", "name", ""),
                FieldSchema("value", "text", "", ""),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    value: str | None = None


class BgpSettings(Model):
    """The BGP settings of a gateway."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="BgpSettings",
            namespace=NS_WA,
            root=None,
            element="BgpSettings",
            fields=(
                FieldSchema("asn", "element", "Asn", NS_WA, scalar="int"),
                FieldSchema("bgp_peering_address", "element", "BgpPeeringAddress", NS_WA),
                FieldSchema("peer_weight", "element", "PeerWeight", NS_WA, scalar="int"),
            ),
        )
    )
    _: KW_ONLY
    asn: int | None = None
    bgp_peering_address: str | None = None
    peer_weight: int | None = None


class CreateVirtualNetworkGatewayParameters(Model):
    """The request body of create_virtual_network_gateway."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CreateVirtualNetworkGatewayParameters",
            namespace=NS_WA,
            root="CreateVirtualNetworkGatewayParameters",
            fields=(
                FieldSchema("gateway_name", "element", "GatewayName", NS_WA),
                FieldSchema("gateway_size", "element", "GatewaySize", NS_WA),
                FieldSchema("gateway_type", "element", "GatewayType", NS_WA),
                FieldSchema("location", "element", "Location", NS_WA),
                FieldSchema("vnet_id", "element", "VnetId", NS_WA),
                FieldSchema("bgp_settings", "element", "BgpSettings", NS_WA, model="BgpSettings"),
            ),
        )
    )
    _: KW_ONLY
    gateway_name: str | None = None
    gateway_size: str | None = None
    gateway_type: str | None = None
    location: str | None = None
    vnet_id: str | None = None
    bgp_settings: BgpSettings | None = None


class VirtualNetworkGateways(Model):
    """The response of list_virtual_network_gateways; iterate it for items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VirtualNetworkGateways",
            namespace=NS_WA,
            root="VirtualNetworkGateways",
            fields=(
                FieldSchema(
                    "virtual_network_gateways",
                    "flat",
                    "VirtualNetworkGateway",
                    NS_WA,
                    model="VirtualNetworkGateway",
                ),
            ),
            items="virtual_network_gateways",
        )
    )
    _: KW_ONLY
    virtual_network_gateways: list[VirtualNetworkGateway] | None = None

    def __iter__(self) -> Iterator[VirtualNetworkGateway]:
        return iter(self.virtual_network_gateways or ())

    def __len__(self) -> int:
        return len(self.virtual_network_gateways or ())

    def __getitem__(self, index: int) -> VirtualNetworkGateway:
        return (self.virtual_network_gateways or [])[index]


class VirtualNetworkGateway(Model):
    """A v2 virtual network gateway."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="VirtualNetworkGateway",
            namespace=NS_WA,
            root="VirtualNetworkGateway",
            fields=(
                FieldSchema("gateway_id", "element", "GatewayId", NS_WA),
                FieldSchema("last_event", "element", "LastEvent", NS_WA, model="GatewayEvent"),
                FieldSchema("gateway_name", "element", "GatewayName", NS_WA),
                FieldSchema("gateway_type", "element", "GatewayType", NS_WA),
                FieldSchema("gateway_size", "element", "GatewaySize", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema("vip_address", "element", "VIPAddress", NS_WA),
                FieldSchema("location", "element", "Location", NS_WA),
                FieldSchema("vnet_id", "element", "VnetId", NS_WA),
                FieldSchema("subnet_id", "element", "SubnetId", NS_WA),
                FieldSchema("default_sites", "list", "DefaultSites", NS_WA, item="string"),
                FieldSchema("enable_bgp", "element", "EnableBgp", NS_WA, scalar="bool"),
                FieldSchema("bgp_settings", "element", "BgpSettings", NS_WA, model="BgpSettings"),
            ),
        )
    )
    _: KW_ONLY
    gateway_id: str | None = None
    last_event: GatewayEvent | None = None
    gateway_name: str | None = None
    gateway_type: str | None = None
    gateway_size: str | None = None
    state: str | None = None
    vip_address: str | None = None
    location: str | None = None
    vnet_id: str | None = None
    subnet_id: str | None = None
    default_sites: list[str] | None = None
    enable_bgp: bool | None = None
    bgp_settings: BgpSettings | None = None


class CreateLocalNetworkGatewayParameters(Model):
    """The request body of create_local_network_gateway."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CreateLocalNetworkGatewayParameters",
            namespace=NS_WA,
            root="CreateLocalNetworkGatewayParameters",
            fields=(
                FieldSchema(
                    "address_space",
                    "list",
                    "AddressSpace",
                    NS_WA,
                    item="string",
                    item_namespace=NS_ARR,
                ),
                FieldSchema("gateway_name", "element", "GatewayName", NS_WA),
                FieldSchema("ip_address", "element", "IpAddress", NS_WA),
                FieldSchema("bgp_settings", "element", "BgpSettings", NS_WA, model="BgpSettings"),
            ),
        )
    )
    _: KW_ONLY
    #: CIDR prefixes.
    address_space: list[str] | None = None
    gateway_name: str | None = None
    ip_address: str | None = None
    bgp_settings: BgpSettings | None = None


class UpdateLocalNetworkGatewayParameters(Model):
    """The request body of update_local_network_gateway."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="UpdateLocalNetworkGatewayParameters",
            namespace=NS_WA,
            root="UpdateLocalNetworkGatewayParameters",
            fields=(
                FieldSchema(
                    "address_space",
                    "list",
                    "AddressSpace",
                    NS_WA,
                    item="string",
                    item_namespace=NS_ARR,
                ),
                FieldSchema("bgp_settings", "element", "BgpSettings", NS_WA, model="BgpSettings"),
            ),
        )
    )
    _: KW_ONLY
    address_space: list[str] | None = None
    bgp_settings: BgpSettings | None = None


class LocalNetworkGateways(Model):
    """The response of list_local_network_gateways; iterate it for items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="LocalNetworkGateways",
            namespace=NS_WA,
            root="LocalNetworkGateways",
            fields=(
                FieldSchema(
                    "local_network_gateways",
                    "flat",
                    "LocalNetworkGateway",
                    NS_WA,
                    model="LocalNetworkGateway",
                ),
            ),
            items="local_network_gateways",
        )
    )
    _: KW_ONLY
    local_network_gateways: list[LocalNetworkGateway] | None = None

    def __iter__(self) -> Iterator[LocalNetworkGateway]:
        return iter(self.local_network_gateways or ())

    def __len__(self) -> int:
        return len(self.local_network_gateways or ())

    def __getitem__(self, index: int) -> LocalNetworkGateway:
        return (self.local_network_gateways or [])[index]


class LocalNetworkGateway(Model):
    """An on-premises network a virtual network gateway can connect to."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="LocalNetworkGateway",
            namespace=NS_WA,
            root="LocalNetworkGateway",
            fields=(
                FieldSchema(
                    "address_space",
                    "list",
                    "AddressSpace",
                    NS_WA,
                    item="string",
                    item_namespace=NS_ARR,
                ),
                FieldSchema("id", "element", "Id", NS_WA),
                FieldSchema("gateway_name", "element", "GatewayName", NS_WA),
                FieldSchema("ip_address", "element", "IpAddress", NS_WA),
                FieldSchema("bgp_settings", "element", "BgpSettings", NS_WA, model="BgpSettings"),
            ),
        )
    )
    _: KW_ONLY
    address_space: list[str] | None = None
    id: str | None = None
    gateway_name: str | None = None
    ip_address: str | None = None
    bgp_settings: BgpSettings | None = None


class CreateGatewayConnectionParameters(Model):
    """The request body of create_gateway_connection."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="CreateGatewayConnectionParameters",
            namespace=NS_WA,
            root="CreateGatewayConnectionParameters",
            fields=(
                FieldSchema("connected_entity_id", "element", "ConnectedEntityId", NS_WA),
                FieldSchema("gateway_connection_name", "element", "GatewayConnectionName", NS_WA),
                FieldSchema("gateway_connection_type", "element", "GatewayConnectionType", NS_WA),
                FieldSchema(
                    "virtual_network_gateway_id", "element", "VirtualNetworkGatewayId", NS_WA
                ),
                FieldSchema("routing_weight", "element", "RoutingWeight", NS_WA, scalar="int"),
                FieldSchema("shared_key", "element", "SharedKey", NS_WA),
                FieldSchema("enable_bgp", "element", "EnableBgp", NS_WA, scalar="bool"),
            ),
        )
    )
    _: KW_ONLY
    connected_entity_id: str | None = None
    gateway_connection_name: str | None = None
    #: IPsec, Dedicated, Vnet2Vnet, ...
    gateway_connection_type: str | None = None
    virtual_network_gateway_id: str | None = None
    routing_weight: int | None = None
    shared_key: str | None = None
    enable_bgp: bool | None = None


class UpdateGatewayConnectionParameters(Model):
    """The request body of update_gateway_connection."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="UpdateGatewayConnectionParameters",
            namespace=NS_WA,
            root="UpdateGatewayConnectionParameters",
            fields=(
                FieldSchema("routing_weight", "element", "RoutingWeight", NS_WA, scalar="int"),
                FieldSchema("shared_key", "element", "SharedKey", NS_WA),
                FieldSchema("enable_bgp", "element", "EnableBgp", NS_WA, scalar="bool"),
            ),
        )
    )
    _: KW_ONLY
    routing_weight: int | None = None
    shared_key: str | None = None
    enable_bgp: bool | None = None


class GatewayConnections(Model):
    """The response of list_virtual_network_gateway_connections; iterate it for items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="GatewayConnections",
            namespace=NS_WA,
            root="GatewayConnections",
            fields=(
                FieldSchema(
                    "gateway_connections",
                    "flat",
                    "GatewayConnection",
                    NS_WA,
                    model="GatewayConnection",
                ),
            ),
            items="gateway_connections",
        )
    )
    _: KW_ONLY
    gateway_connections: list[GatewayConnection] | None = None

    def __iter__(self) -> Iterator[GatewayConnection]:
        return iter(self.gateway_connections or ())

    def __len__(self) -> int:
        return len(self.gateway_connections or ())

    def __getitem__(self, index: int) -> GatewayConnection:
        return (self.gateway_connections or [])[index]


class GatewayConnection(Model):
    """A connection of a virtual network gateway."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="GatewayConnection",
            namespace=NS_WA,
            root="GatewayConnection",
            fields=(
                FieldSchema("gateway_connection_name", "element", "GatewayConnectionName", NS_WA),
                FieldSchema(
                    "virtual_network_gateway_id", "element", "VirtualNetworkGatewayId", NS_WA
                ),
                FieldSchema("connected_entity_id", "element", "ConnectedEntityId", NS_WA),
                FieldSchema("gateway_connection_type", "element", "GatewayConnectionType", NS_WA),
                FieldSchema("routing_weight", "element", "RoutingWeight", NS_WA, scalar="int"),
                FieldSchema("shared_key", "element", "SharedKey", NS_WA),
                FieldSchema("enable_bgp", "element", "EnableBgp", NS_WA, scalar="bool"),
            ),
        )
    )
    _: KW_ONLY
    gateway_connection_name: str | None = None
    virtual_network_gateway_id: str | None = None
    connected_entity_id: str | None = None
    gateway_connection_type: str | None = None
    routing_weight: int | None = None
    shared_key: str | None = None
    enable_bgp: bool | None = None
