# Generated from spec/ by `make generate`; do not edit.
"""Registries of the generated package: model classes, document roots, operations."""

from __future__ import annotations

from servicemanagement._generated.models_locations import (
    ComputeCapabilities,
    Location,
    Locations,
    StorageCapabilities,
)
from servicemanagement._generated.models_operations import Operation, OperationError
from servicemanagement._generated.operations_locations import (
    LIST_LOCATIONS,
    ServiceManagementServiceLocationsOperations,
)
from servicemanagement._generated.operations_operations import (
    GET_OPERATION_STATUS,
    ServiceManagementServiceOperationsOperations,
)
from servicemanagement._model import Model
from servicemanagement._schema import OperationSpec

#: Every model class by its spec name.
MODEL_TYPES: dict[str, type[Model]] = {
    "ComputeCapabilities": ComputeCapabilities,
    "Location": Location,
    "Locations": Locations,
    "Operation": Operation,
    "OperationError": OperationError,
    "StorageCapabilities": StorageCapabilities,
}

#: Qualified document root tag -> names of the types that use it.
ROOTS: dict[str, tuple[str, ...]] = {
    "{http://schemas.microsoft.com/windowsazure}Locations": ("Locations",),
    "{http://schemas.microsoft.com/windowsazure}Operation": ("Operation",),
}

#: Every operation by ``client.name`` -> its description.
OPERATIONS: dict[str, OperationSpec] = {
    "ServiceManagementService.get_operation_status": GET_OPERATION_STATUS,
    "ServiceManagementService.list_locations": LIST_LOCATIONS,
}


class ServiceManagementServiceOperations(
    ServiceManagementServiceLocationsOperations,
    ServiceManagementServiceOperationsOperations,
):
    """Every spec operation of ``ServiceManagementService``."""


__all__ = [
    "ComputeCapabilities",
    "Location",
    "Locations",
    "Operation",
    "OperationError",
    "StorageCapabilities",
    "ServiceManagementServiceOperations",
    "MODEL_TYPES",
    "OPERATIONS",
    "ROOTS",
]
