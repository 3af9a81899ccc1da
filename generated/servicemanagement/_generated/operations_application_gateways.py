# Generated from spec/operations/application_gateways.yaml by `make generate`; do not edit.
"""Operations of the application_gateways area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_application_gateways import (
        ApplicationGateway,
        ApplicationGatewayCertificate,
        ApplicationGatewayCertificates,
        ApplicationGatewayConfiguration,
        ApplicationGateways,
    )
    from servicemanagement._generated.models_gateway_operations import GatewayOperationAsyncResponse

CREATE_APPLICATION_GATEWAY = OperationSpec(
    name="create_application_gateway",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/ApplicationGateways",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("name", "body", required=True),
        ParamSpec("vnet_name", "body", required=True),
        ParamSpec("subnets", "body", type="list[string]", required=True),
        ParamSpec("instance_count", "body", scalar="int", required=True),
        ParamSpec("gateway_size", "body"),
        ParamSpec("description", "body"),
    ),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type="CreateApplicationGatewayParameters",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Starts creating an application gateway in a virtual network.",
)

GET_APPLICATION_GATEWAY = OperationSpec(
    name="get_application_gateway",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}",
    x_ms_version="2016-07-01",
    params=(ParamSpec("gateway_name", "path", required=True),),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type=None,
    response_type="ApplicationGateway",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns an application gateway.",
)

LIST_APPLICATION_GATEWAY = OperationSpec(
    name="list_application_gateway",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/ApplicationGateways",
    x_ms_version="2016-07-01",
    params=(),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type=None,
    response_type="ApplicationGateways",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the application gateways of the subscription.",
)

UPDATE_APPLICATION_GATEWAY = OperationSpec(
    name="update_application_gateway",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_name", "path", required=True),
        ParamSpec("instance_count", "body", scalar="int", required=True),
        ParamSpec("gateway_size", "body"),
        ParamSpec("subnets", "body", type="list[string]"),
        ParamSpec("vnet_name", "body"),
        ParamSpec("description", "body"),
    ),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type="UpdateApplicationGatewayParameters",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Starts changing the size, instance count or subnets of an application gateway.",
)

DELETE_APPLICATION_GATEWAY = OperationSpec(
    name="delete_application_gateway",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}",
    x_ms_version="2016-07-01",
    params=(ParamSpec("gateway_name", "path", required=True),),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type=None,
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type=None,
    doc="Starts deleting an application gateway.",
)

EXECUTE_APPLICATION_GATEWAY_OPERATION = OperationSpec(
    name="execute_application_gateway_operation",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}/Operations",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_name", "path", required=True),
        ParamSpec("operation_type", "body", required=True),
    ),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type="ApplicationGatewayOperation",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Starts or stops an application gateway.",
)

GET_APPLICATION_GATEWAY_CONFIG = OperationSpec(
    name="get_application_gateway_config",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}/configuration",
    x_ms_version="2016-07-01",
    params=(ParamSpec("gateway_name", "path", required=True),),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type=None,
    response_type="ApplicationGatewayConfiguration",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the listeners, back-end pools, settings and rules of an application gateway.",
)

SET_APPLICATION_GATEWAY_CONFIG = OperationSpec(
    name="set_application_gateway_config",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}/configuration",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_name", "path", required=True),
        ParamSpec("configuration", "body", type="ApplicationGatewayConfiguration", required=True),
    ),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type="ApplicationGatewayConfiguration",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Starts replacing the configuration of an application gateway.",
)

ADD_APPLICATION_GATEWAY_CERTIFICATE = OperationSpec(
    name="add_application_gateway_certificate",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}/sslcertificates/{certificate_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_name", "path", required=True),
        ParamSpec("certificate_name", "path", required=True),
        ParamSpec("data", "body", required=True),
        ParamSpec("certificate_format", "body"),
        ParamSpec("password", "body"),
    ),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type="CertificateFile",
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type="application/xml",
    doc="Starts uploading an SSL certificate to an application gateway.",
)

GET_APPLICATION_GATEWAY_CERTIFICATE = OperationSpec(
    name="get_application_gateway_certificate",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}/sslcertificates/{certificate_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_name", "path", required=True),
        ParamSpec("certificate_name", "path", required=True),
    ),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type=None,
    response_type="ApplicationGatewayCertificate",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns an SSL certificate of an application gateway.",
)

LIST_APPLICATION_GATEWAY_CERTIFICATE = OperationSpec(
    name="list_application_gateway_certificate",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}/sslcertificates",
    x_ms_version="2016-07-01",
    params=(ParamSpec("gateway_name", "path", required=True),),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type=None,
    response_type="ApplicationGatewayCertificates",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the SSL certificates of an application gateway.",
)

DELETE_APPLICATION_GATEWAY_CERTIFICATE = OperationSpec(
    name="delete_application_gateway_certificate",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}/sslcertificates/{certificate_name}",
    x_ms_version="2016-07-01",
    params=(
        ParamSpec("gateway_name", "path", required=True),
        ParamSpec("certificate_name", "path", required=True),
    ),
    fixed_query=(("api-version", "2016-07-01"),),
    request_type=None,
    response_type="GatewayOperationAsyncResponse",
    statuses=(202,),
    is_async=False,
    content_type=None,
    doc="Starts deleting an SSL certificate of an application gateway.",
)


class ServiceManagementServiceApplicationGatewaysOperations(OperationsBase):
    """The application_gateways operations of ``ServiceManagementService``."""

    def create_application_gateway(
        self,
        name: str,
        vnet_name: str,
        subnets: list[str],
        instance_count: int,
        gateway_size: str | None = None,
        description: str | None = None,
    ) -> GatewayOperationAsyncResponse:
        """Starts creating an application gateway in a virtual network.

        ``/{subscription_id}/services/networking/ApplicationGateways``
        (POST, x-ms-version 2016-07-01).

        Args:
            vnet_name: The virtual network the gateway goes into.
            subnets: Subnet names of that virtual network.
            instance_count: How many gateway instances to run.
            gateway_size: Small, Medium, Large or ExtraLarge.
        """
        from servicemanagement._generated.models_application_gateways import (
            CreateApplicationGatewayParameters,
        )

        return self._call(
            CREATE_APPLICATION_GATEWAY,
            {
                "name": name,
                "vnet_name": vnet_name,
                "subnets": subnets,
                "instance_count": instance_count,
                "gateway_size": gateway_size,
                "description": description,
            },
            CreateApplicationGatewayParameters(
                description=description,
                gateway_size=gateway_size,
                instance_count=instance_count,
                name=name,
                subnets=subnets,
                vnet_name=vnet_name,
            ),
        )

    def get_application_gateway(
        self,
        gateway_name: str,
    ) -> ApplicationGateway:
        """Returns an application gateway.

        ``/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_APPLICATION_GATEWAY,
            {
                "gateway_name": gateway_name,
            },
            None,
        )

    def list_application_gateway(
        self,
    ) -> ApplicationGateways:
        """Lists the application gateways of the subscription.

        ``/{subscription_id}/services/networking/ApplicationGateways``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            LIST_APPLICATION_GATEWAY,
            {},
            None,
        )

    def update_application_gateway(
        self,
        gateway_name: str,
        instance_count: int,
        gateway_size: str | None = None,
        subnets: list[str] | None = None,
        vnet_name: str | None = None,
        description: str | None = None,
    ) -> GatewayOperationAsyncResponse:
        """Starts changing the size, instance count or subnets of an application gateway.

        ``/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}``
        (PUT, x-ms-version 2016-07-01).
        """
        from servicemanagement._generated.models_application_gateways import (
            UpdateApplicationGatewayParameters,
        )

        return self._call(
            UPDATE_APPLICATION_GATEWAY,
            {
                "gateway_name": gateway_name,
                "instance_count": instance_count,
                "gateway_size": gateway_size,
                "subnets": subnets,
                "vnet_name": vnet_name,
                "description": description,
            },
            UpdateApplicationGatewayParameters(
                description=description,
                gateway_size=gateway_size,
                instance_count=instance_count,
                subnets=subnets,
                vnet_name=vnet_name,
            ),
        )

    def delete_application_gateway(
        self,
        gateway_name: str,
    ) -> GatewayOperationAsyncResponse:
        """Starts deleting an application gateway.

        ``/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}``
        (DELETE, x-ms-version 2016-07-01).
        """
        return self._call(
            DELETE_APPLICATION_GATEWAY,
            {
                "gateway_name": gateway_name,
            },
            None,
        )

    def execute_application_gateway_operation(
        self,
        gateway_name: str,
        operation_type: str,
    ) -> GatewayOperationAsyncResponse:
        """Starts or stops an application gateway.

        ``/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}/Operations``
        (POST, x-ms-version 2016-07-01).

        Args:
            operation_type: Start or Stop.
        """
        from servicemanagement._generated.models_application_gateways import (
            ApplicationGatewayOperation,
        )

        return self._call(
            EXECUTE_APPLICATION_GATEWAY_OPERATION,
            {
                "gateway_name": gateway_name,
                "operation_type": operation_type,
            },
            ApplicationGatewayOperation(operation_type=operation_type),
        )

    def get_application_gateway_config(
        self,
        gateway_name: str,
    ) -> ApplicationGatewayConfiguration:
        """Returns the listeners, back-end pools, settings and rules of an application gateway.

        ``/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}/configuration``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_APPLICATION_GATEWAY_CONFIG,
            {
                "gateway_name": gateway_name,
            },
            None,
        )

    def set_application_gateway_config(
        self,
        gateway_name: str,
        configuration: ApplicationGatewayConfiguration,
    ) -> GatewayOperationAsyncResponse:
        """Starts replacing the configuration of an application gateway.

        ``/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}/configuration``
        (POST, x-ms-version 2016-07-01).
        """
        return self._call(
            SET_APPLICATION_GATEWAY_CONFIG,
            {
                "gateway_name": gateway_name,
                "configuration": configuration,
            },
            configuration,
        )

    def add_application_gateway_certificate(
        self,
        gateway_name: str,
        certificate_name: str,
        data: str,
        certificate_format: str = "pfx",
        password: str | None = None,
    ) -> GatewayOperationAsyncResponse:
        """Starts uploading an SSL certificate to an application gateway.

        ``/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}/sslcertificates/{certificate_name}``
        (PUT, x-ms-version 2016-07-01).

        Args:
            data: The certificate with its private key, base64 (.pfx).
        """
        from servicemanagement._generated.models_certificates import CertificateFile

        return self._call(
            ADD_APPLICATION_GATEWAY_CERTIFICATE,
            {
                "gateway_name": gateway_name,
                "certificate_name": certificate_name,
                "data": data,
                "certificate_format": certificate_format,
                "password": password,
            },
            CertificateFile(data=data, certificate_format=certificate_format, password=password),
        )

    def get_application_gateway_certificate(
        self,
        gateway_name: str,
        certificate_name: str,
    ) -> ApplicationGatewayCertificate:
        """Returns an SSL certificate of an application gateway.

        ``/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}/sslcertificates/{certificate_name}``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            GET_APPLICATION_GATEWAY_CERTIFICATE,
            {
                "gateway_name": gateway_name,
                "certificate_name": certificate_name,
            },
            None,
        )

    def list_application_gateway_certificate(
        self,
        gateway_name: str,
    ) -> ApplicationGatewayCertificates:
        """Lists the SSL certificates of an application gateway.

        ``/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}/sslcertificates``
        (GET, x-ms-version 2016-07-01).
        """
        return self._call(
            LIST_APPLICATION_GATEWAY_CERTIFICATE,
            {
                "gateway_name": gateway_name,
            },
            None,
        )

    def delete_application_gateway_certificate(
        self,
        gateway_name: str,
        certificate_name: str,
    ) -> GatewayOperationAsyncResponse:
        """Starts deleting an SSL certificate of an application gateway.

        ``/{subscription_id}/services/networking/ApplicationGateways/{gateway_name}/sslcertificates/{certificate_name}``
        (DELETE, x-ms-version 2016-07-01).
        """
        return self._call(
            DELETE_APPLICATION_GATEWAY_CERTIFICATE,
            {
                "gateway_name": gateway_name,
                "certificate_name": certificate_name,
            },
            None,
        )
