# Generated from spec/operations/locations.yaml by `make generate`; do not edit.
"""Operations of the locations area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import EmulatorSpec, OperationSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_locations import Locations

LIST_LOCATIONS = OperationSpec(
    name="list_locations",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/locations",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="Locations",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the data-centre locations available to the subscription.",
    emulator=EmulatorSpec(seed="locations"),
)


class ServiceManagementServiceLocationsOperations(OperationsBase):
    """The locations operations of ``ServiceManagementService``."""

    def list_locations(
        self,
    ) -> Locations:
        """Lists the data-centre locations available to the subscription.

        ``/{subscription_id}/locations``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_LOCATIONS,
            {},
            None,
        )
