# Generated from spec/operations/expressroute.yaml by `make generate`; do not edit.
"""Operations of the expressroute area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_expressroute import (
        ExpressRouteAuthorizedDedicatedCircuit,
        ExpressRouteAuthorizedDedicatedCircuits,
        ExpressRouteBgpPeering,
        ExpressRouteCrossConnection,
        ExpressRouteCrossConnections,
        ExpressRouteDedicatedCircuit,
        ExpressRouteDedicatedCircuitLink,
        ExpressRouteDedicatedCircuitLinkAuthorization,
        ExpressRouteDedicatedCircuitLinkAuthorizations,
        ExpressRouteDedicatedCircuitLinks,
        ExpressRouteDedicatedCircuitPeeringStats,
        ExpressRouteDedicatedCircuits,
        ExpressRouteServiceProviders,
    )
    from servicemanagement._generated.models_gateway_operations import GatewayOperationAsyncResponse

LIST_EXPRESSROUTE_DEDICATED_CIRCUIT_SERVICE_PROVIDER = OperationSpec(
    name="list_expressroute_dedicated_circuit_service_provider",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/dedicatedcircuits/serviceproviders",
    x_ms_version="2011-10-01",
    params=(),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="ExpressRouteServiceProviders",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the ExpressRoute connectivity providers, their locations and bandwidths.",
)

NEW_EXPRESSROUTE_DEDICATED_CIRCUIT = OperationSpec(
    name="new_expressroute_dedicated_circuit",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/dedicatedcircuits",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("circuit_name", "body", required=True),
        ParamSpec("bandwidth", "body", scalar="int", required=True),
        ParamSpec("location", "body", required=True),
        ParamSpec("service_provider_name", "body", required=True),
        ParamSpec("billing_type", "body", choices=("MeteredData", "UnlimitedData"), required=True),
        ParamSpec("sku", "body", choices=("Standard", "Premium"), required=True),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type="ExpressRouteCreateDedicatedCircuit",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Orders a new circuit from a connectivity provider.",
)

GET_EXPRESSROUTE_DEDICATED_CIRCUIT = OperationSpec(
    name="get_expressroute_dedicated_circuit",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}",
    x_ms_version="2011-10-01",
    params=(ParamSpec("service_key", "path", required=True),),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="ExpressRouteDedicatedCircuit",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a circuit.",
)

LIST_EXPRESSROUTE_DEDICATED_CIRCUIT = OperationSpec(
    name="list_expressroute_dedicated_circuit",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/dedicatedcircuits",
    x_ms_version="2011-10-01",
    params=(),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="ExpressRouteDedicatedCircuits",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the subscription's circuits.",
)

UPDATE_EXPRESSROUTE_DEDICATED_CIRCUIT = OperationSpec(
    name="update_expressroute_dedicated_circuit",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("billing_type", "body", choices=("MeteredData", "UnlimitedData"), required=True),
        ParamSpec("bandwidth", "body"),
        ParamSpec("sku", "body", choices=("Standard", "Premium")),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type="ExpressRouteUpdateDedicatedCircuit",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Changes a circuit's billing type, bandwidth or SKU.",
)

REMOVE_EXPRESSROUTE_DEDICATED_CIRCUIT = OperationSpec(
    name="remove_expressroute_dedicated_circuit",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}",
    x_ms_version="2011-10-01",
    params=(ParamSpec("service_key", "path", required=True),),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type=None,
    doc="Removes a circuit.",
)

GET_EXPRESSROUTE_AUTHORIZED_DEDICATED_CIRCUIT = OperationSpec(
    name="get_expressroute_authorized_dedicated_circuit",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/authorizeddedicatedcircuits/{service_key}",
    x_ms_version="2011-10-01",
    params=(ParamSpec("service_key", "path", required=True),),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="ExpressRouteAuthorizedDedicatedCircuit",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a circuit of another subscription that this one may link to.",
)

LIST_EXPRESSROUTE_AUTHORIZED_DEDICATED_CIRCUIT = OperationSpec(
    name="list_expressroute_authorized_dedicated_circuit",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/authorizeddedicatedcircuits",
    x_ms_version="2011-10-01",
    params=(),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="ExpressRouteAuthorizedDedicatedCircuits",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the circuits of other subscriptions that this one may link to.",
)

NEW_EXPRESSROUTE_BORDER_GATEWAY_PROTOCOL_PEERING = OperationSpec(
    name="new_expressroute_border_gateway_protocol_peering",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/bgppeerings/{access_type}",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("access_type", "path", choices=("Private", "Public", "Microsoft"), required=True),
        ParamSpec("customer_asn", "body", scalar="int", required=True),
        ParamSpec("peer_asn", "body", scalar="int", required=True),
        ParamSpec("primary_peer_subnet", "body", required=True),
        ParamSpec("secondary_peer_subnet", "body", required=True),
        ParamSpec("vlan_id", "body", scalar="int", required=True),
        ParamSpec("advertised_public_prefixes", "body"),
        ParamSpec("routing_registry_name", "body"),
        ParamSpec("shared_key", "body"),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type="ExpressRouteCreateBgpPeering",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Creates a BGP peering of a circuit.",
)

GET_EXPRESSROUTE_BORDER_GATEWAY_PROTOCOL_PEERING = OperationSpec(
    name="get_expressroute_border_gateway_protocol_peering",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/bgppeerings/{access_type}",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("access_type", "path", choices=("Private", "Public", "Microsoft"), required=True),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="ExpressRouteBgpPeering",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a BGP peering of a circuit.",
)

UPDATE_EXPRESSROUTE_BORDER_GATEWAY_PROTOCOL_PEERING = OperationSpec(
    name="update_expressroute_border_gateway_protocol_peering",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/bgppeerings/{access_type}",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("access_type", "path", choices=("Private", "Public", "Microsoft"), required=True),
        ParamSpec("customer_asn", "body", scalar="int", required=True),
        ParamSpec("peer_asn", "body", scalar="int", required=True),
        ParamSpec("vlan_id", "body", scalar="int", required=True),
        ParamSpec("primary_peer_subnet", "body"),
        ParamSpec("secondary_peer_subnet", "body"),
        ParamSpec("advertised_public_prefixes", "body"),
        ParamSpec("routing_registry_name", "body"),
        ParamSpec("shared_key", "body"),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type="ExpressRouteUpdateBgpPeering",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Changes a BGP peering of a circuit.",
)

REMOVE_EXPRESSROUTE_BORDER_GATEWAY_PROTOCOL_PEERING = OperationSpec(
    name="remove_expressroute_border_gateway_protocol_peering",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/bgppeerings/{access_type}",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("access_type", "path", choices=("Private", "Public", "Microsoft"), required=True),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type=None,
    doc="Removes a BGP peering of a circuit.",
)

GET_EXPRESSROUTE_DEDICATED_CIRCUIT_PEERING_ARP_INFO = OperationSpec(
    name="get_expressroute_dedicated_circuit_peering_arp_info",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/bgppeerings/{access_type}/arpInfo/{device_path}",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("access_type", "path", choices=("Private", "Public", "Microsoft"), required=True),
        ParamSpec("device_path", "path", choices=("Primary", "Secondary"), required=True),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type=None,
    doc="Starts reading a peering's ARP table; the networking operation's result carries it.",
)

GET_EXPRESSROUTE_DEDICATED_CIRCUIT_PEERING_ROUTE_TABLE_INFO = OperationSpec(
    name="get_expressroute_dedicated_circuit_peering_route_table_info",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/bgppeerings/{access_type}/routeTable/{device_path}",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("access_type", "path", choices=("Private", "Public", "Microsoft"), required=True),
        ParamSpec("device_path", "path", choices=("Primary", "Secondary"), required=True),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type=None,
    doc="Starts reading a peering's route table; the networking operation's result carries it.",
)

GET_EXPRESSROUTE_DEDICATED_CIRCUIT_PEERING_STATS = OperationSpec(
    name="get_expressroute_dedicated_circuit_peering_stats",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/bgppeerings/{access_type}/stats",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("access_type", "path", choices=("Private", "Public", "Microsoft"), required=True),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="ExpressRouteDedicatedCircuitPeeringStats",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the byte counters of a peering.",
)

NEW_EXPRESSROUTE_CROSS_CONNECTION = OperationSpec(
    name="new_expressroute_cross_connection",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/crossconnection",
    x_ms_version="2011-10-01",
    params=(ParamSpec("service_key", "path", required=True),),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type=None,
    doc="Creates the cross connection of a circuit (for connectivity providers).",
)

GET_EXPRESSROUTE_CROSS_CONNECTION = OperationSpec(
    name="get_expressroute_cross_connection",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/crossconnection",
    x_ms_version="2011-10-01",
    params=(ParamSpec("service_key", "path", required=True),),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="ExpressRouteCrossConnection",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the cross connection of a circuit (for connectivity providers).",
)

LIST_EXPRESSROUTE_CROSS_CONNECTION = OperationSpec(
    name="list_expressroute_cross_connection",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/crossconnections",
    x_ms_version="2011-10-01",
    params=(),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="ExpressRouteCrossConnections",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the cross connections of a connectivity provider.",
)

UPDATE_EXPRESSROUTE_CROSS_CONNECTION = OperationSpec(
    name="update_expressroute_cross_connection",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/crossconnection",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec(
            "operation",
            "body",
            choices=("NotifyCrossConnectionProvisioned", "NotifyCrossConnectionNotProvisioned"),
            required=True,
        ),
        ParamSpec("provisioning_error", "body"),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type="ExpressRouteUpdateCrossConnection",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Tells Azure whether the provider provisioned a cross connection.",
)

NEW_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK = OperationSpec(
    name="new_expressroute_dedicated_circuit_link",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/vnets/{vnet_name}",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("vnet_name", "path", required=True),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type=None,
    doc="Links a virtual network to a circuit.",
)

GET_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK = OperationSpec(
    name="get_expressroute_dedicated_circuit_link",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/vnets/{vnet_name}",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("vnet_name", "path", required=True),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="ExpressRouteDedicatedCircuitLink",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the link between a circuit and a virtual network.",
)

LIST_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK = OperationSpec(
    name="list_expressroute_dedicated_circuit_link",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/vnets",
    x_ms_version="2011-10-01",
    params=(ParamSpec("service_key", "path", required=True),),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="ExpressRouteDedicatedCircuitLinks",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the virtual networks linked to a circuit.",
)

REMOVE_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK = OperationSpec(
    name="remove_expressroute_dedicated_circuit_link",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/vnets/{vnet_name}",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("vnet_name", "path", required=True),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type=None,
    doc="Unlinks a virtual network from a circuit.",
)

NEW_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK_AUTHORIZATION = OperationSpec(
    name="new_expressroute_dedicated_circuit_link_authorization",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/authorizations",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("limit", "body", scalar="int", required=True),
        ParamSpec("description", "body"),
        ParamSpec("microsoft_ids", "body"),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type="ExpressRouteCreateDedicatedCircuitLinkAuthorization",
    response_type="ExpressRouteDedicatedCircuitLinkAuthorization",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Authorizes other subscriptions to link virtual networks to a circuit.",
)

GET_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK_AUTHORIZATION = OperationSpec(
    name="get_expressroute_dedicated_circuit_link_authorization",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/authorizations/{auth_id}",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("auth_id", "path", required=True),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="ExpressRouteDedicatedCircuitLinkAuthorization",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a link authorization of a circuit.",
)

LIST_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK_AUTHORIZATION = OperationSpec(
    name="list_expressroute_dedicated_circuit_link_authorization",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/authorizations",
    x_ms_version="2011-10-01",
    params=(ParamSpec("service_key", "path", required=True),),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="ExpressRouteDedicatedCircuitLinkAuthorizations",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the link authorizations of a circuit.",
)

UPDATE_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK_AUTHORIZATION = OperationSpec(
    name="update_expressroute_dedicated_circuit_link_authorization",
    client="ServiceManagementService",
    method="PATCH",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/authorizations/{auth_id}",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("auth_id", "path", required=True),
        ParamSpec("limit", "body", scalar="int", required=True),
        ParamSpec("description", "body"),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type="ExpressRouteUpdateDedicatedCircuitLinkAuthorization",
    response_type="ExpressRouteDedicatedCircuitLinkAuthorization",
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Changes the description or limit of a link authorization.",
)

REMOVE_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK_AUTHORIZATION = OperationSpec(
    name="remove_expressroute_dedicated_circuit_link_authorization",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/authorizations/{auth_id}",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("auth_id", "path", required=True),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type=None,
    doc="Removes a link authorization of a circuit.",
)

NEW_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK_AUTHORIZATION_MICROSOFT_ID = OperationSpec(
    name="new_expressroute_dedicated_circuit_link_authorization_microsoft_id",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/authorizations/{auth_id}/microsoftids",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("auth_id", "path", required=True),
        ParamSpec("microsoft_ids", "body", required=True),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type="ExpressRouteMicrosoftIds",
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Adds Microsoft ids to a link authorization.",
)

REMOVE_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK_AUTHORIZATION_MICROSOFT_ID = OperationSpec(
    name="remove_expressroute_dedicated_circuit_link_authorization_microsoft_id",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/authorizations/{auth_id}/microsoftids",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("auth_id", "path", required=True),
        ParamSpec("microsoft_ids", "body", required=True),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type="ExpressRouteMicrosoftIds",
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type="application/xml",
    doc="Removes Microsoft ids from a link authorization.",
)


class ServiceManagementServiceExpressrouteOperations(OperationsBase):
    """The expressroute operations of ``ServiceManagementService``."""

    def list_expressroute_dedicated_circuit_service_provider(
        self,
    ) -> ExpressRouteServiceProviders:
        """Lists the ExpressRoute connectivity providers, their locations and bandwidths.

        ``/{subscription_id}/services/networking/dedicatedcircuits/serviceproviders``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            LIST_EXPRESSROUTE_DEDICATED_CIRCUIT_SERVICE_PROVIDER,
            {},
            None,
        )

    def new_expressroute_dedicated_circuit(
        self,
        circuit_name: str,
        bandwidth: int,
        location: str,
        service_provider_name: str,
        billing_type: str,
        sku: str,
    ) -> GatewayOperationAsyncResponse:
        """Orders a new circuit from a connectivity provider.

        ``/{subscription_id}/services/networking/dedicatedcircuits``
        (POST, x-ms-version 2011-10-01).

        Args:
            bandwidth: In Mbps (one the provider offers).
        """
        from servicemanagement._generated.models_expressroute import (
            ExpressRouteCreateDedicatedCircuit,
        )

        return self._call(
            NEW_EXPRESSROUTE_DEDICATED_CIRCUIT,
            {
                "circuit_name": circuit_name,
                "bandwidth": bandwidth,
                "location": location,
                "service_provider_name": service_provider_name,
                "billing_type": billing_type,
                "sku": sku,
            },
            ExpressRouteCreateDedicatedCircuit(
                bandwidth=bandwidth,
                billing_type=billing_type,
                circuit_name=circuit_name,
                location=location,
                service_provider_name=service_provider_name,
                sku=sku,
            ),
        )

    def get_expressroute_dedicated_circuit(
        self,
        service_key: str,
    ) -> ExpressRouteDedicatedCircuit:
        """Returns a circuit.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            GET_EXPRESSROUTE_DEDICATED_CIRCUIT,
            {
                "service_key": service_key,
            },
            None,
        )

    def list_expressroute_dedicated_circuit(
        self,
    ) -> ExpressRouteDedicatedCircuits:
        """Lists the subscription's circuits.

        ``/{subscription_id}/services/networking/dedicatedcircuits``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            LIST_EXPRESSROUTE_DEDICATED_CIRCUIT,
            {},
            None,
        )

    def update_expressroute_dedicated_circuit(
        self,
        service_key: str,
        billing_type: str,
        bandwidth: str | None = None,
        sku: str | None = None,
    ) -> GatewayOperationAsyncResponse:
        """Changes a circuit's billing type, bandwidth or SKU.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}``
        (PUT, x-ms-version 2011-10-01).

        Args:
            bandwidth: In Mbps.
        """
        from servicemanagement._generated.models_expressroute import (
            ExpressRouteUpdateDedicatedCircuit,
        )

        return self._call(
            UPDATE_EXPRESSROUTE_DEDICATED_CIRCUIT,
            {
                "service_key": service_key,
                "billing_type": billing_type,
                "bandwidth": bandwidth,
                "sku": sku,
            },
            ExpressRouteUpdateDedicatedCircuit(
                bandwidth=bandwidth, billing_type=billing_type, sku=sku
            ),
        )

    def remove_expressroute_dedicated_circuit(
        self,
        service_key: str,
    ) -> GatewayOperationAsyncResponse:
        """Removes a circuit.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}``
        (DELETE, x-ms-version 2011-10-01).
        """
        return self._call(
            REMOVE_EXPRESSROUTE_DEDICATED_CIRCUIT,
            {
                "service_key": service_key,
            },
            None,
        )

    def get_expressroute_authorized_dedicated_circuit(
        self,
        service_key: str,
    ) -> ExpressRouteAuthorizedDedicatedCircuit:
        """Returns a circuit of another subscription that this one may link to.

        ``/{subscription_id}/services/networking/authorizeddedicatedcircuits/{service_key}``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            GET_EXPRESSROUTE_AUTHORIZED_DEDICATED_CIRCUIT,
            {
                "service_key": service_key,
            },
            None,
        )

    def list_expressroute_authorized_dedicated_circuit(
        self,
    ) -> ExpressRouteAuthorizedDedicatedCircuits:
        """Lists the circuits of other subscriptions that this one may link to.

        ``/{subscription_id}/services/networking/authorizeddedicatedcircuits``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            LIST_EXPRESSROUTE_AUTHORIZED_DEDICATED_CIRCUIT,
            {},
            None,
        )

    def new_expressroute_border_gateway_protocol_peering(
        self,
        service_key: str,
        access_type: str,
        customer_asn: int,
        peer_asn: int,
        primary_peer_subnet: str,
        secondary_peer_subnet: str,
        vlan_id: int,
        advertised_public_prefixes: str | None = None,
        routing_registry_name: str | None = None,
        shared_key: str | None = None,
    ) -> GatewayOperationAsyncResponse:
        """Creates a BGP peering of a circuit.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/bgppeerings/{access_type}``
        (POST, x-ms-version 2011-10-01).

        Args:
            customer_asn: The customer's ASN (Microsoft peering).
            primary_peer_subnet: A /30 for the primary link.
            secondary_peer_subnet: A /30 for the secondary link.
            advertised_public_prefixes: Comma-separated (Microsoft peering).
            shared_key: The MD5 hash key of the BGP session.
        """
        from servicemanagement._generated.models_expressroute import ExpressRouteCreateBgpPeering

        return self._call(
            NEW_EXPRESSROUTE_BORDER_GATEWAY_PROTOCOL_PEERING,
            {
                "service_key": service_key,
                "access_type": access_type,
                "customer_asn": customer_asn,
                "peer_asn": peer_asn,
                "primary_peer_subnet": primary_peer_subnet,
                "secondary_peer_subnet": secondary_peer_subnet,
                "vlan_id": vlan_id,
                "advertised_public_prefixes": advertised_public_prefixes,
                "routing_registry_name": routing_registry_name,
                "shared_key": shared_key,
            },
            ExpressRouteCreateBgpPeering(
                advertised_public_prefixes=advertised_public_prefixes,
                customer_asn=customer_asn,
                peer_asn=peer_asn,
                primary_peer_subnet=primary_peer_subnet,
                routing_registry_name=routing_registry_name,
                secondary_peer_subnet=secondary_peer_subnet,
                shared_key=shared_key,
                vlan_id=vlan_id,
            ),
        )

    def get_expressroute_border_gateway_protocol_peering(
        self,
        service_key: str,
        access_type: str,
    ) -> ExpressRouteBgpPeering:
        """Returns a BGP peering of a circuit.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/bgppeerings/{access_type}``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            GET_EXPRESSROUTE_BORDER_GATEWAY_PROTOCOL_PEERING,
            {
                "service_key": service_key,
                "access_type": access_type,
            },
            None,
        )

    def update_expressroute_border_gateway_protocol_peering(
        self,
        service_key: str,
        access_type: str,
        customer_asn: int,
        peer_asn: int,
        vlan_id: int,
        primary_peer_subnet: str | None = None,
        secondary_peer_subnet: str | None = None,
        advertised_public_prefixes: str | None = None,
        routing_registry_name: str | None = None,
        shared_key: str | None = None,
    ) -> GatewayOperationAsyncResponse:
        """Changes a BGP peering of a circuit.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/bgppeerings/{access_type}``
        (PUT, x-ms-version 2011-10-01).

        Args:
            advertised_public_prefixes: Comma-separated (Microsoft peering).
            shared_key: The MD5 hash key of the BGP session.
        """
        from servicemanagement._generated.models_expressroute import ExpressRouteUpdateBgpPeering

        return self._call(
            UPDATE_EXPRESSROUTE_BORDER_GATEWAY_PROTOCOL_PEERING,
            {
                "service_key": service_key,
                "access_type": access_type,
                "customer_asn": customer_asn,
                "peer_asn": peer_asn,
                "vlan_id": vlan_id,
                "primary_peer_subnet": primary_peer_subnet,
                "secondary_peer_subnet": secondary_peer_subnet,
                "advertised_public_prefixes": advertised_public_prefixes,
                "routing_registry_name": routing_registry_name,
                "shared_key": shared_key,
            },
            ExpressRouteUpdateBgpPeering(
                advertised_public_prefixes=advertised_public_prefixes,
                customer_asn=customer_asn,
                peer_asn=peer_asn,
                primary_peer_subnet=primary_peer_subnet,
                routing_registry_name=routing_registry_name,
                secondary_peer_subnet=secondary_peer_subnet,
                shared_key=shared_key,
                vlan_id=vlan_id,
            ),
        )

    def remove_expressroute_border_gateway_protocol_peering(
        self,
        service_key: str,
        access_type: str,
    ) -> GatewayOperationAsyncResponse:
        """Removes a BGP peering of a circuit.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/bgppeerings/{access_type}``
        (DELETE, x-ms-version 2011-10-01).
        """
        return self._call(
            REMOVE_EXPRESSROUTE_BORDER_GATEWAY_PROTOCOL_PEERING,
            {
                "service_key": service_key,
                "access_type": access_type,
            },
            None,
        )

    def get_expressroute_dedicated_circuit_peering_arp_info(
        self,
        service_key: str,
        access_type: str,
        device_path: str,
    ) -> GatewayOperationAsyncResponse:
        """Starts reading a peering's ARP table; the networking operation's result carries it.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/bgppeerings/{access_type}/arpInfo/{device_path}``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            GET_EXPRESSROUTE_DEDICATED_CIRCUIT_PEERING_ARP_INFO,
            {
                "service_key": service_key,
                "access_type": access_type,
                "device_path": device_path,
            },
            None,
        )

    def get_expressroute_dedicated_circuit_peering_route_table_info(
        self,
        service_key: str,
        access_type: str,
        device_path: str,
    ) -> GatewayOperationAsyncResponse:
        """Starts reading a peering's route table; the networking operation's result carries
        it.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/bgppeerings/{access_type}/routeTable/{device_path}``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            GET_EXPRESSROUTE_DEDICATED_CIRCUIT_PEERING_ROUTE_TABLE_INFO,
            {
                "service_key": service_key,
                "access_type": access_type,
                "device_path": device_path,
            },
            None,
        )

    def get_expressroute_dedicated_circuit_peering_stats(
        self,
        service_key: str,
        access_type: str,
    ) -> ExpressRouteDedicatedCircuitPeeringStats:
        """Returns the byte counters of a peering.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/bgppeerings/{access_type}/stats``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            GET_EXPRESSROUTE_DEDICATED_CIRCUIT_PEERING_STATS,
            {
                "service_key": service_key,
                "access_type": access_type,
            },
            None,
        )

    def new_expressroute_cross_connection(
        self,
        service_key: str,
    ) -> GatewayOperationAsyncResponse:
        """Creates the cross connection of a circuit (for connectivity providers).

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/crossconnection``
        (POST, x-ms-version 2011-10-01).
        """
        return self._call(
            NEW_EXPRESSROUTE_CROSS_CONNECTION,
            {
                "service_key": service_key,
            },
            None,
        )

    def get_expressroute_cross_connection(
        self,
        service_key: str,
    ) -> ExpressRouteCrossConnection:
        """Returns the cross connection of a circuit (for connectivity providers).

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/crossconnection``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            GET_EXPRESSROUTE_CROSS_CONNECTION,
            {
                "service_key": service_key,
            },
            None,
        )

    def list_expressroute_cross_connection(
        self,
    ) -> ExpressRouteCrossConnections:
        """Lists the cross connections of a connectivity provider.

        ``/{subscription_id}/services/networking/crossconnections``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            LIST_EXPRESSROUTE_CROSS_CONNECTION,
            {},
            None,
        )

    def update_expressroute_cross_connection(
        self,
        service_key: str,
        operation: str,
        provisioning_error: str | None = None,
    ) -> GatewayOperationAsyncResponse:
        """Tells Azure whether the provider provisioned a cross connection.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/crossconnection``
        (PUT, x-ms-version 2011-10-01).
        """
        from servicemanagement._generated.models_expressroute import (
            ExpressRouteUpdateCrossConnection,
        )

        return self._call(
            UPDATE_EXPRESSROUTE_CROSS_CONNECTION,
            {
                "service_key": service_key,
                "operation": operation,
                "provisioning_error": provisioning_error,
            },
            ExpressRouteUpdateCrossConnection(
                operation=operation, provisioning_error=provisioning_error
            ),
        )

    def new_expressroute_dedicated_circuit_link(
        self,
        service_key: str,
        vnet_name: str,
    ) -> GatewayOperationAsyncResponse:
        """Links a virtual network to a circuit.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/vnets/{vnet_name}``
        (POST, x-ms-version 2011-10-01).
        """
        return self._call(
            NEW_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK,
            {
                "service_key": service_key,
                "vnet_name": vnet_name,
            },
            None,
        )

    def get_expressroute_dedicated_circuit_link(
        self,
        service_key: str,
        vnet_name: str,
    ) -> ExpressRouteDedicatedCircuitLink:
        """Returns the link between a circuit and a virtual network.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/vnets/{vnet_name}``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            GET_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK,
            {
                "service_key": service_key,
                "vnet_name": vnet_name,
            },
            None,
        )

    def list_expressroute_dedicated_circuit_link(
        self,
        service_key: str,
    ) -> ExpressRouteDedicatedCircuitLinks:
        """Lists the virtual networks linked to a circuit.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/vnets``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            LIST_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK,
            {
                "service_key": service_key,
            },
            None,
        )

    def remove_expressroute_dedicated_circuit_link(
        self,
        service_key: str,
        vnet_name: str,
    ) -> GatewayOperationAsyncResponse:
        """Unlinks a virtual network from a circuit.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/vnets/{vnet_name}``
        (DELETE, x-ms-version 2011-10-01).
        """
        return self._call(
            REMOVE_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK,
            {
                "service_key": service_key,
                "vnet_name": vnet_name,
            },
            None,
        )

    def new_expressroute_dedicated_circuit_link_authorization(
        self,
        service_key: str,
        limit: int,
        description: str | None = None,
        microsoft_ids: str | None = None,
    ) -> ExpressRouteDedicatedCircuitLinkAuthorization:
        """Authorizes other subscriptions to link virtual networks to a circuit.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/authorizations``
        (POST, x-ms-version 2011-10-01).

        Args:
            limit: How many virtual networks the authorization may link.
            microsoft_ids: Comma-separated Microsoft account ids.
        """
        from servicemanagement._generated.models_expressroute import (
            ExpressRouteCreateDedicatedCircuitLinkAuthorization,
        )

        return self._call(
            NEW_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK_AUTHORIZATION,
            {
                "service_key": service_key,
                "limit": limit,
                "description": description,
                "microsoft_ids": microsoft_ids,
            },
            ExpressRouteCreateDedicatedCircuitLinkAuthorization(
                description=description, limit=limit, microsoft_ids=microsoft_ids
            ),
        )

    def get_expressroute_dedicated_circuit_link_authorization(
        self,
        service_key: str,
        auth_id: str,
    ) -> ExpressRouteDedicatedCircuitLinkAuthorization:
        """Returns a link authorization of a circuit.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/authorizations/{auth_id}``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            GET_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK_AUTHORIZATION,
            {
                "service_key": service_key,
                "auth_id": auth_id,
            },
            None,
        )

    def list_expressroute_dedicated_circuit_link_authorization(
        self,
        service_key: str,
    ) -> ExpressRouteDedicatedCircuitLinkAuthorizations:
        """Lists the link authorizations of a circuit.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/authorizations``
        (GET, x-ms-version 2011-10-01).
        """
        return self._call(
            LIST_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK_AUTHORIZATION,
            {
                "service_key": service_key,
            },
            None,
        )

    def update_expressroute_dedicated_circuit_link_authorization(
        self,
        service_key: str,
        auth_id: str,
        limit: int,
        description: str | None = None,
    ) -> ExpressRouteDedicatedCircuitLinkAuthorization:
        """Changes the description or limit of a link authorization.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/authorizations/{auth_id}``
        (PATCH, x-ms-version 2011-10-01).
        """
        from servicemanagement._generated.models_expressroute import (
            ExpressRouteUpdateDedicatedCircuitLinkAuthorization,
        )

        return self._call(
            UPDATE_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK_AUTHORIZATION,
            {
                "service_key": service_key,
                "auth_id": auth_id,
                "limit": limit,
                "description": description,
            },
            ExpressRouteUpdateDedicatedCircuitLinkAuthorization(
                description=description, limit=limit
            ),
        )

    def remove_expressroute_dedicated_circuit_link_authorization(
        self,
        service_key: str,
        auth_id: str,
    ) -> GatewayOperationAsyncResponse:
        """Removes a link authorization of a circuit.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/authorizations/{auth_id}``
        (DELETE, x-ms-version 2011-10-01).
        """
        return self._call(
            REMOVE_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK_AUTHORIZATION,
            {
                "service_key": service_key,
                "auth_id": auth_id,
            },
            None,
        )

    def new_expressroute_dedicated_circuit_link_authorization_microsoft_id(
        self,
        service_key: str,
        auth_id: str,
        microsoft_ids: str,
    ) -> None:
        """Adds Microsoft ids to a link authorization.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/authorizations/{auth_id}/microsoftids``
        (POST, x-ms-version 2011-10-01).

        Args:
            microsoft_ids: Comma-separated Microsoft account ids.
        """
        from servicemanagement._generated.models_expressroute import ExpressRouteMicrosoftIds

        return self._call(
            NEW_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK_AUTHORIZATION_MICROSOFT_ID,
            {
                "service_key": service_key,
                "auth_id": auth_id,
                "microsoft_ids": microsoft_ids,
            },
            ExpressRouteMicrosoftIds(microsoft_ids=microsoft_ids),
        )

    def remove_expressroute_dedicated_circuit_link_authorization_microsoft_id(
        self,
        service_key: str,
        auth_id: str,
        microsoft_ids: str,
    ) -> None:
        """Removes Microsoft ids from a link authorization.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/authorizations/{auth_id}/microsoftids``
        (DELETE, x-ms-version 2011-10-01).

        Args:
            microsoft_ids: Comma-separated Microsoft account ids.
        """
        from servicemanagement._generated.models_expressroute import ExpressRouteMicrosoftIds

        return self._call(
            REMOVE_EXPRESSROUTE_DEDICATED_CIRCUIT_LINK_AUTHORIZATION_MICROSOFT_ID,
            {
                "service_key": service_key,
                "auth_id": auth_id,
                "microsoft_ids": microsoft_ids,
            },
            ExpressRouteMicrosoftIds(microsoft_ids=microsoft_ids),
        )
