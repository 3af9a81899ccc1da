# Generated from spec/types/expressroute.yaml by `make generate`; do not edit.
"""Models of the expressroute area."""

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
    "ExpressRouteDedicatedCircuits",
    "ExpressRouteDedicatedCircuit",
    "ExpressRouteCreateDedicatedCircuit",
    "ExpressRouteUpdateDedicatedCircuit",
    "ExpressRouteAuthorizedDedicatedCircuits",
    "ExpressRouteAuthorizedDedicatedCircuit",
    "ExpressRouteBgpPeering",
    "ExpressRouteCreateBgpPeering",
    "ExpressRouteUpdateBgpPeering",
    "ExpressRouteCrossConnections",
    "ExpressRouteCrossConnection",
    "ExpressRouteUpdateCrossConnection",
    "ExpressRouteDedicatedCircuitLinks",
    "ExpressRouteDedicatedCircuitLink",
    "ExpressRouteDedicatedCircuitLinkAuthorizations",
    "ExpressRouteDedicatedCircuitLinkAuthorization",
    "ExpressRouteCreateDedicatedCircuitLinkAuthorization",
    "ExpressRouteUpdateDedicatedCircuitLinkAuthorization",
    "ExpressRouteMicrosoftIds",
    "ExpressRouteDedicatedCircuitPeeringStats",
    "ExpressRouteServiceProviders",
    "ExpressRouteServiceProvider",
    "ExpressRouteBandwidth",
]


