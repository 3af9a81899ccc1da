# Generated from spec/operations/hosted_services.yaml by `make generate`; do not edit.
"""Operations of the hosted_services area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_hosted_services import (
        HostedService,
        HostedServices,
    )
    from servicemanagement._generated.models_storage import AvailabilityResponse
    from servicemanagement.results import AsynchronousOperationResult

LIST_HOSTED_SERVICES = OperationSpec(
    name="list_hosted_services",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="HostedServices",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the cloud services of the subscription.",
)

GET_HOSTED_SERVICE_PROPERTIES = OperationSpec(
    name="get_hosted_service_properties",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("embed_detail", "query", wire="embed-detail", scalar="bool"),
    ),
    fixed_query=(),
    request_type=None,
    response_type="HostedService",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a cloud service's properties (and its deployments with embed_detail).",
)

CREATE_HOSTED_SERVICE = OperationSpec(
    name="create_hosted_service",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "body", required=True),
        ParamSpec("label", "body", required=True),
        ParamSpec("description", "body"),
        ParamSpec("location", "body"),
        ParamSpec("affinity_group", "body"),
        ParamSpec("extended_properties", "body", type="dict"),
    ),
    fixed_query=(),
    request_type="CreateHostedService",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Creates a cloud service.",
    one_of=(("location", "affinity_group"),),
)

UPDATE_HOSTED_SERVICE = OperationSpec(
    name="update_hosted_service",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/hostedservices/{service_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("label", "body"),
        ParamSpec("description", "body"),
        ParamSpec("extended_properties", "body", type="dict"),
    ),
    fixed_query=(),
    request_type="UpdateHostedService",
    response_type=None,
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Updates the label, description or extended properties of a cloud service.",
)

DELETE_HOSTED_SERVICE = OperationSpec(
    name="delete_hosted_service",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/hostedservices/{service_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("complete", "query", wire="comp", flag="media", scalar="bool"),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes a cloud service (it must have no deployments unless complete is set).",
)

CHECK_HOSTED_SERVICE_NAME_AVAILABILITY = OperationSpec(
    name="check_hosted_service_name_availability",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/operations/isavailable/{service_name}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("service_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="AvailabilityResponse",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Tells whether a cloud service name is still free.",
)


class ServiceManagementServiceHostedServicesOperations(OperationsBase):
    """The hosted_services operations of ``ServiceManagementService``."""

    def list_hosted_services(
        self,
    ) -> HostedServices:
        """Lists the cloud services of the subscription.

        ``/{subscription_id}/services/hostedservices``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_HOSTED_SERVICES,
            {},
            None,
        )

    def get_hosted_service_properties(
        self,
        service_name: str,
        embed_detail: bool = False,
    ) -> HostedService:
        """Returns a cloud service's properties (and its deployments with embed_detail).

        ``/{subscription_id}/services/hostedservices/{service_name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_HOSTED_SERVICE_PROPERTIES,
            {
                "service_name": service_name,
                "embed_detail": embed_detail,
            },
            None,
        )

    def create_hosted_service(
        self,
        service_name: str,
        label: str,
        description: str | None = None,
        location: str | None = None,
        affinity_group: str | None = None,
        extended_properties: dict[str, str] | None = None,
    ) -> AsynchronousOperationResult:
        """Creates a cloud service.

        ``/{subscription_id}/services/hostedservices``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            service_name: Unique among all cloud services (the DNS prefix).
            label: Up to 100 characters; sent base64-encoded.
            location: Give either a location or an affinity group.
        """
        from servicemanagement._generated.models_hosted_services import CreateHostedService

        return self._call(
            CREATE_HOSTED_SERVICE,
            {
                "service_name": service_name,
                "label": label,
                "description": description,
                "location": location,
                "affinity_group": affinity_group,
                "extended_properties": extended_properties,
            },
            CreateHostedService(
                service_name=service_name,
                label=label,
                description=description,
                location=location,
                affinity_group=affinity_group,
                extended_properties=extended_properties,
            ),
        )

    def update_hosted_service(
        self,
        service_name: str,
        label: str | None = None,
        description: str | None = None,
        extended_properties: dict[str, str] | None = None,
    ) -> None:
        """Updates the label, description or extended properties of a cloud service.

        ``/{subscription_id}/services/hostedservices/{service_name}``
        (PUT, x-ms-version 2014-10-01).
        """
        from servicemanagement._generated.models_hosted_services import UpdateHostedService

        return self._call(
            UPDATE_HOSTED_SERVICE,
            {
                "service_name": service_name,
                "label": label,
                "description": description,
                "extended_properties": extended_properties,
            },
            UpdateHostedService(
                label=label, description=description, extended_properties=extended_properties
            ),
        )

    def delete_hosted_service(
        self,
        service_name: str,
        complete: bool = False,
    ) -> AsynchronousOperationResult:
        """Deletes a cloud service (it must have no deployments unless complete is set).

        ``/{subscription_id}/services/hostedservices/{service_name}``
        (DELETE, x-ms-version 2014-10-01, asynchronous).

        Args:
            complete: Also delete the OS and data disks and their blobs.
        """
        return self._call(
            DELETE_HOSTED_SERVICE,
            {
                "service_name": service_name,
                "complete": complete,
            },
            None,
        )

    def check_hosted_service_name_availability(
        self,
        service_name: str,
    ) -> AvailabilityResponse:
        """Tells whether a cloud service name is still free.

        ``/{subscription_id}/services/hostedservices/operations/isavailable/{service_name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            CHECK_HOSTED_SERVICE_NAME_AVAILABILITY,
            {
                "service_name": service_name,
            },
            None,
        )
