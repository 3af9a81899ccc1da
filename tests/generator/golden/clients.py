# Generated from spec/ by `make generate`; do not edit.
"""Every spec operation of each service class, as one mixin per class."""

from __future__ import annotations

from servicemanagement._generated.operations_second import SampleSecondServiceSecondOperations
from servicemanagement._generated.operations_widgets import (
    SampleSecondServiceWidgetsOperations,
    ServiceManagementServiceWidgetsOperations,
)


class SampleSecondServiceOperations(
    SampleSecondServiceSecondOperations,
    SampleSecondServiceWidgetsOperations,
):
    """Every spec operation of ``SampleSecondService``."""

    #: Defaults of this service class: its x-ms-version and request body type.
    x_ms_version = "2014-10-01"
    content_type = "application/xml;charset=utf-8"


class ServiceManagementServiceOperations(
    ServiceManagementServiceWidgetsOperations,
):
    """Every spec operation of ``ServiceManagementService``."""

    #: Defaults of this service class: its x-ms-version and request body type.
    x_ms_version = "2014-10-01"
    content_type = "application/xml;charset=utf-8"


__all__ = [
    "SampleSecondServiceOperations",
    "ServiceManagementServiceOperations",
]