class ExpressRouteDedicatedCircuits(Model):
    """The subscription's circuits; iterate it for ExpressRouteDedicatedCircuit items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteDedicatedCircuits",
            namespace=NS_WA,
            root="DedicatedCircuits",
            fields=(
                FieldSchema(
                    "dedicated_circuits",
                    "flat",
                    "DedicatedCircuit",
                    NS_WA,
                    model="ExpressRouteDedicatedCircuit",
                ),
            ),
            items="dedicated_circuits",
        )
    )
    _: KW_ONLY
    dedicated_circuits: list[ExpressRouteDedicatedCircuit] | None = None

    def __iter__(self) -> Iterator[ExpressRouteDedicatedCircuit]:
        return iter(self.dedicated_circuits or ())

    def __len__(self) -> int:
        return len(self.dedicated_circuits or ())

    def __getitem__(self, index: int) -> ExpressRouteDedicatedCircuit:
        return (self.dedicated_circuits or [])[index]


class ExpressRouteDedicatedCircuit(Model):
    """An ExpressRoute circuit; its ServiceKey names it in every other call."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteDedicatedCircuit",
            namespace=NS_WA,
            root="DedicatedCircuit",
            fields=(
                FieldSchema("bandwidth", "element", "Bandwidth", NS_WA, scalar="int"),
                FieldSchema("billing_type", "element", "BillingType", NS_WA),
                FieldSchema("circuit_name", "element", "CircuitName", NS_WA),
                FieldSchema("location", "element", "Location", NS_WA),
                FieldSchema("service_key", "element", "ServiceKey", NS_WA),
                FieldSchema("service_provider_name", "element", "ServiceProviderName", NS_WA),
                FieldSchema(
                    "service_provider_provisioning_state",
                    "element",
                    "ServiceProviderProvisioningState",
                    NS_WA,
                ),
                FieldSchema("sku", "element", "Sku", NS_WA),
                FieldSchema("status", "element", "Status", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    #: In Mbps.
    bandwidth: int | None = None
    billing_type: str | None = None
    circuit_name: str | None = None
    location: str | None = None
    service_key: str | None = None
    service_provider_name: str | None = None
    service_provider_provisioning_state: str | None = None
    sku: str | None = None
    status: str | None = None


class ExpressRouteCreateDedicatedCircuit(Model):
    """The request that orders a new circuit."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteCreateDedicatedCircuit",
            namespace=NS_WA,
            root="CreateDedicatedCircuit",
            fields=(
                FieldSchema("bandwidth", "element", "Bandwidth", NS_WA, scalar="int"),
                FieldSchema("billing_type", "element", "BillingType", NS_WA),
                FieldSchema("circuit_name", "element", "CircuitName", NS_WA),
                FieldSchema("location", "element", "Location", NS_WA),
                FieldSchema("service_provider_name", "element", "ServiceProviderName", NS_WA),
                FieldSchema("sku", "element", "Sku", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    #: In Mbps.
    bandwidth: int | None = None
    billing_type: str | None = None
    circuit_name: str | None = None
    location: str | None = None
    service_provider_name: str | None = None
    sku: str | None = None


class ExpressRouteUpdateDedicatedCircuit(Model):
    """The request that changes a circuit's bandwidth, billing type or SKU."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteUpdateDedicatedCircuit",
            namespace=NS_WA,
            root="UpdateDedicatedCircuit",
            fields=(
                FieldSchema("bandwidth", "element", "Bandwidth", NS_WA),
                FieldSchema("billing_type", "element", "BillingType", NS_WA),
                FieldSchema("sku", "element", "Sku", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    bandwidth: str | None = None
    billing_type: str | None = None
    sku: str | None = None


class ExpressRouteAuthorizedDedicatedCircuits(Model):
    """Circuits of other subscriptions this one may link to; iterate it for
    ExpressRouteAuthorizedDedicatedCircuit items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteAuthorizedDedicatedCircuits",
            namespace=NS_WA,
            root="AuthorizedDedicatedCircuits",
            fields=(
                FieldSchema(
                    "authorized_dedicated_circuits",
                    "flat",
                    "AuthorizedDedicatedCircuit",
                    NS_WA,
                    model="ExpressRouteAuthorizedDedicatedCircuit",
                ),
            ),
            items="authorized_dedicated_circuits",
        )
    )
    _: KW_ONLY
    authorized_dedicated_circuits: list[ExpressRouteAuthorizedDedicatedCircuit] | None = None

    def __iter__(self) -> Iterator[ExpressRouteAuthorizedDedicatedCircuit]:
        return iter(self.authorized_dedicated_circuits or ())

    def __len__(self) -> int:
        return len(self.authorized_dedicated_circuits or ())

    def __getitem__(self, index: int) -> ExpressRouteAuthorizedDedicatedCircuit:
        return (self.authorized_dedicated_circuits or [])[index]


class ExpressRouteAuthorizedDedicatedCircuit(Model):
    """A circuit of another subscription that authorized this one to link to it."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteAuthorizedDedicatedCircuit",
            namespace=NS_WA,
            root="AuthorizedDedicatedCircuit",
            fields=(
                FieldSchema("bandwidth", "element", "Bandwidth", NS_WA, scalar="int"),
                FieldSchema("circuit_name", "element", "CircuitName", NS_WA),
                FieldSchema("location", "element", "Location", NS_WA),
                FieldSchema(
                    "maximum_allowed_links", "element", "MaximumAllowedLinks", NS_WA, scalar="int"
                ),
                FieldSchema("service_key", "element", "ServiceKey", NS_WA),
                FieldSchema("service_provider_name", "element", "ServiceProviderName", NS_WA),
                FieldSchema(
                    "service_provider_provisioning_state",
                    "element",
                    "ServiceProviderProvisioningState",
                    NS_WA,
                ),
                FieldSchema("status", "element", "Status", NS_WA),
                FieldSchema("used_links", "element", "UsedLinks", NS_WA, scalar="int"),
            ),
        )
    )
    _: KW_ONLY
    #: In Mbps.
    bandwidth: int | None = None
    circuit_name: str | None = None
    location: str | None = None
    maximum_allowed_links: int | None = None
    service_key: str | None = None
    service_provider_name: str | None = None
    service_provider_provisioning_state: str | None = None
    status: str | None = None
    used_links: int | None = None


class ExpressRouteBgpPeering(Model):
    """A BGP peering (private, public or Microsoft) of a circuit."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteBgpPeering",
            namespace=NS_WA,
            root="BgpPeering",
            fields=(
                FieldSchema(
                    "advertised_public_prefixes", "element", "AdvertisedPublicPrefixes", NS_WA
                ),
                FieldSchema(
                    "advertised_public_prefixes_state",
                    "element",
                    "AdvertisedPublicPrefixesState",
                    NS_WA,
                ),
                FieldSchema("azure_asn", "element", "AzureAsn", NS_WA, scalar="int"),
                FieldSchema("customer_asn", "element", "CustomerAsn", NS_WA, scalar="int"),
                FieldSchema("peer_asn", "element", "PeerAsn", NS_WA, scalar="int"),
                FieldSchema("primary_azure_port", "element", "PrimaryAzurePort", NS_WA),
                FieldSchema("primary_peer_subnet", "element", "PrimaryPeerSubnet", NS_WA),
                FieldSchema("routing_registry_name", "element", "RoutingRegistryName", NS_WA),
                FieldSchema("secondary_azure_port", "element", "SecondaryAzurePort", NS_WA),
                FieldSchema("secondary_peer_subnet", "element", "SecondaryPeerSubnet", NS_WA),
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema("vlan_id", "element", "VlanId", NS_WA, scalar="int"),
            ),
        )
    )
    _: KW_ONLY
    #: Comma-separated prefixes (Microsoft peering).
    advertised_public_prefixes: str | None = None
    advertised_public_prefixes_state: str | None = None
    azure_asn: int | None = None
    customer_asn: int | None = None
    peer_asn: int | None = None
    primary_azure_port: str | None = None
    primary_peer_subnet: str | None = None
    routing_registry_name: str | None = None
    secondary_azure_port: str | None = None
    secondary_peer_subnet: str | None = None
    #: Disabled or Enabled.
    state: str | None = None
    vlan_id: int | None = None


class ExpressRouteCreateBgpPeering(Model):
    """The request that creates a BGP peering."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteCreateBgpPeering",
            namespace=NS_WA,
            root="CreateBgpPeering",
            fields=(
                FieldSchema(
                    "advertised_public_prefixes", "element", "AdvertisedPublicPrefixes", NS_WA
                ),
                FieldSchema("customer_asn", "element", "CustomerAsn", NS_WA, scalar="int"),
                FieldSchema("peer_asn", "element", "PeerAsn", NS_WA, scalar="int"),
                FieldSchema("primary_peer_subnet", "element", "PrimaryPeerSubnet", NS_WA),
                FieldSchema("routing_registry_name", "element", "RoutingRegistryName", NS_WA),
                FieldSchema("secondary_peer_subnet", "element", "SecondaryPeerSubnet", NS_WA),
                FieldSchema("shared_key", "element", "SharedKey", NS_WA),
                FieldSchema("vlan_id", "element", "VlanId", NS_WA, scalar="int"),
            ),
        )
    )
    _: KW_ONLY
    advertised_public_prefixes: str | None = None
    customer_asn: int | None = None
    peer_asn: int | None = None
    primary_peer_subnet: str | None = None
    routing_registry_name: str | None = None
    secondary_peer_subnet: str | None = None
    shared_key: str | None = None
    vlan_id: int | None = None


