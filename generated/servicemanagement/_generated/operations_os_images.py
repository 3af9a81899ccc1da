# Generated from spec/operations/os_images.yaml by `make generate`; do not edit.
"""Operations of the os_images area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase, given
from servicemanagement._schema import EmulatorSpec, OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_images import Images, OSImage, OSImageDetails
    from servicemanagement.results import AsynchronousOperationResult

LIST_OS_IMAGES = OperationSpec(
    name="list_os_images",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/images",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="Images",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the OS images of the subscription's image repository (own and public ones).",
    emulator=EmulatorSpec(seed="os_images"),
)

GET_OS_IMAGE = OperationSpec(
    name="get_os_image",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/images/{image_name}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("image_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="OSImage",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns an OS image.",
)

GET_OS_IMAGE_DETAILS = OperationSpec(
    name="get_os_image_details",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/images/{image_name}/details",
    x_ms_version="2014-10-01",
    params=(ParamSpec("image_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="OSImageDetails",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns an OS image with its replication progress per region.",
)

ADD_OS_IMAGE = OperationSpec(
    name="add_os_image",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/images",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("label", "body", required=True),
        ParamSpec("media_link", "body", required=True),
        ParamSpec("name", "body", required=True),
        ParamSpec("os", "body", choices=("Linux", "Windows"), required=True),
    ),
    fixed_query=(),
    request_type="OSImage",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Adds an OS image from a generalized VHD in blob storage.",
)

UPDATE_OS_IMAGE = OperationSpec(
    name="update_os_image",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/images/{image_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("image_name", "path", required=True),
        ParamSpec("label", "body", required=True),
        ParamSpec("media_link", "body", required=True),
        ParamSpec("name", "body", required=True),
        ParamSpec("os", "body", choices=("Linux", "Windows"), required=True),
    ),
    fixed_query=(),
    request_type="OSImage",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Updates an OS image's label (the other values must be its current ones).",
)

UPDATE_OS_IMAGE_FROM_IMAGE_REFERENCE = OperationSpec(
    name="update_os_image_from_image_reference",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/images/{image_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("image_name", "path", required=True),
        ParamSpec("os_image", "body", type="OSImage", required=True),
    ),
    fixed_query=(),
    request_type="OSImage",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Updates an OS image from an OSImage object (label, EULA, description, icons, ...).",
)

DELETE_OS_IMAGE = OperationSpec(
    name="delete_os_image",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/images/{image_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("image_name", "path", required=True),
        ParamSpec("delete_vhd", "query", wire="comp", flag="media", scalar="bool"),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes an OS image (and, with delete_vhd, its VHD blob).",
)


class ServiceManagementServiceOsImagesOperations(OperationsBase):
    """The os_images operations of ``ServiceManagementService``."""

    def list_os_images(
        self,
    ) -> Images:
        """Lists the OS images of the subscription's image repository (own and public ones).

        ``/{subscription_id}/services/images``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_OS_IMAGES,
            {},
            None,
        )

    def get_os_image(
        self,
        image_name: str,
    ) -> OSImage:
        """Returns an OS image.

        ``/{subscription_id}/services/images/{image_name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_OS_IMAGE,
            {
                "image_name": image_name,
            },
            None,
        )

    def get_os_image_details(
        self,
        image_name: str,
    ) -> OSImageDetails:
        """Returns an OS image with its replication progress per region.

        ``/{subscription_id}/services/images/{image_name}/details``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_OS_IMAGE_DETAILS,
            {
                "image_name": image_name,
            },
            None,
        )

    def add_os_image(
        self,
        label: str,
        media_link: str,
        name: str,
        os: str,
    ) -> AsynchronousOperationResult:
        """Adds an OS image from a generalized VHD in blob storage.

        ``/{subscription_id}/services/images``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            label: Plain text (not base64).
            media_link: URL of the VHD blob (in a storage account of the subscription).
            os: Linux or Windows.
        """
        from servicemanagement._generated.models_images import OSImage

        return self._call(
            ADD_OS_IMAGE,
            {
                "label": label,
                "media_link": media_link,
                "name": name,
                "os": os,
            },
            OSImage(label=label, media_link=media_link, name=name, os=os),
        )

    def update_os_image(
        self,
        image_name: str,
        label: str,
        media_link: str,
        name: str,
        os: str,
    ) -> AsynchronousOperationResult:
        """Updates an OS image's label (the other values must be its current ones).

        ``/{subscription_id}/services/images/{image_name}``
        (PUT, x-ms-version 2014-10-01, asynchronous).
        """
        from servicemanagement._generated.models_images import OSImage

        return self._call(
            UPDATE_OS_IMAGE,
            {
                "image_name": image_name,
                "label": label,
                "media_link": media_link,
                "name": name,
                "os": os,
            },
            OSImage(label=label, media_link=media_link, name=name, os=os),
        )

    def update_os_image_from_image_reference(
        self,
        image_name: str,
        os_image: OSImage,
    ) -> AsynchronousOperationResult:
        """Updates an OS image from an OSImage object (label, EULA, description, icons, ...).

        ``/{subscription_id}/services/images/{image_name}``
        (PUT, x-ms-version 2014-10-01, asynchronous).

        Args:
            os_image: Typically the result of get_os_image with new values.
        """
        from servicemanagement._generated.models_images import OSImage

        return self._call(
            UPDATE_OS_IMAGE_FROM_IMAGE_REFERENCE,
            {
                "image_name": image_name,
                "os_image": os_image,
            },
            OSImage(
                label=given(os_image, "label"),
                eula=given(os_image, "eula"),
                description=given(os_image, "description"),
                image_family=given(os_image, "image_family"),
                show_in_gui=given(os_image, "show_in_gui"),
                published_date=(
                    given(os_image, "published_date") if given(os_image, "published_date") else None
                ),
                icon_uri=given(os_image, "icon_uri"),
                privacy_uri=given(os_image, "privacy_uri"),
                recommended_vm_size=given(os_image, "recommended_vm_size"),
                small_icon_uri=given(os_image, "small_icon_uri"),
                language=given(os_image, "language"),
            ),
        )

    def delete_os_image(
        self,
        image_name: str,
        delete_vhd: bool = False,
    ) -> AsynchronousOperationResult:
        """Deletes an OS image (and, with delete_vhd, its VHD blob).

        ``/{subscription_id}/services/images/{image_name}``
        (DELETE, x-ms-version 2014-10-01, asynchronous).

        Args:
            delete_vhd: Also delete the VHD blob.
        """
        return self._call(
            DELETE_OS_IMAGE,
            {
                "image_name": image_name,
                "delete_vhd": delete_vhd,
            },
            None,
        )
