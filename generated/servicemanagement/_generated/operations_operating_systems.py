# Generated from spec/operations/operating_systems.yaml by `make generate`; do not edit.
"""Operations of the operating_systems area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import EmulatorSpec, OperationSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_operating_systems import (
        OperatingSystemFamilies,
        OperatingSystems,
    )

LIST_OPERATING_SYSTEMS = OperationSpec(
    name="list_operating_systems",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/operatingsystems",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="OperatingSystems",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the guest operating system versions available to cloud-service roles.",
    emulator=EmulatorSpec(key="Version", seed="operating_systems"),
)

LIST_OPERATING_SYSTEM_FAMILIES = OperationSpec(
    name="list_operating_system_families",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/operatingsystemfamilies",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="OperatingSystemFamilies",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the guest operating system families and the versions in each.",
    emulator=EmulatorSpec(seed="operating_system_families"),
)


class ServiceManagementServiceOperatingSystemsOperations(OperationsBase):
    """The operating_systems operations of ``ServiceManagementService``."""

    def list_operating_systems(
        self,
    ) -> OperatingSystems:
        """Lists the guest operating system versions available to cloud-service roles.

        ``/{subscription_id}/operatingsystems``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_OPERATING_SYSTEMS,
            {},
            None,
        )

    def list_operating_system_families(
        self,
    ) -> OperatingSystemFamilies:
        """Lists the guest operating system families and the versions in each.

        ``/{subscription_id}/operatingsystemfamilies``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_OPERATING_SYSTEM_FAMILIES,
            {},
            None,
        )