class ExpressRouteUpdateBgpPeering(Model):
    """The request that changes a BGP peering."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteUpdateBgpPeering",
            namespace=NS_WA,
            root="UpdateBgpPeering",
            fields=(
                FieldSchema(
                    "advertised_public_prefixes", "element", "AdvertisedPublicPrefixes", NS_WA
                ),
                FieldSchema("customer_asn", "element", "CustomerAsn", NS_WA, scalar="int"),
                FieldSchema("peer_asn", "element", "PeerAsn", NS_WA, scalar="int"),
                FieldSchema("primary_peer_subnet", "element", "PrimaryPeerSubnet", NS_WA),
                FieldSchema("routing_registry_name", "element", "RoutingRegistryName", NS_WA),
                FieldSchema("secondary_peer_subnet", "element", "SecondaryPeerSubnet", NS_WA),
                FieldSchema("shared_key", "element", "SharedKey", NS_WA),
                FieldSchema("vlan_id", "element", "VlanId", NS_WA, scalar="int"),
            ),
        )
    )
    _: KW_ONLY
    advertised_public_prefixes: str | None = None
    customer_asn: int | None = None
    peer_asn: int | None = None
    primary_peer_subnet: str | None = None
    routing_registry_name: str | None = None
    secondary_peer_subnet: str | None = None
    shared_key: str | None = None
    vlan_id: int | None = None


class ExpressRouteCrossConnections(Model):
    """The cross connections a provider manages; iterate it for ExpressRouteCrossConnection
    items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteCrossConnections",
            namespace=NS_WA,
            root="CrossConnections",
            fields=(
                FieldSchema(
                    "cross_connections",
                    "flat",
                    "CrossConnection",
                    NS_WA,
                    model="ExpressRouteCrossConnection",
                ),
            ),
            items="cross_connections",
        )
    )
    _: KW_ONLY
    cross_connections: list[ExpressRouteCrossConnection] | None = None

    def __iter__(self) -> Iterator[ExpressRouteCrossConnection]:
        return iter(self.cross_connections or ())

    def __len__(self) -> int:
        return len(self.cross_connections or ())

    def __getitem__(self, index: int) -> ExpressRouteCrossConnection:
        return (self.cross_connections or [])[index]


