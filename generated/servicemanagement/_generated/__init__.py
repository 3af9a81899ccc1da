# Generated from spec/ by `make generate`; do not edit.
"""Registries of the generated package: model classes, document roots, operations."""

from __future__ import annotations

from servicemanagement._generated.models_images import (
    CaptureRoleAsVMImage,
    ComputeImageAttributes,
    DataDiskConfiguration,
    DataDiskConfigurations,
    Images,
    OSDiskConfiguration,
    OSImage,
    OSImageDetails,
    ReplicationInput,
    ReplicationProgress,
    ReplicationProgressElement,
    VMImage,
    VMImages,
)
from servicemanagement._generated.models_locations import ComputeCapabilities, Location, Locations
from servicemanagement._generated.models_operating_systems import (
    OperatingSystem,
    OperatingSystemFamilies,
    OperatingSystemFamily,
    OperatingSystems,
)
from servicemanagement._generated.models_operations import Operation, OperationError
from servicemanagement._generated.operations_locations import (
    LIST_LOCATIONS,
    ServiceManagementServiceLocationsOperations,
)
from servicemanagement._generated.operations_operating_systems import (
    LIST_OPERATING_SYSTEM_FAMILIES,
    LIST_OPERATING_SYSTEMS,
    ServiceManagementServiceOperatingSystemsOperations,
)
from servicemanagement._generated.operations_operations import (
    GET_OPERATION_STATUS,
    ServiceManagementServiceOperationsOperations,
)
from servicemanagement._generated.operations_os_images import (
    ADD_OS_IMAGE,
    DELETE_OS_IMAGE,
    GET_OS_IMAGE,
    GET_OS_IMAGE_DETAILS,
    LIST_OS_IMAGES,
    UPDATE_OS_IMAGE,
    UPDATE_OS_IMAGE_FROM_IMAGE_REFERENCE,
    ServiceManagementServiceOsImagesOperations,
)
from servicemanagement._generated.operations_vm_images import (
    CAPTURE_VM_IMAGE,
    CREATE_VM_IMAGE,
    DELETE_VM_IMAGE,
    LIST_VM_IMAGES,
    REPLICATE_VM_IMAGE,
    SHARE_VM_IMAGE,
    UNREPLICATE_VM_IMAGE,
    UPDATE_VM_IMAGE,
    ServiceManagementServiceVmImagesOperations,
)
from servicemanagement._model import Model
from servicemanagement._schema import OperationSpec

#: Every model class by its spec name.
MODEL_TYPES: dict[str, type[Model]] = {
    "CaptureRoleAsVMImage": CaptureRoleAsVMImage,
    "ComputeCapabilities": ComputeCapabilities,
    "ComputeImageAttributes": ComputeImageAttributes,
    "DataDiskConfiguration": DataDiskConfiguration,
    "DataDiskConfigurations": DataDiskConfigurations,
    "Images": Images,
    "Location": Location,
    "Locations": Locations,
    "OSDiskConfiguration": OSDiskConfiguration,
    "OSImage": OSImage,
    "OSImageDetails": OSImageDetails,
    "OperatingSystem": OperatingSystem,
    "OperatingSystemFamilies": OperatingSystemFamilies,
    "OperatingSystemFamily": OperatingSystemFamily,
    "OperatingSystems": OperatingSystems,
    "Operation": Operation,
    "OperationError": OperationError,
    "ReplicationInput": ReplicationInput,
    "ReplicationProgress": ReplicationProgress,
    "ReplicationProgressElement": ReplicationProgressElement,
    "VMImage": VMImage,
    "VMImages": VMImages,
}

