# Generated from spec/operations/vm_images.yaml by `make generate`; do not edit.
"""Operations of the vm_images area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase, given
from servicemanagement._schema import EmulatorSpec, OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_images import (
        CaptureRoleAsVMImage,
        MarketplaceImageAttributes,
        VMImage,
        VMImageDetails,
        VMImages,
    )
    from servicemanagement.results import AsynchronousOperationResult

LIST_VM_IMAGES = OperationSpec(
    name="list_vm_images",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/vmimages",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("location", "query"),
        ParamSpec("publisher", "query"),
        ParamSpec("category", "query"),
    ),
    fixed_query=(),
    request_type=None,
    response_type="VMImages",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the VM images of the subscription's image repository (own and public ones).",
)

CREATE_VM_IMAGE = OperationSpec(
    name="create_vm_image",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/vmimages",
    x_ms_version="2014-10-01",
    params=(ParamSpec("vm_image", "body", type="VMImage", required=True),),
    fixed_query=(),
    request_type="VMImage",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Creates a VM image from VHDs in blob storage.",
)

UPDATE_VM_IMAGE = OperationSpec(
    name="update_vm_image",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/vmimages/{vm_image_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("vm_image_name", "path", required=True),
        ParamSpec("vm_image", "body", type="VMImage", required=True),
    ),
    fixed_query=(),
    request_type="VMImage",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Updates a VM image's label, description, disk caching and publishing details.",
)

DELETE_VM_IMAGE = OperationSpec(
    name="delete_vm_image",
    client="ServiceManagementService",
    method="DELETE",
    path="/{subscription_id}/services/vmimages/{vm_image_name}",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("vm_image_name", "path", required=True),
        ParamSpec("delete_vhd", "query", wire="comp", flag="media", scalar="bool"),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Deletes a VM image (and, with delete_vhd, its VHD blobs).",
)

CAPTURE_VM_IMAGE = OperationSpec(
    name="capture_vm_image",
    client="ServiceManagementService",
    method="POST",
    path="/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations",
    x_ms_version="2014-10-01",
    params=(
        ParamSpec("service_name", "path", required=True),
        ParamSpec("deployment_name", "path", required=True),
        ParamSpec("role_name", "path", required=True),
        ParamSpec("options", "body", type="CaptureRoleAsVMImage", required=True),
    ),
    fixed_query=(),
    request_type="CaptureRoleAsVMImage",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Captures a virtual machine's disks as a new VM image.",
)

REPLICATE_VM_IMAGE = OperationSpec(
    name="replicate_vm_image",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/images/{vm_image_name}/replicate",
    x_ms_version="2015-04-01",
    params=(
        ParamSpec("vm_image_name", "path", required=True),
        ParamSpec("regions", "body", type="list[string]", required=True),
        ParamSpec("offer", "body", required=True),
        ParamSpec("sku", "body", required=True),
        ParamSpec("version", "body", required=True),
    ),
    fixed_query=(),
    request_type="ReplicationInput",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Replicates an image (published under offer, SKU and version) to other regions.",
)

UNREPLICATE_VM_IMAGE = OperationSpec(
    name="unreplicate_vm_image",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/images/{vm_image_name}/unreplicate",
    x_ms_version="2015-04-01",
    params=(ParamSpec("vm_image_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Removes the replicas of an image from every region but its own.",
)

SHARE_VM_IMAGE = OperationSpec(
    name="share_vm_image",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/images/{vm_image_name}/shareasync",
    x_ms_version="2015-04-01",
    params=(
        ParamSpec("vm_image_name", "path", required=True),
        ParamSpec("permission", "query", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Shares a replicated image publicly, with MSDN subscribers, or makes it private again.",
)

GET_VM_IMAGE_DETAILS = OperationSpec(
    name="get_vm_image_details",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/services/vmimages/{vm_image_name}/details",
    x_ms_version="2014-10-01",
    params=(ParamSpec("vm_image_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="VMImageDetails",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns a VM image with its sharing status and per-region replication progress.",
)

REPLICATE_VMIMAGE = OperationSpec(
    name="replicate_vmimage",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/vmimages/{vm_image_name}/replicate",
    x_ms_version="2015-04-01",
    params=(
        ParamSpec("vm_image_name", "path", required=True),
        ParamSpec("regions", "body", type="list[string]", required=True),
        ParamSpec("offer", "body", required=True),
        ParamSpec("sku", "body", required=True),
        ParamSpec("version", "body", required=True),
        ParamSpec("marketplace_image_attributes", "body", type="MarketplaceImageAttributes"),
    ),
    fixed_query=(),
    request_type="ReplicationInput",
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Replicates a VM image (published under offer, SKU and version) to other regions.",
    emulator=EmulatorSpec(handler="replicate_vm_image"),
)

UNREPLICATE_VMIMAGE = OperationSpec(
    name="unreplicate_vmimage",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/vmimages/{vm_image_name}/unreplicate",
    x_ms_version="2015-04-01",
    params=(ParamSpec("vm_image_name", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Removes the replicas of a VM image from every region but its own.",
    emulator=EmulatorSpec(handler="unreplicate_vm_image"),
)

SHARE_VMIMAGE = OperationSpec(
    name="share_vmimage",
    client="ServiceManagementService",
    method="PUT",
    path="/{subscription_id}/services/vmimages/{vm_image_name}/shareasync",
    x_ms_version="2015-04-01",
    params=(
        ParamSpec("vm_image_name", "path", required=True),
        ParamSpec("permission", "query", required=True),
    ),
    fixed_query=(),
    request_type=None,
    response_type=None,
    statuses=(),
    is_async=True,
    content_type=None,
    doc="Shares a replicated VM image publicly, with MSDN subscribers, or makes it private again.",
    emulator=EmulatorSpec(handler="share_vm_image"),
)


class ServiceManagementServiceVmImagesOperations(OperationsBase):
    """The vm_images operations of ``ServiceManagementService``."""

    def list_vm_images(
        self,
        location: str | None = None,
        publisher: str | None = None,
        category: str | None = None,
    ) -> VMImages:
        """Lists the VM images of the subscription's image repository (own and public ones).

        ``/{subscription_id}/services/vmimages``
        (GET, x-ms-version 2014-10-01).

        Args:
            location: Only images available in this region.
            publisher: Only images of this publisher.
            category: Only images of this category (User, Public, ...).
        """
        return self._call(
            LIST_VM_IMAGES,
            {
                "location": location,
                "publisher": publisher,
                "category": category,
            },
            None,
        )

    def create_vm_image(
        self,
        vm_image: VMImage,
    ) -> AsynchronousOperationResult:
        """Creates a VM image from VHDs in blob storage.

        ``/{subscription_id}/services/vmimages``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            vm_image: name, label and the OS disk's os_state, os and media_link are needed.
        """
        from servicemanagement._generated.models_images import (
            DataDiskConfiguration,
            DataDiskConfigurations,
            OSDiskConfiguration,
            VMImage,
        )

        return self._call(
            CREATE_VM_IMAGE,
            {
                "vm_image": vm_image,
            },
            VMImage(
                name=given(vm_image, "name"),
                label=given(vm_image, "label"),
                description=given(vm_image, "description"),
                os_disk_configuration=OSDiskConfiguration(
                    host_caching=given(given(vm_image, "os_disk_configuration"), "host_caching"),
                    os_state=given(given(vm_image, "os_disk_configuration"), "os_state"),
                    os=given(given(vm_image, "os_disk_configuration"), "os"),
                    media_link=given(given(vm_image, "os_disk_configuration"), "media_link"),
                ),
                data_disk_configurations=(
                    DataDiskConfigurations(
                        data_disk_configurations=[
                            DataDiskConfiguration(
                                host_caching=given(disk, "host_caching"),
                                lun=given(disk, "lun"),
                                media_link=given(disk, "media_link"),
                                logical_disk_size_in_gb=given(disk, "logical_disk_size_in_gb"),
                            )
                            for disk in (given(vm_image, "data_disk_configurations") or ())
                        ]
                    )
                    if given(vm_image, "data_disk_configurations")
                    else None
                ),
                language=given(vm_image, "language"),
                image_family=given(vm_image, "image_family"),
                recommended_vm_size=given(vm_image, "recommended_vm_size"),
                eula=given(vm_image, "eula"),
                icon_uri=given(vm_image, "icon_uri"),
                small_icon_uri=given(vm_image, "small_icon_uri"),
                privacy_uri=given(vm_image, "privacy_uri"),
                published_date=given(vm_image, "published_date"),
                show_in_gui=given(vm_image, "show_in_gui"),
                is_premium=None,
            ),
        )

    def update_vm_image(
        self,
        vm_image_name: str,
        vm_image: VMImage,
    ) -> AsynchronousOperationResult:
        """Updates a VM image's label, description, disk caching and publishing details.

        ``/{subscription_id}/services/vmimages/{vm_image_name}``
        (PUT, x-ms-version 2014-10-01, asynchronous).

        Args:
            vm_image: The new values; a new VMImage() with some set will do.
        """
        from servicemanagement._generated.models_images import (
            DataDiskConfiguration,
            DataDiskConfigurations,
            OSDiskConfiguration,
            VMImage,
        )

        return self._call(
            UPDATE_VM_IMAGE,
            {
                "vm_image_name": vm_image_name,
                "vm_image": vm_image,
            },
            VMImage(
                label=given(vm_image, "label"),
                description=given(vm_image, "description"),
                os_disk_configuration=OSDiskConfiguration(
                    host_caching=given(given(vm_image, "os_disk_configuration"), "host_caching")
                ),
                data_disk_configurations=DataDiskConfigurations(
                    data_disk_configurations=[
                        DataDiskConfiguration(
                            name=given(disk, "name"),
                            host_caching=given(disk, "host_caching"),
                            lun=given(disk, "lun"),
                        )
                        for disk in (given(vm_image, "data_disk_configurations") or ())
                    ]
                ),
                language=given(vm_image, "language"),
                image_family=given(vm_image, "image_family"),
                recommended_vm_size=given(vm_image, "recommended_vm_size"),
                eula=given(vm_image, "eula"),
                icon_uri=given(vm_image, "icon_uri"),
                small_icon_uri=given(vm_image, "small_icon_uri"),
                privacy_uri=given(vm_image, "privacy_uri"),
                published_date=given(vm_image, "published_date"),
                show_in_gui=given(vm_image, "show_in_gui"),
                is_premium=None,
            ),
        )

    def delete_vm_image(
        self,
        vm_image_name: str,
        delete_vhd: bool = False,
    ) -> AsynchronousOperationResult:
        """Deletes a VM image (and, with delete_vhd, its VHD blobs).

        ``/{subscription_id}/services/vmimages/{vm_image_name}``
        (DELETE, x-ms-version 2014-10-01, asynchronous).

        Args:
            delete_vhd: Also delete the VHD blobs.
        """
        return self._call(
            DELETE_VM_IMAGE,
            {
                "vm_image_name": vm_image_name,
                "delete_vhd": delete_vhd,
            },
            None,
        )

    def capture_vm_image(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        options: CaptureRoleAsVMImage,
    ) -> AsynchronousOperationResult:
        """Captures a virtual machine's disks as a new VM image.

        ``/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations``
        (POST, x-ms-version 2014-10-01, asynchronous).

        Args:
            options: os_state, vm_image_name and vm_image_label are needed.
        """
        return self._call(
            CAPTURE_VM_IMAGE,
            {
                "service_name": service_name,
                "deployment_name": deployment_name,
                "role_name": role_name,
                "options": options,
            },
            options,
        )

    def replicate_vm_image(
        self,
        vm_image_name: str,
        regions: list[str],
        offer: str,
        sku: str,
        version: str,
    ) -> AsynchronousOperationResult:
        """Replicates an image (published under offer, SKU and version) to other regions.

        ``/{subscription_id}/services/images/{vm_image_name}/replicate``
        (PUT, x-ms-version 2015-04-01, asynchronous).

        Args:
            regions: The target regions (e.g. West US).
            version: A semantic version, e.g. 1.0.0.
        """
        from servicemanagement._generated.models_images import (
            ComputeImageAttributes,
            ReplicationInput,
        )

        return self._call(
            REPLICATE_VM_IMAGE,
            {
                "vm_image_name": vm_image_name,
                "regions": regions,
                "offer": offer,
                "sku": sku,
                "version": version,
            },
            ReplicationInput(
                target_locations=regions,
                compute_image_attributes=ComputeImageAttributes(
                    offer=offer, sku=sku, version=version
                ),
            ),
        )

    def unreplicate_vm_image(
        self,
        vm_image_name: str,
    ) -> AsynchronousOperationResult:
        """Removes the replicas of an image from every region but its own.

        ``/{subscription_id}/services/images/{vm_image_name}/unreplicate``
        (PUT, x-ms-version 2015-04-01, asynchronous).
        """
        return self._call(
            UNREPLICATE_VM_IMAGE,
            {
                "vm_image_name": vm_image_name,
            },
            None,
        )

    def share_vm_image(
        self,
        vm_image_name: str,
        permission: str,
    ) -> AsynchronousOperationResult:
        """Shares a replicated image publicly, with MSDN subscribers, or makes it private
        again.

        ``/{subscription_id}/services/images/{vm_image_name}/shareasync``
        (PUT, x-ms-version 2015-04-01, asynchronous).

        Args:
            permission: public, msdn or private: who may use the image.
        """
        return self._call(
            SHARE_VM_IMAGE,
            {
                "vm_image_name": vm_image_name,
                "permission": permission,
            },
            None,
        )

    def get_vm_image_details(
        self,
        vm_image_name: str,
    ) -> VMImageDetails:
        """Returns a VM image with its sharing status and per-region replication progress.

        ``/{subscription_id}/services/vmimages/{vm_image_name}/details``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            GET_VM_IMAGE_DETAILS,
            {
                "vm_image_name": vm_image_name,
            },
            None,
        )

    def replicate_vmimage(
        self,
        vm_image_name: str,
        regions: list[str],
        offer: str,
        sku: str,
        version: str,
        marketplace_image_attributes: MarketplaceImageAttributes | None = None,
    ) -> AsynchronousOperationResult:
        """Replicates a VM image (published under offer, SKU and version) to other regions.

        ``/{subscription_id}/services/vmimages/{vm_image_name}/replicate``
        (PUT, x-ms-version 2015-04-01, asynchronous).

        Args:
            regions: The target regions (e.g. West US).
            version: A semantic version, e.g. 1.0.0.
            marketplace_image_attributes: The Marketplace offer of a paid image.
        """
        from servicemanagement._generated.models_images import (
            ComputeImageAttributes,
            ReplicationInput,
        )

        return self._call(
            REPLICATE_VMIMAGE,
            {
                "vm_image_name": vm_image_name,
                "regions": regions,
                "offer": offer,
                "sku": sku,
                "version": version,
                "marketplace_image_attributes": marketplace_image_attributes,
            },
            ReplicationInput(
                target_locations=regions,
                compute_image_attributes=ComputeImageAttributes(
                    offer=offer, sku=sku, version=version
                ),
                marketplace_image_attributes=marketplace_image_attributes,
            ),
        )

    def unreplicate_vmimage(
        self,
        vm_image_name: str,
    ) -> AsynchronousOperationResult:
        """Removes the replicas of a VM image from every region but its own.

        ``/{subscription_id}/services/vmimages/{vm_image_name}/unreplicate``
        (PUT, x-ms-version 2015-04-01, asynchronous).
        """
        return self._call(
            UNREPLICATE_VMIMAGE,
            {
                "vm_image_name": vm_image_name,
            },
            None,
        )

    def share_vmimage(
        self,
        vm_image_name: str,
        permission: str,
    ) -> AsynchronousOperationResult:
        """Shares a replicated VM image publicly, with MSDN subscribers, or makes it private
        again.

        ``/{subscription_id}/services/vmimages/{vm_image_name}/shareasync``
        (PUT, x-ms-version 2015-04-01, asynchronous).

        Args:
            permission: public, msdn or private: who may use the image.
        """
        return self._call(
            SHARE_VMIMAGE,
            {
                "vm_image_name": vm_image_name,
                "permission": permission,
            },
            None,
        )