class ExpressRouteCrossConnection(Model):
    """The connectivity provider's side of a circuit."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteCrossConnection",
            namespace=NS_WA,
            root="CrossConnection",
            fields=(
                FieldSchema("bandwidth", "element", "Bandwidth", NS_WA, scalar="int"),
                FieldSchema("provisioning_state", "element", "ProvisioningState", NS_WA),
                FieldSchema("primary_azure_port", "element", "PrimaryAzurePort", NS_WA),
                FieldSchema("secondary_azure_port", "element", "SecondaryAzurePort", NS_WA),
                FieldSchema("s_tag", "element", "STag", NS_WA, scalar="int"),
                FieldSchema("service_key", "element", "ServiceKey", NS_WA),
                FieldSchema("status", "element", "Status", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    bandwidth: int | None = None
    provisioning_state: str | None = None
    primary_azure_port: str | None = None
    secondary_azure_port: str | None = None
    s_tag: int | None = None
    service_key: str | None = None
    status: str | None = None


class ExpressRouteUpdateCrossConnection(Model):
    """A provider's notice that it provisioned a cross connection (or failed to)."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteUpdateCrossConnection",
            namespace=NS_WA,
            root="UpdateCrossConnection",
            fields=(
                FieldSchema("operation", "element", "Operation", NS_WA),
                FieldSchema("provisioning_error", "element", "ProvisioningError", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    #: NotifyCrossConnectionProvisioned or NotifyCrossConnectionNotProvisioned.
    operation: str | None = None
    provisioning_error: str | None = None


class ExpressRouteDedicatedCircuitLinks(Model):
    """The virtual networks linked to a circuit; iterate it for
    ExpressRouteDedicatedCircuitLink items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteDedicatedCircuitLinks",
            namespace=NS_WA,
            root="DedicatedCircuitLinks",
            fields=(
                FieldSchema(
                    "dedicated_circuit_links",
                    "flat",
                    "DedicatedCircuitLink",
                    NS_WA,
                    model="ExpressRouteDedicatedCircuitLink",
                ),
            ),
            items="dedicated_circuit_links",
        )
    )
    _: KW_ONLY
    dedicated_circuit_links: list[ExpressRouteDedicatedCircuitLink] | None = None

    def __iter__(self) -> Iterator[ExpressRouteDedicatedCircuitLink]:
        return iter(self.dedicated_circuit_links or ())

    def __len__(self) -> int:
        return len(self.dedicated_circuit_links or ())

    def __getitem__(self, index: int) -> ExpressRouteDedicatedCircuitLink:
        return (self.dedicated_circuit_links or [])[index]


class ExpressRouteDedicatedCircuitLink(Model):
    """A link between a circuit and a virtual network."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteDedicatedCircuitLink",
            namespace=NS_WA,
            root="DedicatedCircuitLink",
            fields=(
                FieldSchema("state", "element", "State", NS_WA),
                FieldSchema("vnet_name", "element", "VnetName", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    #: NotProvisioned, Provisioning, Provisioned, Deprovisioning or ProvisioningError.
    state: str | None = None
    vnet_name: str | None = None


class ExpressRouteDedicatedCircuitLinkAuthorizations(Model):
    """The link authorizations of a circuit; iterate it for
    ExpressRouteDedicatedCircuitLinkAuthorization items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteDedicatedCircuitLinkAuthorizations",
            namespace=NS_WA,
            root="DedicatedCircuitLinkAuthorizations",
            fields=(
                FieldSchema(
                    "dedicated_circuit_link_authorizations",
                    "flat",
                    "DedicatedCircuitLinkAuthorization",
                    NS_WA,
                    model="ExpressRouteDedicatedCircuitLinkAuthorization",
                ),
            ),
            items="dedicated_circuit_link_authorizations",
        )
    )
    _: KW_ONLY
    dedicated_circuit_link_authorizations: (
        list[ExpressRouteDedicatedCircuitLinkAuthorization] | None
    ) = None

    def __iter__(self) -> Iterator[ExpressRouteDedicatedCircuitLinkAuthorization]:
        return iter(self.dedicated_circuit_link_authorizations or ())

    def __len__(self) -> int:
        return len(self.dedicated_circuit_link_authorizations or ())

    def __getitem__(self, index: int) -> ExpressRouteDedicatedCircuitLinkAuthorization:
        return (self.dedicated_circuit_link_authorizations or [])[index]


class ExpressRouteDedicatedCircuitLinkAuthorization(Model):
    """Permission for other subscriptions (by Microsoft id) to link virtual networks to a
    circuit."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteDedicatedCircuitLinkAuthorization",
            namespace=NS_WA,
            root="DedicatedCircuitLinkAuthorization",
            fields=(
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema("limit", "element", "Limit", NS_WA, scalar="int"),
                FieldSchema("link_authorization_id", "element", "LinkAuthorizationId", NS_WA),
                FieldSchema("microsoft_ids", "element", "MicrosoftIds", NS_WA),
                FieldSchema("used", "element", "Used", NS_WA, scalar="int"),
            ),
        )
    )
    _: KW_ONLY
    description: str | None = None
    #: How many links it allows.
    limit: int | None = None
    link_authorization_id: str | None = None
    #: Comma-separated Microsoft account ids.
    microsoft_ids: str | None = None
    used: int | None = None


class ExpressRouteCreateDedicatedCircuitLinkAuthorization(Model):
    """The request that creates a link authorization."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteCreateDedicatedCircuitLinkAuthorization",
            namespace=NS_WA,
            root="CreateDedicatedCircuitLinkAuthorization",
            fields=(
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema("limit", "element", "Limit", NS_WA, scalar="int"),
                FieldSchema("microsoft_ids", "element", "MicrosoftIds", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    description: str | None = None
    limit: int | None = None
    microsoft_ids: str | None = None


class ExpressRouteUpdateDedicatedCircuitLinkAuthorization(Model):
    """The request that changes a link authorization."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteUpdateDedicatedCircuitLinkAuthorization",
            namespace=NS_WA,
            root="UpdateDedicatedCircuitLinkAuthorization",
            fields=(
                FieldSchema("description", "element", "Description", NS_WA),
                FieldSchema("limit", "element", "Limit", NS_WA, scalar="int"),
            ),
        )
    )
    _: KW_ONLY
    description: str | None = None
    limit: int | None = None


