# Generated from spec/operations/networks.yaml by `make generate`; do not edit.
"""Operations of the networks area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from servicemanagement._generated.models_networks import VirtualNetworkSites
from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec

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