#: Qualified document root tag -> names of the types that use it.
ROOTS: dict[str, tuple[str, ...]] = {
    "{http://schemas.microsoft.com/windowsazure}CaptureRoleAsVMImageOperation": (
        "CaptureRoleAsVMImage",
    ),
    "{http://schemas.microsoft.com/windowsazure}Images": ("Images",),
    "{http://schemas.microsoft.com/windowsazure}Locations": ("Locations",),
    "{http://schemas.microsoft.com/windowsazure}OSImage": ("OSImage",),
    "{http://schemas.microsoft.com/windowsazure}OSImageDetails": ("OSImageDetails",),
    "{http://schemas.microsoft.com/windowsazure}OperatingSystemFamilies": (
        "OperatingSystemFamilies",
    ),
    "{http://schemas.microsoft.com/windowsazure}OperatingSystems": ("OperatingSystems",),
    "{http://schemas.microsoft.com/windowsazure}Operation": ("Operation",),
    "{http://schemas.microsoft.com/windowsazure}ReplicationInput": ("ReplicationInput",),
    "{http://schemas.microsoft.com/windowsazure}VMImage": ("VMImage",),
    "{http://schemas.microsoft.com/windowsazure}VMImages": ("VMImages",),
}

#: Every operation by ``client.name`` -> its description.
OPERATIONS: dict[str, OperationSpec] = {
    "ServiceManagementService.add_os_image": ADD_OS_IMAGE,
    "ServiceManagementService.capture_vm_image": CAPTURE_VM_IMAGE,
    "ServiceManagementService.create_vm_image": CREATE_VM_IMAGE,
    "ServiceManagementService.delete_os_image": DELETE_OS_IMAGE,
    "ServiceManagementService.delete_vm_image": DELETE_VM_IMAGE,
    "ServiceManagementService.get_operation_status": GET_OPERATION_STATUS,
    "ServiceManagementService.get_os_image": GET_OS_IMAGE,
    "ServiceManagementService.get_os_image_details": GET_OS_IMAGE_DETAILS,
    "ServiceManagementService.list_locations": LIST_LOCATIONS,
    "ServiceManagementService.list_operating_system_families": LIST_OPERATING_SYSTEM_FAMILIES,
    "ServiceManagementService.list_operating_systems": LIST_OPERATING_SYSTEMS,
    "ServiceManagementService.list_os_images": LIST_OS_IMAGES,
    "ServiceManagementService.list_vm_images": LIST_VM_IMAGES,
    "ServiceManagementService.replicate_vm_image": REPLICATE_VM_IMAGE,
    "ServiceManagementService.share_vm_image": SHARE_VM_IMAGE,
    "ServiceManagementService.unreplicate_vm_image": UNREPLICATE_VM_IMAGE,
    "ServiceManagementService.update_os_image": UPDATE_OS_IMAGE,
    "ServiceManagementService.update_os_image_from_image_reference": UPDATE_OS_IMAGE_FROM_IMAGE_REFERENCE,
    "ServiceManagementService.update_vm_image": UPDATE_VM_IMAGE,
}


class ServiceManagementServiceOperations(
    ServiceManagementServiceLocationsOperations,
    ServiceManagementServiceOperatingSystemsOperations,
    ServiceManagementServiceOperationsOperations,
    ServiceManagementServiceOsImagesOperations,
    ServiceManagementServiceVmImagesOperations,
):
    """Every spec operation of ``ServiceManagementService``."""


__all__ = [
    "CaptureRoleAsVMImage",
    "ComputeCapabilities",
    "ComputeImageAttributes",
    "DataDiskConfiguration",
    "DataDiskConfigurations",
    "Images",
    "Location",
    "Locations",
    "OSDiskConfiguration",
    "OSImage",
    "OSImageDetails",
    "OperatingSystem",
    "OperatingSystemFamilies",
    "OperatingSystemFamily",
    "OperatingSystems",
    "Operation",
    "OperationError",
    "ReplicationInput",
    "ReplicationProgress",
    "ReplicationProgressElement",
    "VMImage",
    "VMImages",
    "ServiceManagementServiceOperations",
    "MODEL_TYPES",
    "OPERATIONS",
    "ROOTS",
]