class ExpressRouteMicrosoftIds(Model):
    """Microsoft ids to add to or remove from a link authorization."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteMicrosoftIds",
            namespace=NS_WA,
            root="DedicatedCircuitLinkAuthorizationMicrosoftIds",
            fields=(FieldSchema("microsoft_ids", "element", "MicrosoftIds", NS_WA),),
        )
    )
    _: KW_ONLY
    #: Comma-separated Microsoft account ids.
    microsoft_ids: str | None = None


class ExpressRouteDedicatedCircuitPeeringStats(Model):
    """Bytes in and out of a peering, per port."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteDedicatedCircuitPeeringStats",
            namespace=NS_WA,
            root="DedicatedCircuitPeeringStats",
            fields=(
                FieldSchema("primary_bytes_in", "element", "PrimaryBytesIn", NS_WA, scalar="int"),
                FieldSchema("primary_bytes_out", "element", "PrimaryBytesOut", NS_WA, scalar="int"),
                FieldSchema(
                    "secondary_bytes_in", "element", "SecondaryBytesIn", NS_WA, scalar="int"
                ),
                FieldSchema(
                    "secondary_bytes_out", "element", "SecondaryBytesOut", NS_WA, scalar="int"
                ),
            ),
        )
    )
    _: KW_ONLY
    primary_bytes_in: int | None = None
    primary_bytes_out: int | None = None
    secondary_bytes_in: int | None = None
    secondary_bytes_out: int | None = None


