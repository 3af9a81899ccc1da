# Generated from spec/operations/operations.yaml by `make generate`; do not edit.
"""Operations of the operations area: one ``OperationSpec`` constant and one method each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicemanagement._operations_base import OperationsBase
from servicemanagement._schema import OperationSpec, ParamSpec

# Models are imported by the methods that make them (a client class loads no model module).
if TYPE_CHECKING:
    from servicemanagement._generated.models_operations import Operation

GET_OPERATION_STATUS = OperationSpec(
    name="get_operation_status",
    client="ServiceManagementService",
    method="GET",
    path="/{subscription_id}/operations/{request_id}",
    x_ms_version="2014-10-01",
    params=(ParamSpec("request_id", "path", required=True),),
    fixed_query=(),
    request_type=None,
    response_type="Operation",
    statuses=(200,),
    is_async=False,
    content_type=None,
    doc="Returns the status of an asynchronous operation (InProgress, Succeeded or Failed).",
)


class ServiceManagementServiceOperationsOperations(OperationsBase):
    """The operations operations of ``ServiceManagementService``."""

    def get_operation_status(
        self,
        request_id: str,
    ) -> Operation:
        """Returns the status of an asynchronous operation (InProgress, Succeeded or Failed).

        ``/{subscription_id}/operations/{request_id}``
        (GET, x-ms-version 2014-10-01).

        Args:
            request_id: The x-ms-request-id of the asynchronous call.
        """
        return self._call(
            GET_OPERATION_STATUS,
            {
                "request_id": request_id,
            },
            None,
        )
