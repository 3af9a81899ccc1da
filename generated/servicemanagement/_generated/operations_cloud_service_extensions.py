# Generated from spec/operations/cloud_service_extensions.yaml by `make generate`; do not edit.
"""Operations of the cloud_service_extensions area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import EmulatorSpec, OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_cloud_service_extensions import (
        ExtensionImage,
        ExtensionImages,
        HostedServiceExtension,
        HostedServiceExtensionInput,
        HostedServiceExtensions,
    )
    from servicemanagement.results import AsynchronousOperationResult

ADD_HOSTED_SERVICE_EXTENSION = OperationSpec(
    name="add_hosted_service_extension",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/extensions",
    x_ms_version="2017-01-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("extension", "body", type="HostedServiceExtensionInput", required=True),
    ),
    fixed_query=(),
    request_type="HostedServiceExtensionInput",
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type="application/xml",
    doc="Adds an extension to a cloud service, for its deployments to enable.",
    emulator=EmulatorSpec(key="Id"),
)

DELETE_HOSTED_SERVICE_EXTENSION = OperationSpec(
    name="delete_hosted_service_extension",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/hostedservices/{service_name}/extensions/{extension_id}",
    x_ms_version="2017-01-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("extension_id", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(200, 202),
    is_async=True,
    content_type=None,
    doc="Deletes an extension from a cloud service.",
)

GET_HOSTED_SERVICE_EXTENSION = OperationSpec(
    name="get_hosted_service_extension",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/extensions/{extension_id}",
    x_ms_version="2017-01-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("extension_id", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="HostedServiceExtension",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns an extension of a cloud service.",
)

LIST_HOSTED_SERVICE_EXTENSIONS = OperationSpec(
    name="list_hosted_service_extensions",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/hostedservices/{service_name}/extensions",
    x_ms_version="2017-01-01",
    params=(ParamSpec("service_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="HostedServiceExtensions",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the extensions added to a cloud service.",
)

LIST_HOSTED_SERVICE_AVAILABLE_EXTENSIONS = OperationSpec(
    name="list_hosted_service_available_extensions",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/extensions",
    x_ms_version="2017-01-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="ExtensionImages",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the newest version of every extension available to cloud services.",
)

LIST_HOSTED_SERVICE_EXTENSION_VERSIONS = OperationSpec(
    name="list_hosted_service_extension_versions",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/extensions/{provider_namespace}/{extension_type}",
    x_ms_version="2017-01-01",
    params=(
        ParamSpec("provider_namespace", "path", required=True),
        ParamSpec("extension_type", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type="ExtensionImages",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists every version of one extension.",
)

LIST_HOSTED_SERVICE_PUBLISHER_EXTENSIONS = OperationSpec(
    name="list_hosted_service_publisher_extensions",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/publisherextensions",
    x_ms_version="2017-01-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="ExtensionImages",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the extension images the subscription publishes.",
)

REGISTER_EXTENSION_IMAGE = OperationSpec(
    name="register_extension_image",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/extensions",
    x_ms_version="2017-01-01",
    params=(ParamSpec("extension_image", "body", type="ExtensionImage", required=True),),
    fixed_query=(),
    request_type="ExtensionImage",
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type="application/xml",
    doc="Registers a new extension image (for publishers).",
)

UNREGISTER_EXTENSION_IMAGE = OperationSpec(
    name="unregister_extension_image",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/extensions/{provider_namespace}/{extension_type}/{version}",
    x_ms_version="2017-01-01",
    params=(
        ParamSpec("provider_namespace", "path", required=True),
        ParamSpec("extension_type", "path", required=True),
        ParamSpec("version", "path", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type=None,
    doc="Unregisters a version of an extension image (for publishers).",
)

UPDATE_EXTENSION_IMAGE = OperationSpec(
    name="update_extension_image",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/extensions",
    x_ms_version="2017-01-01",
    params=(ParamSpec("extension_image", "body", type="ExtensionImage", required=True),),
    fixed_query=(("action", "update"),),
    request_type="ExtensionImage",
    response_type=None,
    statuses=(202,),
    is_async=True,
    content_type="application/xml",
    doc="Updates a registered extension image (for publishers).",
)


class ServiceManagementServiceCloudServiceExtensionsOperations(OperationsBase):
    """The cloud_service_extensions operations of ``ServiceManagementService``."""

    def add_hosted_service_extension(
        self,
        service_name: str,
        extension: HostedServiceExtensionInput,
    ) -> AsynchronousOperationResult:
        """Adds an extension to a cloud service, for its deployments to enable.

        ``/{subscription_id}/services/hostedservices/{service_name}/extensions``
        (POST, x-ms-version 2017-01-01, asynchronous).

        Args:
            extension: The extension: Type and Id are required.
        """
        return self._call(
            ADD_HOSTED_SERVICE_EXTENSION,
            {
                "service_name": service_name,
                "extension": extension,
            },
            extension,
        )

    def delete_hosted_service_extension(
        self,
        service_name: str,
        extension_id: str,
    ) -> AsynchronousOperationResult:
        """Deletes an extension from a cloud service.

        ``/{subscription_id}/services/hostedservices/{service_name}/extensions/{extension_id}``
        (DELETE, x-ms-version 2017-01-01, asynchronous).
        """
        return self._call(
            DELETE_HOSTED_SERVICE_EXTENSION,
            {
                "service_name": service_name,
                "extension_id": extension_id,
            },
            None,
        )

    def get_hosted_service_extension(
        self,
        service_name: str,
        extension_id: str,
    ) -> HostedServiceExtension:
        """Returns an extension of a cloud service.

        ``/{subscription_id}/services/hostedservices/{service_name}/extensions/{extension_id}``
        (GET, x-ms-version 2017-01-01).
        """
        return self._call(
            GET_HOSTED_SERVICE_EXTENSION,
            {
                "service_name": service_name,
                "extension_id": extension_id,
            },
            None,
        )

    def list_hosted_service_extensions(
        self,
        service_name: str,
    ) -> HostedServiceExtensions:
        """Lists the extensions added to a cloud service.

        ``/{subscription_id}/services/hostedservices/{service_name}/extensions``
        (GET, x-ms-version 2017-01-01).
        """
        return self._call(
            LIST_HOSTED_SERVICE_EXTENSIONS,
            {
                "service_name": service_name,
            },
            None,
        )

    def list_hosted_service_available_extensions(
        self,
    ) -> ExtensionImages:
        """Lists the newest version of every extension available to cloud services.

        ``/{subscription_id}/services/extensions``
        (GET, x-ms-version 2017-01-01).
        """
        return self._call(
            LIST_HOSTED_SERVICE_AVAILABLE_EXTENSIONS,
            {},
            None,
        )

    def list_hosted_service_extension_versions(
        self,
        provider_namespace: str,
        extension_type: str,
    ) -> ExtensionImages:
        """Lists every version of one extension.

        ``/{subscription_id}/services/extensions/{provider_namespace}/{extension_type}``
        (GET, x-ms-version 2017-01-01).
        """
        return self._call(
            LIST_HOSTED_SERVICE_EXTENSION_VERSIONS,
            {
                "provider_namespace": provider_namespace,
                "extension_type": extension_type,
            },
            None,
        )

    def list_hosted_service_publisher_extensions(
        self,
    ) -> ExtensionImages:
        """Lists the extension images the subscription publishes.

        ``/{subscription_id}/services/publisherextensions``
        (GET, x-ms-version 2017-01-01).
        """
        return self._call(
            LIST_HOSTED_SERVICE_PUBLISHER_EXTENSIONS,
            {},
            None,
        )

    def register_extension_image(
        self,
        extension_image: ExtensionImage,
    ) -> AsynchronousOperationResult:
        """Registers a new extension image (for publishers).

        ``/{subscription_id}/services/extensions``
        (POST, x-ms-version 2017-01-01, asynchronous).

        Args:
            extension_image: ProviderNameSpace, Type and Version are required.
        """
        return self._call(
            REGISTER_EXTENSION_IMAGE,
            {
                "extension_image": extension_image,
            },
            extension_image,
        )

    def unregister_extension_image(
        self,
        provider_namespace: str,
        extension_type: str,
        version: str,
    ) -> AsynchronousOperationResult:
        """Unregisters a version of an extension image (for publishers).

        ``/{subscription_id}/services/extensions/{provider_namespace}/{extension_type}/{version}``
        (DELETE, x-ms-version 2017-01-01, asynchronous).
        """
        return self._call(
            UNREGISTER_EXTENSION_IMAGE,
            {
                "provider_namespace": provider_namespace,
                "extension_type": extension_type,
                "version": version,
            },
            None,
        )

    def update_extension_image(
        self,
        extension_image: ExtensionImage,
    ) -> AsynchronousOperationResult:
        """Updates a registered extension image (for publishers).

        ``/{subscription_id}/services/extensions``
        (PUT, x-ms-version 2017-01-01, asynchronous).

        Args:
            extension_image: ProviderNameSpace, Type and Version name the image to update.
        """
        return self._call(
            UPDATE_EXTENSION_IMAGE,
            {
                "extension_image": extension_image,
            },
            extension_image,
        )