class ExpressRouteServiceProviders(Model):
    """The connectivity providers; iterate it for ExpressRouteServiceProvider items."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteServiceProviders",
            namespace=NS_WA,
            root="DedicatedCircuitServiceProviders",
            fields=(
                FieldSchema(
                    "service_providers",
                    "flat",
                    "DedicatedCircuitServiceProvider",
                    NS_WA,
                    model="ExpressRouteServiceProvider",
                ),
            ),
            items="service_providers",
        )
    )
    _: KW_ONLY
    service_providers: list[ExpressRouteServiceProvider] | None = None

    def __iter__(self) -> Iterator[ExpressRouteServiceProvider]:
        return iter(self.service_providers or ())

    def __len__(self) -> int:
        return len(self.service_providers or ())

    def __getitem__(self, index: int) -> ExpressRouteServiceProvider:
        return (self.service_providers or [])[index]


class ExpressRouteServiceProvider(Model):
    """A connectivity provider, where it offers circuits and at which bandwidths."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteServiceProvider",
            namespace=NS_WA,
            root=None,
            element="DedicatedCircuitServiceProvider",
            fields=(
                FieldSchema("name", "element", "Name", NS_WA),
                FieldSchema("type", "element", "Type", NS_WA),
                FieldSchema(
                    "dedicated_circuit_locations", "element", "DedicatedCircuitLocations", NS_WA
                ),
                FieldSchema(
                    "dedicated_circuit_bandwidths",
                    "list",
                    "DedicatedCircuitBandwidths",
                    NS_WA,
                    model="ExpressRouteBandwidth",
                    item="DedicatedCircuitBandwidth",
                ),
            ),
        )
    )
    _: KW_ONLY
    name: str | None = None
    type: str | None = None
    #: Comma-separated locations.
    dedicated_circuit_locations: str | None = None
    dedicated_circuit_bandwidths: list[ExpressRouteBandwidth] | None = None


class ExpressRouteBandwidth(Model):
    """A bandwidth a provider offers."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="ExpressRouteBandwidth",
            namespace=NS_WA,
            root=None,
            element="DedicatedCircuitBandwidth",
            fields=(
                FieldSchema("bandwidth", "element", "Bandwidth", NS_WA, scalar="int"),
                FieldSchema("label", "element", "Label", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    #: In Mbps.
    bandwidth: int | None = None
    label: str | None = None
