# Generated from spec/types/gateway_operations.yaml by `make generate`; do not edit.
"""Models of the gateway_operations area."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from servicemanagement._generated.namespaces import NS_WA
from servicemanagement._model import Model, schema_on_first_use
from servicemanagement._schema import FieldSchema, TypeSchema

# Models are dataclasses made by ``Model``; each ``__schema__`` is built when first looked
# up (see servicemanagement._model).
if TYPE_CHECKING:
    from dataclasses import KW_ONLY
    from datetime import datetime


__all__ = [
    "GatewayOperationAsyncResponse",
    "GatewayOperation",
    "GatewayOperationError",
]


class GatewayOperationAsyncResponse(Model):
    """The answer (202) of a networking gateway or ExpressRoute change that goes on in the
    background: the id of the networking operation to poll."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="GatewayOperationAsyncResponse",
            namespace=NS_WA,
            root="GatewayOperationAsyncResponse",
            fields=(FieldSchema("id", "element", "ID", NS_WA),),
        )
    )
    _: KW_ONLY
    #: The operation to poll with
    #: get_expressroute_border_gateway_protocol_peering_operation_status.
    id: str | None = None


class GatewayOperation(Model):
    """The status of a networking gateway operation."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="GatewayOperation",
            namespace=NS_WA,
            root="GatewayOperation",
            fields=(
                FieldSchema("data", "element", "Data", NS_WA),
                FieldSchema("error", "element", "Error", NS_WA, model="GatewayOperationError"),
                FieldSchema("health_status", "element", "HealthStatus", NS_WA),
                FieldSchema("http_status_code", "element", "HttpStatusCode", NS_WA),
                FieldSchema("id", "element", "ID", NS_WA),
                FieldSchema(
                    "operation_completed_time",
                    "element",
                    "OperationCompletedTime",
                    NS_WA,
                    scalar="datetime",
                ),
                FieldSchema("operation_name", "element", "OperationName", NS_WA),
                FieldSchema(
                    "operation_started_time",
                    "element",
                    "OperationStartedTime",
                    NS_WA,
                    scalar="datetime",
                ),
                FieldSchema("status", "element", "Status", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    data: str | None = None
    error: GatewayOperationError | None = None
    health_status: str | None = None
    #: The HTTP status name of the outcome, e.g. OK.
    http_status_code: str | None = None
    id: str | None = None
    operation_completed_time: datetime | None = None
    operation_name: str | None = None
    operation_started_time: datetime | None = None
    #: InProgress, Successful or Failed.
    status: str | None = None


class GatewayOperationError(Model):
    """Why a networking gateway operation failed."""

    __schema__: ClassVar[TypeSchema] = schema_on_first_use(
        lambda: TypeSchema(
            name="GatewayOperationError",
            namespace=NS_WA,
            root=None,
            element="Error",
            fields=(
                FieldSchema("code", "element", "Code", NS_WA),
                FieldSchema("message", "element", "Message", NS_WA),
            ),
        )
    )
    _: KW_ONLY
    code: str | None = None
    message: str | None = None
