# Generated from spec/operations/dns.yaml by `make generate`; do not edit.
"""Operations of the dns area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement.results import AsynchronousOperationResult

ADD_DNS_SERVER = OperationSpec(
    name="add_dns_server",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/dnsservers",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("dns_server_name", "body", required=True),
        ParamSpec("address", "body", required=True),
    ),
    fixed_query=(),
    request_type="DnsServer",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Adds a DNS server to a deployment.",
)

UPDATE_DNS_SERVER = OperationSpec(
    name="update_dns_server",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/dnsservers/{dns_server_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("dns_server_name", "path", required=True),
        ParamSpec("address", "body", required=True),
    ),
    fixed_query=(),
    request_type="DnsServer",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Changes the address of a deployment's DNS server.",
)

DELETE_DNS_SERVER = OperationSpec(
    name="delete_dns_server",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/dnsservers/{dns_server_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("dns_server_name", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Removes a DNS server from a deployment.",
)


class ServiceManagementServiceDnsOperations(OperationsBase):
    """The dns operations of ``ServiceManagementService``."""

    def add_dns_server(
        self,
        service_name: str,
        deployment_name: str,
        dns_server_name: str,
        address: str,
    ) -> AsynchronousOperationResult:
        """Adds a DNS server to a deployment.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/dnsservers``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            address: The server's IP address.
        """
        from servicemanagement._generated.models_compute import DnsServer

        return self._call(
            ADD_DNS_SERVER,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "dns_server_name": dns_server_name,
                "address": address,
            },
            DnsServer(name=dns_server_name, address=address),
        )

    def update_dns_server(
        self,
        service_name: str,
        deployment_name: str,
        dns_server_name: str,
        address: str,
    ) -> AsynchronousOperationResult:
        """Changes the address of a deployment's DNS server.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/dnsservers/{dns_server_name}``
        (PUT, x-ms-version 2014-10-01, asynchronous).
        """
        from servicemanagement._generated.models_compute import DnsServer

        return self._call(
            UPDATE_DNS_SERVER,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "dns_server_name": dns_server_name,
                "address": address,
            },
            DnsServer(name=dns_server_name, address=address),
        )

    def delete_dns_server(
        self,
        service_name: str,
        deployment_name: str,
        dns_server_name: str,
    ) -> AsynchronousOperationResult:
        """Removes a DNS server from a deployment.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/dnsservers/{dns_server_name}``
        (DELETE, x-ms-version 2014-10-01, asynchronous).
        """
        return self._call(
            DELETE_DNS_SERVER,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "dns_server_name": dns_server_name,
            },
            None,
        )
