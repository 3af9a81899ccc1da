# Generated from spec/operations/networks.yaml by `make generate`; do not edit.
"""Operations of the networks area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_network_configuration import (
        AddressAvailabilityResponse,
        NetworkConfiguration,
    )
    from servicemanagement._generated.models_networks import VirtualNetworkSites
    from servicemanagement.results import AsynchronousOperationResult

LIST_VIRTUAL_NETWORK_SITES = OperationSpec(
    name="list_virtual_network_sites",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/virtualnetwork",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="VirtualNetworkSites",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the virtual networks of the subscription.",
)

CHECK_STATIC_IP = OperationSpec(
    name="check_static_ip",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/{network_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_name", "path", required=True),
        ParamSpec("ip_address", "query", wire="address", required=True),
    ),
    fixed_query=(("op", "checkavailability"),),
    request_type=None,
    response_type="AddressAvailabilityResponse",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns whether an address of a virtual network is free for a static IP (and free ones near it).",
)

GET_VIRTUAL_NETWORK_CONFIGURATION = OperationSpec(
    name="get_virtual_network_configuration",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/media",
    x_ms_version="2016-07-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="NetworkConfiguration",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the virtual network configuration of the subscription.",
)

SET_VIRTUAL_NETWORK_CONFIGURATION = OperationSpec(
    name="set_virtual_network_configuration",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/networking/media",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("network_configuration", "body", type="NetworkConfiguration", required=True),
    ),
    fixed_query=(),
    request_type="NetworkConfiguration",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type="text/plain",
    doc="Replaces the virtual network configuration of the subscription (every virtual network, local network site and DNS server; what it leaves out is deleted).",
)


class ServiceManagementServiceNetworksOperations(OperationsBase):
    """The networks operations of ``ServiceManagementService``."""

    def list_virtual_network_sites(
        self,
    ) -> VirtualNetworkSites:
        """Lists the virtual networks of the subscription.

        ``/{subscription_id}/services/networking/virtualnetwork``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_VIRTUAL_NETWORK_SITES,
            {},
            None,
        )

    def check_static_ip(
        self,
        network_name: str,
        ip_address: str,
    ) -> AddressAvailabilityResponse:
        """Returns whether an address of a virtual network is free for a static IP (and free
        ones near it).

        ``/{subscription_id}/services/networking/{network_name}``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            CHECK_STATIC_IP,
            {
                "network_name": network_name,
                "ip_address": ip_address,
            },
            None,
        )

    def get_virtual_network_configuration(
        self,
    ) -> NetworkConfiguration:
        """Returns the virtual network configuration of the subscription.

        ``/{subscription_id}/services/networking/media``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_VIRTUAL_NETWORK_CONFIGURATION,
            {},
            None,
        )

    def set_virtual_network_configuration(
        self,
        network_configuration: NetworkConfiguration,
    ) -> AsynchronousOperationResult:
        """Replaces the virtual network configuration of the subscription (every virtual
        network, local network site and DNS server; what it leaves out is deleted).

        ``/{subscription_id}/services/networking/media``
        (PUT, x-ms-version 2016-07-01, asynchronous).
        """
        return self._call(
            SET_VIRTUAL_NETWORK_CONFIGURATION,
            {
                "network_configuration": network_configuration,
            },
            network_configuration,
        )
