# Generated from spec/operations/disks.yaml by `make generate`; do not edit.
"""Operations of the disks area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_compute import Disk, Disks

LIST_DISKS = OperationSpec(
    name="list_disks",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/disks",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="Disks",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the disks in the image repository of the subscription.",
)

GET_DISK = OperationSpec(
    name="get_disk",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/disks/{disk_name}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("disk_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="Disk",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a disk of the image repository.",
)

ADD_DISK = OperationSpec(
    name="add_disk",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/disks",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("has_operating_system", "ignored", scalar="bool"),
        ParamSpec("label", "body", required=True),
        ParamSpec("media_link", "body", required=True),
        ParamSpec("name", "body", required=True),
        ParamSpec("os", "body", choices=("Linux", "Windows"), required=True),
    ),
    fixed_query=(),
    request_type="Disk",
    response_type=None,
    statuses=(),
    is_async=False,
    content_type=None,
    doc="Adds a VHD blob to the image repository as a disk.",
)

UPDATE_DISK = OperationSpec(
    name="update_disk",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/disks/{disk_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("disk_name", "path", required=True),
        ParamSpec("has_operating_system", "ignored", scalar="bool"),
        ParamSpec("label", "body", required=True),
        ParamSpec("media_link", "ignored"),
        ParamSpec("name", "ignored"),
        ParamSpec("os", "ignored"),
    ),
    fixed_query=(),
    request_type="Disk",
    response_type=None,
    statuses=(),
    is_async=False,
    content_type=None,
    doc="Changes the label of a disk (the only property that can be updated).",
)

DELETE_DISK = OperationSpec(
    name="delete_disk",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/disks/{disk_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("disk_name", "path", required=True),
        ParamSpec("delete_vhd", "query", wire="comp", flag="media", scalar="bool"),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=False,
    content_type=None,
    doc="Deletes a disk from the image repository.",
)


class ServiceManagementServiceDisksOperations(OperationsBase):
    """The disks operations of ``ServiceManagementService``."""

    def list_disks(
        self,
    ) -> Disks:
        """Lists the disks in the image repository of the subscription.

        ``/{subscription_id}/services/disks``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_DISKS,
            {},
            None,
        )

    def get_disk(
        self,
        disk_name: str,
    ) -> Disk:
        """Returns a disk of the image repository.

        ``/{subscription_id}/services/disks/{disk_name}``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_DISK,
            {
                "disk_name": disk_name,
            },
            None,
        )

    def add_disk(
        self,
        has_operating_system: bool | None,
        label: str,
        media_link: str,
        name: str,
        os: str,
    ) -> None:
        """Adds a VHD blob to the image repository as a disk.

        ``/{subscription_id}/services/disks``
        (POST, x-ms-version 2014-10-01).

        Args:
            media_link: The blob URL of the VHD.
            os: Linux or Windows for an OS disk.
        """
        from servicemanagement._generated.models_compute import Disk

        return self._call(
            ADD_DISK,
            {
                "has_operating_system": has_operating_system,
                "label": label,
                "media_link": media_link,
                "name": name,
                "os": os,
            },
            Disk(os=os, label=label, media_link=media_link, name=name),
        )

    def update_disk(
        self,
        disk_name: str,
        has_operating_system: bool | None = None,
        label: str | None = None,
        media_link: str | None = None,
        name: str | None = None,
        os: str | None = None,
    ) -> None:
        """Changes the label of a disk (the only property that can be updated).

        ``/{subscription_id}/services/disks/{disk_name}``
        (PUT, x-ms-version 2014-10-01).
        """
        from servicemanagement._generated.models_compute import Disk

        return self._call(
            UPDATE_DISK,
            {
                "disk_name": disk_name,
                "has_operating_system": has_operating_system,
                "label": label,
                "media_link": media_link,
                "name": name,
                "os": os,
            },
            Disk(label=label),
        )

    def delete_disk(
        self,
        disk_name: str,
        delete_vhd: bool = False,
    ) -> None:
        """Deletes a disk from the image repository.

        ``/{subscription_id}/services/disks/{disk_name}``
        (DELETE, x-ms-version 2014-10-01).

        Args:
            delete_vhd: Also delete the disk's blob.
        """
        return self._call(
            DELETE_DISK,
            {
                "disk_name": disk_name,
                "delete_vhd": delete_vhd,
            },
            None,
        )
