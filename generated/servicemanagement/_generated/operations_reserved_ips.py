# Generated from spec/operations/reserved_ips.yaml by `make generate`; do not edit.
"""Operations of the reserved_ips area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_reserved_ips import (
        ReservedIP,
        ReservedIPs,
    )
    from servicemanagement.results import AsynchronousOperationResult

CREATE_RESERVED_IP_ADDRESS = OperationSpec(
    name="create_reserved_ip_address",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/reservedips",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("name", "body", required=True),
        ParamSpec("label", "body", max_length=100),
        ParamSpec("location", "body"),
    ),
    fixed_query=(),
    request_type="ReservedIP",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Reserves a public IP address in a location.",
)

DELETE_RESERVED_IP_ADDRESS = OperationSpec(
    name="delete_reserved_ip_address",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/reservedips/{name}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Releases a reserved IP address.",
)

GET_RESERVED_IP_ADDRESS = OperationSpec(
    name="get_reserved_ip_address",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/reservedips/{name}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="ReservedIP",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a reserved IP address.",
)

LIST_RESERVED_IP_ADDRESSES = OperationSpec(
    name="list_reserved_ip_addresses",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/reservedips",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="ReservedIPs",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the reserved IP addresses of the subscription.",
)

ASSOCIATE_RESERVED_IP_ADDRESS = OperationSpec(
    name="associate_reserved_ip_address",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/reservedips/{name}/operations/associate",
    x_ms_version="2015-02-01",
    params=(
        ParamSpec("name", "path", required=True),
        ParamSpec("service_name", "body", required=True),
        ParamSpec("deployment_name", "body", required=True),
        ParamSpec("virtual_ip_name", "body"),
    ),
    fixed_query=(),
    request_type="ReservedIPAssociation",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Associates a reserved IP address with a deployment.",
)

DISASSOCIATE_RESERVED_IP_ADDRESS = OperationSpec(
    name="disassociate_reserved_ip_address",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/reservedips/{name}/operations/disassociate",
    x_ms_version="2015-02-01",
    params=(
        ParamSpec("name", "path", required=True),
        ParamSpec("service_name", "body", required=True),
        ParamSpec("deployment_name", "body", required=True),
        ParamSpec("virtual_ip_name", "body"),
    ),
    fixed_query=(),
    request_type="ReservedIPAssociation",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Removes a reserved IP address from a deployment.",
)


class ServiceManagementServiceReservedIpsOperations(OperationsBase):
    """The reserved_ips operations of ``ServiceManagementService``."""

    def create_reserved_ip_address(
        self,
        name: str,
        label: str | None = None,
        location: str | None = None,
    ) -> AsynchronousOperationResult:
        """Reserves a public IP address in a location.

        ``/{subscription_id}/services/networking/reservedips``
        (POST, x-ms-version 2014-10-01, asynchronous).
        """
        from servicemanagement._generated.models_reserved_ips import ReservedIP

        return self._call(
            CREATE_RESERVED_IP_ADDRESS,
            {
                "name": name,
                "label": label,
                "location": location,
            },
            ReservedIP(name=name, label=label, location=location),
        )

    def delete_reserved_ip_address(
        self,
        name: str,
    ) -> AsynchronousOperationResult:
        """Releases a reserved IP address.

        ``/{subscription_id}/services/networking/reservedips/{name}``
        (DELETE, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            DELETE_RESERVED_IP_ADDRESS,
            {
                "name": name,
            },
            None,
        )

    def get_reserved_ip_address(
        self,
        name: str,
    ) -> ReservedIP:
        """Returns a reserved IP address.

        ``/{subscription_id}/services/networking/reservedips/{name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_RESERVED_IP_ADDRESS,
            {
                "name": name,
            },
            None,
        )

    def list_reserved_ip_addresses(
        self,
    ) -> ReservedIPs:
        """Lists the reserved IP addresses of the subscription.

        ``/{subscription_id}/services/networking/reservedips``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_RESERVED_IP_ADDRESSES,
            {},
            None,
        )

    def associate_reserved_ip_address(
        self,
        name: str,
        service_name: str,
        deployment_name: str,
        virtual_ip_name: str | None = None,
    ) -> AsynchronousOperationResult:
        """Associates a reserved IP address with a deployment.

        ``/{subscription_id}/services/networking/reservedips/{name}/operations/associate``
        (POST, x-ms-version 2015-02-01, asynchronous).

        Args:
            virtual_ip_name: The deployment's virtual IP; default: the first.
        """
        from servicemanagement._generated.models_reserved_ips import ReservedIPAssociation

        return self._call(
            ASSOCIATE_RESERVED_IP_ADDRESS,
            {
                "name": name,
                "service_name": service_name,
                "deployment_name": deployment_name,
                "virtual_ip_name": virtual_ip_name,
            },
            ReservedIPAssociation(
                service_name=service_name,
                deployment_name=deployment_name,
                virtual_ip_name=virtual_ip_name,
            ),
        )

    def disassociate_reserved_ip_address(
        self,
        name: str,
        service_name: str,
        deployment_name: str,
        virtual_ip_name: str | None = None,
    ) -> AsynchronousOperationResult:
        """Removes a reserved IP address from a deployment.

        ``/{subscription_id}/services/networking/reservedips/{name}/operations/disassociate``
        (POST, x-ms-version 2015-02-01, asynchronous).
        """
        from servicemanagement._generated.models_reserved_ips import ReservedIPAssociation

        return self._call(
            DISASSOCIATE_RESERVED_IP_ADDRESS,
            {
                "name": name,
                "service_name": service_name,
                "deployment_name": deployment_name,
                "virtual_ip_name": virtual_ip_name,
            },
            ReservedIPAssociation(
                service_name=service_name,
                deployment_name=deployment_name,
                virtual_ip_name=virtual_ip_name,
            ),
        )
