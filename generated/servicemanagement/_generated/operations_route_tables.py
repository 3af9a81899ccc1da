# Generated from spec/operations/route_tables.yaml by `make generate`; do not edit.
"""Operations of the route_tables area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_gateway_operations import GatewayOperationAsyncResponse
    from servicemanagement._generated.models_route_tables import (
        EffectiveRouteTable,
        RouteTable,
        RouteTableAssociation,
        RouteTables,
    )
    from servicemanagement.results import AsynchronousOperationResult

CREATE_ROUTE_TABLE = OperationSpec(
    name="create_route_table",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/routetables",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("route_table_name", "body", required=True),
        ParamSpec("location", "body", required=True),
        ParamSpec("label", "body"),
    ),
    fixed_query=(),
    request_type="RouteTable",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type="application/xml",
    doc="Creates an empty route table in a location.",
)

DELETE_ROUTE_TABLE = OperationSpec(
    name="delete_route_table",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/routetables/{route_table_name}",
    x_ms_version="2016-07-01",
    params=(ParamSpec("route_table_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes a route table that no subnet uses.",
)

GET_ROUTE_TABLE = OperationSpec(
    name="get_route_table",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/routetables/{route_table_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("route_table_name", "path", required=True),
        ParamSpec("detail_level", "query", wire="detailLevel"),
    ),
    fixed_query=(),
    request_type=None,
    response_type="RouteTable",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a route table (with its routes when detail_level is Full).",
)

LIST_ROUTE_TABLES = OperationSpec(
    name="list_route_tables",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/routetables",
    x_ms_version="2016-07-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="RouteTables",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the route tables of the subscription.",
)

SET_ROUTE = OperationSpec(
    name="set_route",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/networking/routetables/{route_table_name}/routes/{route_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("route_table_name", "path", required=True),
        ParamSpec("route_name", "path", required=True),
        ParamSpec("address_prefix", "body", required=True),
        ParamSpec("next_hop_type", "body", required=True),
        ParamSpec("next_hop_ip_address", "body"),
    ),
    fixed_query=(),
    request_type="Route",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type="application/xml",
    doc="Adds a route to a route table or replaces the route of that name.",
)

DELETE_ROUTE = OperationSpec(
    name="delete_route",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/routetables/{route_table_name}/routes/{route_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("route_table_name", "path", required=True),
        ParamSpec("route_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes a route of a route table.",
)

ADD_ROUTE_TABLE_TO_SUBNET = OperationSpec(
    name="add_route_table_to_subnet",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/virtualnetwork/{vnet_name}/subnets/{subnet_name}/routetables",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("vnet_name", "path", required=True),
        ParamSpec("subnet_name", "path", required=True),
        ParamSpec("route_table_name", "body", required=True),
    ),
    fixed_query=(),
    request_type="RouteTableAssociation",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type="application/xml",
    doc="Makes a subnet use a route table.",
)

GET_ROUTE_TABLE_FOR_SUBNET = OperationSpec(
    name="get_route_table_for_subnet",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/virtualnetwork/{vnet_name}/subnets/{subnet_name}/routetables",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("vnet_name", "path", required=True),
        ParamSpec("subnet_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="RouteTableAssociation",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the name of the route table a subnet uses.",
)

REMOVE_ROUTE_TABLE_FROM_SUBNET = OperationSpec(
    name="remove_route_table_from_subnet",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/virtualnetwork/{vnet_name}/subnets/{subnet_name}/routetables",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("vnet_name", "path", required=True),
        ParamSpec("subnet_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Makes a subnet stop using its route table.",
)

GET_EFFECTIVE_ROUTE_TABLE_FOR_ROLE_INSTANCE = OperationSpec(
    name="get_effective_route_table_for_role_instance",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{roleinstance_name}/effectiveroutetable",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("roleinstance_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="EffectiveRouteTable",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the routes in effect for a role instance.",
)

GET_EFFECTIVE_ROUTE_TABLE_FOR_NETWORK_INTERFACE = OperationSpec(
    name="get_effective_route_table_for_network_interface",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{roleinstance_name}/networkinterfaces/{network_interface_name}/effectiveroutetable",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("roleinstance_name", "path", required=True),
        ParamSpec("network_interface_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="EffectiveRouteTable",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the routes in effect for a network interface of a role instance.",
)

GET_EXPRESSROUTE_DEDICATED_CIRCUIT_PEERING_ROUTE_TABLE_SUMMARY = OperationSpec(
    name="get_expressroute_dedicated_circuit_peering_route_table_summary",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/bgppeerings/{access_type}/routeTableSummary/{device_path}",
    x_ms_version="2011-10-01",
    params=(
        ParamSpec("service_key", "path", required=True),
        ParamSpec("access_type", "path", required=True),
        ParamSpec("device_path", "path", required=True),
    ),
    fixed_query=(("api-version", "1.0"),),
    request_type=None,
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type=None,
    doc="Starts retrieving the route table summary of an ExpressRoute circuit's BGP peering.",
)


class ServiceManagementServiceRouteTablesOperations(OperationsBase):
    """The route_tables operations of ``ServiceManagementService``."""

    def create_route_table(
        self,
        route_table_name: str,
        location: str,
        label: str | None = None,
    ) -> AsynchronousOperationResult:
        """Creates an empty route table in a location.

        ``/{subscription_id}/services/networking/routetables``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        from servicemanagement._generated.models_route_tables import RouteTable

        return self._call(
            CREATE_ROUTE_TABLE,
            {
                "route_table_name": route_table_name,
                "location": location,
                "label": label,
            },
            RouteTable(name=route_table_name, label=label, location=location),
        )

    def delete_route_table(
        self,
        route_table_name: str,
    ) -> AsynchronousOperationResult:
        """Deletes a route table that no subnet uses.

        ``/{subscription_id}/services/networking/routetables/{route_table_name}``
        (DELETE, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            DELETE_ROUTE_TABLE,
            {
                "route_table_name": route_table_name,
            },
            None,
        )

    def get_route_table(
        self,
        route_table_name: str,
        detail_level: str | None = None,
    ) -> RouteTable:
        """Returns a route table (with its routes when detail_level is Full).

        ``/{subscription_id}/services/networking/routetables/{route_table_name}``
        (GET, x-ms-version 2016-07-01).

        Args:
            detail_level: Full: include the routes.
        """
        return self._call(
            GET_ROUTE_TABLE,
            {
                "route_table_name": route_table_name,
                "detail_level": detail_level,
            },
            None,
        )

    def list_route_tables(
        self,
    ) -> RouteTables:
        """Lists the route tables of the subscription.

        ``/{subscription_id}/services/networking/routetables``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            LIST_ROUTE_TABLES,
            {},
            None,
        )

    def set_route(
        self,
        route_table_name: str,
        route_name: str,
        address_prefix: str,
        next_hop_type: str,
        next_hop_ip_address: str | None = None,
    ) -> AsynchronousOperationResult:
        """Adds a route to a route table or replaces the route of that name.

        ``/{subscription_id}/services/networking/routetables/{route_table_name}/routes/{route_name}``
        (PUT, x-ms-version 2016-07-01, asynchronous).

        Args:
            address_prefix: The destination CIDR prefix.
            next_hop_type: VirtualAppliance, VPNGateway, Internet, VNETLocal or Null.
            next_hop_ip_address: The virtual appliance's address.
        """
        from servicemanagement._generated.models_route_tables import Route, RouteNextHop

        return self._call(
            SET_ROUTE,
            {
                "route_table_name": route_table_name,
                "route_name": route_name,
                "address_prefix": address_prefix,
                "next_hop_type": next_hop_type,
                "next_hop_ip_address": next_hop_ip_address,
            },
            Route(
                name=route_name,
                address_prefix=address_prefix,
                next_hop=RouteNextHop(type=next_hop_type, ip_address=next_hop_ip_address),
            ),
        )

    def delete_route(
        self,
        route_table_name: str,
        route_name: str,
    ) -> AsynchronousOperationResult:
        """Deletes a route of a route table.

        ``/{subscription_id}/services/networking/routetables/{route_table_name}/routes/{route_name}``
        (DELETE, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            DELETE_ROUTE,
            {
                "route_table_name": route_table_name,
                "route_name": route_name,
            },
            None,
        )

    def add_route_table_to_subnet(
        self,
        vnet_name: str,
        subnet_name: str,
        route_table_name: str,
    ) -> AsynchronousOperationResult:
        """Makes a subnet use a route table.

        ``/{subscription_id}/services/networking/virtualnetwork/{vnet_name}/subnets/{subnet_name}/routetables``
        (POST, x-ms-version 2016-07-01, asynchronous).
        """
        from servicemanagement._generated.models_route_tables import RouteTableAssociation

        return self._call(
            ADD_ROUTE_TABLE_TO_SUBNET,
            {
                "vnet_name": vnet_name,
                "subnet_name": subnet_name,
                "route_table_name": route_table_name,
            },
            RouteTableAssociation(route_table_name=route_table_name),
        )

    def get_route_table_for_subnet(
        self,
        vnet_name: str,
        subnet_name: str,
    ) -> RouteTableAssociation:
        """Returns the name of the route table a subnet uses.

        ``/{subscription_id}/services/networking/virtualnetwork/{vnet_name}/subnets/{subnet_name}/routetables``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_ROUTE_TABLE_FOR_SUBNET,
            {
                "vnet_name": vnet_name,
                "subnet_name": subnet_name,
            },
            None,
        )

    def remove_route_table_from_subnet(
        self,
        vnet_name: str,
        subnet_name: str,
    ) -> AsynchronousOperationResult:
        """Makes a subnet stop using its route table.

        ``/{subscription_id}/services/networking/virtualnetwork/{vnet_name}/subnets/{subnet_name}/routetables``
        (DELETE, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            REMOVE_ROUTE_TABLE_FROM_SUBNET,
            {
                "vnet_name": vnet_name,
                "subnet_name": subnet_name,
            },
            None,
        )

    def get_effective_route_table_for_role_instance(
        self,
        service_name: str,
        deployment_name: str,
        roleinstance_name: str,
    ) -> EffectiveRouteTable:
        """Returns the routes in effect for a role instance.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{roleinstance_name}/effectiveroutetable``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_EFFECTIVE_ROUTE_TABLE_FOR_ROLE_INSTANCE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "roleinstance_name": roleinstance_name,
            },
            None,
        )

    def get_effective_route_table_for_network_interface(
        self,
        service_name: str,
        deployment_name: str,
        roleinstance_name: str,
        network_interface_name: str,
    ) -> EffectiveRouteTable:
        """Returns the routes in effect for a network interface of a role instance.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{roleinstance_name}/networkinterfaces/{network_interface_name}/effectiveroutetable``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_EFFECTIVE_ROUTE_TABLE_FOR_NETWORK_INTERFACE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "roleinstance_name": roleinstance_name,
                "network_interface_name": network_interface_name,
            },
            None,
        )

    def get_expressroute_dedicated_circuit_peering_route_table_summary(
        self,
        service_key: str,
        access_type: str,
        device_path: str,
    ) -> GatewayOperationAsyncResponse:
        """Starts retrieving the route table summary of an ExpressRoute circuit's BGP peering.

        ``/{subscription_id}/services/networking/dedicatedcircuits/{service_key}/bgppeerings/{access_type}/routeTableSummary/{device_path}``
        (GET, x-ms-version 2011-10-01).

        Args:
            service_key: The dedicated circuit's service key.
            access_type: Private, Public or Microsoft (the BGP peering).
            device_path: Primary or Secondary.
        """
        return self._call(
            GET_EXPRESSROUTE_DEDICATED_CIRCUIT_PEERING_ROUTE_TABLE_SUMMARY,
            {
                "service_key": service_key,
                "access_type": access_type,
                "device_path": device_path,
            },
            None,
        )
