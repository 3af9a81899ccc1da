# Generated from spec/operations/role_sizes.yaml by `make generate`; do not edit.
"""Operations of the role_sizes area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import EmulatorSpec, OperationSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_role_sizes import RoleSizes

LIST_ROLE_SIZES = OperationSpec(
    name="list_role_sizes",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/rolesizes",
    x_ms_version="2014-10-01",
    params=(),
    fixed_query=(),
    request_type=None,
    response_type="RoleSizes",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Lists the role sizes available to the subscription.",
    emulator=EmulatorSpec(seed="role_sizes"),
)


class ServiceManagementServiceRoleSizesOperations(OperationsBase):
    """The role_sizes operations of ``ServiceManagementService``."""

    def list_role_sizes(
        self,
    ) -> RoleSizes:
        """Lists the role sizes available to the subscription.

        ``/{subscription_id}/rolesizes``
        (GET, x-ms-version 2014-10-01).
        """
        return self._call(
            LIST_ROLE_SIZES,
            {},
            None,
        )
